"""The Qt widgets layer: the only part of NetPlanner that imports PySide6.

SQLAlchemy is imported here, before any Qt module. PySide6 reads the source of every
module imported after it (to see whether that module uses PySide6) and keeps the
lines in ``linecache``: with SQLAlchemy imported after PySide6 that was 14 MB more
memory at every start (tests/bench).
"""

import sqlalchemy.orm  # noqa: F401 - imported for its place in the import order

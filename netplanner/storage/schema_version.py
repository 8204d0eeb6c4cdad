"""The schema revisions this NetPlanner knows, whatever the engine.

``tests/storage/test_migrations.py`` checks these constants against the scripts. How a
data file's own revision is read without Alembic is the engine's business (for an
SQLite file: :mod:`netplanner.storage.sqlite.revision`).
"""

from __future__ import annotations

#: Every revision this NetPlanner knows, oldest first. Append when adding a migration.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]

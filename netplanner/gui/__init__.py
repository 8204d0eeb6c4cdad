"""The Qt widgets layer: the only part of NetPlanner that imports PySide6.

What the start needs of the layers below (SQLAlchemy, the core, the data file) is
imported here, before any Qt module. PySide6 reads the source of every module imported
after it (to see whether that module uses PySide6) and keeps the lines in ``linecache``:
with SQLAlchemy imported after PySide6 that was 14 MB more memory at every start, and
the core and storage modules after it cost the first paint another few milliseconds
and megabytes (tests/bench, issue #24). tests/gui/test_import_order.py keeps it so.
"""

# Imported for their place in the import order only.
import _strptime  # type: ignore[import-not-found]  # noqa: F401 - the file's time stamps
import html  # noqa: F401 - the contacts' texts
import logging.handlers  # noqa: F401 - the log file

import platformdirs  # noqa: F401 - the log file's folder
import sqlalchemy.dialects.sqlite
import sqlalchemy.orm  # noqa: F401

import netplanner.core.contacts  # the first tab's rows
import netplanner.core.meta  # the welcome's flags
import netplanner.core.network.chains  # a contact's summary
import netplanner.core.queries.contacts
import netplanner.core.queries.meta
import netplanner.core.sheets.paper_size  # the File menu
import netplanner.datafile  # opening the file
import netplanner.process_clock  # the benchmark's marker
import netplanner.storage.database  # checking the file
import netplanner.storage.output_files
import netplanner.storage.sqlite.opening
import netplanner.storage.sqlite.recovery
import netplanner.storage.sqlite.undo  # noqa: F401 - the undo log

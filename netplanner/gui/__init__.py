"""The Qt widgets layer: the only part of NetPlanner that imports PySide6.

What the start needs of the layers below is imported here, before any Qt module.
PySide6 reads the source of every module imported after it (to see whether that module
uses PySide6) and keeps the lines in ``linecache``: the core and storage modules after it
cost the first paint milliseconds and megabytes (tests/bench, issue #24).
tests/gui/test_import_order.py keeps it so.

SQLAlchemy is not among them: a healthy data file is shown before it is loaded
(``storage.sqlite.checked_file``), and ``gui.app`` clears the lines PySide6 kept of it
once it is.
"""

# Imported for their place in the import order only.
import _strptime  # type: ignore[import-not-found]  # noqa: F401 - the file's time stamps
import html  # noqa: F401 - the contacts' texts
import logging.handlers  # noqa: F401 - the log file

import platformdirs  # noqa: F401 - the log file's folder

import netplanner.core.contact_reading  # the Contacts tab's rows
import netplanner.core.followups.today  # the Today tab's overview
import netplanner.core.queries.plain
import netplanner.core.sheets.paper_size  # the File menu
import netplanner.datafile  # opening the file
import netplanner.process_clock  # the benchmark's marker
import netplanner.storage.output_files
import netplanner.storage.sqlite.checked_file
import netplanner.storage.sqlite.failures
import netplanner.storage.sqlite.recovery
import netplanner.storage.sqlite.writing  # noqa: F401 - checking the file

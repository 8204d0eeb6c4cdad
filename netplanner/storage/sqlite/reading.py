"""A data file opened to read only, with :mod:`sqlite3` alone: for commands that print.

``open_database`` prepares a file for work: it migrates, installs the session
factory and, through ``datafile``, the built-in banks and the daily backup; all
of that needs SQLAlchemy, whose import alone took longer than ReportLab needs to
build a prep sheet (issue #7). A command that only reads can skip it when the
file is whole and already at the current revision. Every other case (no file
yet, a revision to migrate, damage, not ours) goes the usual way, which says
what is wrong and never overwrites a damaged file.

No quick check of the whole file here: it reads every page (a tenth of a second at
100,000 contacts) while a sheet reads a few. Damage in what is read raises
``sqlite3.DatabaseError``, and the caller then takes the usual open, which checks
the file and moves a damaged one aside; damage elsewhere is found by the next open
that works with the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from netplanner.paths import Location
from netplanner.storage.output_files import register_data_file
from netplanner.storage.sqlite.revision import is_at_head
from netplanner.storage.sqlite.waiting import connect_read_only


def connect_for_reading(path: Location) -> sqlite3.Connection | None:
    """A read-only connection to ``path``, or None when the file needs the full open
    (or ``path`` is a practice server, which only SQLAlchemy reads)."""
    if not isinstance(path, Path):
        return None
    try:
        if not is_at_head(path):
            return None
        register_data_file(path)
        return connect_read_only(path)
    except (OSError, sqlite3.DatabaseError, LookupError):
        return None

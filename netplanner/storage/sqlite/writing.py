"""A data file opened to write with :mod:`sqlite3` alone: for the command-line import.

The sibling of :mod:`netplanner.storage.sqlite.reading`. ``open_database`` needs
SQLAlchemy, whose import alone was a third of importing a whole LinkedIn network
from the command line (issue #7). A file that needs nothing done before work can
skip it: it is whole (SQLite's quick check, which ``open_database`` also runs
before anything is written), at the current revision, and readable and writable.
Any other file (none yet, to migrate, damaged, not ours) goes the usual way, which
says what is wrong and never overwrites a damaged file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from netplanner.paths import Location
from netplanner.storage.output_files import register_data_file
from netplanner.storage.sqlite.pragmas import configure_connection
from netplanner.storage.sqlite.recovery import quick_check, recover_hot_journal
from netplanner.storage.sqlite.revision import is_at_head
from netplanner.storage.sqlite.waiting import begin_immediate, connect


def connect_for_writing(path: Location) -> sqlite3.Connection | None:
    """A connection to ``path`` set up as the app's own, or None when the file needs
    the full open (or ``path`` is a practice server, which only SQLAlchemy writes)."""
    if not isinstance(path, Path):
        return None
    try:
        if not os.access(path, os.R_OK | os.W_OK):
            return None
        recover_hot_journal(path)
        if not is_at_head(path) or quick_check(path) != "ok":
            return None
        connection = connect(path)
    except (OSError, sqlite3.DatabaseError, LookupError):
        return None
    try:
        configure_connection(connection)
    except sqlite3.DatabaseError:
        connection.close()
        return None
    register_data_file(path)
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """One unit of work on ``connection`` (to the data file ``path``): begun with the
    write lock (waiting for another writer as ``storage.sqlite.waiting`` says), committed at
    the end, rolled back on any error."""
    begin_immediate(connection, path)
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")

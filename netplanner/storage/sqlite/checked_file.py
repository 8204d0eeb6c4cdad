"""A data file that passed every open-time check, read with :mod:`sqlite3` until the
window needs SQLAlchemy.

The window's first screen (the contacts) is read this way: importing SQLAlchemy and the
ORM models was most of the time before the window showed anything (issue #24). The file
was checked as strictly as ``open_database`` checks it (``storage.sqlite.writing``: read
and write access, a killed writer's journal rolled back, SQLite's quick check, the
current revision), and every built-in bank is in it (``datafile.connect_ready``).
:meth:`CheckedFile.open_database` then makes the engine without checking again: the
window holds the file (one NetPlanner per file) and its connection all along.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from netplanner.storage.database import Database

T = TypeVar("T")


class CheckedFile:
    """``path``, checked, and a :mod:`sqlite3` connection to it set up as the app's own."""

    is_file = True

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = connection

    @property
    def location(self) -> Path:
        return self.path

    def read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` in one read transaction (it sees one state of the file)."""
        connection = self._connection
        if connection is None:
            raise RuntimeError(f"{self.path}: closed (the database is open, or the window closed)")
        connection.execute("BEGIN")
        try:
            return work(connection)
        finally:
            connection.execute("ROLLBACK")

    def open_database(self) -> Database:
        """The file's database (SQLAlchemy is loaded now); the sqlite3 connection closes."""
        from netplanner.storage.sqlite.opening import checked_database

        self.close()
        return checked_database(self.path)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

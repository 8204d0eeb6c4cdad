"""An open data store: its engine, a factory of short sessions, and its engine's capability.

:func:`open_database` takes where the data is: a path, or an SQLAlchemy URL. An SQLite
file (a path or ``sqlite:///PATH``) is the only engine so far; what only SQLite does
sits behind ``database.sqlite`` (:mod:`netplanner.storage.sqlite`). Everything else in
NetPlanner reaches the data through SQLAlchemy sessions and Core statements, the same
on any engine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from netplanner.storage.sqlite.capability import SQLiteFile


@dataclass
class Database:
    """An open data store: the engine, a factory of short sessions, and the capability
    of its engine (the only one so far: an SQLite file)."""

    engine: Engine
    session_factory: sessionmaker[Session]
    #: What only SQLite does, for this file.
    sqlite: SQLiteFile
    #: True once :meth:`record_undo` was called (the GUI); the command line never does.
    recording_undo: bool = False

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path:
        """The data file."""
        return self.sqlite.path

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: begun with the write lock (on SQLite ``BEGIN IMMEDIATE``,
        waiting for another writer as :mod:`netplanner.storage.sqlite.waiting` says),
        committed at the end, rolled back on any error."""
        with self.session_factory(bind=for_writing(self.engine)) as session, session.begin():
            yield session

    def session(self) -> Session:
        """A session for reading; the caller closes it (use it in a ``with``)."""
        return self.session_factory()

    def record_undo(self) -> None:
        """Opt in: from now on every connection logs how to undo each change (see
        :mod:`netplanner.storage.sqlite.undo`). The log starts empty: whatever an earlier
        session left behind (after a crash) is deleted first."""
        self.sqlite.record_undo(self.engine)
        self.recording_undo = True

    def close(self) -> None:
        if self.recording_undo:
            from sqlalchemy.exc import SQLAlchemyError

            # Deleted text must not outlive the session; if this fails (the file went
            # away), the next window to open the file clears the log.
            with suppress(SQLAlchemyError):
                self.sqlite.clear_undo(self.engine)
        self.engine.dispose()


#: Execution option of a connection that writes: its transactions take the write lock first.
WRITE_OPTION = "netplanner_write"


def for_writing(engine: Engine) -> Engine:
    """``engine`` whose transactions take the write lock first (SQLite: ``BEGIN IMMEDIATE``).

    Reads begin a deferred transaction and never wait for a writer (WAL); a write that
    began deferred could fail halfway when another program wrote meanwhile.
    """
    return engine.execution_options(**{WRITE_OPTION: True})


def open_database(location: Path | str | os.PathLike[str]) -> Database:
    """Open (creating if needed) and migrate the data at ``location``: a path, or an
    SQLAlchemy URL of an SQLite file (``sqlite:///PATH``).

    Raises ``UnsupportedLocationError`` for any other URL, and a ``DataFileError`` with
    a user-facing message when the file cannot be used; in that case the file is left
    exactly as it was.
    """
    from netplanner.paths import data_location
    from netplanner.storage.sqlite.opening import open_sqlite_file

    return open_sqlite_file(data_location(location))


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at the commit only, for the rest of this transaction: rows that
    point at each other may then come in any order."""
    from netplanner.storage.sqlite.capability import SQLiteFile

    if connection.dialect.name != "sqlite":
        raise NotImplementedError(f"deferred foreign keys on {connection.dialect.name}")
    SQLiteFile.defer_foreign_keys(connection)

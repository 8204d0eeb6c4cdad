"""An open data store: its engine, a factory of short sessions, and its engine's capability.

:func:`open_database` takes where the data is: a path, or an SQLAlchemy URL. An SQLite
file (a path or ``sqlite:///PATH``) has what only SQLite does behind ``database.sqlite``
(:mod:`netplanner.storage.sqlite`); a practice's PostgreSQL server
(``postgresql://USER@HOST/DB``) has its own behind ``database.server``
(:mod:`netplanner.storage.postgresql`). Everything else in NetPlanner reaches the data
through SQLAlchemy sessions and Core statements, the same on either engine.
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
    from netplanner.paths import Location
    from netplanner.storage.postgresql.capability import PracticeServer
    from netplanner.storage.sqlite.capability import SQLiteFile


@dataclass
class Database:
    """An open data store: the engine, a factory of short sessions, and the capability
    of its engine: an SQLite file (``sqlite``) or a practice server (``server``)."""

    engine: Engine
    session_factory: sessionmaker[Session]
    #: What only SQLite does, for this file (None on a server).
    sqlite: SQLiteFile | None = None
    #: What only PostgreSQL does, for this practice server (None for a file).
    server: PracticeServer | None = None
    #: True once :meth:`record_undo` was called (the GUI); the command line never does.
    recording_undo: bool = False

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path:
        """The data file. Only an SQLite file has one: code that needs a file (backups,
        restore) asks :attr:`is_file` first."""
        if self.sqlite is None:
            raise NotAFileError(self.location)
        return self.sqlite.path

    @property
    def is_file(self) -> bool:
        return self.sqlite is not None

    @property
    def location(self) -> Location:
        """Where the data is, to show the user: the file, or the server (no password)."""
        if self.sqlite is not None:
            return self.sqlite.path
        assert self.server is not None
        return self.server.location

    @property
    def capability(self) -> SQLiteFile | PracticeServer:
        capability = self.sqlite if self.sqlite is not None else self.server
        assert capability is not None
        return capability

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
        self.capability.record_undo(self.engine)
        self.recording_undo = True

    def close(self) -> None:
        if self.recording_undo:
            from sqlalchemy.exc import SQLAlchemyError

            # Deleted text must not outlive the session; if this fails (the file went
            # away), the next window to open the file clears the log.
            with suppress(SQLAlchemyError):
                self.capability.clear_undo(self.engine)
        self.engine.dispose()


#: Execution option of a connection that writes: its transactions take the write lock first.
WRITE_OPTION = "netplanner_write"


def for_writing(engine: Engine) -> Engine:
    """``engine`` whose transactions take the write lock first (SQLite: ``BEGIN IMMEDIATE``).

    Reads begin a deferred transaction and never wait for a writer (WAL); a write that
    began deferred could fail halfway when another program wrote meanwhile.
    """
    return engine.execution_options(**{WRITE_OPTION: True})


class NotAFileError(RuntimeError):
    """Asked for the data file of a practice server (a bug: ask ``is_file`` first)."""


def open_database(location: Location | str | os.PathLike[str]) -> Database:
    """Open the data at ``location``: a path or ``sqlite:///PATH`` (created if needed,
    and migrated), or a practice server ``postgresql://USER@HOST/DB`` (checked, never
    migrated: see :mod:`netplanner.storage.postgresql.opening`).

    Raises ``UnsupportedLocationError`` for any other URL, and a ``DataFileError`` with
    a user-facing message when the data cannot be used; in that case it is left
    exactly as it was.
    """
    from netplanner.paths import ServerLocation, data_location

    where = data_location(location)
    if isinstance(where, ServerLocation):
        from netplanner.storage.postgresql.opening import open_server

        return open_server(where)
    from netplanner.storage.sqlite.opening import open_sqlite_file

    return open_sqlite_file(where)


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at the commit only, for the rest of this transaction: rows that
    point at each other may then come in any order."""
    if connection.dialect.name == "postgresql":
        from netplanner.storage.postgresql.capability import PracticeServer

        PracticeServer.defer_foreign_keys(connection)
        return
    from netplanner.storage.sqlite.capability import SQLiteFile

    if connection.dialect.name != "sqlite":
        raise NotImplementedError(f"deferred foreign keys on {connection.dialect.name}")
    SQLiteFile.defer_foreign_keys(connection)

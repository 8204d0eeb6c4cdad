"""Opening a data file: checks, pragmas, migrations, and the session factory.

Nothing here hard-codes the user's real file: callers pass a path (see
``netplanner.paths`` for the default), so tests run on temporary files.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.errors import (
    DamagedDataFileError,
    DataFileAccessError,
    DataFileError,
    DataFileUnavailableError,
    NewerDataFileError,
    NotADataFileError,
)
from netplanner.storage.output_files import register_data_file
from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS
from netplanner.storage.sqlite.failures import (
    dangling_link,
    is_a_folder,
    is_damage,
    is_operational,
    no_access,
    unavailable,
)
from netplanner.storage.sqlite.pragmas import configure_connection
from netplanner.storage.sqlite.revision import has_sqlite_header, read_revision
from netplanner.storage.sqlite.waiting import begin_immediate, wait_policy


@dataclass
class Database:
    """An open data file: the engine and a factory of short sessions."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    #: True once :meth:`record_undo` was called (the GUI); the command line never does.
    recording_undo: bool = False

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: begun with the write lock (``BEGIN IMMEDIATE``, waiting for
        another writer as :mod:`netplanner.storage.sqlite.waiting` says), committed at the end,
        rolled back on any error."""
        with self.session_factory(bind=for_writing(self.engine)) as session, session.begin():
            yield session

    def session(self) -> Session:
        """A session for reading; the caller closes it (use it in a ``with``)."""
        return self.session_factory()

    def record_undo(self) -> None:
        """Opt in: from now on every connection logs how to undo each change (see
        :mod:`netplanner.storage.sqlite.undo`). The log starts empty: whatever an earlier
        session left behind (after a crash) is deleted first."""
        from netplanner.storage.sqlite.undo import clear_log, install_undo_recording

        if not self.recording_undo:
            install_undo_recording(self.engine)
            self.recording_undo = True
        clear_log(self.engine)

    def close(self) -> None:
        if self.recording_undo:
            from sqlalchemy.exc import SQLAlchemyError

            from netplanner.storage.sqlite.undo import clear_log

            # Deleted text must not outlive the session; if this fails (the file went
            # away), the next window to open the file clears the log.
            with suppress(SQLAlchemyError):
                clear_log(self.engine)
        self.engine.dispose()


#: Execution option of a connection that writes: its transactions begin IMMEDIATE.
WRITE_OPTION = "netplanner_write"


def for_writing(engine: Engine) -> Engine:
    """``engine`` whose transactions take the write lock first (``BEGIN IMMEDIATE``).

    Reads begin a deferred transaction and never wait for a writer (WAL); a write that
    began deferred could fail halfway when another program wrote meanwhile.
    """
    return engine.execution_options(**{WRITE_OPTION: True})


def _install_pragmas(engine: Engine, path: Path) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # SQLAlchemy, not the sqlite3 module, decides where transactions begin.
        configure_connection(dbapi_connection)

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(WRITE_OPTION):
            # The write lock first, so a write never fails halfway because another
            # program wrote; how long it waits: ``storage.sqlite.waiting``.
            begin_immediate(connection.connection.driver_connection, path)
        else:
            connection.exec_driver_sql("BEGIN")


def _prepare_file(path: Path) -> bool:
    """Create the folder (0700) and an empty file (0600) if needed; True if created.

    A file is created only where nothing is: never in place of a file that is there
    but cannot be read, behind a link whose target is missing (a disk not connected),
    or where a folder is. -wal/-shm files left beside a missing data file belong to a
    file that is gone; they are renamed aside so SQLite never replays them into the
    new one.
    """
    try:
        if path.is_symlink() and not path.exists():
            raise dangling_link(path)
        if path.is_dir():
            raise is_a_folder(path)
        if path.exists():
            if not path.is_file():
                raise NotADataFileError(
                    path,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "%1 is not a NetPlanner data file (it is a device or a pipe, not "
                            "a file).",
                        ),
                        path,
                    ),
                )
            return False
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=0o700)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(
                    side.with_name(f"{side.name}.orphaned-{time.strftime('%Y%m%d-%H%M%S')}")
                )
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        return True
    except OSError as error:
        known = unavailable(path, error)
        if type(known) is not DataFileUnavailableError:
            raise known from error
        raise DataFileUnavailableError(
            path,
            Message(
                QT_TRANSLATE_NOOP("Messages", "Cannot create the data file %1: %2"),
                path,
                error.strerror or error,
            ),
        ) from error


def _damaged(path: Path, what: str) -> DataFileError:
    """Move the damaged file aside and describe it; the caller raises the result."""
    from netplanner.storage.sqlite.recovery import move_aside

    try:
        moved_to = move_aside(path)
    except OSError as error:
        return DataFileAccessError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The data file %1 is damaged (%2), and NetPlanner cannot set it aside "
                    "(%3). It was not changed; move it elsewhere yourself, then restore a "
                    "backup.",
                ),
                path,
                what,
                error.strerror or error,
            ),
        )
    return DamagedDataFileError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data file %1 is damaged (%2). It was not changed: it was moved aside "
                "to %3, so nothing in it is lost.",
            ),
            path,
            what,
            moved_to.name,
        ),
        moved_to,
    )


def _check_revision(path: Path, *, created: bool = False) -> str | None:
    """The file's schema revision, after making sure it is ours, whole, and not from the
    future. A file that has backups beside it was ours: if it is unreadable now, it is
    damaged (moved aside); any other unreadable file is refused and left alone."""
    from netplanner.storage.sqlite.backups import list_backups

    try:
        size = path.stat().st_size
        had_backups = not created and bool(list_backups(path))
        header = size > 0 and has_sqlite_header(path)
    except OSError as error:
        raise unavailable(path, error) from error
    if size == 0 and had_backups:
        raise _damaged(path, "it is empty")
    if size > 0 and not header:
        if had_backups:
            raise _damaged(path, "it is no longer an SQLite database")
        raise NotADataFileError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1 is not a NetPlanner data file (it is not an SQLite database)."
                ),
                path,
            ),
        )
    if size > 0:
        from netplanner.storage.sqlite.recovery import quick_check

        problem = quick_check(path)
        if problem != "ok":
            raise _damaged(path, problem)
    try:
        revision = read_revision(path)
    except LookupError as error:
        raise NotADataFileError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 is an SQLite database of another program, not a NetPlanner data file.",
                ),
                path,
            ),
        ) from error
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise _damaged(path, str(error)) from error
        raise unavailable(path, error) from error
    except OSError as error:
        raise unavailable(path, error) from error
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDataFileError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 was written by a newer version of NetPlanner (schema %2). "
                    "Please update NetPlanner to open it; the file was not changed.",
                ),
                path,
                revision,
            ),
        )
    return revision


def _backup_before_migration(path: Path) -> None:
    from netplanner.storage.sqlite.backups import BackupError, make_backup

    try:
        make_backup(path, reason="pre-migration")
    except BackupError as error:
        raise DataFileUnavailableError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1 NetPlanner did not upgrade the data file; it was not changed."
                ),
                error.args[0] if error.args else str(error),
            ),
        ) from error


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", future=True, connect_args={"timeout": wait_policy().read_seconds}
    )
    _install_pragmas(engine, path)
    return engine


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate the data file at ``path``.

    Raises a ``DataFileError`` with a user-facing message when the file cannot
    be used; in that case the file is left exactly as it was.
    """
    path = Path(path).expanduser()
    created = _prepare_file(path)
    if not os.access(path, os.R_OK | os.W_OK):
        raise no_access(path, os.strerror(errno.EACCES).lower())
    from netplanner.storage.sqlite.recovery import recover_hot_journal

    recover_hot_journal(path)
    revision = _check_revision(path, created=created)
    engine = make_engine(path)
    try:
        if revision != HEAD_REVISION:
            from netplanner.storage.migrate import upgrade_to_head

            if revision is not None:
                _backup_before_migration(path)
            upgrade_to_head(engine)
    except DataFileError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        if is_operational(error):
            raise unavailable(path, error) from error
        raise
    register_data_file(path)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, session_factory=factory)

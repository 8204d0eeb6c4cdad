"""Opening an SQLite data file: created 0600 in a 0700 folder, checked, migrated.

What a file must pass before any work, in order: it is a file (not a folder, a device
or a broken link), NetPlanner may read and write it, a killed writer's journal is rolled
back, it is an SQLite database of NetPlanner's (a file with backups beside it that is no
longer one is damaged and moved aside; any other is refused and left alone), SQLite's
quick check finds no damage, and its schema revision is one this NetPlanner knows. Then
it is brought to the current revision, after a backup.

Nothing here hard-codes the user's real file: callers pass a path (see
``netplanner.paths`` for the default), so tests run on temporary files.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import sessionmaker

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.database import WRITE_OPTION, Database
from netplanner.storage.errors import (
    DamagedDataFileError,
    DataFileAccessError,
    DataFileError,
    DataFileUnavailableError,
    NewerDataFileError,
    NotADataFileError,
)
from netplanner.storage.output_files import register_data_file
from netplanner.storage.reasons import os_reason
from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS
from netplanner.storage.sqlite.capability import SQLiteFile
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
                os_reason(error),
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
                os_reason(error),
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
    """An engine on the data file ``path``, every connection set up as the app's own."""
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"timeout": wait_policy().read_seconds},
    )
    _install_pragmas(engine, path)
    return engine


def open_sqlite_file(path: Path) -> Database:
    """Open (creating if needed) and migrate the data file at ``path``.

    Raises a ``DataFileError`` with a user-facing message when the file cannot
    be used; in that case the file is left exactly as it was.
    """
    path = path.expanduser()
    created = _prepare_file(path)
    if not os.access(path, os.R_OK | os.W_OK):
        raise no_access(path, os_reason(PermissionError(errno.EACCES, "")))
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
    return checked_database(path, engine)


def checked_database(path: Path, engine: Engine | None = None) -> Database:
    """The database of ``path``, a file that passed the checks above (here, or those of
    ``storage.sqlite.writing`` for a window that showed it before loading SQLAlchemy)."""
    register_data_file(path)
    engine = engine or make_engine(path)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, sqlite=SQLiteFile(path))

"""How a backup file is written: a private temporary part first, a name that is never
taken twice, a source locked by another program given up on, one line for every failure,
and the parts a killed NetPlanner left behind removed by the next backup.

The ladder, the names and the checks are in :mod:`netplanner.storage.sqlite.backups`.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.reasons import reason_of

_PART = re.compile(r"\.(?P<stem>.*)-(?P<pid>\d+)-[^.]*\.part")
#: A temporary backup file this old is stale even when its process seems alive.
_STALE_AFTER_SECONDS = 24 * 3600
#: Legacy ``<name>.sqlite3.part`` files (NetPlanner before issue 16): stale after this.
_LEGACY_STALE_AFTER_SECONDS = 600


class BackupError(Exception):
    """A backup could not be made or used; the message is for the user.

    ``damaged`` is True when the cause is damage in the file that was read (SQLite
    says it is corrupt or not a database), not the disk, a lock or permissions.
    """

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


def backup_failure(what: str, error: BaseException, folder: Path | None = None) -> BackupError:
    """``error`` (met while writing or reading a backup) as a one-line ``BackupError``."""
    from netplanner.storage.sqlite.failures import (
        SQLITE_CANTOPEN,
        SQLITE_FULL,
        SQLITE_IOERR,
        SQLITE_READONLY,
        is_busy,
        is_damage,
        sqlite_code,
    )

    code = sqlite_code(error)
    number = getattr(error, "errno", None)
    if is_damage(error):
        return BackupError(
            Message(QT_TRANSLATE_NOOP("Messages", "%1 is damaged (%2)."), what, error),
            damaged=True,
        )
    if is_busy(error):
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "The backup could not be made: another program is using %1. Try again when it is done.",
        )
        return BackupError(Message(template, what))
    if code == SQLITE_FULL or number in (28, 122) or (code == SQLITE_IOERR and _no_room(folder)):
        template = QT_TRANSLATE_NOOP(
            "Messages", "The backup could not be written: there is no room left on the disk."
        )
        return BackupError(Message(template))
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN) or number in (1, 13, 30):
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "The backup could not be written: NetPlanner may not write there (%1).",
        )
        return BackupError(Message(template, reason_of(error)))
    reason = reason_of(error)
    return BackupError(
        Message(QT_TRANSLATE_NOOP("Messages", "The backup could not be written: %1"), reason)
    )


def _no_room(folder: Path | None) -> bool:
    from netplanner.storage.sqlite.failures import no_room

    return folder is not None and no_room(folder / "backup")


def give_up_when_locked() -> Callable[[int, int, int], None]:
    # -> the progress callback of Connection.backup
    """Python's backup retries a locked source forever; this stops it after the wait
    the policy allows for reads, with SQLite's own "database is locked"."""
    from netplanner.storage.sqlite.failures import SQLITE_BUSY, SQLITE_LOCKED
    from netplanner.storage.sqlite.waiting import wait_policy

    since: list[float] = []

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status not in (SQLITE_BUSY, SQLITE_LOCKED):
            since.clear()
            return
        if not since:
            since.append(time.monotonic())
        elif time.monotonic() - since[0] >= wait_policy().read_seconds:
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = SQLITE_BUSY
            error.sqlite_errorname = "SQLITE_BUSY"
            raise error

    return progress


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of ``source`` into ``target`` with the backup API."""
    from netplanner.storage.sqlite.waiting import connect, connect_read_only

    source_connection = connect_read_only(source)
    try:
        target_connection = connect(target)
        try:
            source_connection.backup(target_connection, progress=give_up_when_locked())
            # The undo log holds what the user deleted this session: never keep it in a backup.
            if target_connection.execute(
                "SELECT 1 FROM sqlite_master WHERE name='undo_log'"
            ).fetchone():
                target_connection.execute("PRAGMA secure_delete=ON")
                target_connection.execute("DELETE FROM undo_log")
                target_connection.commit()
            # A backup must be one self-contained file, whatever mode the source uses.
            target_connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            target_connection.close()
    finally:
        source_connection.close()


def already_exists(target: Path) -> BackupError:
    return BackupError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "%1 already exists; a backup never goes over a file. Choose a new name."
            ),
            target,
        )
    )


def place_new(partial: Path, names: Iterator[Path]) -> Path:
    """Give ``partial`` the first of ``names`` that is free, never replacing a file;
    ``FileExistsError`` when every name is taken."""
    for name in names:
        try:
            _link_new(partial, name)
            return name
        except FileExistsError:
            continue
    raise FileExistsError(partial)


def _link_new(source: Path, name: Path) -> None:
    """``source`` also under ``name``, which must not exist (a hard link where the file
    system has them; elsewhere a rename after a look)."""
    try:
        os.link(source, name)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(name):
            raise FileExistsError(name) from None
        os.replace(source, name)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would stop the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the temporary files of backups (and restores) whose process is gone:
    what a killed NetPlanner left behind. Returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        name = path.name
        if not name.endswith(".part"):
            continue
        try:
            age = now - path.lstat().st_mtime
        except OSError:
            continue
        match = _PART.fullmatch(name)
        if match is not None:
            stale = age > _STALE_AFTER_SECONDS or not _process_alive(int(match.group("pid")))
        elif name.endswith((".sqlite3.part", ".restore.part")):
            stale = age > _LEGACY_STALE_AFTER_SECONDS
        else:
            continue
        if stale:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed

"""Backups of the data file with SQLite's online backup API, checked and rotated.

A plain file copy would miss what still sits in the write-ahead log; the backup
API copies a consistent snapshot even while the app has the file open.

Where: a ``backups`` folder beside the data file (0700; each backup 0600).
Names: ``<data file stem>-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (UTC).

Which are kept (the ladder), and why: the newest backup of each of the last 7
days with one, and of each of the 4 weeks before those (a mistake noticed a
month late can still be undone, at a cost of at most 11 small files); plus the
3 newest backups made before a migration or a restore, which are the ones to
go back to when an upgrade or a restore itself went wrong.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from netplanner.messages import QT_TRANSLATE_NOOP, Message

DAILY_KEPT = 7
WEEKLY_KEPT = 4
SPECIAL_KEPT = 3
#: Reasons whose backups are kept apart from the daily/weekly ladder.
SPECIAL_REASONS = ("pre-migration", "pre-restore")
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(Exception):
    """A backup could not be made or used; the message is for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware, UTC
    reason: str
    contacts: int | None = None  # None when the backup cannot be read
    conversations: int | None = None

    @property
    def readable(self) -> bool:
        return self.contacts is not None


def backup_folder(data_file: Path) -> Path:
    return data_file.parent / "backups"


def _parse_name(data_file: Path, path: Path) -> tuple[datetime, str] | None:
    prefix = data_file.stem + "-"
    name = path.name
    if not (name.startswith(prefix) and name.endswith(".sqlite3")):
        return None
    rest = name[len(prefix) : -len(".sqlite3")]
    stamp, _, reason = rest[:15], rest[15:16], rest[16:]
    try:
        created = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return created, reason or "backup"


def verify(path: Path) -> tuple[int, int]:
    """Open a backup read-only, run SQLite's integrity check; (contacts, conversations).

    Raises ``BackupError`` when the file is damaged or not a NetPlanner file.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise BackupError(
                    Message(QT_TRANSLATE_NOOP("Messages", "%1 is damaged (%2)."), path.name, result)
                )
            contacts = connection.execute("SELECT count(*) FROM contact").fetchone()[0]
            conversations = connection.execute("SELECT count(*) FROM conversation").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1 cannot be read as a NetPlanner backup (%2)."),
                path.name,
                error,
            )
        ) from error
    return int(contacts), int(conversations)


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of ``source`` into ``target`` with the backup API."""
    source_connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target_connection = sqlite3.connect(target)
        try:
            source_connection.backup(target_connection)
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


def make_backup(
    data_file: Path, reason: str = "daily", target: Path | None = None, now: datetime | None = None
) -> BackupInfo:
    """Back up ``data_file``, check the copy, then rotate older backups in the folder.

    With ``target`` the backup goes exactly there and nothing is rotated.
    A failed or damaged copy is removed and ``BackupError`` raised; the data
    file itself is only ever read.
    """
    now = now or datetime.now(UTC)
    folder = backup_folder(data_file)
    if target is None:
        folder.mkdir(mode=0o700, exist_ok=True)
        final = folder / f"{data_file.stem}-{now.strftime(_STAMP)}-{reason}.sqlite3"
    else:
        final = target
    partial = final.with_name(final.name + ".part")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        copy_database(data_file, partial)
        contacts, conversations = verify(partial)
        os.chmod(partial, stat.S_IMODE(os.stat(data_file).st_mode) & 0o666 or 0o600)
        partial.replace(final)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("Messages", "The backup could not be written: %1"), error)
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    info = BackupInfo(final, now, reason, contacts, conversations)
    if target is None:
        rotate(data_file)
    return info


def list_backups(data_file: Path, *, check: bool = False) -> list[BackupInfo]:
    """Backups in the folder, newest first; with ``check`` each is opened and counted."""
    folder = backup_folder(data_file)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{data_file.stem}-*.sqlite3"):
        parsed = _parse_name(data_file, path)
        if parsed is None:
            continue
        created, reason = parsed
        contacts = conversations = None
        if check:
            with contextlib.suppress(BackupError):
                contacts, conversations = verify(path)
        found.append(BackupInfo(path, created, reason, contacts, conversations))
    return sorted(found, key=lambda info: info.created, reverse=True)


def _newest_per(backups: list[BackupInfo], key, limit: int) -> list[BackupInfo]:
    """From newest-first ``backups``: the newest of each group, for the ``limit`` newest groups."""
    chosen: dict[object, BackupInfo] = {}
    for backup in backups:
        group = key(backup)
        if group not in chosen:
            if len(chosen) == limit:
                break
            chosen[group] = backup
    return list(chosen.values())


def to_keep(backups: Iterable[BackupInfo]) -> set[Path]:
    """The ladder: newest per day for the 7 newest days, then newest per week for the
    4 weeks before those, and the 3 newest made before a migration or a restore."""
    newest_first = sorted(backups, key=lambda info: info.created, reverse=True)
    special = [b for b in newest_first if b.reason in SPECIAL_REASONS]
    regular = [b for b in newest_first if b.reason not in SPECIAL_REASONS]
    daily = _newest_per(regular, lambda b: b.created.date(), DAILY_KEPT)
    older = [b for b in regular if daily and b.created.date() < daily[-1].created.date()]
    weekly = _newest_per(older, lambda b: b.created.isocalendar()[:2], WEEKLY_KEPT)
    return {b.path for b in [*special[:SPECIAL_KEPT], *daily, *weekly]}


def rotate(data_file: Path) -> list[Path]:
    """Remove backups that fell off the ladder; returns what was removed."""
    backups = list_backups(data_file)
    keep = to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def newest_backup_age(data_file: Path, now: datetime | None = None) -> timedelta | None:
    backups = list_backups(data_file)
    if not backups:
        return None
    return (now or datetime.now(UTC)) - backups[0].created


def newest_good_backup(data_file: Path) -> BackupInfo | None:
    for backup in list_backups(data_file):
        try:
            contacts, conversations = verify(backup.path)
        except BackupError:
            continue
        return BackupInfo(backup.path, backup.created, backup.reason, contacts, conversations)
    return None

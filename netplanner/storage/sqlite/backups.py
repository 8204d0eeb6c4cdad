"""Backups of the data file with SQLite's online backup API, checked and rotated.

A plain file copy would miss what still sits in the write-ahead log; the backup
API copies a consistent snapshot even while the app has the file open.

Where: a ``backups`` folder beside the data file (0700; each backup 0600).
Names: ``<data file stem>-YYYYMMDD-HHMMSS.ffffff-<reason>.sqlite3`` (UTC, to the
microsecond; older NetPlanners wrote whole seconds, which are still read). Two backups
never get the same name, and an existing file is never written over: a name that is
taken gets ``.2``, ``.3``… after the stamp.

A backup is written into a temporary ``.<stem>-<pid>-….part`` file first and checked
before it gets its name; one left behind by a killed NetPlanner (its process is gone)
is removed by the next backup into the same folder.

Which are kept (the ladder), and why: the newest backup of each of the last 7
days with one, and of each of the 4 weeks before those (a mistake noticed a
month late can still be undone, at a cost of at most 11 small files); plus the
3 newest backups made before a migration or a restore, which are the ones to
go back to when an upgrade or a restore itself went wrong.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.sqlite.backup_files import (
    BackupError,
    already_exists,
    backup_failure,
    copy_database,
    place_new,
    remove_stale_parts,
)

__all__ = [
    "BackupError",
    "BackupInfo",
    "copy_database",
    "list_backups",
    "make_backup",
    "remove_stale_parts",
    "verify",
]

DAILY_KEPT = 7
WEEKLY_KEPT = 4
SPECIAL_KEPT = 3
#: Reasons whose backups are kept apart from the daily/weekly ladder.
SPECIAL_REASONS = ("pre-migration", "pre-restore")
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"(\d{8}-\d{6})(?:\.(\d{6}))?(?:\.(\d+))?-(.*)")


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
    match = _NAME.fullmatch(name[len(prefix) : -len(".sqlite3")])
    if match is None:
        return None
    stamp, micro, _counter, reason = match.groups()
    try:
        created = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC, microsecond=int(micro or 0))
    except ValueError:
        return None
    return created, reason or "backup"


def verify(path: Path, *, known_revision: bool = False) -> tuple[int, int]:
    """Open a backup read-only, run SQLite's integrity check; (contacts, conversations).

    With ``known_revision`` the backup must also be of a schema revision this
    NetPlanner knows (not made by a newer one): what a restore needs.
    Raises ``BackupError`` when the file is damaged or not a NetPlanner file.
    """
    from netplanner.storage.schema_version import KNOWN_REVISIONS
    from netplanner.storage.sqlite.waiting import connect_read_only

    try:
        connection = connect_read_only(path)
        try:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                damaged = QT_TRANSLATE_NOOP("Messages", "%1 is damaged (%2).")
                raise BackupError(Message(damaged, path.name, result), damaged=True)
            contacts = connection.execute("SELECT count(*) FROM contact").fetchone()[0]
            conversations = connection.execute("SELECT count(*) FROM conversation").fetchone()[0]
            revision = None
            if known_revision:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        from netplanner.storage.sqlite.failures import is_damage

        if not is_damage(error) and not _is_schema_error(error):
            raise backup_failure(path.name, error) from error
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1 cannot be read as a NetPlanner backup (%2)."),
                path.name,
                error,
            ),
            damaged=is_damage(error),
        ) from error
    except OSError as error:
        raise backup_failure(path.name, error) from error
    if known_revision and revision not in KNOWN_REVISIONS:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 was made by a newer version of NetPlanner (schema %2). Update "
                    "NetPlanner to restore it.",
                ),
                path.name,
                revision,
            )
        )
    return int(contacts), int(conversations)


def _is_schema_error(error: sqlite3.DatabaseError) -> bool:
    """A table NetPlanner needs is missing: the file is some other database."""
    return "no such table" in str(error) or "no such column" in str(error)


def make_backup(
    data_file: Path, reason: str = "daily", target: Path | None = None, now: datetime | None = None
) -> BackupInfo:
    """Back up ``data_file``, check the copy, then rotate older backups in the folder.

    With ``target`` the backup goes exactly there (never over an existing file, the data
    file or anything the guard of :mod:`netplanner.storage.output_files` refuses) and
    nothing is rotated. A failed or damaged copy is removed and ``BackupError``
    raised; the data file itself is only ever read.
    """
    from netplanner.storage.output_files import check_output

    now = now or datetime.now(UTC)
    if target is None:
        folder = backup_folder(data_file)
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as error:
            raise backup_failure(str(folder), error, folder) from error
        names: Iterator[Path] = (
            folder / f"{data_file.stem}-{_stamp(now, number)}-{reason}.sqlite3"
            for number in itertools.count(1)
        )
    else:
        # The guard's refusal (an OutputFileError) goes to the caller as it is.
        real = check_output(target)
        if os.path.lexists(target):
            raise already_exists(target)
        names, folder = iter([real]), real.parent
    remove_stale_parts(folder)
    from netplanner.storage.sqlite.recovery import recover_hot_journal

    recover_hot_journal(data_file)
    partial = None
    try:
        fd, name = tempfile.mkstemp(
            dir=folder, prefix=f".{data_file.stem}-{os.getpid()}-", suffix=".part"
        )
        os.close(fd)
        partial = Path(name)
        copy_database(data_file, partial)
        contacts, conversations = verify(partial)
        os.chmod(partial, 0o600)  # holds notes about people, whatever the data file's mode
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        final = place_new(partial, names)
    except BackupError:
        raise
    except FileExistsError as error:
        raise already_exists(target or partial or folder) from error
    except (OSError, sqlite3.Error) as error:
        raise backup_failure(data_file.name, error, folder) from error
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    info = BackupInfo(final, now, reason, contacts, conversations)
    if target is None:
        rotate(data_file, keep=final)
    return info


def _stamp(moment: datetime, number: int = 1) -> str:
    """``20261206-035433.123456`` (UTC), with ``.2``, ``.3``… when that name is taken."""
    stamp = f"{moment.astimezone(UTC).strftime(_STAMP)}.{moment.microsecond:06d}"
    return stamp if number == 1 else f"{stamp}.{number}"


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


def _newest_per(
    backups: list[BackupInfo], key: Callable[[BackupInfo], object], limit: int
) -> list[BackupInfo]:
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


def rotate(data_file: Path, keep: Path | None = None) -> list[Path]:
    """Remove backups that fell off the ladder (never ``keep``, the one just made);
    returns what was removed."""
    backups = list_backups(data_file)
    kept = to_keep(backups) | ({keep} if keep is not None else set())
    removed = []
    for backup in backups:
        if backup.path not in kept:
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

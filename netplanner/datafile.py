"""Open the user's data file ready for work: checked, backed up, migrated, with the
built-in banks in it.

The one place where storage (the file) and the built-in content meet; the CLI
and the GUI both open data through :func:`open_data_file`.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from netplanner.core.banks import BankContent, install_missing_builtin_banks
from netplanner.interchange.bank_file import read_bank_file
from netplanner.resources import resource_path
from netplanner.storage.backups import (
    BackupError,
    BackupInfo,
    make_backup,
    newest_backup_age,
    newest_good_backup,
)
from netplanner.storage.database import Database, open_database

DAILY_BACKUP_AFTER = timedelta(days=1)


def builtin_banks() -> list[BankContent]:
    """The question banks shipped with NetPlanner, in a stable order."""
    folder = resource_path("banks")
    return [read_bank_file(path) for path in sorted(folder.glob("*.json"))]


def backup_if_due(path: Path) -> BackupInfo | None:
    """A backup when the newest one is over a day old. A failure never stops the user
    from working; it only means no new backup today."""
    age = newest_backup_age(path)
    if age is not None and age < DAILY_BACKUP_AFTER:
        return None
    try:
        return make_backup(path, reason="daily")
    except BackupError:
        return None


def open_data_file(path: Path | str, *, daily_backup: bool = True) -> Database:
    path = Path(path).expanduser()
    had_data = path.exists() and path.stat().st_size > 0
    database = open_database(path)
    with database.transaction() as session:
        install_missing_builtin_banks(session, builtin_banks())
    if daily_backup and had_data:
        backup_if_due(path)
    return database


def recovery_advice(path: Path) -> str:
    """What the user can do after a damaged file was moved aside, in one or two sentences."""
    good = newest_good_backup(path)
    if good is None:
        return "There is no good backup of it; NetPlanner will start with an empty file."
    when = good.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        f"The newest good backup is from {when} ({good.contacts} contacts, "
        f"{good.conversations} conversations): restore it with "
        f'netplanner restore "{good.path}"'
    )

"""Open the user's data file ready for work: checked, backed up, migrated, with the
built-in banks in it.

The one place where storage (the file) and the built-in content meet; the CLI
and the GUI both open data through :func:`open_data_file`.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.paths import Location, ServerLocation, data_location
from netplanner.resources import resource_path
from netplanner.storage.sqlite.backups import (
    BackupError,
    BackupInfo,
    make_backup,
    newest_backup_age,
    newest_good_backup,
)

if TYPE_CHECKING:
    from netplanner.core.banks import BankContent
    from netplanner.core.queries.run import Queries
    from netplanner.storage.database import Database

DAILY_BACKUP_AFTER = timedelta(days=1)
#: The ``app_meta`` key listing the built-in banks the file was ever given
#: (``core.meta.BUILTIN_BANKS_INSTALLED``; tests/test_datafile.py checks they agree).
_INSTALLED_BANKS_KEY = "builtin_banks_installed"


def _builtin_bank_files() -> list[Path]:
    return sorted(resource_path("banks").glob("*.json"))


def builtin_banks() -> list[BankContent]:
    """The question banks shipped with NetPlanner, in a stable order."""
    from netplanner.interchange.bank_file import read_bank_file

    return [read_bank_file(path) for path in _builtin_bank_files()]


def _may_lack_builtin_banks(queries: Queries) -> bool:
    """False when the file was given every built-in bank already (the usual start).

    Asked with one named query (``meta.value``), so opening a file imports neither the
    ORM models nor the bank reader (a tenth of a second of every command). When in
    doubt (a bank file that the full reader might read differently) the answer is True,
    and ``install_missing_builtin_banks`` decides as always.
    """
    keys = []
    for path in _builtin_bank_files():
        try:
            key = json.loads(path.read_text(encoding="utf-8")).get("key")
        except (OSError, ValueError, AttributeError):
            return True
        if not isinstance(key, str) or not key or key != key.strip():
            return True
        keys.append(key)
    rows = queries.rows("meta.value", key=_INSTALLED_BANKS_KEY)
    installed = (rows[0][0] if rows else None) or ""
    return not set(keys) <= set(installed.split(","))


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


def open_data_file(location: Location | str, *, daily_backup: bool = True) -> Database:
    """The data ready for work, with every built-in bank in it: an SQLite file (checked,
    backed up daily, migrated) or a practice server (each login gets its own banks)."""
    path = data_location(location)
    from netplanner.storage.database import open_database

    if isinstance(path, ServerLocation):
        return _with_builtin_banks(open_database(path), path)
    had_data = path.is_file() and path.stat().st_size > 0
    database = _with_builtin_banks(open_database(path), path)
    if daily_backup and had_data:
        backup_if_due(path)
    return database


def _with_builtin_banks(database: Database, path: Location) -> Database:
    try:
        from netplanner.core.queries.run import SessionQueries

        with database.session() as session:
            lacks_banks = _may_lack_builtin_banks(SessionQueries(session))
        if lacks_banks:
            from netplanner.core.banks import install_missing_builtin_banks

            with database.transaction() as session:
                install_missing_builtin_banks(session, builtin_banks())
    except Exception as error:
        # A lock, a full disk…: the same one-line errors as the checks before (the window
        # shows them with Try again); the file is as it was (the transaction rolled back).
        database.close()
        if isinstance(path, ServerLocation):
            from netplanner.storage.postgresql.failures import is_server_failure
            from netplanner.storage.postgresql.failures import unavailable as server_down

            if is_server_failure(error):
                raise server_down(path, error) from error
            raise
        from netplanner.storage.sqlite.failures import is_operational, unavailable

        if is_operational(error):
            raise unavailable(path, error) from error
        raise
    return database


def connect_ready(path: Location | str, *, daily_backup: bool = True) -> sqlite3.Connection | None:
    """The data file with :mod:`sqlite3` alone, when it needs nothing before work:
    whole, at the current revision and with every built-in bank (the daily backup is
    made as by :func:`open_data_file`). None otherwise: then open it with
    :func:`open_data_file`, which migrates, installs or says what is wrong.

    For a command that writes rows the way the app does but has no use for the ORM
    (the import of a whole network, through ``core.queries.plain``; see
    ``storage.sqlite.writing``).
    """
    from netplanner.storage.sqlite.writing import connect_for_writing

    where = data_location(path)
    if not isinstance(where, Path):
        return None
    path = where
    connection = connect_for_writing(path)
    if connection is None:
        return None
    from netplanner.core.queries.plain import PlainQueries

    try:
        lacks_banks = _may_lack_builtin_banks(PlainQueries(connection))
    except sqlite3.DatabaseError:
        lacks_banks = True
    if lacks_banks:
        connection.close()
        return None
    if daily_backup:
        backup_if_due(path)
    return connection


def recovery_advice(path: Path) -> str:
    """What the user can do after a damaged file was moved aside, in one or two sentences
    (a :class:`Message`: the command line says it in the user's language)."""
    from netplanner.messages import QT_TRANSLATE_NOOP, Message

    good = newest_good_backup(path)
    if good is None:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There is no good backup of it; NetPlanner will start with an empty file.",
            )
        )
    when = good.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The newest good backup is from %1 (%2 contacts, %3 conversations): "
            'restore it with netplanner restore "%4"',
        ),
        when,
        good.contacts,
        good.conversations,
        good.path,
    )

"""Open the user's data file ready for work: migrated, with the built-in banks in it.

The one place where storage (the file) and the built-in content meet; the CLI
and the GUI both open data through :func:`open_data_file`.
"""

from __future__ import annotations

from pathlib import Path

from netplanner.core.banks import BankContent, install_missing_builtin_banks
from netplanner.interchange.bank_file import read_bank_file
from netplanner.resources import resource_path
from netplanner.storage.database import Database, open_database


def builtin_banks() -> list[BankContent]:
    """The question banks shipped with NetPlanner, in a stable order."""
    folder = resource_path("banks")
    return [read_bank_file(path) for path in sorted(folder.glob("*.json"))]


def open_data_file(path: Path | str) -> Database:
    database = open_database(path)
    with database.transaction() as session:
        install_missing_builtin_banks(session, builtin_banks())
    return database

"""Opening the data file: the built-in banks, and what a command at head does not load."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from netplanner.core.banks import delete_bank, list_bank_rows
from netplanner.core.meta import BUILTIN_BANKS_INSTALLED, get_meta, set_meta
from netplanner.core.queries.plain import PlainQueries
from netplanner.datafile import _may_lack_builtin_banks, builtin_banks, open_data_file

FIXTURES = Path(__file__).parent / "interchange" / "fixtures"


def test_the_quick_question_reads_what_core_meta_writes(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite3"
    database = open_data_file(path)
    try:
        with closing(sqlite3.connect(path)) as connection:
            assert _may_lack_builtin_banks(PlainQueries(connection)) is False
        with database.transaction() as session:
            installed = get_meta(session, BUILTIN_BANKS_INSTALLED).split(",")
            set_meta(session, BUILTIN_BANKS_INSTALLED, ",".join(installed[1:]))
        with closing(sqlite3.connect(path)) as connection:
            assert _may_lack_builtin_banks(PlainQueries(connection)) is True
    finally:
        database.close()


def test_a_built_in_bank_the_file_never_had_is_added_at_the_next_start(
    tmp_path: Path,
) -> None:
    """As for a file from a NetPlanner that did not ship that bank yet."""
    path = tmp_path / "data.sqlite3"
    database = open_data_file(path)
    newest = builtin_banks()[-1]
    with database.transaction() as session:
        bank = next(row for row in list_bank_rows(session) if row.name == newest.name)
        delete_bank(session, bank.id)
        installed = get_meta(session, BUILTIN_BANKS_INSTALLED).split(",")
        set_meta(
            session, BUILTIN_BANKS_INSTALLED, ",".join(k for k in installed if k != newest.key)
        )
    database.close()
    database = open_data_file(path)
    try:
        with database.session() as session:
            assert newest.name in [row.name for row in list_bank_rows(session)]
            assert newest.key in get_meta(session, BUILTIN_BANKS_INSTALLED).split(",")
    finally:
        database.close()


def test_an_import_into_a_file_at_head_loads_no_sqlalchemy_migrations_or_bank_reader(
    tmp_path: Path,
) -> None:
    """What the import of a large file need not pay for (issue #7)."""
    data = tmp_path / "data.sqlite3"
    open_data_file(data).close()
    source = FIXTURES / "linkedin_connections.csv"
    code = (
        "import sys\n"
        "from netplanner.cli import main\n"
        f"assert main(['--db', {str(data)!r}, 'import', 'linkedin', {str(source)!r}]) == 0\n"
        "loaded = ('sqlalchemy', 'netplanner.interchange.bank_file', 'alembic')\n"
        "print([name for name in loaded if name in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "Created: 6" in result.stdout
    assert result.stdout.splitlines()[-1] == "[]"

"""One way to the data: SQL is written as SQLAlchemy Core in ``core/queries`` (or the ORM
elsewhere); only the SQLite capability (``storage/sqlite``) and the migrations speak
SQL as text. See ``netplanner/core/queries/__init__.py`` for the rule."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import netplanner

PACKAGE = Path(netplanner.__file__).resolve().parent
#: Where SQL may be text: what only SQLite does, the migrations' history, and the
#: statements compiled ahead for SQLite (generated from the Core statements).
ALLOWED = ("storage/sqlite/", "storage/migrations/", "core/queries/sqlite_text.py")
#: ... and what only a PostgreSQL practice server has: roles, grants, its revision.
ALLOWED += ("storage/postgresql/",)
_SQL = re.compile(r"^\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA)\s")


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _SQL.match(node.value):
                found.append(f"line {node.lineno}: SQL as text {node.value[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in ("exec_driver_sql", "executemany"):
            found.append(f"line {node.lineno}: {node.attr}")
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module == "sqlalchemy"
            and any(alias.name == "text" for alias in node.names)
        ):
            found.append(f"line {node.lineno}: sqlalchemy.text")
    return found


def test_sql_is_written_as_core_statements_outside_the_sqlite_capability() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(ALLOWED) or relative == "core/queries/plain.py":
            continue
        offenders += [f"{relative}: {offence}" for offence in _offences(path)]
    assert offenders == []


def test_the_check_finds_hand_written_sql(tmp_path: Path) -> None:
    sample = tmp_path / "hand_written_sql.py"
    sample.write_text(
        "from sqlalchemy import text\n"
        "def names(connection):\n"
        "    connection.exec_driver_sql('PRAGMA foreign_keys')\n"
        "    return connection.execute('SELECT id, name FROM contact')\n",
        encoding="utf-8",
    )
    assert len(_offences(sample)) == 4

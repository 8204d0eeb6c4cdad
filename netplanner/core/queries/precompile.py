"""Write :mod:`netplanner.core.queries.sqlite_text`: the statements compiled for SQLite.

``python -m netplanner.core.queries.precompile`` after changing a statement of a module
in :data:`PRECOMPILED` (or a table); ``tests/core/queries/test_precompiled.py`` fails
while the file is stale. Only statements whose values need no conversion but moments
are compiled (see :func:`compile_statement`), so the plain runner hands back what
SQLAlchemy would.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import import_module
from pathlib import Path
from typing import cast

from sqlalchemy import Integer, String, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql import ClauseElement, Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeEngine

from netplanner.core.queries.tables import TABLES
from netplanner.core.types import UTCDateTime

#: The statement modules the plain runner needs (the ``sheet`` and ``import`` commands,
#: and the window's first screen of contacts).
PRECOMPILED = ("sheets", "meta", "imports", "contacts", "today")
TARGET = Path(__file__).with_name("sqlite_text.py")
_DIALECT = sqlite.dialect(paramstyle="qmark")

_HEADER = '''"""The statements of ``PRECOMPILED`` compiled for SQLite, and the tables' columns.

Written by ``python -m netplanner.core.queries.precompile``; do not edit. Read by
``plain.PlainQueries`` for the commands that never load SQLAlchemy.
"""

# fmt: off
'''


def _kind(type_: TypeEngine[object], where: str) -> str:
    """ "moment" for a UTCDateTime, "" for a value the driver hands over unchanged."""
    if isinstance(type_, UTCDateTime):
        return "moment"
    if isinstance(type_, (Integer, String)):
        return ""
    raise TypeError(f"{where}: {type_!r} is converted by SQLAlchemy; not precompiled")


def compile_statement(
    name: str, statement: ClauseElement
) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """(SQL with ``?`` marks, the parameter of each mark, the parameters holding
    moments, the result columns holding moments) of one statement."""
    compiled = cast(SQLCompiler, statement.compile(dialect=_DIALECT))  # a statement's compiler
    if compiled.insert_prefetch or compiled.update_prefetch:
        raise ValueError(f"{name}: give every column a value (no Python-side defaults)")
    moments = []
    for key, bind in compiled.binds.items():
        if not bind.required:
            raise ValueError(f"{name}: a value in the statement ({key}); bind it by name")
        if _kind(bind.type, f"{name}.{key}"):
            moments.append(key)
    columns = getattr(statement, "selected_columns", ())
    moment_columns = tuple(
        index
        for index, column in enumerate(columns)
        if isinstance(column, ColumnElement) and _kind(column.type, f"{name}[{index}]")
    )
    return str(compiled), tuple(compiled.positiontup or ()), tuple(sorted(moments)), moment_columns


def statements() -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[int, ...]]]:
    found = {}
    for module_name in PRECOMPILED:
        module = import_module(f"{__package__}.{module_name}")
        for attribute, value in sorted(vars(module).items()):
            statement = isinstance(value, Executable) and isinstance(value, ClauseElement)
            if statement and not attribute.startswith("_"):
                name = f"{module_name}.{attribute}"
                found[name] = compile_statement(name, value)
    return found


def table_facts(
    table: Table,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(columns, those holding moments, those the file itself fills with "" when left
    out, those an INSERT must give: a default that only SQLAlchemy would fill in)."""
    columns = tuple(column.name for column in table.columns)
    moments = tuple(c.name for c in table.columns if isinstance(c.type, UTCDateTime))
    empty = tuple(
        c.name
        for c in table.columns
        if c.server_default is not None and getattr(c.server_default, "arg", None) == ""
    )
    required = tuple(
        c.name
        for c in table.columns
        if c.default is not None and c.name not in empty and not c.primary_key
    )
    return columns, moments, empty, required


def _text(value: str, indent: str) -> str:
    """``value`` as string literals of at most 80 characters each, one per line."""
    chunks, line = [], ""
    for word in value.split(" "):
        if line and len(line) + len(word) > 80:
            chunks.append(line)
            line = ""
        line += word + " "
    chunks.append(line[:-1])
    literals = [json.dumps(chunk) for chunk in chunks]
    if len(literals) == 1:
        return literals[0]
    inner = "".join(f"\n{indent}    {literal}" for literal in literals)
    return f"({inner}\n{indent})"


def _names(values: tuple[object, ...], indent: str) -> str:
    if not values:
        return "()"
    items = [json.dumps(value) for value in values]
    one_line = "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if len(indent) + len(one_line) < 96:
        return one_line
    return "(" + "".join(f"\n{indent}    {item}," for item in items) + f"\n{indent})"


def _entries(entries: Mapping[str, tuple[object, ...]], text_first: bool) -> str:
    lines = []
    for name, parts in sorted(entries.items()):
        inner = "        "
        rendered = [
            _text(part, inner) if text_first and index == 0 else _names(part, inner)  # type: ignore[arg-type]
            for index, part in enumerate(parts)
        ]
        lines.append(f"    {json.dumps(name)}: (")
        lines += [f"{inner}{part}," for part in rendered]
        lines.append("    ),")
    return "{\n" + "\n".join(lines) + "\n}"


def source() -> str:
    tables = {name: table_facts(table) for name, table in TABLES.items()}
    return (
        _HEADER
        + "#: name -> (SQL, the parameter of each mark, parameters and result columns holding\n"
        + "#: moments).\n"
        + f"STATEMENTS = {_entries(statements(), text_first=True)}\n\n"
        + '#: table -> (columns, holding moments, filled with "" by the file, required).\n'
        + f"TABLES = {_entries(tables, text_first=False)}\n"
        + "# fmt: on\n"
    )


def main() -> None:
    TARGET.write_text(source(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()

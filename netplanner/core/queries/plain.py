"""The named statements on an :mod:`sqlite3` connection, without SQLAlchemy.

For the ``sheet`` and ``import`` commands, which never load SQLAlchemy (issue #7): the
statements are the ones :class:`run.SessionQueries` runs, compiled ahead for SQLite
(:mod:`.sqlite_text`), and the values go in and come out as SQLAlchemy's types would
make them: a moment is bound as the text the ORM stores and read back aware, in UTC.
Inserts by table are the one statement written here: ``INSERT INTO t (columns) VALUES
(?, …)`` over the given columns, checked against the table's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from itertools import repeat
from operator import add, itemgetter
from typing import Any

from netplanner.core.clock import stored_moment
from netplanner.core.queries.run import Row, Values
from netplanner.core.queries.sqlite_text import STATEMENTS, TABLES

_EXPANDING = "__[POSTCOMPILE_{}]"


def _moment_text(value: Any) -> Any:
    return stored_moment(value) if isinstance(value, datetime) else value


def _moment(value: Any) -> Any:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


class PlainQueries:
    """:class:`run.Queries` on ``connection``, in its current transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, name: str, /, **params: Any) -> Sequence[Row]:
        sql, order, moments, moment_columns = STATEMENTS[name]
        values: list[Any] = []
        for key in order:
            value = params[key]
            if isinstance(value, (list, tuple, set, frozenset)):
                if not value:
                    raise ValueError(f"{name}: {key} is empty")
                sql = sql.replace(_EXPANDING.format(key), ", ".join("?" * len(value)))
                values += value
            else:
                values.append(_moment_text(value) if key in moments else value)
        rows = self._connection.execute(sql, values).fetchall()
        if not moment_columns:
            return rows
        return [_with_moments(row, moment_columns) for row in rows]

    def run_many(self, name: str, rows: Sequence[Values]) -> None:
        sql, order, moments, _ = STATEMENTS[name]
        if rows:
            self._connection.executemany(sql, _tuples(rows, order, moments))

    def insert(self, table: str, rows: Sequence[Values], /, **common: Any) -> None:
        if rows:
            sql, values = _insert(table, rows, common)
            self._connection.executemany(sql, values)

    def inserted_ids(self, table: str, rows: Sequence[Values], /, **common: Any) -> list[int]:
        if not rows:
            return []
        sql, values = _insert(table, rows, common)
        cursor = self._connection.cursor()
        execute = cursor.execute
        ids: list[Any] = []  # of lastrowid: an int after an INSERT
        # One row at a time: each id is the one SQLite gave that row (as fast as
        # executemany here, which reports no ids).
        for row in values:
            execute(sql, row)
            ids.append(cursor.lastrowid)
        cursor.close()
        return ids


def _with_moments(row: Row, columns: tuple[int, ...]) -> tuple[Any, ...]:
    values = list(row)
    for index in columns:
        values[index] = _moment(values[index])
    return tuple(values)


def _tuples(
    rows: Sequence[Values], order: Sequence[str], moments: Sequence[str]
) -> Iterable[tuple[Any, ...]]:
    """Each row's values in the order of the statement's marks."""
    if not order:
        return (() for _ in rows)
    if len(order) == 1:
        (key,) = order
        pick: Callable[[Values], tuple[Any, ...]] = lambda row: (row[key],)  # noqa: E731
    else:
        pick = itemgetter(*order)
    if not moments:
        return map(pick, rows)
    # A time stamp is usually one moment for every row: converted once.
    converted: dict[datetime, str] = {}
    at = [index for index, key in enumerate(order) if key in moments]

    def with_text(row: Values) -> tuple[Any, ...]:
        values = list(pick(row))
        for index in at:
            value = values[index]
            if isinstance(value, datetime):
                text = converted.get(value)
                if text is None:
                    text = converted[value] = stored_moment(value)
                values[index] = text
        return tuple(values)

    return map(with_text, rows)


def _insert(
    table: str, rows: Sequence[Values], common: Values
) -> tuple[str, Iterable[tuple[Any, ...]]]:
    """The INSERT of the columns of ``rows`` (all alike) and ``common`` into ``table``,
    and each row's values in its order. The columns the file fills with "" are left out
    when "" in every row: their default does the same, and fewer values bind faster."""
    columns, moments, empty, required = TABLES[table]
    given = set(rows[0]) | set(common)
    unknown = given - set(columns)
    missing = set(required) - given
    if unknown or missing:
        raise ValueError(f"{table}: unknown columns {sorted(unknown)}, missing {sorted(missing)}")
    kept = tuple(
        column
        for column in columns
        if column in rows[0] and not (column in empty and not any(map(itemgetter(column), rows)))
    )
    shared = tuple(column for column in columns if column in common)
    every_row = tuple(_moment_text(common[c]) if c in moments else common[c] for c in shared)
    names = ", ".join((*kept, *shared))
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * (len(kept) + len(shared)))})"
    values = _tuples(rows, kept, tuple(column for column in kept if column in moments))
    if every_row:
        values = map(add, values, repeat(every_row))
    return sql, values

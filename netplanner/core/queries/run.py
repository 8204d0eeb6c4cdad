"""Running the named statements: what a service asks of :class:`Queries`.

A service that reads or writes sets of rows takes a :class:`Queries` and asks it for
statements by name, ``"<module>.<statement>"`` (``"sheets.conversations"``), and for
inserts by table name. :class:`SessionQueries` runs them in a session (the window, and
every command that opened the file with SQLAlchemy); ``plain.PlainQueries`` runs the
same statements, compiled ahead, on an :mod:`sqlite3` connection. Rows come back as
tuples in the statement's column order, with the same Python values either way.

No SQLAlchemy is imported here until a session is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session
    from sqlalchemy.sql import Executable
    from sqlalchemy.sql.dml import Insert

Row = Sequence[Any]
Values = Mapping[str, Any]

#: Ids per ``IN (…)``: well below any engine's limit on bound parameters.
BATCH = 500


class Queries(Protocol):
    """Runs the statements of ``netplanner.core.queries`` in the caller's transaction."""

    def rows(self, name: str, /, **params: Any) -> Sequence[Row]:
        """The rows of the statement ``name``, all of them (fetched at once: iterating a
        result row by row costs twice the time); an ``ids`` list goes into its ``IN``."""
        ...

    def run_many(self, name: str, rows: Sequence[Values]) -> None:
        """The statement ``name`` (an UPDATE or INSERT) once per set of values."""
        ...

    def insert(self, table: str, rows: Sequence[Values], /, **common: Any) -> None:
        """Insert ``rows`` (the same keys in each: column names) into ``table``, with the
        values of ``common`` (a time stamp) in every row."""
        ...

    def inserted_ids(self, table: str, rows: Sequence[Values], /, **common: Any) -> list[int]:
        """:meth:`insert`, and the ids the database gave the rows, in their order."""
        ...


def rows_by_ids(queries: Queries, name: str, ids: Iterable[int], **params: Any) -> list[Row]:
    """The rows of ``name`` for all ``ids``, asked in batches of :data:`BATCH`."""
    ids = list(ids)
    rows: list[Row] = []
    for start in range(0, len(ids), BATCH):
        rows += queries.rows(name, ids=ids[start : start + BATCH], **params)
    return rows


_statements: dict[str, Executable] = {}


def statement(name: str) -> Executable:
    """The statement ``"<module>.<name>"`` of ``netplanner.core.queries``."""
    found = _statements.get(name)
    if found is None:
        module, _, attribute = name.partition(".")
        found = getattr(import_module(f"{__package__}.{module}"), attribute)
        _statements[name] = found
    return found


class SessionQueries:
    """The statements through SQLAlchemy, on the session's connection and in its
    transaction, after the ORM flushed what it holds (so they see the session's changes)."""

    def __init__(self, session: Session) -> None:
        session.flush()
        self._connection: Connection = session.connection()

    def rows(self, name: str, /, **params: Any) -> Sequence[Row]:
        return self._connection.execute(statement(name), params).all()

    def run_many(self, name: str, rows: Sequence[Values]) -> None:
        if rows:
            self._connection.execute(statement(name), list(rows))

    def insert(self, table: str, rows: Sequence[Values], /, **common: Any) -> None:
        if rows:
            self._connection.execute(_insert(table, common), list(rows))

    def inserted_ids(self, table: str, rows: Sequence[Values], /, **common: Any) -> list[int]:
        if not rows:
            return []
        statement = _insert(table, common)
        if self._connection.dialect.name == "sqlite":  # in batches (see there)
            from netplanner.storage.sqlite.capability import SQLiteFile

            return SQLiteFile.inserted_ids(self._connection, statement, rows)
        # Ordered like the rows (SQLAlchemy's "insertmanyvalues" with a sentinel column).
        key = statement.table.c.id
        returning = statement.returning(key, sort_by_parameter_order=True)
        return list(self._connection.execute(returning, list(rows)).scalars())


def _insert(table: str, common: Values) -> Insert:
    from sqlalchemy import insert

    from netplanner.core.queries.tables import TABLES

    statement = insert(TABLES[table])
    return statement.values(**common) if common else statement

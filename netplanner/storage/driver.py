"""The DB-API connection under an ORM session, for services written in plain SQL.

Printing a sheet and importing a network read and write with plain SQL on the
:mod:`sqlite3` connection, so the command line can run them without SQLAlchemy
(issue #7). The window works with sessions; this hands such a service the same
connection, in the session's transaction, and asks for rows by many ids in batches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def driver_connection(session: Session) -> sqlite3.Connection:
    """The session's sqlite3 connection, after flushing what the ORM would flush before
    its own queries (so plain SQL sees the session's pending changes)."""
    session.flush()
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


#: Ids per ``IN (...)``: well below SQLite's limit on bound parameters.
_BATCH = 500


def rows_by_ids(connection: sqlite3.Connection, query: str, ids: Iterable[int]) -> list[tuple]:
    """The rows of ``query`` (with ``{}`` where its ``IN`` list goes) for all ``ids``,
    asked in batches."""
    ids = list(ids)
    rows: list[tuple] = []
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        rows += connection.execute(query.format(",".join("?" * len(batch))), batch).fetchall()
    return rows

"""Which schema revision an SQLite data file has, read without importing Alembic.

Start-up only needs Alembic when there is something to migrate; reading the
revision with :mod:`sqlite3` keeps the common path (file already at head) fast.
"""

from __future__ import annotations

from pathlib import Path

from netplanner.storage.schema_version import HEAD_REVISION

SQLITE_MAGIC = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def read_revision(path: Path) -> str | None:
    """The revision stamped in the file; None for an empty SQLite file.

    Raises ``sqlite3.DatabaseError`` when the file is not a readable SQLite
    database, and ``LookupError`` when it is one but holds tables of some other
    program (no ``alembic_version`` table).
    """
    from netplanner.storage.sqlite.waiting import connect_read_only

    connection = connect_read_only(path)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise LookupError("no alembic_version table")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def is_at_head(path: Path) -> bool:
    """True for a non-empty SQLite file stamped with the current revision: nothing to
    migrate. Raises what :func:`read_revision` raises, and ``OSError``."""
    if path.stat().st_size == 0 or not has_sqlite_header(path):
        return False
    return read_revision(path) == HEAD_REVISION

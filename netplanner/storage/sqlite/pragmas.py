"""The settings every connection to a data file starts with, SQLAlchemy's and sqlite3's own."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from netplanner.storage.sqlite.waiting import busy_timeout_ms

if TYPE_CHECKING:  # the sqlite3-only commands (sheet, import) never load SQLAlchemy
    from sqlalchemy.engine import Connection


def configure_connection(connection: sqlite3.Connection) -> None:
    """Pragmas for one new connection; transactions are begun explicitly by the caller."""
    # The sqlite3 module's own transaction handling would commit DDL early and break
    # all-or-nothing migrations: whoever uses the connection says BEGIN itself.
    connection.isolation_level = None
    cursor = connection.cursor()
    # How long a read waits for a program that locks the file exclusively; writes
    # wait as ``storage.sqlite.waiting.begin_immediate`` says.
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit the user saw survives a power cut, at a cost too small to
    # notice for the handful of writes a person makes.
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted notes about people are overwritten with zeros, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def set_foreign_keys(connection: Connection, *, on: bool) -> None:
    """Foreign keys on or off for ``connection``, outside any transaction (SQLite ignores
    the pragma inside one): on the DBAPI connection, which then runs what follows."""
    driver = connection.connection.driver_connection
    assert driver is not None  # an open connection
    driver.execute(f"PRAGMA foreign_keys={int(on)}")


def check_foreign_keys(connection: Connection) -> None:
    """Raise when a row points at one that is not there (after work done with the keys
    off: the caller's transaction then rolls back)."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"broken links: {broken[:3]}")

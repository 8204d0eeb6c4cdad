"""Shared set-up of the command-line tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from netplanner.cli import main


@pytest.fixture
def damaged_demo_file(tmp_path: Path) -> Callable[[str], Path]:
    """A demo data file with a backup beside it, then garbage over one table's first page
    (``damaged_demo_file("contact")``). The header and the revision still read, so only
    what reads that table, or SQLite's quick check, finds the damage."""

    def make(table: str) -> Path:
        db = tmp_path / "data.sqlite3"
        assert main(["--db", str(db), "demo"]) == 0
        assert main(["--db", str(db), "backup"]) == 0
        with sqlite3.connect(db) as connection:  # all of it in the file, none in the WAL
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page_size = connection.execute("PRAGMA page_size").fetchone()[0]
            root = connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()[0]
        connection.close()
        for side in ("-wal", "-shm"):
            db.with_name(db.name + side).unlink(missing_ok=True)
        whole = bytearray(db.read_bytes())
        whole[(root - 1) * page_size : root * page_size] = b"\xa5" * page_size
        db.write_bytes(bytes(whole))
        return db

    return make

"""Faults for the window's tests: a commit that fails, a lock held by another program,
a small disk that really fills up."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from netplanner.storage.database import Database

DISK_FULL = "database or disk is full"


def fail_commits(monkeypatch, database: Database, message: str = DISK_FULL, times: int = 1):
    """The next ``times`` commits fail as SQLite fails them (SQLAlchemy wraps the error
    in its OperationalError, as with a real full disk); later ones go through."""
    dialect = database.engine.dialect
    real = dialect.do_commit
    left = [times]

    def do_commit(dbapi_connection) -> None:
        if left[0] > 0:
            left[0] -= 1
            raise sqlite3.OperationalError(message)
        real(dbapi_connection)

    monkeypatch.setattr(dialect, "do_commit", do_commit)
    return left


def fail_reads(monkeypatch, database: Database, message: str, times: int = 1):
    """The next ``times`` statements fail as SQLite fails them ("disk I/O error")."""
    dialect = database.engine.dialect
    real = dialect.do_execute
    left = [times]

    def do_execute(cursor, statement, parameters, context=None) -> None:
        if left[0] > 0:
            left[0] -= 1
            raise sqlite3.OperationalError(message)
        real(cursor, statement, parameters, context)

    monkeypatch.setattr(dialect, "do_execute", do_execute)
    return left


class Lock:
    """Another program with the data file open in a write transaction (BEGIN EXCLUSIVE)."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None, timeout=0)
        self.connection.execute("BEGIN EXCLUSIVE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.connection.execute("ROLLBACK")
            self.connection.close()
            self.held = False


@contextmanager
def locked(path: Path) -> Iterator[Lock]:
    lock = Lock(path)
    try:
        yield lock
    finally:
        lock.release()


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted on ``folder`` (skips the test where mounting is
    not allowed: not root, or in a container without the right)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill_disk(folder: Path) -> Path:
    """Write a file into ``folder`` until the disk is full; returns it (delete it to free
    the space again)."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as handle, suppress(OSError):
        while handle.write(chunk):
            pass
    return filler

"""Damaged data files and restoring backups.

A damaged file is never overwritten: it is renamed aside with a timestamp (its
-wal and -shm files with it), so whatever can still be rescued stays on disk.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from netplanner.storage.backups import BackupError, BackupInfo, copy_database, make_backup, verify
from netplanner.storage.schema_version import has_sqlite_header

SIDE_FILES = ("-wal", "-shm")


def quick_check(path: Path) -> str:
    """SQLite's quick check of a file: "ok", or what is wrong."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    messages = [row[0] for row in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:3])


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged data file (and its -wal/-shm) to ``<name>.damaged-<time>``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    path.replace(target)
    return target


def restore_backup(data_file: Path, backup: Path) -> BackupInfo | None:
    """Put ``backup`` in place of ``data_file``; the app must have closed the file.

    The current file is backed up first ("pre-restore") when it is readable;
    that backup is returned. The backup is checked before anything is touched.
    """
    verify(backup)
    saved = None
    if data_file.exists() and data_file.stat().st_size and has_sqlite_header(data_file):
        try:
            saved = make_backup(data_file, reason="pre-restore")
        except BackupError:
            saved = None  # a damaged current file: restoring is how the user gets out
            move_aside(data_file)
    partial = data_file.with_name(data_file.name + ".restore.part")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        copy_database(backup, partial)
        verify(partial)
        for suffix in SIDE_FILES:
            data_file.with_name(data_file.name + suffix).unlink(missing_ok=True)
        partial.replace(data_file)
    finally:
        partial.unlink(missing_ok=True)
    return saved

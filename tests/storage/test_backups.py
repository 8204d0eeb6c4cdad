"""Backups: made with the backup API, checked, private, rotated on a ladder; restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import count_contacts, create_contact
from netplanner.storage.database import open_database
from netplanner.storage.errors import DamagedDataFileError, NotADataFileError
from netplanner.storage.sqlite.backups import (
    BackupError,
    BackupInfo,
    backup_folder,
    list_backups,
    make_backup,
    to_keep,
    verify,
)
from netplanner.storage.sqlite.recovery import restore_backup

FIXTURES = Path(__file__).parent / "fixtures"


def _add(database, name: str) -> None:
    with database.transaction() as session:
        create_contact(session, ContactInput(name=name))


def test_backup_includes_what_is_still_in_the_wal(demo_database) -> None:
    _add(demo_database, "Only in the WAL")  # the app still has the file open
    wal = demo_database.path.with_name(demo_database.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    info = make_backup(demo_database.path)
    assert (info.contacts, info.conversations) == (13, 4)
    with sqlite3.connect(info.path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM contact")}
    assert "Only in the WAL" in names
    assert info.path.parent == backup_folder(demo_database.path)


def test_backups_are_private(demo_database) -> None:
    info = make_backup(demo_database.path)
    assert stat.S_IMODE(os.stat(info.path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(info.path).st_mode) == 0o600


def test_ladder_keeps_7_days_4_weeks_and_3_special() -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    backups = [
        BackupInfo(Path(f"d{h}"), now - timedelta(hours=h), "daily") for h in range(0, 24 * 60, 6)
    ] + [BackupInfo(Path(f"m{n}"), now - timedelta(days=n * 3), "pre-migration") for n in range(6)]
    keep = to_keep(backups)
    kept_regular = sorted(
        (b for b in backups if b.path in keep and b.reason == "daily"),
        key=lambda b: b.created,
        reverse=True,
    )
    days = [b.created.date() for b in kept_regular[:7]]
    assert days == [(now - timedelta(days=n)).date() for n in range(7)]
    assert kept_regular[0].path == Path("d0")  # newest of today
    assert len(kept_regular) == 11  # 7 days + 4 weeks
    weeks = {b.created.isocalendar()[:2] for b in kept_regular[7:]}
    assert len(weeks) == 4
    assert {b.path for b in backups if b.reason == "pre-migration" and b.path in keep} == {
        Path("m0"),
        Path("m1"),
        Path("m2"),
    }


def test_rotation_removes_old_backups_from_the_folder(demo_database) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for day in range(40):
        make_backup(demo_database.path, now=start + timedelta(days=day))
    assert len(list_backups(demo_database.path)) == 11


def test_damaged_backup_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(BackupError):
        verify(bad)


def test_migration_makes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "revision_0001.sqlite3", path)
    open_database(path).close()
    (backup,) = list_backups(path, check=True)
    assert backup.reason == "pre-migration"
    assert backup.contacts == 12
    with sqlite3.connect(backup.path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",  # zero length
        lambda data: b"this is not a database at all" * 100,
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:4096] + bytes(b ^ 0xFF for b in data[4096:8192]) + data[8192:],
    ],
    ids=["zero-length", "not-sqlite", "truncated", "flipped-bytes"],
)
def test_damaged_file_with_backups_is_moved_aside_never_overwritten(
    demo_database,
    damage,
) -> None:
    path = demo_database.path
    make_backup(path)
    demo_database.close()
    damaged = damage(path.read_bytes())
    path.write_bytes(damaged)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    with pytest.raises(DamagedDataFileError, match="moved aside") as caught:
        open_database(path)
    assert caught.value.moved_to.read_bytes() == damaged
    assert not path.exists()
    (good,) = list_backups(path, check=True)
    restore_backup(path, good.path)
    database = open_database(path)
    with database.session() as session:
        assert count_contacts(session) == 12
    database.close()


def test_unrelated_file_without_backups_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my notes")
    with pytest.raises(NotADataFileError):
        open_database(path)
    assert path.read_text() == "my notes"


def test_restore_backs_up_the_current_state_first(demo_database) -> None:
    path = demo_database.path
    first = make_backup(path)
    _add(demo_database, "Added after the backup")
    demo_database.close()
    saved = restore_backup(path, first.path)
    assert saved is not None and saved.reason == "pre-restore" and saved.contacts == 13
    database = open_database(path)
    with database.session() as session:
        assert count_contacts(session) == 12
    database.close()

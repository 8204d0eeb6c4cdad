"""Restore and backup that cannot hurt (issue 16): names never collide and nothing is
written over, a killed backup's leftovers go, a backup is checked whole before a restore
touches anything, and a restore that cannot save the current data first changes
nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.storage.schema_version import HEAD_REVISION
from netplanner.storage.sqlite import recovery
from netplanner.storage.sqlite.backups import (
    BackupError,
    backup_folder,
    list_backups,
    make_backup,
    remove_stale_parts,
    verify,
)
from netplanner.storage.sqlite.recovery import restore_backup


def _add(database, name: str) -> None:
    with database.transaction() as session:
        create_contact(session, ContactInput(name=name))


def test_backups_made_at_the_same_moment_get_their_own_names(demo_database) -> None:
    moment = datetime(2026, 12, 6, 3, 54, 33, tzinfo=UTC)
    first = make_backup(demo_database.path, reason="pre-restore", now=moment)
    second = make_backup(demo_database.path, reason="pre-restore", now=moment)
    assert first.path != second.path
    assert first.path.exists() and second.path.exists()
    assert {b.path for b in list_backups(demo_database.path)} == {first.path, second.path}


def test_the_backup_just_made_is_never_rotated_away(demo_database) -> None:
    daily = make_backup(demo_database.path, reason="daily")
    manual = make_backup(demo_database.path, reason="manual")  # the same day
    assert manual.path.exists(), "the backup the user asked for was removed at once"
    assert list_backups(demo_database.path)[0].path == manual.path
    assert daily.created < manual.created


def test_names_of_older_versions_are_still_read(demo_database) -> None:
    folder = backup_folder(demo_database.path)
    folder.mkdir(exist_ok=True)
    old = folder / f"{demo_database.path.stem}-20250101-120000-daily.sqlite3"
    shutil.copy(make_backup(demo_database.path).path, old)
    found = {b.path: b for b in list_backups(demo_database.path)}
    assert found[old].created == datetime(2025, 1, 1, 12, tzinfo=UTC)
    assert found[old].reason == "daily"


def test_a_backup_never_goes_over_an_existing_file(demo_database, tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite3"
    target.write_bytes(b"a file of the user's")
    with pytest.raises(Exception, match="never"):
        make_backup(demo_database.path, target=target)
    assert target.read_bytes() == b"a file of the user's"


def test_stale_parts_of_killed_backups_are_removed(demo_database) -> None:
    folder = backup_folder(demo_database.path)
    folder.mkdir(exist_ok=True)
    dead = _dead_pid()
    stale = folder / f".{demo_database.path.stem}-{dead}-x1y2.part"
    live = folder / f".{demo_database.path.stem}-{os.getpid()}-a1b2.part"
    legacy = folder / f"{demo_database.path.stem}-20250101-120000-daily.sqlite3.part"
    for path in (stale, live, legacy):
        path.write_bytes(b"x" * 1000)
    hour_ago = time.time() - 3600
    os.utime(legacy, (hour_ago, hour_ago))
    make_backup(demo_database.path)
    assert not stale.exists() and not legacy.exists()
    assert live.exists(), "a backup still being written by a running process is left alone"
    assert remove_stale_parts(folder) == []


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _with_revision(source: Path, target: Path, revision: str) -> Path:
    shutil.copy(source, target)
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    return target


def test_a_backup_from_a_newer_version_is_refused_before_anything_is_touched(
    demo_database, tmp_path: Path
) -> None:
    backup = make_backup(demo_database.path, target=tmp_path / "mine.sqlite3")
    newer = _with_revision(backup.path, tmp_path / "newer.sqlite3", "9999")
    demo_database.close()
    before = demo_database.path.read_bytes()
    with pytest.raises(BackupError, match="newer version"):
        restore_backup(demo_database.path, newer)
    assert demo_database.path.read_bytes() == before
    assert [b.reason for b in list_backups(demo_database.path)] == []


def test_a_foreign_database_is_no_backup(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE contact (x)")
    connection.close()
    with pytest.raises(BackupError, match="cannot be read as a NetPlanner backup"):
        verify(foreign, known_revision=True)


def test_restore_stops_when_the_current_data_cannot_be_saved_first(
    demo_database, tmp_path: Path, monkeypatch
) -> None:
    backup = make_backup(demo_database.path, target=tmp_path / "old.sqlite3")
    _add(demo_database, "Only in the current file")
    demo_database.close()
    before = demo_database.path.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise BackupError("The backup could not be written: there is no room left on the disk.")

    monkeypatch.setattr(recovery, "make_backup", disk_full)
    with pytest.raises(BackupError, match="Nothing was restored") as raised:
        restore_backup(demo_database.path, backup.path)
    assert "no room" in str(raised.value)
    assert demo_database.path.read_bytes() == before
    assert not list(demo_database.path.parent.glob("*.damaged-*"))


def test_two_restores_in_one_second_keep_both_states(demo_database, tmp_path: Path) -> None:
    from netplanner.datafile import open_data_file

    path = demo_database.path
    backup = make_backup(path, target=tmp_path / "old.sqlite3")
    _add(demo_database, "State one")
    demo_database.close()
    first = restore_backup(path, backup.path)
    database = open_data_file(path, daily_backup=False)
    _add(database, "State two")
    database.close()
    second = restore_backup(path, backup.path)
    assert first is not None and second is not None and first.path != second.path
    for saved, name in ((first, "State one"), (second, "State two")):
        with sqlite3.connect(saved.path) as connection:
            names = {row[0] for row in connection.execute("SELECT name FROM contact")}
        connection.close()
        assert name in names


def test_a_restore_through_a_link_keeps_the_link(demo_database, tmp_path: Path) -> None:
    backup = make_backup(demo_database.path, target=tmp_path / "old.sqlite3")
    demo_database.close()
    link = tmp_path / "link.sqlite3"
    link.symlink_to(demo_database.path)
    restore_backup(link, backup.path)
    assert link.is_symlink() and os.readlink(link) == str(demo_database.path)
    with sqlite3.connect(demo_database.path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert revision == HEAD_REVISION

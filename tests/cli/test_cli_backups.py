"""backup, restore and check on the command line."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from netplanner.cli import main


def _contacts(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert main(["--db", str(db), "list", "contacts", "--json"]) == 0
    return len(json.loads(capsys.readouterr().out))


def test_backup_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite3"
    main(["--db", str(db), "demo"])
    saved = tmp_path / "before.sqlite3"
    assert main(["--db", str(db), "backup", "-o", str(saved)]) == 0
    assert "12 contacts" in capsys.readouterr().out
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact
    from netplanner.datafile import open_data_file

    database = open_data_file(db)
    with database.transaction() as session:
        create_contact(session, ContactInput(name="Added after the backup"))
    database.close()
    assert _contacts(db, capsys) == 13
    assert main(["--db", str(db), "restore", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "saved in" in out  # the empty state was backed up first
    assert _contacts(db, capsys) == 12


def test_check_reports_health_and_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "data.sqlite3"
    main(["--db", str(db), "demo"])
    assert main(["--db", str(db), "backup"]) == 0
    assert main(["--db", str(db), "check"]) == 0
    assert "healthy (12 contacts)" in capsys.readouterr().out
    gc.collect()  # the commands' connections closed, as when each runs in its own process
    db.write_bytes(db.read_bytes()[:3000])
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    assert main(["--db", str(db), "check"]) == 1
    error = capsys.readouterr().err
    assert "moved aside" in error and "netplanner restore" in error
    assert len(error.strip().splitlines()) == 1
    assert list(tmp_path.glob("data.sqlite3.damaged-*"))


def test_restore_refuses_a_broken_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "data.sqlite3"
    main(["--db", str(db), "demo"])
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a backup")
    assert main(["--db", str(db), "restore", str(junk)]) == 2
    assert "Nothing was restored" in capsys.readouterr().err
    assert _contacts(db, capsys) == 12

"""Writing with sqlite3 alone: only to a file that needs nothing first, set up as the app's."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from netplanner.core.clock import stored_moment
from netplanner.core.meta import BUILTIN_BANKS_INSTALLED, get_meta, set_meta
from netplanner.core.types import UTCDateTime
from netplanner.datafile import connect_ready, open_data_file
from netplanner.storage.sqlite.backups import list_backups
from netplanner.storage.sqlite.writing import connect_for_writing, transaction

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def at_head(tmp_path: Path) -> Path:
    path = tmp_path / "data.sqlite3"
    open_data_file(path).close()
    return path


def test_a_file_at_head_gets_the_apps_own_settings(at_head: Path) -> None:
    connection = connect_for_writing(at_head)
    assert connection is not None
    try:
        pragma = {
            name: connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("foreign_keys", "journal_mode", "synchronous", "secure_delete")
        }
        assert pragma == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2,
                          "secure_delete": 1}  # fmt: skip
    finally:
        connection.close()


@pytest.mark.parametrize("kind", ["missing", "empty", "text", "older revision", "damaged"])
def test_any_other_file_is_left_to_the_full_open(tmp_path: Path, at_head: Path, kind: str) -> None:
    path = tmp_path / "other.sqlite3"
    if kind == "empty":
        path.touch()
    elif kind == "text":
        path.write_text("shopping list")
    elif kind == "older revision":
        shutil.copy(FIXTURES / "revision_0001.sqlite3", path)
    elif kind == "damaged":
        whole = bytearray(at_head.read_bytes())
        whole[4096 * 2 : 4096 * 3] = b"\xa5" * 4096  # a page of the schema's tables
        path.write_bytes(bytes(whole))
    before = path.read_bytes() if path.exists() else None
    assert connect_for_writing(path) is None
    assert (path.read_bytes() if path.exists() else None) == before


def test_a_unit_of_work_is_all_or_nothing(at_head: Path) -> None:
    connection = connect_for_writing(at_head)
    assert connection is not None
    insert = "INSERT INTO app_meta (key, value) VALUES (?, ?)"
    try:
        with pytest.raises(RuntimeError), transaction(connection, at_head):
            connection.execute(insert, ("first", "1"))
            raise RuntimeError("stopped halfway")
        with transaction(connection, at_head):
            connection.execute(insert, ("second", "2"))
    finally:
        connection.close()
    with sqlite3.connect(at_head) as reader:
        keys = {row[0] for row in reader.execute("SELECT key FROM app_meta")}
    reader.close()
    assert "second" in keys and "first" not in keys


def test_ready_only_with_every_built_in_bank(at_head: Path) -> None:
    ready = connect_ready(at_head, daily_backup=False)
    assert ready is not None
    ready.close()
    database = open_data_file(at_head, daily_backup=False)
    with database.transaction() as session:
        installed = get_meta(session, BUILTIN_BANKS_INSTALLED).split(",")
        set_meta(session, BUILTIN_BANKS_INSTALLED, ",".join(installed[1:]))
    database.close()
    assert connect_ready(at_head, daily_backup=False) is None  # the full open installs it


def test_ready_makes_the_daily_backup_as_opening_does(at_head: Path) -> None:
    assert list_backups(at_head) == []
    ready = connect_ready(at_head)
    assert ready is not None
    ready.close()
    assert [backup.reason for backup in list_backups(at_head)] == ["daily"]


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        datetime(2026, 3, 29, 2, 30, 0, 123456, tzinfo=timezone(timedelta(hours=2))),
        datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_a_moment_is_stored_as_the_orm_stores_it(at_head: Path, moment: datetime) -> None:
    database = open_data_file(at_head, daily_backup=False)
    try:
        dialect = database.engine.dialect
        stored = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)(moment)
    finally:
        database.close()
    assert stored_moment(moment) == stored


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        stored_moment(datetime(2026, 1, 2, 3, 4, 5))

"""Opening a file that is not right: refused with a clear message, and never changed."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from netplanner.storage.database import open_database
from netplanner.storage.errors import (
    DamagedDataFileError,
    DataFileUnavailableError,
    NewerDataFileError,
    NotADataFileError,
)


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _bytes(path)
    with pytest.raises(NewerDataFileError, match="newer version of NetPlanner"):
        open_database(path)
    assert _bytes(path) == before


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n")
    before = _bytes(path)
    with pytest.raises(NotADataFileError, match="not a NetPlanner data file"):
        open_database(path)
    assert _bytes(path) == before


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    before = _bytes(path)
    with pytest.raises(NotADataFileError, match="another program"):
        open_database(path)
    assert _bytes(path) == before


def test_truncated_database_is_moved_aside_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite3"
    open_database(path).close()
    data = _bytes(path)
    path.write_bytes(data[: len(data) // 3])
    before = _bytes(path)
    with pytest.raises(DamagedDataFileError, match="moved aside") as caught:
        open_database(path)
    assert _bytes(caught.value.moved_to) == before
    assert not path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "private" / "data.sqlite3"
    open_database(path).close()
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_folder_that_cannot_exist_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFileUnavailableError, match="Cannot create the data file"):
        open_database(blocker / "sub" / "data.sqlite3")

"""Only real damage is damage (issue 16): a lock, a full disk, a read-only file or an
OSError never moves a healthy file aside or starts an empty one in its place; each
is its own error type with one line for the user."""

from __future__ import annotations

import errno
import gc
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netplanner.cli import main
from netplanner.storage.errors import (
    DamagedDataFileError,
    DataFileAccessError,
    DataFileBusyError,
    DataFileUnavailableError,
    DiskFullError,
)
from netplanner.storage.sqlite import failures
from netplanner.storage.sqlite.recovery import quick_check
from netplanner.storage.sqlite.waiting import WaitPolicy, set_wait_policy


@pytest.fixture
def data(tmp_path: Path) -> Path:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "backup"]) == 0  # a file with backups: "ours"
    gc.collect()  # the commands' connections closed, as when each runs in its own process
    return db


@pytest.fixture
def short_waits() -> Iterator[None]:
    previous = set_wait_policy(WaitPolicy(read_seconds=0.2, write_seconds=0.2))
    yield
    set_wait_policy(previous)


def _hold(db: Path, how: str) -> subprocess.Popen[str]:
    """Another process that holds a lock on ``db`` until its stdin closes."""
    statements = {
        "exclusive": "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')",
        "write": "c.execute('BEGIN IMMEDIATE')",
    }[how]
    code = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
        f"{statements}\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=10)


def test_a_locked_file_is_busy_not_damaged(data: Path, short_waits, capsys) -> None:
    before = data.read_bytes()
    holder = _hold(data, "exclusive")
    try:
        with pytest.raises(DataFileBusyError) as raised:
            quick_check(data)
        assert "Another program is using" in str(raised.value)
        capsys.readouterr()
        assert main(["--db", str(data), "check"]) == 1
        err = capsys.readouterr().err
        assert "Another program is using" in err and "damaged" not in err
        assert err.count("\n") == 1
    finally:
        _release(holder)
    assert data.read_bytes() == before
    assert not list(data.parent.glob("*.damaged-*"))
    assert main(["--db", str(data), "check"]) == 0  # and healthy once the lock is gone


def test_a_write_gives_up_after_the_policy_wait_with_the_file_unchanged(
    data: Path, short_waits
) -> None:
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact
    from netplanner.datafile import open_data_file

    database = open_data_file(data, daily_backup=False)
    holder = _hold(data, "write")
    try:
        with pytest.raises(DataFileBusyError), database.transaction() as session:
            create_contact(session, ContactInput(name="Never half written"))
    finally:
        _release(holder)
        database.close()


def test_the_window_can_keep_itself_alive_and_stop_waiting(data: Path) -> None:
    """``on_wait`` is called while a write waits; False stops the wait (the GUI's hook)."""
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact
    from netplanner.datafile import open_data_file

    calls: list[float] = []

    def on_wait(path: Path, waited: float) -> bool:
        calls.append(waited)
        return len(calls) < 3

    previous = set_wait_policy(WaitPolicy(write_seconds=None, on_wait=on_wait))
    database = open_data_file(data, daily_backup=False)
    holder = _hold(data, "write")
    try:
        with pytest.raises(DataFileBusyError), database.transaction() as session:
            create_contact(session, ContactInput(name="Cancelled by the user"))
    finally:
        _release(holder)
        database.close()
        set_wait_policy(previous)
    assert len(calls) == 3 and calls == sorted(calls)


def test_reads_never_wait_for_a_writer(data: Path, short_waits) -> None:
    """A write lock held elsewhere (WAL) leaves reading free: only writes begin IMMEDIATE."""
    from netplanner.core.contacts import count_contacts
    from netplanner.datafile import open_data_file

    database = open_data_file(data, daily_backup=False)
    holder = _hold(data, "write")
    try:
        with database.session() as session:
            assert count_contacts(session) == 12
    finally:
        _release(holder)
        database.close()


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (5, DataFileBusyError),  # SQLITE_BUSY
        (6, DataFileBusyError),  # SQLITE_LOCKED
        (13, DiskFullError),  # SQLITE_FULL
        (8, DataFileAccessError),  # SQLITE_READONLY
        (14, DataFileAccessError),  # SQLITE_CANTOPEN
        (10 | (3 << 8), DataFileUnavailableError),  # SQLITE_IOERR_WRITE
    ],
)
def test_sqlite_failures_that_are_not_damage(code: int, kind: type, tmp_path: Path) -> None:
    error = sqlite3.OperationalError("as SQLite says it")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert not failures.is_damage(error)
    found = failures.unavailable(tmp_path / "data.sqlite3", error)
    assert type(found) is kind and str(found).count("\n") == 0
    assert "data.sqlite3" in str(found)


@pytest.mark.parametrize("code", [11, 26, 10 | (2 << 8)])  # CORRUPT, NOTADB, IOERR_SHORT_READ
def test_damage_is_corruption_a_foreign_file_or_a_cut_off_one(code: int) -> None:
    error = sqlite3.DatabaseError("damaged")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert failures.is_damage(error)


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (errno.ENOSPC, DiskFullError),
        (errno.EDQUOT, DiskFullError),
        (errno.EACCES, DataFileAccessError),
        (errno.EROFS, DataFileAccessError),
        (errno.EIO, DataFileUnavailableError),
    ],
)
def test_system_errors_are_never_damage(number: int, kind: type, tmp_path: Path) -> None:
    found = failures.unavailable(tmp_path / "data.sqlite3", OSError(number, "says the system"))
    assert type(found) is kind and not isinstance(found, DamagedDataFileError)


def test_an_unreadable_check_leaves_the_file_where_it_is(data: Path, monkeypatch, capsys) -> None:
    """Whatever stops the quick check (here an I/O error), the file is not moved aside."""
    from netplanner.storage.sqlite import waiting

    def failing(path: Path) -> sqlite3.Connection:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 10 | (1 << 8)  # type: ignore[attr-defined]  # IOERR_READ
        raise error

    monkeypatch.setattr(waiting, "connect_read_only", failing)
    before = data.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(data), "check"]) == 1
    err = capsys.readouterr().err
    assert "disk reported an error" in err and err.count("\n") == 1
    assert data.read_bytes() == before and not list(data.parent.glob("*.damaged-*"))


def test_a_data_path_that_is_a_folder_is_one_line(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data.sqlite3"
    folder.mkdir()
    assert main(["--db", str(folder), "list", "contacts"]) == 1
    err = capsys.readouterr().err
    assert "is a folder" in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_a_dangling_link_gets_no_empty_file(tmp_path: Path, capsys) -> None:
    link = tmp_path / "data.sqlite3"
    link.symlink_to(tmp_path / "usb-stick" / "data.sqlite3")
    assert main(["--db", str(link), "import", "csv", str(_people(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "is a link to" in err and err.count("\n") == 1
    assert link.is_symlink() and not (tmp_path / "usb-stick").exists()


def _people(folder: Path) -> Path:
    path = folder / "people.csv"
    path.write_text("Name\nAnna\n")
    return path


def test_the_window_gets_one_line_for_a_failed_write(data: Path, short_waits) -> None:
    """What ``AppContext.write`` can show: the write's error as a typed one-line error."""
    from sqlalchemy.exc import OperationalError

    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact
    from netplanner.datafile import open_data_file

    database = open_data_file(data, daily_backup=False)
    holder = _hold(data, "write")
    try:
        with pytest.raises(OperationalError) as raised, database.session() as session:
            create_contact(session, ContactInput(name="Typed in the window"))
            session.flush()
    finally:
        _release(holder)
        database.close()
    shown = failures.as_data_file_error(data, raised.value)
    assert isinstance(shown, DataFileBusyError) and "\n" not in str(shown)
    assert failures.as_data_file_error(data, ValueError("a bug")) is None


def test_a_hot_journal_left_by_a_killed_writer_is_rolled_back_not_damage(
    data: Path, capsys
) -> None:
    """A kill while a file in rollback mode is written leaves ``-journal`` behind; the
    next open lets SQLite roll it back (a read-only check alone could not)."""
    import os
    import signal

    with sqlite3.connect(data) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    child = os.fork()
    if child == 0:  # a writer killed halfway: its changes spilled into the file
        writer = sqlite3.connect(data, isolation_level=None)
        writer.execute("PRAGMA cache_size=1")
        writer.execute("BEGIN")
        writer.execute("UPDATE contact SET notes = zeroblob(20000)")
        os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(child, 0)
    journal = data.with_name(data.name + "-journal")
    assert journal.stat().st_size > 0
    assert main(["--db", str(data), "check"]) == 0
    assert "healthy (12 contacts)" in capsys.readouterr().out
    assert not list(data.parent.glob("*.damaged-*"))
    with sqlite3.connect(data) as connection:
        notes = [row[0] for row in connection.execute("SELECT notes FROM contact")]
    connection.close()
    assert all(not isinstance(note, bytes) for note in notes)  # the update was rolled back

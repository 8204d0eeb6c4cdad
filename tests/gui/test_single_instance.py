"""A second NetPlanner on the same data file does not open it; it asks the first to show."""

from __future__ import annotations

import socket
from pathlib import Path

from netplanner.gui.single_instance import SingleInstance


def test_second_start_is_refused_and_raises_the_first(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "netplanner.sqlite3"
    first = SingleInstance(data)
    assert first.acquire()
    first.listen()
    second = SingleInstance(data)
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert not second.acquire()
    first.release()
    third = SingleInstance(data)
    assert third.acquire()
    third.release()


def test_a_second_start_before_the_first_listens_is_refused(qtbot, tmp_path: Path) -> None:
    """The window's first paint comes before the listening (issue #24); the lock is what
    keeps a second NetPlanner from writing the file, and it is taken at once."""
    data = tmp_path / "netplanner.sqlite3"
    first = SingleInstance(data)
    assert first.acquire()
    raised: list[bool] = []
    first.raise_requested.connect(lambda: raised.append(True))
    assert not SingleInstance(data).acquire()
    assert raised == []
    first.release()


def test_other_data_files_do_not_interfere(qtbot, tmp_path: Path) -> None:
    one, other = SingleInstance(tmp_path / "a.sqlite3"), SingleInstance(tmp_path / "b.sqlite3")
    assert one.acquire() and other.acquire()
    one.release()
    other.release()


def test_lock_left_by_a_crashed_process_is_taken_over(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "netplanner.sqlite3"
    lock = Path(str(data.resolve()) + ".lock")
    lock.write_text(f"999999\nNetPlanner\n{socket.gethostname()}\n")  # no such process
    instance = SingleInstance(data)
    assert instance.acquire()
    instance.release()


def test_first_start_creates_the_folder_and_takes_the_lock(qtbot, tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path / "new" / "folder" / "netplanner.sqlite3")
    assert instance.acquire()
    assert (tmp_path / "new" / "folder").is_dir()
    instance.release()

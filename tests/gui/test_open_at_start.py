"""A data file that cannot be opened at start for a reason that may pass (another
program holds it, a full disk, a folder in the way): one line, *Try again*, *Open another
file…* or *Quit*, the file untouched. Damage keeps its own flow
(tests/gui/test_damaged_file.py); switching files in a running window,
tests/gui/test_data_files.py."""

from __future__ import annotations

import sqlite3

from gui_faults import DISK_FULL, fill_disk, small_disk
from sqlalchemy.exc import OperationalError

from netplanner import datafile
from netplanner.core.contacts import count_contacts
from netplanner.gui.opening import FileOpener
from netplanner.storage.database import Database
from netplanner.storage.errors import DataFileUnavailableError

TRY_AGAIN, ANOTHER, QUIT = 0, 1, 2
BUSY = "Another program is using the data file; close it and try again."
FULL = "The disk with the data file is full; free some space and try again."


def open_for_window(path, prompts) -> Database | None:
    """Open ``path`` as the window does at start; its single-instance hold let go."""
    opened = FileOpener(prompts, at_start=True).open(path)
    if opened is None:
        return None
    assert opened.instance is not None
    opened.instance.release()
    return opened.database


def test_a_folder_in_the_way_try_again_after_moving_it(tmp_path, prompts) -> None:
    in_the_way = tmp_path / "NetPlanner"
    in_the_way.write_text("a file where the folder should be")
    path = in_the_way / "netplanner.sqlite3"

    def move_it_and_try_again(said: str) -> int:
        in_the_way.unlink()
        return TRY_AGAIN

    prompts.on_problem = move_it_and_try_again
    database = open_for_window(path, prompts)
    assert database is not None
    database.close()
    assert [kind for kind, _ in prompts.asked] == ["problem"]
    said = prompts.asked[0][1]
    assert str(path) in said and "\n" not in said


def test_quit_leaves_everything_as_it_was(tmp_path, prompts) -> None:
    in_the_way = tmp_path / "NetPlanner"
    in_the_way.write_text("a file where the folder should be")
    prompts.problem_answers = [QUIT]
    assert open_for_window(in_the_way / "netplanner.sqlite3", prompts) is None
    assert in_the_way.read_text() == "a file where the folder should be"


def test_another_program_holding_the_file(demo_database, prompts, monkeypatch) -> None:
    """Until storage says "busy" itself, SQLite's own error reaches the window."""
    path = demo_database.path
    demo_database.close()
    before = path.read_bytes()
    real = datafile.open_data_file
    attempts = []

    def held_once(*args, **kwargs):
        attempts.append(True)
        if len(attempts) == 1:
            raise OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))
        return real(*args, **kwargs)

    def untouched_then_try_again(said: str) -> int:
        assert path.read_bytes() == before, "the file is left as it was"
        assert not list(path.parent.glob("*.damaged-*")), "a lock is no damage"
        return TRY_AGAIN

    monkeypatch.setattr(datafile, "open_data_file", held_once)
    prompts.on_problem = untouched_then_try_again
    database = open_for_window(path, prompts)
    assert prompts.asked == [("problem", BUSY)]
    assert database is not None
    with database.session() as session:
        assert count_contacts(session) == 12
    database.close()


def test_storage_saying_the_file_is_unavailable_offers_try_again(
    tmp_path, prompts, monkeypatch
) -> None:
    class DataFileBusyError(DataFileUnavailableError):
        """What storage may raise for a lock (a kind of unavailable)."""

    def busy(path, *args, **kwargs):
        raise DataFileBusyError(path, "Another program is using the data file X.")

    monkeypatch.setattr(datafile, "open_data_file", busy)
    prompts.problem_answers = [QUIT]
    assert open_for_window(tmp_path / "x.sqlite3", prompts) is None
    assert prompts.asked == [("problem", "Another program is using the data file X.")]


def test_a_file_of_another_program_is_refused_without_try_again(tmp_path, prompts) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("my shopping list\n")
    prompts.problem_answers = [1]  # Quit: the options are Open another file…, Quit
    assert open_for_window(path, prompts) is None
    [(kind, said)] = prompts.asked
    assert kind == "problem" and "not a NetPlanner data file" in said
    assert path.read_text() == "my shopping list\n"


def test_a_really_full_disk_at_start(tmp_path, prompts) -> None:
    with small_disk(tmp_path / "disk") as disk:
        filler = fill_disk(disk)

        def free_space(said: str) -> int:
            assert said == FULL
            filler.unlink()
            return TRY_AGAIN

        prompts.on_problem = free_space
        database = open_for_window(disk / "netplanner.sqlite3", prompts)
        assert database is not None
        with database.session() as session:
            assert count_contacts(session) == 0
        database.close()
        assert [kind for kind, _ in prompts.asked] == ["problem"]


def test_the_message_is_one_line_for_sqlalchemys_thousands_of_characters(prompts) -> None:
    from netplanner.gui.data_trouble import trouble_of

    huge = OperationalError(
        "INSERT INTO contact " + "x, " * 5000,
        {"notes": "Zoë " * 1000},
        sqlite3.OperationalError(DISK_FULL),
    )
    assert trouble_of(huge).text == FULL


def test_open_another_file_instead_of_one_that_cannot_be_opened(tmp_path, prompts) -> None:
    """At start, a file that is not ours (or a busy one) offers *Open another file…*; the
    file picked is opened instead, and held against a second NetPlanner."""
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("my shopping list\n")
    mine = tmp_path / "folder" / "mine.sqlite3"
    datafile.open_data_file(mine).close()
    prompts.problem_answers = [0]  # Open another file…, Quit
    prompts.open_paths = [mine]
    opened = FileOpener(prompts, at_start=True).open(notes)
    assert opened is not None and opened.database.path == mine
    assert [kind for kind, _ in prompts.asked] == ["problem", "open_file"]
    assert notes.read_text() == "my shopping list\n"
    from netplanner.gui.single_instance import SingleInstance

    assert not SingleInstance(mine).acquire(), "the file picked is held for this window"
    opened.instance.release()
    opened.database.close()

"""A damaged data file at start: moved aside, the newest good backup offered in plain words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netplanner.core.contacts import count_contacts
from netplanner.datafile import open_data_file
from netplanner.gui.opening import FileOpener
from netplanner.storage.sqlite.backups import make_backup

RESTORE, EMPTY, ANOTHER, QUIT = range(4)


@pytest.fixture
def damaged(demo_database) -> Path:
    """The example network's file, backed up, then cut short."""
    path = demo_database.path
    make_backup(path)
    demo_database.close()
    path.write_bytes(path.read_bytes()[:5000])
    return path


def _open(path: Path, prompts):
    opened = FileOpener(prompts, at_start=True).open(path)
    if opened is None:
        return None
    opened.instance.release()
    return opened.database


def _moved_aside(path: Path) -> Path:
    found = path.parent.glob(f"{path.name}.damaged-*")
    [moved] = [p for p in found if not p.name.endswith(("-wal", "-shm"))]
    return moved


def test_restoring_the_offered_backup(qapp, damaged, prompts) -> None:
    prompts.choose_answers = [RESTORE]
    database = _open(damaged, prompts)
    assert database is not None
    with database.session() as session:
        assert count_contacts(session) == 12
    database.close()
    kind, text = prompts.asked[0]
    assert kind == "choose" and "moved aside" in text
    assert _moved_aside(damaged).exists()


def test_starting_empty_keeps_the_damaged_file_aside(qapp, damaged, prompts) -> None:
    prompts.choose_answers = [EMPTY]
    database = _open(damaged, prompts)
    with database.session() as session:
        assert count_contacts(session) == 0
    database.close()
    assert _moved_aside(damaged).stat().st_size == 5000


def test_quitting_opens_nothing(qapp, damaged, prompts) -> None:
    prompts.choose_answers = [QUIT]
    assert _open(damaged, prompts) is None
    assert not damaged.exists()


def test_opening_another_file_instead(qapp, damaged, prompts, tmp_path) -> None:
    """*Open another file…*: the file picked is opened; cancelling the file dialog asks
    about the damaged file again (it is not there to try once more)."""
    other = tmp_path / "elsewhere" / "mine.sqlite3"
    open_data_file(other).close()
    prompts.choose_answers = [ANOTHER, ANOTHER]
    prompts.open_paths = [None, other]
    opened = _open(damaged, prompts)
    assert opened is not None and opened.path == other
    opened.close()
    assert [kind for kind, _ in prompts.asked] == ["choose", "open_file", "choose", "open_file"]
    assert not damaged.exists(), "no empty file was made where the damaged one was"


def test_the_backup_offered_is_named_by_its_day_and_minute(qapp, damaged, prompts) -> None:
    """Not "07:15:02 Coordinated Universal Time": seconds and a zone's name help no one."""
    details: list[str] = []

    def choose(title, text, options, detail="", escape=None):
        details.append(detail)
        return None

    prompts.choose = choose
    assert _open(damaged, prompts) is None
    [detail] = details
    assert re.search(r"\d{4}\D+\d{1,2}:\d\d\b", detail), detail
    assert not re.search(r"\d:\d\d:\d\d|Universal|UTC", detail), detail
    assert detail.endswith(", with 12 contacts and 4 conversations."), detail

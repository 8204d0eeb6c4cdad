"""A damaged data file at start: moved aside, the newest good backup offered in plain words."""

from __future__ import annotations

import pytest

from netplanner.core.contacts import count_contacts
from netplanner.datafile import open_data_file
from netplanner.gui.app import recover_damaged_file
from netplanner.storage.errors import DamagedDataFileError
from netplanner.storage.sqlite.backups import make_backup


@pytest.fixture
def damaged(demo_database):
    path = demo_database.path
    make_backup(path)
    demo_database.close()
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(DamagedDataFileError) as caught:
        open_data_file(path)
    return caught.value


def test_restoring_the_offered_backup(qapp, damaged, prompts) -> None:
    prompts.choose_answers = [0]
    database = recover_damaged_file(damaged, prompts)
    assert database is not None
    with database.session() as session:
        assert count_contacts(session) == 12
    database.close()
    kind, text = prompts.asked[0]
    assert kind == "choose" and "moved aside" in text
    assert damaged.moved_to.exists()


def test_starting_empty_keeps_the_damaged_file_aside(qapp, damaged, prompts) -> None:
    prompts.choose_answers = [1]
    database = recover_damaged_file(damaged, prompts)
    with database.session() as session:
        assert count_contacts(session) == 0
    database.close()
    assert damaged.moved_to.stat().st_size == 5000


def test_quitting_opens_nothing(qapp, damaged, prompts) -> None:
    prompts.choose_answers = [2]
    assert recover_damaged_file(damaged, prompts) is None
    assert not damaged.path.exists()

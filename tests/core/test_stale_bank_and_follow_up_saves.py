"""Two places editing one bank, question or follow-up (a second window, a coach on the
practice server, the command line): a save with the version the first one showed is
refused once the second saved, and the second's change stays; with the version as it is
now, the save goes through."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from netplanner.core import banks
from netplanner.core.errors import ChangedElsewhereError
from netplanner.core.followups.stored import (
    create_follow_up,
    get_follow_up,
    mark_done,
    open_follow_ups,
    snooze,
)
from netplanner.core.followups.today import today_overview
from netplanner.storage.database import Database

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _bank_with_question(database: Database) -> tuple[int, int]:
    with database.transaction() as session:
        bank = banks.create_bank(session, "Zorg-IT", "nl", "Voor gesprekken in de zorg")
        question = banks.add_question(session, bank.id, "Hoe ziet je werkdag eruit?", "work")
        return bank.id, question.id


def test_a_bank_saved_over_a_newer_one_is_refused(database: Database) -> None:
    bank_id, _ = _bank_with_question(database)
    with database.session() as session:
        shown = banks.get_bank(session, bank_id).version
    with database.transaction() as session:  # elsewhere: the coach renames it
        banks.update_bank(session, bank_id, "Zorg-IT (coach)", "nl", "Voor gesprekken in de zorg")
    with (
        pytest.raises(ChangedElsewhereError, match="question bank"),
        database.transaction() as session,
    ):
        banks.update_bank(session, bank_id, "Mijn zorgvragen", "nl", "", loaded_version=shown)
    with database.session() as session:
        bank = banks.get_bank(session, bank_id)
        assert (bank.name, bank.description) == ("Zorg-IT (coach)", "Voor gesprekken in de zorg")
        now = bank.version
    assert now != shown
    with database.transaction() as session:
        banks.update_bank(session, bank_id, "Mijn zorgvragen", "nl", "", loaded_version=now)
    with database.session() as session:
        assert banks.get_bank(session, bank_id).name == "Mijn zorgvragen"


def test_a_question_saved_over_a_newer_one_is_refused(database: Database) -> None:
    _, question_id = _bank_with_question(database)
    with database.session() as session:
        shown = banks.get_question(session, question_id).version
    with database.transaction() as session:
        banks.update_question(session, question_id, "Wat doe je op een gewone dag?", "work")
    with (
        pytest.raises(ChangedElsewhereError, match="question since"),
        database.transaction() as session,
    ):
        banks.update_question(session, question_id, "Hoe begon je?", "path", loaded_version=shown)
    with database.session() as session:
        question = banks.get_question(session, question_id)
        assert (question.text, question.category) == ("Wat doe je op een gewone dag?", "work")
        now = question.version
    with database.transaction() as session:
        banks.update_question(session, question_id, "Hoe begon je?", "path", loaded_version=now)
    with database.session() as session:
        assert banks.get_question(session, question_id).text == "Hoe begon je?"


def _follow_up(database: Database) -> int:
    with database.transaction() as session:
        return create_follow_up(session, "Stuur Femke mijn cv", NOW + timedelta(days=1)).id


def test_a_snooze_over_a_newer_follow_up_is_refused(database: Database) -> None:
    follow_up_id = _follow_up(database)
    with database.session() as session:
        (row,) = open_follow_ups(session)
    assert row.id == follow_up_id and row.version is not None
    with database.transaction() as session:  # elsewhere: snoozed for a week
        snooze(session, follow_up_id, NOW + timedelta(days=7))
    with pytest.raises(ChangedElsewhereError, match="follow-up"), database.transaction() as session:
        snooze(session, follow_up_id, NOW + timedelta(days=2), loaded_version=row.version)
    with database.session() as session:
        assert get_follow_up(session, follow_up_id).due_at == NOW + timedelta(days=7)
        (now,) = open_follow_ups(session)
    with database.transaction() as session:
        snooze(session, follow_up_id, NOW + timedelta(days=2), loaded_version=now.version)
    with database.session() as session:
        assert get_follow_up(session, follow_up_id).due_at == NOW + timedelta(days=2)


def test_done_on_a_follow_up_changed_since_is_refused(database: Database) -> None:
    follow_up_id = _follow_up(database)
    with database.session() as session:
        (item,) = today_overview(session, NOW).due_this_week
    assert item.follow_up_id == follow_up_id and item.version is not None
    with database.transaction() as session:
        snooze(session, follow_up_id, NOW + timedelta(days=3))
    with pytest.raises(ChangedElsewhereError), database.transaction() as session:
        mark_done(session, follow_up_id, NOW, loaded_version=item.version)
    with database.session() as session:
        assert get_follow_up(session, follow_up_id).done_at is None
        (item,) = today_overview(session, NOW).due_this_week
    with database.transaction() as session:
        mark_done(session, follow_up_id, NOW, loaded_version=item.version)
    with database.session() as session:
        assert get_follow_up(session, follow_up_id).done_at is not None

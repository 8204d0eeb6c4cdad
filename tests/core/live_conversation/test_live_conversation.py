"""A conversation while it takes place: read as plain data, written answer by answer,
ended at the time it really took place; what the mode keeps between starts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from netplanner.core.bank_kinds import bank_kinds
from netplanner.core.banks import get_bank, list_bank_rows
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import (
    ConversationInput,
    QuestionChoice,
    create_conversation,
    get_conversation,
)
from netplanner.core.errors import NotFoundError, ValidationError
from netplanner.core.followups.today import today_overview
from netplanner.core.goals import GoalInput, create_goal
from netplanner.core.live_conversation.reading import read_live
from netplanner.core.live_conversation.state import (
    LiveState,
    finish_state,
    forget_names,
    load_state,
    noted_names,
    save_state,
)
from netplanner.core.live_conversation.writing import (
    add_question,
    end_conversation,
    set_answer,
    set_notes,
)
from netplanner.core.meta import set_meta
from netplanner.core.models import Question, QuestionBank

PLANNED = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def _bank_question(session, key: str, category: str) -> Question:
    bank_id = session.scalar(select(QuestionBank.id).where(QuestionBank.builtin_key == key))
    return next(q for q in get_bank(session, bank_id).questions if q.category == category)


@pytest.fixture
def talk(database):
    """Marieke introduced Lotte; a conversation with Lotte with one bank question of
    the work, one "who else" question and one of the user's own."""
    with database.transaction() as session:
        marieke = create_contact(session, ContactInput("Marieke Bos")).id
        lotte = create_contact(
            session,
            ContactInput("Lotte de Wit", role="UX researcher", introduced_by_id=marieke),
        ).id
        goal = create_goal(session, GoalInput(target_role="UX researcher", language="nl")).id
        work = _bank_question(session, "nl-informatiegesprek", "work")
        referral = _bank_question(session, "nl-informatiegesprek", "referrals")
        conversation = create_conversation(
            session,
            ConversationInput(
                lotte, status="scheduled", goal_id=goal, starts_at=PLANNED, duration_minutes=30
            ),
            [
                QuestionChoice(work.text, work.id),
                QuestionChoice(referral.text, referral.id),
                QuestionChoice("Hoe ziet jouw week eruit?"),
            ],
        )
        conversation_id = conversation.id
    return conversation_id


def test_read_live_gives_the_chain_and_the_bank_categories(database, talk) -> None:
    with database.session() as session:
        live = read_live(session, talk)
    assert live.chain == ("Marieke Bos", "Lotte de Wit")
    assert live.introducer == "Marieke Bos"
    assert live.language == "nl" and live.duration_minutes == 30
    assert [q.category for q in live.questions] == ["work", "referrals", None]
    with database.session() as session, pytest.raises(NotFoundError):
        read_live(session, talk + 100)


def test_answers_notes_and_questions_are_written_one_at_a_time(database, talk) -> None:
    with database.session() as session:
        first, second, third = read_live(session, talk).questions
    with database.transaction() as session:
        set_answer(session, second.id, "Zoë bij het UMC 🙂 ")
        set_notes(session, talk, "Ze kent Marieke van de studie")
        added = add_question(session, talk, "  Wat verraste je het meest?  ", "Het tempo")
    with database.session() as session:
        conversation = get_conversation(session, talk)
        questions = [(q.text, q.answer) for q in conversation.questions]
        notes = conversation.notes
    assert questions == [
        (first.text, ""),
        (second.text, "Zoë bij het UMC 🙂"),
        (third.text, ""),
        ("Wat verraste je het meest?", "Het tempo"),
    ]
    assert notes == "Ze kent Marieke van de studie"
    assert added == conversation.questions[-1].id
    with database.transaction() as session, pytest.raises(ValidationError):
        add_question(session, talk, "   ")
    with database.transaction() as session, pytest.raises(NotFoundError):
        set_answer(session, 10_000, "x")


def test_ending_marks_it_held_at_its_real_time_and_the_thank_you_counts_from_there(
    database, talk
) -> None:
    # Planned six days ago, held today: the thank-you is due a day after today's start,
    # not a day after the planned date (which would already be overdue).
    started = PLANNED + timedelta(days=6, hours=1, minutes=2)
    ended = started + timedelta(minutes=27, seconds=40)
    with database.transaction() as session:
        end_conversation(session, talk, started, ended, "  Twee namen, een tip  ")
    with database.session() as session:
        conversation = get_conversation(session, talk)
        assert conversation.status == "held"
        assert conversation.starts_at == started and conversation.held_at == ended
        assert conversation.duration_minutes == 28
        assert conversation.outcome == "Twee namen, een tip"
        overview = today_overview(session, ended + timedelta(hours=1))
    [thanks] = [item for item in overview.thank_yous if item.conversation_id == talk]
    assert thanks.when == started + timedelta(days=1)
    assert not overview.overdue


def test_the_state_is_kept_and_a_damaged_one_starts_afresh(database, talk) -> None:
    started = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    state = LiveState(started, ("small_talk", "q:3", "q:1"), frozenset({"q:1"}), "q:3", ("Zoë",))
    with database.transaction() as session:
        save_state(session, talk, state)
    with database.session() as session:
        assert load_state(session, talk) == state
        assert noted_names(session, talk) == ["Zoë"]
    with database.transaction() as session:
        finish_state(session, talk)  # ended: the names stay for Record names you got
    with database.session() as session:
        assert load_state(session, talk) == LiveState(names=("Zoë",))
    with database.transaction() as session:
        forget_names(session, talk)
    with database.session() as session:
        assert load_state(session, talk) == LiveState()
    for damaged in ("{not json", '{"started": "yesterday"}', '["a"]', '{"order": 5}'):
        with database.transaction() as session:
            set_meta(session, f"live_conversation:{talk}", damaged)
        with database.session() as session:
            assert load_state(session, talk) == LiveState(), damaged


def test_built_in_banks_know_their_kind(database) -> None:
    with database.session() as session:
        kinds = bank_kinds(session)
        names = {row.id: row.name for row in list_bank_rows(session)}
    by_name = {names[bank_id]: kind for bank_id, kind in kinds.items()}
    assert by_name == {
        "Informational conversation: the work from the inside": "informational",
        "Informatiegesprek: het vak van binnenuit": "informational",
        "Think along: names, organisations and routes": "think_along",
        "Meedenken: namen, organisaties en routes": "think_along",
    }

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from netplanner.core.banks import get_bank, list_bank_rows, update_question
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import (
    ConversationInput,
    QuestionChoice,
    create_conversation,
    delete_conversation,
    get_conversation,
    list_conversation_rows,
    update_conversation,
)
from netplanner.core.errors import ValidationError


@pytest.fixture
def contact_id(database) -> int:
    with database.transaction() as session:
        return create_contact(session, ContactInput(name="Carla Smit")).id


def test_questions_keep_their_order_and_copied_text(database, contact_id) -> None:
    with database.session() as session:
        bank = get_bank(session, list_bank_rows(session)[0].id)
        picked = bank.questions[:3]
    choices = [QuestionChoice(q.text, q.id) for q in reversed(picked)]
    with database.transaction() as session:
        conversation = create_conversation(
            session, ConversationInput(contact_id=contact_id), choices
        )
        update_question(session, picked[0].id, "A rewritten bank question?", "work")
    with database.session() as session:
        stored = get_conversation(session, conversation.id)
    assert [q.text for q in stored.questions] == [q.text for q in reversed(picked)]
    assert [q.position for q in stored.questions] == [0, 1, 2]
    assert stored.questions[0].source_question_id == picked[2].id


def test_answers_and_outcome_are_saved(database, contact_id) -> None:
    with database.transaction() as session:
        conversation = create_conversation(
            session,
            ConversationInput(contact_id=contact_id),
            [QuestionChoice("What do you enjoy most?"), QuestionChoice("Who else?")],
        )
    with database.transaction() as session:
        update_conversation(
            session,
            conversation.id,
            ConversationInput(contact_id=contact_id, status="held", outcome="Two names"),
            [
                QuestionChoice("What do you enjoy most?", answer="Talking to patients"),
                QuestionChoice("Who else?", answer="Şükrü"),
            ],
        )
    with database.session() as session:
        stored = get_conversation(session, conversation.id)
    assert stored.status == "held"
    assert stored.outcome == "Two names"
    assert [q.answer for q in stored.questions] == ["Talking to patients", "Şükrü"]


def test_time_is_stored_in_utc_and_given_back_aware(database, contact_id) -> None:
    amsterdam_winter = timezone(timedelta(hours=1))
    local = datetime(2026, 12, 1, 14, 30, tzinfo=amsterdam_winter)
    with database.transaction() as session:
        conversation = create_conversation(
            session, ConversationInput(contact_id=contact_id, starts_at=local)
        )
    with database.session() as session:
        stored = get_conversation(session, conversation.id).starts_at
    assert stored == local
    assert stored.utcoffset() == timedelta(0)
    assert stored.hour == 13


def test_naive_time_is_refused(database, contact_id) -> None:
    with pytest.raises(Exception, match="naive"), database.transaction() as session:
        create_conversation(
            session, ConversationInput(contact_id=contact_id, starts_at=datetime(2026, 1, 1))
        )


def test_bad_kind_or_duration_is_refused(database, contact_id) -> None:
    with pytest.raises(ValidationError), database.transaction() as session:
        create_conversation(session, ConversationInput(contact_id=contact_id, kind="party"))
    with pytest.raises(ValidationError), database.transaction() as session:
        create_conversation(session, ConversationInput(contact_id=contact_id, duration_minutes=0))


def test_listing_filters_by_status_and_puts_undated_first(database, contact_id) -> None:
    now = datetime.now(UTC)
    with database.transaction() as session:
        for status, when in (("held", now - timedelta(days=1)), ("scheduled", now), ("idea", None)):
            create_conversation(
                session, ConversationInput(contact_id=contact_id, status=status, starts_at=when)
            )
    with database.session() as session:
        everything = list_conversation_rows(session)
        upcoming = list_conversation_rows(session, statuses=["idea", "scheduled"])
    assert [row.status for row in everything] == ["idea", "scheduled", "held"]
    assert {row.status for row in upcoming} == {"idea", "scheduled"}
    assert everything[0].contact_name == "Carla Smit"


def test_delete_conversation_removes_its_questions(database, contact_id) -> None:
    with database.transaction() as session:
        conversation = create_conversation(
            session, ConversationInput(contact_id=contact_id), [QuestionChoice("How?")]
        )
    with database.transaction() as session:
        delete_conversation(session, conversation.id)
    with database.engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM conversation_question").scalar()
    assert count == 0

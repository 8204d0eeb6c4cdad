"""Searching the answers noted in every conversation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from netplanner.core.answers import AnswerHit, search_answers
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation

NOV = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
OCT = datetime(2026, 10, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def ids(database) -> dict[str, int]:
    """Three conversations: Carla (24 Nov), Şükrü (2 Oct), Gijs (no date)."""
    with database.transaction() as session:
        carla = create_contact(session, ContactInput(name="Carla Smit")).id
        sukru = create_contact(session, ContactInput(name="Şükrü Yılmaz")).id
        gijs = create_contact(session, ContactInput(name="Gijs de Boer")).id
        older = create_conversation(
            session,
            ConversationInput(contact_id=sukru, status="held", starts_at=OCT),
            [
                QuestionChoice("Hoe ziet een werkdag eruit?", answer="Flexibele werktijden."),
                QuestionChoice("Wat trekt je aan?", answer="Ik ben geïnteresseerd in zorg."),
                QuestionChoice("Who else?"),  # no answer: never a hit
            ],
        ).id
        newer = create_conversation(
            session,
            ConversationInput(contact_id=carla, status="held", starts_at=NOV),
            [
                QuestionChoice(
                    "What does a typical working day look like?",
                    answer="Long hours in release weeks; otherwise 9 to 5.",
                ),
                QuestionChoice("Which skills matter most?", answer="Interviewing, WORKING hours"),
            ],
        ).id
        undated = create_conversation(
            session,
            ConversationInput(contact_id=gijs, status="held"),
            [QuestionChoice("Anything else?", answer="Patients love working hours that flex.")],
        ).id
    return {"carla": carla, "older": older, "newer": newer, "undated": undated}


def _search(database, text: str, limit: int = 200) -> list[AnswerHit]:
    with database.session() as session:
        return search_answers(session, text, limit)


def test_every_word_in_answer_or_question_newest_first(database, ids) -> None:
    hits = _search(database, "working hours")
    assert [(h.conversation_id, h.answer) for h in hits] == [
        (ids["newer"], "Long hours in release weeks; otherwise 9 to 5."),  # "working" in question
        (ids["newer"], "Interviewing, WORKING hours"),
        (ids["undated"], "Patients love working hours that flex."),  # undated last
    ]
    first = hits[0]
    assert first.contact_id == ids["carla"] and first.contact_name == "Carla Smit"
    assert first.question == "What does a typical working day look like?"
    assert first.starts_at == NOV and first.starts_at.tzinfo is not None
    assert hits[-1].starts_at is None


def test_accents_and_case_do_not_matter(database, ids) -> None:
    for text in ("geinteresseerd", "GEÏNTERESSEERD", "zorg geïnteresseerd"):
        hits = _search(database, text)
        assert [h.answer for h in hits] == ["Ik ben geïnteresseerd in zorg."], text
        assert hits[0].contact_name == "Şükrü Yılmaz"
    assert [h.answer for h in _search(database, "werkdag flexibele")] == ["Flexibele werktijden."]


def test_questions_without_an_answer_and_missing_words_do_not_match(database, ids) -> None:
    assert _search(database, "who else") == []
    assert _search(database, "working weekends") == []
    assert _search(database, "   ") == []


def test_limit(database, ids) -> None:
    assert len(_search(database, "hours", limit=2)) == 2
    assert _search(database, "hours", limit=0) == []

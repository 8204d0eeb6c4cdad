"""``Change.ANSWERS``: what was said in a conversation, announced to the views showing it.

Conversation mode saves an answer every half second while it is typed; only the views
that show answers read again (the rest, with thousands of rows, made typing stutter).
A write that declares ANSWERS but changes more (a conversation's status, its date) would
leave the lists stale: the declaration check every GUI test runs with catches it.
"""

from __future__ import annotations

import pytest

from netplanner.core.contacts import ContactInput, create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.core.live_conversation.writing import add_question, set_answer, set_notes
from netplanner.core.models import Conversation
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change, DataEvents

SIGNALS = ("contacts_changed", "conversations_changed", "answers_changed", "follow_ups_changed")


def _heard(events: DataEvents) -> list[str]:
    heard: list[str] = []
    for name in SIGNALS:
        getattr(events, name).connect(lambda name=name: heard.append(name))
    return heard


@pytest.fixture
def planned(context: AppContext) -> tuple[int, int]:
    """A conversation with one question: (conversation id, question id)."""

    def plan(session) -> tuple[int, int]:
        anna = create_contact(session, ContactInput("Anna de Vries")).id
        talk = create_conversation(
            session, ConversationInput(anna, status="scheduled"), [QuestionChoice("Why?")]
        )
        return talk.id, talk.questions[0].id

    with context.database.transaction() as session:
        return plan(session)


def test_an_answer_is_announced_to_the_views_of_answers_only(
    context: AppContext, planned: tuple[int, int]
) -> None:
    talk, question = planned
    heard = _heard(context.events)
    context.write(lambda s: set_answer(s, question, "Omdat het moet"), changes=Change.ANSWERS)
    context.write(lambda s: set_notes(s, talk, "Koffie"), changes=Change.ANSWERS)
    context.write(lambda s: add_question(s, talk, "Wie nog meer?"), changes=Change.ANSWERS)
    assert heard == ["answers_changed"] * 3
    context.undo_stack.undo()
    assert heard[3:] == ["answers_changed"], "undoing it tells the same views"


def test_a_change_of_conversations_covers_their_answers(context: AppContext) -> None:
    heard = _heard(context.events)
    context.events.announce(Change.CONVERSATIONS | Change.ANSWERS)
    assert heard == ["conversations_changed"], "once: those views listen to both"
    context.events.announce(Change.EVERYTHING)
    assert "answers_changed" not in heard


def test_a_write_that_says_answers_but_changes_the_conversation_fails_the_tests(
    context: AppContext, planned: tuple[int, int]
) -> None:
    talk, _question = planned

    def held(session) -> None:
        session.get(Conversation, talk).status = "held"

    with pytest.raises(AssertionError, match=r"changes Change\.CONVERSATIONS but declares"):
        context.write(held, changes=Change.ANSWERS, label="Held")
    # Declaring the conversations covers the answers too.
    context.write(lambda s: set_notes(s, talk, "Thee"), changes=Change.CONVERSATIONS)

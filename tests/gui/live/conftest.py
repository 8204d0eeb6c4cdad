"""A planned conversation to hold in conversation mode, and a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from netplanner.core.banks import get_bank
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.core.goals import GoalInput, create_goal
from netplanner.core.models import QuestionBank

START = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def at(self, minutes: float) -> None:
        self.now = START + timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _bank_question(session, key: str, category: str):
    bank_id = session.scalar(select(QuestionBank.id).where(QuestionBank.builtin_key == key))
    return next(q for q in get_bank(session, bank_id).questions if q.category == category)


@pytest.fixture
def talk(database) -> int:
    """Marieke introduced Lotte; a 30-minute conversation with Lotte for an English goal:
    a bank question about the work, one of the user's own, and a "who else" question."""
    with database.transaction() as session:
        marieke = create_contact(session, ContactInput("Marieke Bos")).id
        lotte = create_contact(
            session,
            ContactInput("Lotte de Wit", role="UX researcher", introduced_by_id=marieke),
        ).id
        goal = create_goal(session, GoalInput(target_role="UX researcher", language="en")).id
        work = _bank_question(session, "en-informational", "work")
        referral = _bank_question(session, "en-informational", "referrals")
        conversation = create_conversation(
            session,
            ConversationInput(
                lotte, status="scheduled", goal_id=goal, starts_at=START, duration_minutes=30
            ),
            [
                QuestionChoice(work.text, work.id),
                QuestionChoice("What does your week look like?"),
                QuestionChoice(referral.text, referral.id),
            ],
        )
        return conversation.id

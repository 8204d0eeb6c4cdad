"""Writing a conversation while it takes place: small, targeted writes.

The form saves a whole conversation at once (``core.conversations``), replacing every
question row; conversation mode saves while the user types, every half second, so it
writes only the one answer (or the notes) that changed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from netplanner.core.enums import ConversationStatus
from netplanner.core.errors import NotFoundError, ValidationError
from netplanner.core.models import Conversation, ConversationQuestion
from netplanner.core.text import clean
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: The longest conversation the data file accepts (as ``core.conversations`` checks).
_LONGEST = timedelta(hours=24)


def set_answer(session: Session, question_id: int, answer: str) -> None:
    """Keep ``answer`` as the answer to one of a conversation's questions."""
    result = session.execute(
        update(ConversationQuestion)
        .where(ConversationQuestion.id == question_id)
        .values(answer=answer.strip())
    )
    if not result.rowcount:
        raise NotFoundError("question", question_id)


def set_notes(session: Session, conversation_id: int, notes: str) -> None:
    """Keep ``notes`` as the conversation's notes (the small talk is noted there)."""
    _conversation(session, conversation_id).notes = notes.strip()
    session.flush()


def add_question(
    session: Session,
    conversation_id: int,
    text: str,
    answer: str = "",
    source_question_id: int | None = None,
) -> int:
    """Add a question at the end of the conversation's list; returns its id."""
    _conversation(session, conversation_id)
    wording = clean(text)
    if not wording:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "A question needs words.")))
    last = session.scalar(
        select(func.max(ConversationQuestion.position)).where(
            ConversationQuestion.conversation_id == conversation_id
        )
    )
    question = ConversationQuestion(
        conversation_id=conversation_id,
        position=0 if last is None else last + 1,
        text=wording,
        answer=answer.strip(),
        source_question_id=source_question_id,
    )
    session.add(question)
    session.flush()
    return question.id


def end_conversation(
    session: Session, conversation_id: int, started_at: datetime, ended_at: datetime, outcome: str
) -> None:
    """Mark the conversation held at the time it really took place: it started at
    ``started_at`` (its date is moved there) and lasted until ``ended_at``. The thank-you
    routine counts from that start (``core.followups.routines.conversation_time``)."""
    if started_at.tzinfo is None or ended_at.tzinfo is None:
        raise ValueError("aware datetimes only")
    ended_at = max(ended_at, started_at)
    conversation = _conversation(session, conversation_id)
    minutes = round((min(ended_at - started_at, _LONGEST)).total_seconds() / 60)
    conversation.starts_at = started_at
    conversation.duration_minutes = max(1, minutes)
    if conversation.asked_at is None:
        conversation.asked_at = started_at
    conversation.held_at = ended_at
    conversation.status = ConversationStatus.HELD.value
    conversation.outcome = outcome.strip()
    session.flush()


def _conversation(session: Session, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFoundError("conversation", conversation_id)
    return conversation

"""Conversations: planned and held talks, with their ordered questions and answers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from netplanner.core.clock import utc_now
from netplanner.core.contacts import get_contact
from netplanner.core.enums import ConversationKind, ConversationStatus
from netplanner.core.errors import NotFoundError, ValidationError, check_version
from netplanner.core.models import Contact, Conversation, ConversationQuestion, Goal
from netplanner.core.text import clean
from netplanner.messages import QT_TRANSLATE_NOOP, Message


@dataclass
class ConversationInput:
    contact_id: int
    kind: str = ConversationKind.INFORMATIONAL.value
    status: str = ConversationStatus.IDEA.value
    goal_id: int | None = None
    starts_at: datetime | None = None
    duration_minutes: int | None = None
    place: str = ""
    purpose: str = ""
    notes: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class QuestionChoice:
    """A question chosen for a conversation. Its text is copied when saved."""

    text: str
    source_question_id: int | None = None
    answer: str = ""


@dataclass(frozen=True)
class ConversationRow:
    id: int
    contact_id: int
    contact_name: str
    kind: str
    status: str
    starts_at: datetime | None
    place: str


def get_conversation(session: Session, conversation_id: int) -> Conversation:
    """The conversation with its contact, goal and questions loaded (safe to detach)."""
    return get_conversations(session, [conversation_id])[0]


def get_conversations(session: Session, conversation_ids: Sequence[int]) -> list[Conversation]:
    """Several conversations as :func:`get_conversation` loads one, in the order asked,
    with a handful of queries in all (a week's prep sheets: one query per kind of thing,
    not five per sheet)."""
    statement = (
        select(Conversation)
        .where(Conversation.id.in_(set(conversation_ids)))
        .options(
            selectinload(Conversation.questions),
            selectinload(Conversation.contact).selectinload(Contact.introduced_by),
            selectinload(Conversation.goal),
        )
    )
    found = {conversation.id: conversation for conversation in session.scalars(statement)}
    missing = [i for i in conversation_ids if i not in found]
    if missing:
        raise NotFoundError("conversation", missing[0])
    return [found[i] for i in conversation_ids]


def _apply(session: Session, conversation: Conversation, data: ConversationInput) -> None:
    get_contact(session, data.contact_id)
    try:
        kind = ConversationKind(data.kind)
        status = ConversationStatus(data.status)
    except ValueError as error:
        raise ValidationError(str(error)) from error
    if data.goal_id is not None and session.get(Goal, data.goal_id) is None:
        raise NotFoundError("goal", data.goal_id)
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= 24 * 60:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "A conversation lasts between 1 minute and 24 hours.")
            )
        )
    conversation.contact_id = data.contact_id
    conversation.kind = kind.value
    _record_status_moments(conversation, status)
    conversation.status = status.value
    conversation.goal_id = data.goal_id
    conversation.starts_at = data.starts_at
    conversation.duration_minutes = data.duration_minutes
    conversation.place = clean(data.place)
    conversation.purpose = clean(data.purpose)
    conversation.notes = data.notes.strip()
    conversation.outcome = data.outcome.strip()


_PAST_ASKED = {
    ConversationStatus.ASKED,
    ConversationStatus.SCHEDULED,
    ConversationStatus.HELD,
    ConversationStatus.THANKED,
    ConversationStatus.CLOSED,
}
_PAST_HELD = {ConversationStatus.HELD, ConversationStatus.THANKED, ConversationStatus.CLOSED}


def _record_status_moments(conversation: Conversation, status: ConversationStatus) -> None:
    """Remember when the conversation was first asked, held and thanked."""
    now = utc_now()
    if status in _PAST_ASKED and conversation.asked_at is None:
        conversation.asked_at = now
    if status in _PAST_HELD and conversation.held_at is None:
        conversation.held_at = now
    if status == ConversationStatus.THANKED and conversation.thanked_at is None:
        conversation.thanked_at = now


def create_conversation(
    session: Session, data: ConversationInput, questions: Iterable[QuestionChoice] = ()
) -> Conversation:
    conversation = Conversation()
    _apply(session, conversation, data)
    session.add(conversation)
    session.flush()
    set_questions(session, conversation.id, questions)
    return get_conversation(session, conversation.id)


def update_conversation(
    session: Session,
    conversation_id: int,
    data: ConversationInput,
    questions: Iterable[QuestionChoice] | None = None,
    *,
    loaded_version: int | None = None,
) -> Conversation:
    """Save the form; ``questions`` (when given) replaces the ordered list.
    ``loaded_version`` (the version the form showed) refuses the save when someone else
    saved the conversation since."""
    conversation = get_conversation(session, conversation_id)
    check_version(conversation, "conversation", loaded_version)
    _apply(session, conversation, data)
    if loaded_version is not None:  # the answers are rows of their own (see update_contact)
        conversation.updated_at = utc_now()
    session.flush()
    if questions is not None:
        set_questions(session, conversation_id, questions)
    return get_conversation(session, conversation_id)


def set_questions(
    session: Session, conversation_id: int, questions: Iterable[QuestionChoice]
) -> None:
    """Replace the conversation's questions with ``questions``, in that order."""
    conversation = get_conversation(session, conversation_id)
    choices: Sequence[QuestionChoice] = [q for q in questions if clean(q.text)]
    conversation.questions.clear()
    session.flush()
    for position, choice in enumerate(choices):
        conversation.questions.append(
            ConversationQuestion(
                position=position,
                text=clean(choice.text),
                answer=choice.answer.strip(),
                source_question_id=choice.source_question_id,
            )
        )
    session.flush()


def delete_conversation(session: Session, conversation_id: int) -> None:
    session.delete(get_conversation(session, conversation_id))
    session.flush()


def list_conversation_rows(
    session: Session, statuses: Iterable[str] | None = None
) -> list[ConversationRow]:
    """Conversations, newest plans first; those without a date come first (still ideas)."""
    statement = select(
        Conversation.id,
        Conversation.contact_id,
        Contact.name,
        Conversation.kind,
        Conversation.status,
        Conversation.starts_at,
        Conversation.place,
    ).join(Contact, Conversation.contact_id == Contact.id)
    if statuses is not None:
        statement = statement.where(Conversation.status.in_(list(statuses)))
    statement = statement.order_by(
        Conversation.starts_at.is_not(None), Conversation.starts_at.desc(), Conversation.id.desc()
    )
    return [ConversationRow(*row) for row in session.execute(statement)]

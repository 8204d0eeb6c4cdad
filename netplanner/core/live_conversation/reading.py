"""One conversation read for conversation mode: plain data, safe to keep in the window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.errors import NotFoundError
from netplanner.core.goals import goal_title
from netplanner.core.models import Contact, Conversation, ConversationQuestion, Goal, Question
from netplanner.core.network.chains import chain_of


@dataclass(frozen=True)
class LiveQuestion:
    id: int
    position: int
    text: str
    answer: str
    #: The category of the bank question it was taken from; None for one's own question.
    category: str | None = None


@dataclass(frozen=True)
class LiveConversation:
    id: int
    contact_id: int
    contact_name: str
    role: str
    organisation: str
    #: The names from the person known directly down to the contact (the contact last).
    chain: tuple[str, ...]
    kind: str
    status: str
    goal_title: str
    #: The goal's language ("" without a goal): the language the conversation is held in.
    language: str
    starts_at: datetime | None
    duration_minutes: int | None
    notes: str
    questions: tuple[LiveQuestion, ...]

    @property
    def introducer(self) -> str:
        """Who introduced the contact ("" when known directly)."""
        return self.chain[-2] if len(self.chain) > 1 else ""


def read_live(session: Session, conversation_id: int) -> LiveConversation:
    """The conversation as the mode shows it (NotFoundError when it is gone)."""
    row = session.execute(
        select(
            Conversation.contact_id,
            Contact.name,
            Contact.role,
            Contact.organisation,
            Conversation.kind,
            Conversation.status,
            Conversation.goal_id,
            Conversation.starts_at,
            Conversation.duration_minutes,
            Conversation.notes,
        )
        .join(Contact, Conversation.contact_id == Contact.id)
        .where(Conversation.id == conversation_id)
    ).first()
    if row is None:
        raise NotFoundError("conversation", conversation_id)
    goal = session.get(Goal, row.goal_id) if row.goal_id is not None else None
    chain = chain_of(session, row.contact_id)
    return LiveConversation(
        id=conversation_id,
        contact_id=row.contact_id,
        contact_name=row.name,
        role=row.role,
        organisation=row.organisation,
        chain=tuple(link.name for link in chain.people),
        kind=row.kind,
        status=row.status,
        goal_title=goal_title(goal) if goal is not None else "",
        language=goal.language if goal is not None else "",
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        notes=row.notes,
        questions=tuple(read_questions(session, conversation_id)),
    )


def read_questions(session: Session, conversation_id: int) -> list[LiveQuestion]:
    """The conversation's questions in their order, with their bank category."""
    statement = (
        select(
            ConversationQuestion.id,
            ConversationQuestion.position,
            ConversationQuestion.text,
            ConversationQuestion.answer,
            Question.category,
        )
        .outerjoin(Question, ConversationQuestion.source_question_id == Question.id)
        .where(ConversationQuestion.conversation_id == conversation_id)
        .order_by(ConversationQuestion.position, ConversationQuestion.id)
    )
    return [LiveQuestion(*row) for row in session.execute(statement)]

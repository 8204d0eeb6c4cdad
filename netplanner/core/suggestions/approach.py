"""Acting on a suggestion: *Ask* someone, and the names you got but did not approach yet.

``ask_person`` is what the window's *Ask* button calls: it plans an "asked"
conversation of the list's kind for that person and goal, through
``core.conversations`` (an idea already planned for them is taken up rather than
doubled). ``names_to_approach`` feeds the top of the Today view: people named in a
conversation ("Record names you got") with no conversation yet beyond an idea (read in
``approach_names``, which the window uses before SQLAlchemy is loaded).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.contacts import get_contact
from netplanner.core.conversations import (
    ConversationInput,
    create_conversation,
    get_conversation,
    update_conversation,
)
from netplanner.core.enums import ConversationKind, ConversationStatus
from netplanner.core.errors import ValidationError
from netplanner.core.goals import get_goal
from netplanner.core.models import Conversation
from netplanner.core.suggestions.approach_names import NameToApproach, read_names_to_approach
from netplanner.core.suggestions.not_now import clear_not_now
from netplanner.messages import QT_TRANSLATE_NOOP, Message

_WAITING = (ConversationStatus.ASKED.value, ConversationStatus.SCHEDULED.value)


def ask_person(
    session: Session,
    contact_id: int,
    goal_id: int,
    kind: str = ConversationKind.INFORMATIONAL.value,
) -> Conversation:
    """Plan an "asked" conversation of ``kind`` with ``contact_id`` for ``goal_id``.

    An idea already planned with them for this goal becomes the ask (its notes and
    questions kept); a "not now" for them is lifted. Refused (ValidationError) when
    they were already asked for this goal and the answer is still to come.
    """
    contact = get_contact(session, contact_id)
    get_goal(session, goal_id)
    try:
        kind = ConversationKind(kind).value
    except ValueError as error:
        raise ValidationError(f"Unknown kind of conversation: {kind}") from error
    mine = select(Conversation).where(
        Conversation.contact_id == contact_id, Conversation.goal_id == goal_id
    )
    if session.scalars(mine.where(Conversation.status.in_(_WAITING)).limit(1)).first():
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1 was already asked for this goal."), contact.name
            )
        )
    idea = session.scalars(
        mine.where(Conversation.status == ConversationStatus.IDEA.value)
        .order_by(Conversation.kind != kind, Conversation.id)
        .limit(1)
    ).first()
    clear_not_now(session, contact_id)
    if idea is None:
        return create_conversation(
            session,
            ConversationInput(
                contact_id=contact_id,
                kind=kind,
                status=ConversationStatus.ASKED.value,
                goal_id=goal_id,
            ),
        )
    planned = get_conversation(session, idea.id)
    data = ConversationInput(
        contact_id=contact_id,
        kind=kind,
        status=ConversationStatus.ASKED.value,
        goal_id=goal_id,
        starts_at=planned.starts_at,
        duration_minutes=planned.duration_minutes,
        place=planned.place,
        purpose=planned.purpose,
        notes=planned.notes,
        outcome=planned.outcome,
    )
    return update_conversation(session, planned.id, data)


def names_to_approach(session: Session, now: datetime | None = None) -> list[NameToApproach]:
    """:func:`~netplanner.core.suggestions.approach_names.read_names_to_approach` in a
    session."""
    from netplanner.core.queries.run import SessionQueries

    return read_names_to_approach(SessionQueries(session), now)

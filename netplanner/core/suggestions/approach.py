"""Acting on a suggestion: *Ask* someone, and the names you got but did not approach yet.

``ask_person`` is what the window's *Ask* button calls: it plans an "asked"
conversation of the list's kind for that person and goal, through
``core.conversations`` (an idea already planned for them is taken up rather than
doubled). ``names_to_approach`` feeds the top of the Today view: people named in a
conversation ("Record names you got") with no conversation yet beyond an idea.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from netplanner.core.clock import utc_now
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
from netplanner.core.models import Contact, Conversation
from netplanner.core.suggestions.not_now import clear_not_now, load_not_now
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


@dataclass(frozen=True)
class NameToApproach:
    """Someone named in a conversation whom the user has not approached yet."""

    contact_id: int
    name: str
    introducer_id: int | None
    introducer_name: str
    named_in_id: int  # the conversation in which their name came up
    named_at: datetime  # when that was (the conversation's time, else when recorded)
    idea_id: int | None = None  # an idea planned with them, if any
    kind: str | None = None  # that idea's kind
    goal_id: int | None = None  # that idea's goal, else the naming conversation's

    @property
    def what(self) -> str:
        """'Approach Lotte de Wit (via Marieke Bos)', in English (the window words its own)."""
        if self.introducer_name:
            return f"Approach {self.name} (via {self.introducer_name})"
        return f"Approach {self.name}"


def names_to_approach(session: Session, now: datetime | None = None) -> list[NameToApproach]:
    """People named in a conversation with only an idea (without a date) or nothing
    planned yet, the longest waiting first; "not now" ones are left out.

    An idea that has a date is planned: Today shows it as a conversation. Three
    queries whatever the size of the network.
    """
    moment = now or utc_now()
    introducer = aliased(Contact)
    named = aliased(Conversation)
    named_at = func.coalesce(named.held_at, named.starts_at, Contact.created_at)
    statement = (
        select(
            Contact.id,
            Contact.name,
            Contact.introduced_by_id,
            introducer.name,
            Contact.introduced_in_id,
            named_at.label("named_at"),
            named.goal_id,
        )
        .outerjoin(introducer, Contact.introduced_by_id == introducer.id)
        .join(named, Contact.introduced_in_id == named.id)
    )
    rows = session.execute(statement).all()
    if not rows:
        return []
    got = select(Contact.id).where(Contact.introduced_in_id.is_not(None))
    ideas: dict[int, tuple[int, str, int | None]] = {}
    approached: set[int] = set()
    conversations = (
        select(
            Conversation.id,
            Conversation.contact_id,
            Conversation.status,
            Conversation.starts_at,
            Conversation.kind,
            Conversation.goal_id,
        )
        .where(Conversation.contact_id.in_(got))
        .order_by(Conversation.id)
    )
    for conversation_id, contact_id, status, starts_at, kind, goal_id in session.execute(
        conversations
    ):
        if status != ConversationStatus.IDEA.value or starts_at is not None:
            approached.add(contact_id)
        else:
            ideas.setdefault(contact_id, (conversation_id, kind, goal_id))
    hidden = {e.contact_id for e in load_not_now(session) if e.until > moment}
    found = []
    for contact_id, name, by_id, by_name, named_in, at, named_goal in rows:
        if contact_id in approached or contact_id in hidden:
            continue
        idea = ideas.get(contact_id)
        assert named_in is not None  # (joined on it)
        found.append(
            NameToApproach(
                contact_id=contact_id,
                name=name,
                introducer_id=by_id,
                introducer_name=by_name or "",
                named_in_id=named_in,
                named_at=at,
                idea_id=idea[0] if idea else None,
                kind=idea[1] if idea else None,
                goal_id=(idea[2] if idea and idea[2] is not None else named_goal),
            )
        )
    found.sort(key=lambda n: (n.named_at, n.name.casefold(), n.contact_id))
    return found

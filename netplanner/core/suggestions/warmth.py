"""What the user and each contact went through together: read in a few set-based queries.

Per contact: how many conversations took place (held, thanked or closed: they
helped), whether one for this goal is still open (idea, asked, scheduled) or was asked
at all, when they were last approached (asked, or a conversation took place) and
last in touch (also a thank-you sent or a follow-up done). Everything the ranking
needs comes from one grouped query over the conversations and one over the
follow-ups, whatever the size of the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, false, func, select
from sqlalchemy.orm import Session

from netplanner.core.enums import ConversationStatus
from netplanner.core.models import Conversation, FollowUp

_HELPED = (
    ConversationStatus.HELD.value,
    ConversationStatus.THANKED.value,
    ConversationStatus.CLOSED.value,
)
_OPEN = (
    ConversationStatus.IDEA.value,
    ConversationStatus.ASKED.value,
    ConversationStatus.SCHEDULED.value,
)
#: Approached this recently: give them time before asking again.
RECENT = timedelta(weeks=4)
#: In touch this recently (but not approached): warm.
QUARTER = timedelta(days=91)
YEAR = timedelta(days=365)


@dataclass(frozen=True)
class History:
    helped: int = 0  # conversations held, thanked or closed (any goal)
    open_for_goal: bool = False  # an idea, ask or appointment for this goal
    asked_for_goal: bool = False  # asked for this goal at some time (not only an idea)
    last_approach: datetime | None = None  # asked, or a conversation took place
    last_touch: datetime | None = None  # that, a thank-you, or a follow-up done


NO_HISTORY = History()


def _latest(*moments: datetime | None) -> datetime | None:
    present = [m for m in moments if m is not None]
    return max(present) if present else None


def read_history(session: Session, goal_id: int | None, now: datetime) -> dict[int, History]:
    """Every contact with any conversation or finished follow-up, by id."""
    status = Conversation.status
    for_goal = Conversation.goal_id == goal_id if goal_id is not None else false()
    took_place = case(
        (and_(Conversation.starts_at <= now, status.in_((*_HELPED, "asked", "scheduled"))),
         Conversation.starts_at),
        else_=None,
    )  # fmt: skip
    statement = select(
        Conversation.contact_id,
        func.sum(case((status.in_(_HELPED), 1), else_=0)),
        func.max(case((and_(for_goal, status.in_(_OPEN)), 1), else_=0)),
        func.max(case((and_(for_goal, status != ConversationStatus.IDEA.value), 1), else_=0)),
        func.max(Conversation.asked_at),
        func.max(Conversation.held_at),
        func.max(Conversation.thanked_at),
        func.max(took_place),
    ).group_by(Conversation.contact_id)
    history: dict[int, History] = {}
    for contact_id, helped, open_, asked, asked_at, held_at, thanked_at, took in session.execute(
        statement
    ):
        approach = _latest(asked_at, held_at, took)
        history[contact_id] = History(
            helped=int(helped or 0),
            open_for_goal=bool(open_),
            asked_for_goal=bool(asked),
            last_approach=approach,
            last_touch=_latest(approach, thanked_at),
        )
    done = (
        select(FollowUp.contact_id, func.max(FollowUp.done_at))
        .where(FollowUp.contact_id.is_not(None), FollowUp.done_at.is_not(None))
        .group_by(FollowUp.contact_id)
    )
    for contact_id, done_at in session.execute(done):
        before = history.get(contact_id, NO_HISTORY)
        history[contact_id] = History(
            before.helped,
            before.open_for_goal,
            before.asked_for_goal,
            before.last_approach,
            _latest(before.last_touch, done_at),
        )
    return history


def approached_recently(history: History, now: datetime) -> bool:
    return history.last_approach is not None and now - history.last_approach < RECENT


def in_touch_within(history: History, now: datetime) -> timedelta | None:
    """How long ago they were last in touch, if within a year (else None)."""
    if history.last_touch is None:
        return None
    ago = now - history.last_touch
    return ago if ago < YEAR else None

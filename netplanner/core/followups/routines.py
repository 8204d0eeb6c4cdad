"""The method's routines: follow-ups suggested from what happened (computed, never stored).

* **Thank-you**: the day after a conversation, send a short thank-you (counted from when
  the conversation took place, not from when it was marked held).
* **3B7** for an ask without a reply: after 3 working days ask a second person to
  think along (don't wait on one person), after 7 working days follow up once.
* **Stay in touch**: someone who helped (a conversation took place, or they
  introduced someone) and has not been in touch for some weeks.

Use them through ``core.followups.stored``, which also stores what the user does with them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Result, case, func, select
from sqlalchemy.orm import Session

from netplanner.core.enums import ConversationStatus
from netplanner.core.followups.working_days import add_working_days
from netplanner.core.models import Contact, Conversation, FollowUp


class FollowUpKind(StrEnum):
    """Stored in ``FollowUp.kind``: typed by the user, or the routine that suggested it."""

    MANUAL = "manual"
    THANK_YOU = "thank_you"  # the day after a conversation
    NUDGE = "nudge"  # 3B7: 3 working days without a reply: ask a second person
    FOLLOW_UP = "follow_up"  # 3B7: 7 working days without a reply: follow up once
    STAY_IN_TOUCH = "stay_in_touch"  # someone who helped, not in touch for weeks


@dataclass(frozen=True)
class SuggestionSettings:
    """Which routines are on (kept in the data file: ``core.followups.routine_settings``)."""

    thank_you: bool = True
    three_b_seven: bool = True
    stay_in_touch: bool = True
    stay_in_touch_weeks: int = 8
    #: Days that are not working days for 3B7; NetPlanner ships no holiday calendar.
    holidays: tuple[date, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A follow-up the method proposes; ``key`` stays the same while it is relevant."""

    key: str
    kind: str
    what: str  # English; the GUI words it itself from ``kind`` and ``contact_name``
    due_at: datetime
    contact_id: int
    contact_name: str
    conversation_id: int | None = None


_HELPED = (
    ConversationStatus.HELD.value,
    ConversationStatus.THANKED.value,
    ConversationStatus.CLOSED.value,
)
_UPCOMING = (
    ConversationStatus.IDEA.value,
    ConversationStatus.ASKED.value,
    ConversationStatus.SCHEDULED.value,
)


def suggest_follow_ups(
    session: Session,
    now: datetime,
    settings: SuggestionSettings | None = None,
    *,
    skip_keys: Iterable[str] | None = None,
) -> list[Suggestion]:
    """Suggestions due by the end of ``now``'s day, soonest first.

    Days are counted in ``now``'s time zone: pass the user's local time. A thank-you
    is suggested as soon as the conversation is marked held (due the next day);
    the others once their day has come. Suggestions whose key is stored as a
    follow-up (or in ``skip_keys``) are left out.
    """
    if now.tzinfo is None:
        raise ValueError("now needs a time zone")
    settings = settings or SuggestionSettings()
    if skip_keys is None:
        statement = select(FollowUp.suggestion_key).where(FollowUp.suggestion_key.is_not(None))
        skip_keys = session.scalars(statement)
    skip = set(skip_keys)
    end_of_day = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    found: list[Suggestion] = []
    if settings.thank_you:
        found += _thank_yous(session)
    if settings.three_b_seven:
        found += [
            s for s in _three_b_seven(session, now, settings.holidays) if s.due_at < end_of_day
        ]
    if settings.stay_in_touch:
        weeks = max(1, settings.stay_in_touch_weeks)
        found += [s for s in _stay_in_touch(session, now, weeks) if s.due_at < end_of_day]
    found = [s for s in found if s.key not in skip]
    found.sort(key=lambda s: (s.due_at, s.key))
    return found


#: id, contact_id, the contact's name, asked_at, held_at, starts_at, created_at
_ConversationRow = tuple[int, int, str, datetime | None, datetime | None, datetime | None, datetime]


def _conversations(session: Session, status: str) -> Result[_ConversationRow]:
    return session.execute(
        select(
            Conversation.id,
            Conversation.contact_id,
            Contact.name,
            Conversation.asked_at,
            Conversation.held_at,
            Conversation.starts_at,
            Conversation.created_at,
        )
        .join(Contact, Conversation.contact_id == Contact.id)
        .where(Conversation.status == status)
    )


def _thank_yous(session: Session) -> list[Suggestion]:
    suggestions = []
    for row in _conversations(session, ConversationStatus.HELD.value):
        held = conversation_time(row.starts_at, row.held_at) or row.created_at
        suggestions.append(
            Suggestion(
                key=f"thank:{row.id}",
                kind=FollowUpKind.THANK_YOU.value,
                what=f"Send {row.name} a thank-you",
                due_at=held + timedelta(days=1),
                contact_id=row.contact_id,
                contact_name=row.name,
                conversation_id=row.id,
            )
        )
    return suggestions


def conversation_time(starts_at: datetime | None, held_at: datetime | None) -> datetime | None:
    """When a held conversation took place: its planned start, not the moment it was
    marked held (often days later). Marked held before its planned start, it took
    place earlier than planned: then the marking is the better guess."""
    if starts_at is None:
        return held_at
    if held_at is None:
        return starts_at
    return min(starts_at, held_at)


def _after_working_days(
    moment: datetime, days: int, now: datetime, holidays: Collection[date]
) -> datetime:
    """``moment`` moved ``days`` working days on, at the same local time of day."""
    local = moment.astimezone(now.tzinfo)
    day = add_working_days(local.date(), days, holidays)
    return datetime.combine(day, local.time(), now.tzinfo)


def _three_b_seven(session: Session, now: datetime, holidays: Collection[date]) -> list[Suggestion]:
    suggestions = []
    for row in _conversations(session, ConversationStatus.ASKED.value):
        asked = row.asked_at or row.created_at
        common = {"contact_id": row.contact_id, "contact_name": row.name, "conversation_id": row.id}
        suggestions.append(
            Suggestion(
                key=f"nudge:{row.id}",
                kind=FollowUpKind.NUDGE.value,
                what=f"No reply from {row.name} yet: ask a second person to think along",
                due_at=_after_working_days(asked, 3, now, holidays),
                **common,
            )
        )
        suggestions.append(
            Suggestion(
                key=f"followup:{row.id}",
                kind=FollowUpKind.FOLLOW_UP.value,
                what=f"Follow up once with {row.name}",
                due_at=_after_working_days(asked, 7, now, holidays),
                **common,
            )
        )
    return suggestions


def _stay_in_touch(session: Session, now: datetime, weeks: int) -> list[Suggestion]:
    """People who helped, by when they were last in touch; one query per source."""
    last: dict[int, datetime] = {}
    helped: set[int] = set()
    upcoming: set[int] = set()

    def touched(contact_id: int, *moments: datetime | None) -> None:
        for moment in moments:
            if moment is not None and (contact_id not in last or moment > last[contact_id]):
                last[contact_id] = moment

    conversations = (
        select(
            Conversation.contact_id,
            func.max(Conversation.starts_at),
            func.max(Conversation.held_at),
            func.max(Conversation.thanked_at),
            func.max(case((Conversation.status.in_(_HELPED), 1), else_=0)),
            func.max(case((Conversation.status.in_(_UPCOMING), 1), else_=0)),
        )
        .where(Conversation.status != ConversationStatus.CANCELLED.value)
        .group_by(Conversation.contact_id)
    )
    for contact_id, starts, held, thanked, has_helped, has_upcoming in session.execute(
        conversations
    ):
        if has_helped:
            helped.add(contact_id)
        if has_upcoming:
            upcoming.add(contact_id)  # already back in touch (or about to be)
        touched(contact_id, min(starts, now) if starts else None, held, thanked)
    introductions = (
        select(Contact.introduced_by_id, func.max(Contact.created_at))
        .where(Contact.introduced_by_id.is_not(None))
        .group_by(Contact.introduced_by_id)
    )
    for contact_id, introduced in session.execute(introductions):
        assert contact_id is not None  # (the WHERE above)
        helped.add(contact_id)
        touched(contact_id, introduced)
    done = (
        select(FollowUp.contact_id, func.max(FollowUp.done_at))
        .where(FollowUp.contact_id.is_not(None), FollowUp.done_at.is_not(None))
        .group_by(FollowUp.contact_id)
    )
    for contact_id, done_at in session.execute(done):
        assert contact_id is not None  # (the WHERE above)
        touched(contact_id, done_at)
    wanted = {c for c in helped - upcoming if c in last}
    if not wanted:
        return []
    # Only the names needed, not all of them: at 30,000 contacts reading every name took
    # a third of the Today tab's start (tests/bench).
    names: dict[int, str] = {}
    ids = sorted(wanted)
    for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        batch = ids[start : start + 900]
        query = select(Contact.id, Contact.name).where(Contact.id.in_(batch))
        names.update((row[0], row[1]) for row in session.execute(query))
    suggestions = []
    for contact_id in wanted:
        due = (last[contact_id] + timedelta(weeks=weeks)).astimezone(now.tzinfo)
        suggestions.append(
            Suggestion(
                key=f"touch:{contact_id}:{due:%Y-%m-%d}",
                kind=FollowUpKind.STAY_IN_TOUCH.value,
                what=f"Get back in touch with {names[contact_id]}",
                due_at=due,
                contact_id=contact_id,
                contact_name=names[contact_id],
            )
        )
    return suggestions

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
from typing import TYPE_CHECKING

from netplanner.core.enums import ConversationStatus
from netplanner.core.followups.working_days import add_working_days
from netplanner.core.queries.run import Queries

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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


#: id, contact_id, the contact's name, asked_at, held_at, starts_at, created_at
_ConversationRow = tuple[int, int, str, datetime | None, datetime | None, datetime | None, datetime]


def suggest_follow_ups(
    session: Session,
    now: datetime,
    settings: SuggestionSettings | None = None,
    *,
    skip_keys: Iterable[str] | None = None,
) -> list[Suggestion]:
    """:func:`read_suggestions` in a session."""
    from netplanner.core.queries.run import SessionQueries

    return read_suggestions(SessionQueries(session), now, settings, skip_keys=skip_keys)


def read_suggestions(
    queries: Queries,
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
        skip_keys = (key for (key,) in queries.rows("today.suggestion_keys"))
    skip = set(skip_keys)
    end_of_day = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    found: list[Suggestion] = []
    if settings.thank_you:
        found += _thank_yous(queries)
    if settings.three_b_seven:
        found += [
            s for s in _three_b_seven(queries, now, settings.holidays) if s.due_at < end_of_day
        ]
    if settings.stay_in_touch:
        weeks = max(1, settings.stay_in_touch_weeks)
        found += _stay_in_touch(queries, now, weeks, end_of_day)
    found = [s for s in found if s.key not in skip]
    found.sort(key=lambda s: (s.due_at, s.key))
    return found


def _conversations(queries: Queries, status: ConversationStatus) -> Iterable[_ConversationRow]:
    """id, contact_id, the contact's name, asked_at, held_at, starts_at, created_at."""
    return queries.rows("today.conversations_in_status", status=status.value)  # type: ignore[return-value]


def _thank_yous(queries: Queries) -> list[Suggestion]:
    suggestions = []
    for id_, contact_id, name, _, held_at, starts_at, created_at in _conversations(
        queries, ConversationStatus.HELD
    ):
        held = conversation_time(starts_at, held_at) or created_at
        suggestions.append(
            Suggestion(
                key=f"thank:{id_}",
                kind=FollowUpKind.THANK_YOU.value,
                what=f"Send {name} a thank-you",
                due_at=held + timedelta(days=1),
                contact_id=contact_id,
                contact_name=name,
                conversation_id=id_,
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


def _three_b_seven(queries: Queries, now: datetime, holidays: Collection[date]) -> list[Suggestion]:
    suggestions = []
    for id_, contact_id, name, asked_at, _, _, created_at in _conversations(
        queries, ConversationStatus.ASKED
    ):
        asked = asked_at or created_at
        suggestions.append(
            Suggestion(
                key=f"nudge:{id_}",
                kind=FollowUpKind.NUDGE.value,
                what=f"No reply from {name} yet: ask a second person to think along",
                due_at=_after_working_days(asked, 3, now, holidays),
                contact_id=contact_id,
                contact_name=name,
                conversation_id=id_,
            )
        )
        suggestions.append(
            Suggestion(
                key=f"followup:{id_}",
                kind=FollowUpKind.FOLLOW_UP.value,
                what=f"Follow up once with {name}",
                due_at=_after_working_days(asked, 7, now, holidays),
                contact_id=contact_id,
                contact_name=name,
                conversation_id=id_,
            )
        )
    return suggestions


def _stay_in_touch(
    queries: Queries, now: datetime, weeks: int, end_of_day: datetime
) -> list[Suggestion]:
    """People who helped and were last in touch ``weeks`` before the end of the day (the
    database finds them: ``queries.today.stay_in_touch``)."""
    suggestions = []
    before = end_of_day - timedelta(weeks=weeks)
    for contact_id, name, last in queries.rows("today.stay_in_touch", now=now, before=before):
        due = (last + timedelta(weeks=weeks)).astimezone(now.tzinfo)
        suggestions.append(
            Suggestion(
                key=f"touch:{contact_id}:{due:%Y-%m-%d}",
                kind=FollowUpKind.STAY_IN_TOUCH.value,
                what=f"Get back in touch with {name}",
                due_at=due,
                contact_id=contact_id,
                contact_name=name,
            )
        )
    return suggestions

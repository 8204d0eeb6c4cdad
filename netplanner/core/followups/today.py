"""The Today overview: what to do next, from follow-ups, suggestions and the calendar.

Everything is plain data (ids, names, times), sorted by time. Days are counted in
``now``'s time zone, so pass the user's local time (``datetime.now().astimezone()``).
Each follow-up or suggestion appears in one section only: thank-yous have their
own section, whatever their due date. On top: the names the user got in conversations
and has not approached yet (``core.suggestions.names_to_approach``).

Read through named statements (``queries.today``), so the window shows the overview
before SQLAlchemy is loaded (``read_today_overview``); the functions taking a session read
through the same ones. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from netplanner.core.enums import UPCOMING_STATUSES
from netplanner.core.followups.open_rows import FollowUpRow, read_open_follow_ups
from netplanner.core.followups.routine_settings import read_routine_settings
from netplanner.core.followups.routines import (
    FollowUpKind,
    Suggestion,
    SuggestionSettings,
    read_suggestions,
)
from netplanner.core.queries.run import Queries
from netplanner.core.suggestions.approach_names import NameToApproach, read_names_to_approach

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: How many days after today "this week" covers.
WEEK_DAYS = 7


class ItemSource(StrEnum):
    FOLLOW_UP = "follow_up"  # stored: has follow_up_id
    SUGGESTION = "suggestion"  # computed: has suggestion
    CONVERSATION = "conversation"  # a planned conversation: has conversation_id
    APPROACH = "approach"  # a name got in a conversation, not approached yet


@dataclass(frozen=True)
class TodayItem:
    """One line of the overview."""

    source: str  # an ItemSource value
    kind: str  # FollowUpKind value; for conversations the conversation kind
    what: str  # English text (follow-ups: the user's own words)
    when: datetime | None
    contact_id: int | None = None
    contact_name: str = ""
    conversation_id: int | None = None
    follow_up_id: int | None = None
    suggestion: Suggestion | None = None
    place: str = ""  # conversations only
    status: str = ""  # conversations only
    via_name: str = ""  # names to approach only: who gave the name
    version: int | None = None  # stored follow-ups only: the version shown (see mark_done)

    @property
    def key(self) -> str:
        """Stable identity of the item (for tests and for keeping focus on refresh)."""
        if self.source == ItemSource.FOLLOW_UP:
            return f"stored:{self.follow_up_id}"
        if self.source == ItemSource.SUGGESTION and self.suggestion is not None:
            return self.suggestion.key
        if self.source == ItemSource.APPROACH:
            return f"approach:{self.contact_id}"
        return f"conversation:{self.conversation_id}"


@dataclass(frozen=True)
class TodayOverview:
    now: datetime
    overdue: list[TodayItem] = field(default_factory=list)
    due_today: list[TodayItem] = field(default_factory=list)
    due_this_week: list[TodayItem] = field(default_factory=list)
    conversations_today: list[TodayItem] = field(default_factory=list)
    conversations_this_week: list[TodayItem] = field(default_factory=list)
    thank_yous: list[TodayItem] = field(default_factory=list)
    #: Names got in conversations, not approached yet (their idea conversation, if any).
    to_approach: list[TodayItem] = field(default_factory=list)

    @property
    def today(self) -> list[TodayItem]:
        """Follow-ups due today and today's conversations, in time order."""
        return _by_time(self.due_today + self.conversations_today)

    @property
    def this_week(self) -> list[TodayItem]:
        """Follow-ups and conversations of the next seven days, in time order."""
        return _by_time(self.due_this_week + self.conversations_this_week)

    @property
    def is_empty(self) -> bool:
        return not (
            self.overdue or self.today or self.this_week or self.thank_yous or self.to_approach
        )


def start_of_day(day: date, now: datetime) -> datetime:
    return datetime.combine(day, time(0, 0), now.tzinfo)


def _by_time(items: Iterable[TodayItem]) -> list[TodayItem]:
    """Soonest first; items without a time last."""
    return sorted(items, key=lambda i: (i.when is None, i.when.timestamp() if i.when else 0, i.key))


def _follow_up_item(row: FollowUpRow) -> TodayItem:
    return TodayItem(
        source=ItemSource.FOLLOW_UP.value,
        kind=row.kind,
        what=row.what,
        when=row.due_at,
        contact_id=row.contact_id,
        contact_name=row.contact_name,
        conversation_id=row.conversation_id,
        follow_up_id=row.id,
        version=row.version,
    )


def _suggestion_item(suggestion: Suggestion) -> TodayItem:
    return TodayItem(
        source=ItemSource.SUGGESTION.value,
        kind=suggestion.kind,
        what=suggestion.what,
        when=suggestion.due_at,
        contact_id=suggestion.contact_id,
        contact_name=suggestion.contact_name,
        conversation_id=suggestion.conversation_id,
        suggestion=suggestion,
    )


def _approach_item(name: NameToApproach) -> TodayItem:
    return TodayItem(
        source=ItemSource.APPROACH.value,
        kind=name.kind or "",
        what=name.what,
        when=name.named_at,
        contact_id=name.contact_id,
        contact_name=name.name,
        conversation_id=name.idea_id,
        via_name=name.introducer_name,
    )


def planned_conversations(
    session: Session, start: datetime, end: datetime, statuses: Iterable[str] | None = None
) -> list[TodayItem]:
    """:func:`read_planned_conversations` in a session."""
    from netplanner.core.queries.run import SessionQueries

    return read_planned_conversations(SessionQueries(session), start, end, statuses)


def read_planned_conversations(
    queries: Queries, start: datetime, end: datetime, statuses: Iterable[str] | None = None
) -> list[TodayItem]:
    """Conversations starting in [start, end), in time order; cancelled ones left out."""
    if statuses is None:
        rows = queries.rows("today.planned", start=start, end=end)
    else:
        wanted = list(statuses)
        if not wanted:
            return []
        rows = queries.rows("today.planned_in", start=start, end=end, statuses=wanted)
    return [
        TodayItem(
            source=ItemSource.CONVERSATION.value,
            kind=kind,
            what=f"Conversation with {name}",
            when=starts_at,
            contact_id=contact_id,
            contact_name=name,
            conversation_id=id_,
            place=place,
            status=status,
        )
        for id_, contact_id, name, kind, status, starts_at, place in rows
    ]


def today_overview(
    session: Session, now: datetime, settings: SuggestionSettings | None = None
) -> TodayOverview:
    """:func:`read_today_overview` in a session."""
    from netplanner.core.queries.run import SessionQueries

    return read_today_overview(SessionQueries(session), now, settings)


def read_today_overview(
    queries: Queries, now: datetime, settings: SuggestionSettings | None = None
) -> TodayOverview:
    """What is overdue, due today, planned today and this week, which thanks to send,
    and the names got in conversations that wait to be approached.

    ``settings`` defaults to the routines as set in the data file. Only conversations
    still ahead (idea, asked, scheduled) are listed as planned; follow-ups due later than
    this week are not shown.
    """
    if now.tzinfo is None:
        raise ValueError("now needs a time zone")
    if settings is None:  # as switched in this file (the window and the CLI agree)
        settings = read_routine_settings(queries)
    today = start_of_day(now.date(), now)
    tomorrow = today + timedelta(days=1)
    week_end = today + timedelta(days=WEEK_DAYS + 1)
    items = [_follow_up_item(row) for row in read_open_follow_ups(queries)]
    items += [_suggestion_item(s) for s in read_suggestions(queries, now, settings)]
    overview = TodayOverview(now=now)
    for item in items:
        when = item.when or now
        if item.kind == FollowUpKind.THANK_YOU.value:
            if settings.thank_you:
                overview.thank_yous.append(item)
        elif when < today:
            overview.overdue.append(item)
        elif when < tomorrow:
            overview.due_today.append(item)
        elif when < week_end:
            overview.due_this_week.append(item)
    upcoming = sorted(status.value for status in UPCOMING_STATUSES)
    for item in read_planned_conversations(queries, today, week_end, upcoming):
        if item.when is not None and item.when < tomorrow:
            overview.conversations_today.append(item)
        else:
            overview.conversations_this_week.append(item)
    for bucket in (overview.overdue, overview.due_today, overview.due_this_week):
        bucket[:] = _by_time(bucket)
    overview.thank_yous[:] = _by_time(overview.thank_yous)
    overview.to_approach[:] = [_approach_item(n) for n in read_names_to_approach(queries, now)]
    return overview


def period_bounds(
    date_from: date, date_to: date, tz: tzinfo | None = None
) -> tuple[datetime, datetime]:
    """[start of ``date_from``, start of the day after ``date_to``) in time zone ``tz``;
    without one, in the computer's local time (with its daylight saving time)."""

    def midnight(day: date) -> datetime:
        naive = datetime.combine(day, time(0, 0))
        return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()

    return midnight(date_from), midnight(date_to + timedelta(days=1))


def conversations_to_print(
    session: Session, date_from: date, date_to: date, tz: tzinfo | None = None
) -> list[int]:
    """Ids of the conversations (not cancelled) starting on those days, in time order."""
    start, end = period_bounds(date_from, date_to, tz)
    items = planned_conversations(session, start, end)
    return [item.conversation_id for item in items if item.conversation_id is not None]

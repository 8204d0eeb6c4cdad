"""Progress figures for the charts: pure functions over the data file, no Qt.

Weeks are ISO weeks (Monday to Sunday) in the user's local time (``tz``; None means the
computer's own time zone), and every series is zero-filled: a week without anything in
it is still there, with 0. A series for ``weeks=12`` ends with the week that holds
``now`` and starts eleven weeks before it.

When a conversation was *held*: its planned start (``starts_at``) when it has one that
is not later than the moment the user marked it held (``held_at``); otherwise
``held_at``. People often mark a conversation held a few days after it took place, and
the chart should show the week it happened. A conversation counts as held when it has a
``held_at`` or a status at or past "held" (held, thanked, closed).

*Names per conversation* is counted per week: the contacts whose ``introduced_in`` is a
conversation held that week, divided by the conversations held that week. The names are
credited to the week of the conversation that gave them, not to the day they were typed
in, so the ratio compares like with like. A week without conversations held has no
ratio (None), not 0: nothing was tried, so nothing failed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netplanner.core.enums import ConversationStatus
from netplanner.core.models import Contact, Conversation

#: The funnel's stages, in order; the keys are conversation statuses.
FUNNEL_STAGES = (
    ConversationStatus.ASKED.value,
    ConversationStatus.SCHEDULED.value,
    ConversationStatus.HELD.value,
    ConversationStatus.THANKED.value,
)
_HELD_OR_LATER = frozenset(
    {ConversationStatus.HELD, ConversationStatus.THANKED, ConversationStatus.CLOSED}
)
_SCHEDULED_OR_LATER = _HELD_OR_LATER | {ConversationStatus.SCHEDULED}
_ASKED_OR_LATER = _SCHEDULED_OR_LATER | {ConversationStatus.ASKED}


class WeekValue(NamedTuple):
    """One point of a weekly series: the Monday the week starts on, and its value."""

    week_start: date
    value: float | None


class StageCount(NamedTuple):
    stage: str  # a ConversationStatus value, see FUNNEL_STAGES
    conversations: int  # (not `count`: that would hide the tuple's own count method)


@dataclass(frozen=True)
class ProgressReport:
    """Everything the Progress tab shows, read in one go."""

    held_per_week: list[WeekValue]
    names_per_conversation: list[WeekValue]
    network_size: list[WeekValue]
    funnel: list[StageCount]  # conversations that entered the funnel in the period
    conversations_held: int  # in the period
    names_gained: int  # from conversations held in the period
    contacts_added: int  # in the period
    total_contacts: int
    total_conversations: int

    @property
    def is_empty(self) -> bool:
        """Nothing at all in the data file to chart."""
        return self.total_contacts == 0 and self.total_conversations == 0


# --- weeks ----------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def week_starts(weeks: int, now: datetime | None = None, tz: tzinfo | None = None) -> list[date]:
    """The Mondays of the last ``weeks`` weeks, oldest first, ending with this week."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    this_week = week_start(_local_date(now or datetime.now(UTC), tz))
    return [this_week - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]


def _local_date(moment: datetime, tz: tzinfo | None) -> date:
    if moment.tzinfo is None:  # the data file hands back aware datetimes; be safe anyway
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).date()


def _local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The first moment of ``day`` in ``tz`` (None: this computer's zone), in UTC."""
    midnight = datetime(day.year, day.month, day.day)
    local = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return local.astimezone(UTC)


class _Weeks:
    """The window's weeks and their borders as UTC moments, to sort moments into weeks
    with a binary search instead of a time zone conversion per row."""

    def __init__(self, starts: list[date], tz: tzinfo | None) -> None:
        self.starts = starts
        ends = [*starts[1:], starts[-1] + timedelta(weeks=1)]
        self.borders = [_local_midnight(day, tz) for day in (starts[0], *ends)]

    @property
    def begin(self) -> datetime:
        return self.borders[0]

    def index(self, moment: datetime) -> int | None:
        """Which week ``moment`` falls in (0 = the oldest), None when outside the window."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        position = bisect_right(self.borders, moment) - 1
        return position if 0 <= position < len(self.starts) else None

    def count(self, moments: Iterable[datetime]) -> list[int]:
        counts = [0] * len(self.starts)
        for moment in moments:
            position = self.index(moment)
            if position is not None:
                counts[position] += 1
        return counts


# --- conversations held ---------------------------------------------------------------


def held_moment(
    status: str, starts_at: datetime | None, held_at: datetime | None
) -> datetime | None:
    """When a conversation was held (see the module text); None when it was not held."""
    if held_at is None and status not in _HELD_OR_LATER:
        return None
    if starts_at is not None and (held_at is None or starts_at <= held_at):
        return starts_at
    return held_at


class _ConversationMoments(NamedTuple):
    id: int
    status: str
    starts_at: datetime | None
    asked_at: datetime | None
    held_at: datetime | None
    thanked_at: datetime | None
    created_at: datetime | None


def _conversation_moments(session: Session) -> list[_ConversationMoments]:
    """Every conversation's status and moments, read once for all the figures."""
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.status,
            Conversation.starts_at,
            Conversation.asked_at,
            Conversation.held_at,
            Conversation.thanked_at,
            Conversation.created_at,
        )
    )
    return [_ConversationMoments(*row) for row in rows]


def _held_moments(conversations: Iterable[_ConversationMoments]) -> dict[int, datetime]:
    moments = {}
    for row in conversations:
        moment = held_moment(row.status, row.starts_at, row.held_at)
        if moment is not None:
            moments[row.id] = moment
    return moments


def conversations_held_per_week(
    session: Session, weeks: int = 12, now: datetime | None = None, tz: tzinfo | None = None
) -> list[WeekValue]:
    """How many conversations were held in each of the last ``weeks`` weeks."""
    window = _Weeks(week_starts(weeks, now, tz), tz)
    counts = window.count(_held_moments(_conversation_moments(session)).values())
    return [WeekValue(start, count) for start, count in zip(window.starts, counts, strict=True)]


def _names_by_conversation(session: Session) -> Counter[int]:
    rows = session.execute(
        select(Contact.introduced_in_id, func.count())
        .where(Contact.introduced_in_id.is_not(None))
        .group_by(Contact.introduced_in_id)
    )
    return Counter(
        {conversation_id: count for conversation_id, count in rows if conversation_id is not None}
    )


def names_per_conversation(
    session: Session, weeks: int = 12, now: datetime | None = None, tz: tzinfo | None = None
) -> list[WeekValue]:
    """Names gained per conversation held, week by week (None: no conversation held)."""
    window = _Weeks(week_starts(weeks, now, tz), tz)
    held = _held_moments(_conversation_moments(session))
    return _names_series(window, held, _names_by_conversation(session))[0]


def _names_series(
    window: _Weeks, held: dict[int, datetime], names: Counter[int]
) -> tuple[list[WeekValue], int]:
    """The weekly ratio, and the total of names gained from conversations in the window."""
    conversations = [0] * len(window.starts)
    gained = [0] * len(window.starts)
    for conversation_id, moment in held.items():
        position = window.index(moment)
        if position is not None:
            conversations[position] += 1
            gained[position] += names[conversation_id]
    series = [
        WeekValue(start, gained[i] / conversations[i] if conversations[i] else None)
        for i, start in enumerate(window.starts)
    ]
    return series, sum(gained)


# --- the network ----------------------------------------------------------------------


def network_size_over_time(
    session: Session, weeks: int = 12, now: datetime | None = None, tz: tzinfo | None = None
) -> list[WeekValue]:
    """How many contacts the user had at the end of each week (cumulative by created_at)."""
    return _network_series(session, _Weeks(week_starts(weeks, now, tz), tz))[0]


def _network_series(session: Session, window: _Weeks) -> tuple[list[WeekValue], int]:
    """The weekly totals, and how many contacts there were before the window."""
    created = Contact.created_at
    before = int(
        session.scalar(select(func.count()).select_from(Contact).where(created < window.begin)) or 0
    )
    counts = window.count(session.scalars(select(created).where(created >= window.begin)))
    total = before
    series = []
    for start, count in zip(window.starts, counts, strict=True):
        total += count
        series.append(WeekValue(start, total))
    return series, before


# --- the funnel -----------------------------------------------------------------------


def funnel(session: Session, since: datetime | None = None) -> list[StageCount]:
    """Conversations that reached each stage: asked → scheduled → held → thanked.

    A conversation counts in every stage it reached, so each stage holds at most as many
    as the one before it (a conversation held without ever being marked "asked" was
    still asked). What a conversation reached comes from its moments (asked_at, held_at,
    thanked_at) and its status; cancelled conversations count up to where they got.
    With ``since``, only conversations that entered the funnel (were asked, or else
    created) on or after that moment count.
    """
    return _funnel(_conversation_moments(session), since)


def _funnel(
    conversations: Iterable[_ConversationMoments], since: datetime | None
) -> list[StageCount]:
    counts = dict.fromkeys(FUNNEL_STAGES, 0)
    for row in conversations:
        entered = row.asked_at or row.created_at
        if since is not None and entered is not None and entered < since:
            continue
        for stage in _stages_reached(row.status, row.asked_at, row.held_at, row.thanked_at):
            counts[stage] += 1
    return [StageCount(stage, counts[stage]) for stage in FUNNEL_STAGES]


def _stages_reached(
    status: str, asked_at: datetime | None, held_at: datetime | None, thanked_at: datetime | None
) -> list[str]:
    thanked = thanked_at is not None or status == ConversationStatus.THANKED
    held = thanked or held_at is not None or status in _HELD_OR_LATER
    scheduled = held or status in _SCHEDULED_OR_LATER
    asked = scheduled or asked_at is not None or status in _ASKED_OR_LATER
    reached = (asked, scheduled, held, thanked)
    return [stage for stage, yes in zip(FUNNEL_STAGES, reached, strict=True) if yes]


# --- all at once ----------------------------------------------------------------------


def progress_report(
    session: Session, weeks: int = 12, now: datetime | None = None, tz: tzinfo | None = None
) -> ProgressReport:
    """Every series of the Progress tab for the last ``weeks`` weeks, in one read."""
    window = _Weeks(week_starts(weeks, now, tz), tz)
    conversations = _conversation_moments(session)
    held = _held_moments(conversations)
    held_counts = window.count(held.values())
    names, names_gained = _names_series(window, held, _names_by_conversation(session))
    network, before = _network_series(session, window)
    total_contacts = int(session.scalar(select(func.count()).select_from(Contact)) or 0)
    return ProgressReport(
        held_per_week=[
            WeekValue(start, count) for start, count in zip(window.starts, held_counts, strict=True)
        ],
        names_per_conversation=names,
        network_size=network,
        funnel=_funnel(conversations, since=window.begin),
        conversations_held=sum(held_counts),
        names_gained=names_gained,
        contacts_added=int(network[-1].value or 0) - before,
        total_contacts=total_contacts,
        total_conversations=len(conversations),
    )

"""Planned conversations as an iCalendar file (RFC 5545), written with ``icalendar``.

Choices:

* **Times in UTC** (``DTSTART:20240501T080000Z``). NetPlanner stores UTC; every
  calendar shows a UTC time in the reader's own zone, and the file needs no
  VTIMEZONE, which we could only write correctly if we knew the local zone's
  IANA name (we do not, on every system).
* **UID** ``<uuid5>@netplanner``: derived from the conversation's id and a random
  namespace the data file keeps (see :mod:`netplanner.interchange.export_support`),
  so exporting the same conversation again updates the event in the calendar.
* **End** = start + duration, or one hour when no duration was planned.
* **One reminder, a day before** (VALARM, DISPLAY): the method asks for
  preparation (questions, the prep sheet), which takes more than the hour before;
  calendar apps add their own short reminder anyway.
* SUMMARY in the goal's language ("Informational conversation with Carla Smit",
  "Informatiegesprek met Carla Smit"); LOCATION the place; DESCRIPTION the purpose
  and the numbered questions. The notes stay out: a calendar is often shared.
* "All upcoming" means status idea, asked or scheduled with a start in the future;
  a conversation without a date has no place in a calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from netplanner import __version__
from netplanner.core.clock import utc_now
from netplanner.core.conversations import get_conversation
from netplanner.core.enums import UPCOMING_STATUSES, ConversationStatus
from netplanner.core.errors import ValidationError
from netplanner.core.models import Conversation
from netplanner.interchange.export_support import export_namespace, stable_uid, write_atomically
from netplanner.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_DURATION = timedelta(hours=1)
REMINDER_BEFORE = timedelta(days=1)

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "informational": "Informational conversation with {name}",
        "think_along": "Asking {name} to think along",
        "purpose": "Purpose",
        "questions": "Questions",
        "reminder": "Tomorrow: {summary}. Time to prepare and print the prep sheet.",
    },
    "nl": {
        "informational": "Informatiegesprek met {name}",
        "think_along": "{name} vragen mee te denken",
        "purpose": "Doel",
        "questions": "Vragen",
        "reminder": "Morgen: {summary}. Tijd om je voor te bereiden en de "
        "gespreksvoorbereiding te printen.",
    },
}


def _words(conversation: Conversation, fallback_language: str = "en") -> dict[str, str]:
    """The goal's language; without a goal, ``fallback_language`` (the window's)."""
    language = conversation.goal.language if conversation.goal is not None else fallback_language
    return _WORDS.get(language, _WORDS["en"])


def summary_of(conversation: Conversation, fallback_language: str = "en") -> str:
    words = _words(conversation, fallback_language)
    return words.get(conversation.kind, words["informational"]).format(
        name=conversation.contact.name
    )


def description_of(conversation: Conversation, fallback_language: str = "en") -> str:
    """The purpose, then the questions numbered from 1."""
    words = _words(conversation, fallback_language)
    parts = []
    if conversation.purpose:
        parts.append(f"{words['purpose']}: {conversation.purpose}")
    if conversation.questions:
        numbered = [f"{i}. {q.text}" for i, q in enumerate(conversation.questions, start=1)]
        parts.append("\n".join([f"{words['questions']}:", *numbered]))
    return "\n\n".join(parts)


def conversation_event(
    conversation: Conversation, uid: str, stamp: datetime, fallback_language: str = "en"
) -> icalendar.Event:
    """The VEVENT of one conversation, which must have a start."""
    if conversation.starts_at is None:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Conversation %1 with %2 has no date yet, so it cannot go into a calendar.",
                ),
                conversation.id,
                conversation.contact.name,
            )
        )
    start = conversation.starts_at.astimezone(UTC)
    duration = (
        timedelta(minutes=conversation.duration_minutes)
        if conversation.duration_minutes
        else DEFAULT_DURATION
    )
    summary = summary_of(conversation, fallback_language)
    event = icalendar.Event()
    event.add("uid", f"{uid}@netplanner")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + duration)
    event.add("summary", summary)
    if conversation.place:
        event.add("location", conversation.place)
    description = description_of(conversation, fallback_language)
    if description:
        event.add("description", description)
    event.add("status", event_status(conversation.status))
    event.add("last-modified", conversation.updated_at.astimezone(UTC))
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -REMINDER_BEFORE)
    reminder = _words(conversation, fallback_language)["reminder"]
    alarm.add("description", reminder.format(summary=summary))
    event.add_component(alarm)
    return event


#: Conversations that were agreed on (planned, held, thanked for, closed): the meeting
#: took place or will; ideas and asks are not agreed yet; a cancelled one is off.
_CONFIRMED = frozenset(
    status.value
    for status in (
        ConversationStatus.SCHEDULED,
        ConversationStatus.HELD,
        ConversationStatus.THANKED,
        ConversationStatus.CLOSED,
    )
)


def event_status(status: str) -> str:
    """The iCalendar STATUS of a conversation's event."""
    if status == ConversationStatus.CANCELLED.value:
        return "CANCELLED"
    return "CONFIRMED" if status in _CONFIRMED else "TENTATIVE"


def upcoming_conversations(session: Session, now: datetime | None = None) -> list[Conversation]:
    """Conversations still ahead (idea, asked, scheduled) with a start after ``now``."""
    statement = (
        select(Conversation)
        .where(
            Conversation.status.in_([status.value for status in UPCOMING_STATUSES]),
            Conversation.starts_at.is_not(None),
            Conversation.starts_at > (now or utc_now()),
        )
        .options(
            selectinload(Conversation.contact),
            selectinload(Conversation.goal),
            selectinload(Conversation.questions),
        )
        .order_by(Conversation.starts_at, Conversation.id)
    )
    return list(session.scalars(statement))


def build_calendar(
    session: Session,
    conversations: list[Conversation],
    stamp: datetime | None = None,
    fallback_language: str = "en",
) -> icalendar.Calendar:
    namespace = export_namespace(session)
    stamp = stamp or utc_now()
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//NetPlanner//NetPlanner {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for conversation in conversations:
        uid = stable_uid(namespace, "conversation", conversation.id)
        calendar.add_component(conversation_event(conversation, uid, stamp, fallback_language))
    return calendar


def write_conversations_ics(
    session: Session,
    path: Path,
    conversation_id: int | None = None,
    now: datetime | None = None,
    fallback_language: str = "en",
) -> int:
    """Write one conversation, or all upcoming ones, to ``path``; returns how many.

    Each event is worded in its goal's language; without a goal, ``fallback_language``.

    One conversation without a date raises ``ValidationError``; no upcoming
    conversation also raises it (an empty calendar is no use), and no file is written.
    Needs a session that may write (the UID namespace, on first export).
    """
    if conversation_id is not None:
        conversations = [get_conversation(session, conversation_id)]
    else:
        conversations = upcoming_conversations(session, now)
        if not conversations:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "There are no upcoming conversations with a date to export."
                    )
                )
            )
    calendar = build_calendar(session, conversations, fallback_language=fallback_language)
    data = calendar.to_ical().decode("utf-8")

    def produce(stream: IO[str]) -> None:
        stream.write(data)

    write_atomically(path, produce)
    return len(conversations)

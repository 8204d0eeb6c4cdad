"""Planned conversations as .ics: parsed back by icalendar, same instants, stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.core.errors import ValidationError
from netplanner.core.goals import GoalInput, create_goal
from netplanner.core.models import Contact, Conversation
from netplanner.interchange.ics_export import write_conversations_ics


def _events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_all_upcoming_gives_the_scheduled_talk_with_its_questions(
    demo_database, tmp_path: Path
) -> None:
    path = tmp_path / "upcoming.ics"
    with demo_database.transaction() as session:
        assert write_conversations_ics(session, path) == 1
        sukru = session.scalar(select(Contact).where(Contact.name == "Şükrü Yılmaz"))
        talk = session.scalar(
            select(Conversation)
            .where(Conversation.contact_id == sukru.id)
            .options(selectinload(Conversation.questions))
        )
        starts_at, questions = talk.starts_at, [q.text for q in talk.questions]
    (event,) = _events(path)
    assert str(event["summary"]) == "Informational conversation with Şükrü Yılmaz"
    assert event.decoded("dtstart") == starts_at  # the same instant, in UTC
    assert event.decoded("dtstart").tzinfo is not None
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=30)
    assert str(event["location"]) == "Video call"
    assert str(event["status"]) == "CONFIRMED"
    description = str(event["description"])
    assert description.startswith("Purpose: Hear how accessibility research")
    assert len(questions) == 6
    for number, text in enumerate(questions, start=1):
        assert f"\n{number}. {text}" in description
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(days=-1)
    assert b"DTSTART:" in path.read_bytes() and b"Z\r\n" in path.read_bytes()


def _talk(database, *, name: str, starts_at: datetime | None, **extra) -> int:
    with database.transaction() as session:
        contact = create_contact(session, ContactInput(name=name))
        conversation = create_conversation(
            session, ConversationInput(contact_id=contact.id, starts_at=starts_at, **extra)
        )
        return conversation.id


def test_long_non_ascii_text_is_folded_and_read_back_whole(database, tmp_path: Path) -> None:
    purpose = "Begrijpen hoe ziekenhuizen apps kiezen — één gesprek, 😀 " * 6
    start = datetime(2031, 3, 4, 8, 30, tzinfo=UTC)
    with database.transaction() as session:
        goal = create_goal(session, GoalInput(target_role="UX-onderzoeker", language="nl"))
        contact = create_contact(session, ContactInput(name="Łukasz Wójcik-Ψηλορείτης"))
        conversation = create_conversation(
            session,
            ConversationInput(
                contact_id=contact.id,
                goal_id=goal.id,
                starts_at=start,
                place="Café ’t Hoekje, Utrecht",
                purpose=purpose,
            ),
            [QuestionChoice("Wat maakt jouw werk de moeite waard, één ding?")],
        )
    path = tmp_path / "one.ics"
    with database.transaction() as session:
        assert write_conversations_ics(session, path, conversation.id) == 1
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    raw.decode("utf-8")  # folding never cut a character in two
    (event,) = _events(path)
    assert str(event["summary"]) == "Informatiegesprek met Łukasz Wójcik-Ψηλορείτης"
    assert str(event["description"]) == (
        f"Doel: {purpose.strip()}\n\nVragen:\n1. Wat maakt jouw werk de moeite waard, één ding?"
    )
    assert str(event["location"]) == "Café ’t Hoekje, Utrecht"
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") == start + timedelta(hours=1)  # no duration: one hour


def test_uids_are_stable_and_distinct(database, tmp_path: Path) -> None:
    future = datetime.now(UTC) + timedelta(days=5)
    _talk(database, name="Carla Smit", starts_at=future)
    _talk(database, name="Daan Bakker", starts_at=future + timedelta(hours=2), status="asked")
    uids = []
    for name in ("a.ics", "b.ics"):
        with database.transaction() as session:
            assert write_conversations_ics(session, tmp_path / name) == 2
        uids.append([str(event["uid"]) for event in _events(tmp_path / name)])
    assert uids[0] == uids[1] and len(set(uids[0])) == 2
    assert all(uid.endswith("@netplanner") for uid in uids[0])
    statuses = [str(event["status"]) for event in _events(tmp_path / "a.ics")]
    assert statuses == ["TENTATIVE", "TENTATIVE"]  # idea and asked are not confirmed yet


def test_past_held_and_undated_conversations_stay_out(database, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    _talk(database, name="Past", starts_at=now - timedelta(days=1), status="scheduled")
    _talk(database, name="Held", starts_at=now + timedelta(days=1), status="held")
    _talk(database, name="Cancelled", starts_at=now + timedelta(days=1), status="cancelled")
    undated = _talk(database, name="Undated", starts_at=None, status="asked")
    path = tmp_path / "none.ics"
    with pytest.raises(ValidationError, match="no upcoming"), database.transaction() as session:
        write_conversations_ics(session, path)
    with pytest.raises(ValidationError, match="no date"), database.transaction() as session:
        write_conversations_ics(session, path, undated)
    assert not path.exists()
    _talk(database, name="Ahead", starts_at=now + timedelta(days=2), status="scheduled")
    with database.transaction() as session:
        assert write_conversations_ics(session, path) == 1
    assert "Ahead" in str(_events(path)[0]["summary"])


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("idea", "TENTATIVE"),
        ("asked", "TENTATIVE"),
        ("scheduled", "CONFIRMED"),
        ("held", "CONFIRMED"),
        ("thanked", "CONFIRMED"),
        ("closed", "CONFIRMED"),
        ("cancelled", "CANCELLED"),
    ],
)
def test_held_and_thanked_conversations_are_confirmed_events(status: str, expected: str) -> None:
    from netplanner.interchange.ics_export import event_status

    assert event_status(status) == expected

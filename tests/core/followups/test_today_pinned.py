"""The Today overview of a varied file, pinned: every section, item, time and text as the
overview gave them before its reads were rewritten as SQL aggregates (issue f-today-start).

The file is made from a fixed seed: namesakes (five "Jan de Vries"), names in other
scripts, conversations in every status (held, planned, thanked, cancelled…) with and
without their moments, introductions, names got in conversations, follow-ups open and
done, suggestions already acted on, "not now". The overview is taken at moments in several
time zones (near midnight, across a change of daylight saving time) and with the
stay-in-touch routine at 1, 8 and 52 weeks. ``today_pinned.json`` holds what the overview
gave on the old code; ``NETPLANNER_WRITE_PINS=1`` writes it again (only for a change of
behaviour that is meant).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.followups.open_rows import read_open_follow_ups
from netplanner.core.followups.routine_settings import (
    read_routine_settings,
    save_routine_settings,
)
from netplanner.core.followups.stored import (
    FollowUpKind,
    SuggestionSettings,
    create_follow_up,
    mark_done,
)
from netplanner.core.followups.today import (
    TodayItem,
    TodayOverview,
    read_planned_conversations,
    read_today_overview,
    today_overview,
)
from netplanner.core.queries.plain import PlainQueries
from netplanner.core.queries.run import SessionQueries
from netplanner.core.suggestions.approach_names import read_names_to_approach
from netplanner.core.suggestions.not_now import set_not_now
from netplanner.storage.database import Database

PINS = Path(__file__).with_name("today_pinned.json")
BASE = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
NAMES = [
    "Jan de Vries",
    "Jan de Vries",
    "Jan de Vries",
    "jan de vries",
    "Jan de Vries",
    "محمد علي",
    "דוד לוי",
    "अनिल शर्मा",
    "สมชาย ใจดี",
    "王芳",
    "Zoë 🌷",
    "Zoe\u0308 Maas",
    "Ånna Øberg-Łukasz",
]
STATUSES = ["idea", "asked", "scheduled", "held", "thanked", "closed", "cancelled"]


def _moment(rng: random.Random, days_back: int, days_ahead: int = 0) -> datetime:
    seconds = rng.randint(-days_back * 86400, days_ahead * 86400)
    return BASE + timedelta(seconds=seconds)


def _maybe(rng: random.Random, chance: float, moment: datetime) -> datetime | None:
    return moment if rng.random() < chance else None


def make_varied_file(database: Database) -> None:
    """The file described above; every moment set from the seed (none from the clock)."""
    rng = random.Random(24)
    with database.transaction() as session:
        contacts: list[int] = []
        conversations: list[int] = []
        for index in range(90):
            name = NAMES[index % len(NAMES)] if index < 2 * len(NAMES) else f"Persoon {index}"
            by = rng.choice(contacts) if contacts and rng.random() < 0.3 else None
            named_in = rng.choice(conversations) if conversations and rng.random() < 0.25 else None
            data = ContactInput(name=name, introduced_by_id=by, introduced_in_id=named_in)
            contact_id = create_contact(session, data).id
            contacts.append(contact_id)
            session.execute(
                text("UPDATE contact SET created_at = :at WHERE id = :id"),
                {"at": _moment(rng, 400).astimezone(UTC).replace(tzinfo=None), "id": contact_id},
            )
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                status = rng.choice(STATUSES)
                starts = _maybe(rng, 0.7, _moment(rng, 120, 12))
                conversation = create_conversation(
                    session,
                    ConversationInput(
                        contact_id, status=status, starts_at=starts, place=f"Café {index}"
                    ),
                )
                conversation.asked_at = _maybe(rng, 0.7, _moment(rng, 30))
                conversation.held_at = _maybe(rng, 0.5, _moment(rng, 150, 2))
                conversation.thanked_at = _maybe(rng, 0.3, _moment(rng, 100))
                conversation.created_at = _moment(rng, 200)
                session.flush()
                conversations.append(conversation.id)
        # Something today, whatever the draw: a conversation and a follow-up.
        today = create_conversation(
            session,
            ConversationInput(contacts[5], status="scheduled", starts_at=BASE + timedelta(hours=3)),
        )
        conversations.append(today.id)
        create_follow_up(session, "Bel Jan", BASE + timedelta(hours=5), contacts[0])
        # Helped long ago, then a follow-up with them done 20 days ago: in touch since.
        femke = create_contact(session, ContactInput(name="Femke Bakker")).id
        long_ago = create_conversation(
            session, ConversationInput(femke, status="held", starts_at=BASE - timedelta(days=300))
        )
        long_ago.held_at = BASE - timedelta(days=299)
        done = create_follow_up(session, "Stuur Femke het artikel", BASE, femke)
        mark_done(session, done.id, BASE - timedelta(days=20))
        # Helped only by introducing someone, 100 days ago.
        sanne = create_contact(session, ContactInput(name="Sanne Visser")).id
        introduced = create_contact(session, ContactInput(name="Noor", introduced_by_id=sanne))
        for contact_id in (sanne, introduced.id):
            session.execute(
                text("UPDATE contact SET created_at = :at WHERE id = :id"),
                {"at": (BASE - timedelta(days=100)).replace(tzinfo=None), "id": contact_id},
            )
        for number in range(40):
            contact_id = rng.choice([*contacts, None])
            follow_up = create_follow_up(
                session, f"Taak {number}", _moment(rng, 20, 12), contact_id
            )
            if rng.random() < 0.4:
                mark_done(session, follow_up.id, _moment(rng, 200))
        for conversation_id in rng.sample(conversations, 12):
            kind = rng.choice([FollowUpKind.THANK_YOU, FollowUpKind.NUDGE, FollowUpKind.FOLLOW_UP])
            key = f"{ {'thank_you': 'thank', 'nudge': 'nudge'}.get(kind.value, 'followup') }:"
            follow_up = create_follow_up(
                session,
                f"Routine {conversation_id}",
                _moment(rng, 10, 5),
                conversation_id=conversation_id,
                kind=kind.value,
                suggestion_key=f"{key}{conversation_id}",
            )
            if rng.random() < 0.5:
                mark_done(session, follow_up.id, _moment(rng, 60), record_thanks=False)
        for contact_id in rng.sample(contacts, 4):
            set_not_now(session, contact_id, None, now=BASE - timedelta(days=rng.randint(0, 60)))
        save_routine_settings(session, SuggestionSettings(stay_in_touch_weeks=6))


#: (label, now, settings or None for the file's own)
MOMENTS: list[tuple[str, datetime, SuggestionSettings | None]] = [
    ("utc, the file's settings", BASE, None),
    ("amsterdam, 1 week", datetime(2026, 11, 20, 23, 30, tzinfo=ZoneInfo("Europe/Amsterdam")),
     SuggestionSettings(stay_in_touch_weeks=1)),
    ("tokyo just after midnight, 8 weeks",
     datetime(2026, 11, 21, 0, 10, tzinfo=timezone(timedelta(hours=9))),
     SuggestionSettings(stay_in_touch_weeks=8)),
    ("los angeles, 52 weeks", datetime(2026, 11, 19, 16, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
     SuggestionSettings(stay_in_touch_weeks=52)),
    ("amsterdam across daylight saving, 4 weeks",
     datetime(2026, 10, 25, 1, 30, tzinfo=ZoneInfo("Europe/Amsterdam")),
     SuggestionSettings(stay_in_touch_weeks=4)),
    ("only stay in touch, 2 weeks", BASE,
     SuggestionSettings(thank_you=False, three_b_seven=False, stay_in_touch_weeks=2)),
    ("no routines", BASE,
     SuggestionSettings(thank_you=False, three_b_seven=False, stay_in_touch=False)),
]  # fmt: skip


def _item(item: TodayItem) -> list[Any]:
    when = item.when.isoformat() if item.when else None
    return [
        item.key, item.source, item.kind, item.what, when, item.contact_id, item.contact_name,
        item.conversation_id, item.follow_up_id, item.place, item.status, item.via_name,
        item.version,
    ]  # fmt: skip


def render(overview: TodayOverview) -> dict[str, list[list[Any]]]:
    sections = ("overdue", "due_today", "due_this_week", "conversations_today")
    sections += ("conversations_this_week", "thank_yous", "to_approach")
    return {name: [_item(i) for i in getattr(overview, name)] for name in sections}


def overviews(database: Database) -> dict[str, dict[str, list[list[Any]]]]:
    with database.session() as session:
        return {
            label: render(today_overview(session, now, settings))
            for label, now, settings in MOMENTS
        }


def test_the_overview_of_a_varied_file_is_as_pinned(any_database: Database) -> None:
    """On a data file and on a practice server (PostgreSQL) alike."""
    make_varied_file(any_database)
    found = overviews(any_database)
    if os.environ.get("NETPLANNER_WRITE_PINS") and any_database.is_file:
        PINS.write_text(json.dumps(found, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    pinned = json.loads(PINS.read_text(encoding="utf-8"))
    for label, _, _ in MOMENTS:
        assert found[label] == pinned[label], label


def test_the_pinned_file_has_something_in_every_section() -> None:
    """The pins cover every kind of item, namesakes and other scripts (else they would
    pin little)."""
    pinned = json.loads(PINS.read_text(encoding="utf-8"))
    first = pinned["utc, the file's settings"]
    assert all(first[section] for section in first), {k: len(v) for k, v in first.items()}
    kinds = {row[2] for overview in pinned.values() for rows in overview.values() for row in rows}
    assert {"manual", "thank_you", "nudge", "follow_up", "stay_in_touch"} <= kinds
    touched = [row[6] for rows in first.values() for row in rows if row[2] == "stay_in_touch"]
    assert touched.count("Jan de Vries") >= 2
    assert "محمد علي" in {row[6] for o in pinned.values() for rows in o.values() for row in rows}
    assert pinned["no routines"]["thank_yous"] == []
    one, year = pinned["amsterdam, 1 week"], pinned["los angeles, 52 weeks"]
    count = lambda o: sum(r[2] == "stay_in_touch" for rows in o.values() for r in rows)  # noqa: E731
    assert count(one) > count(year)
    whom = lambda o: {r[6] for rows in o.values() for r in rows if r[2] == "stay_in_touch"}  # noqa: E731
    assert {"Femke Bakker", "Sanne Visser"} <= whom(one)
    assert "Femke Bakker" not in whom(pinned["tokyo just after midnight, 8 weeks"])


def test_a_bare_sqlite3_connection_reads_the_same_overview(database: Database) -> None:
    """The window shows Today before SQLAlchemy is loaded: the statements compiled ahead,
    run on the file's sqlite3 connection, give what a session gives, at every moment."""
    make_varied_file(database)
    connection = sqlite3.connect(database.path)
    plain = PlainQueries(connection)
    try:
        for label, now, settings in MOMENTS:
            ours = read_today_overview(plain, now, settings)
            with database.session() as session:
                theirs = today_overview(session, now, settings)
            assert ours == theirs, label
            assert render(ours) == render(theirs), label  # the same time zones too
        with database.session() as session:
            queries = SessionQueries(session)
            start, end = BASE - timedelta(days=400), BASE + timedelta(days=30)
            for read in (
                read_routine_settings,
                lambda q: read_open_follow_ups(q, include_moot=True),
                lambda q: read_planned_conversations(q, start, end),
                lambda q: read_names_to_approach(q, BASE),
            ):
                assert read(plain) == read(queries)
                assert read(plain)  # something to compare
    finally:
        connection.close()

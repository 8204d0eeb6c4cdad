"""The progress figures on fixed data: a dozen conversations with known dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from netplanner.core.models import Contact, Conversation
from netplanner.core.progress import (
    conversations_held_per_week,
    funnel,
    held_moment,
    names_per_conversation,
    network_size_over_time,
    progress_report,
    week_start,
    week_starts,
)

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # a Wednesday; its week starts 16 March
WEEKS = [date(2026, 2, 23), date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]


def at(day: str, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=UTC)


# number: (status, starts_at, asked_at, held_at, thanked_at)
CONVERSATIONS = {
    1: ("thanked", at("2026-02-24"), at("2026-02-20"), at("2026-02-26"), at("2026-02-27")),
    # Sunday evening in UTC, Monday after midnight in Amsterdam: the week depends on tz.
    2: ("held", at("2026-03-01", 23, 30), at("2026-02-25"), at("2026-03-02"), None),
    3: ("held", None, at("2026-03-05"), at("2026-03-10"), None),  # no date: held_at counts
    4: ("held", at("2026-03-20"), at("2026-03-06"), at("2026-03-12"), None),  # start > held_at
    5: ("scheduled", at("2026-03-19"), at("2026-03-10"), None, None),
    6: ("asked", None, at("2026-03-11"), None, None),
    7: ("idea", None, None, None, None),
    8: ("cancelled", None, at("2026-03-03"), None, None),
    9: ("closed", at("2026-03-16"), at("2026-03-09"), at("2026-03-17"), None),
    10: ("held", at("2025-12-01"), at("2025-11-20"), at("2025-12-02"), None),  # long ago
    11: ("thanked", at("2026-03-17"), at("2026-03-12"), at("2026-03-17", 15), None),
    12: ("held", None, None, None, None),  # old data without moments: reached held, no week
}


@pytest.fixture
def data(database) -> dict[int, int]:
    """The conversations above and 10 contacts; returns conversation number -> id."""
    with database.transaction() as session:
        person = Contact(name="Anna", created_at=at("2026-01-05"))
        session.add(person)
        session.flush()
        ids = {}
        for number, (status, starts, asked, held, thanked) in CONVERSATIONS.items():
            conversation = Conversation(
                contact_id=person.id,
                status=status,
                starts_at=starts,
                asked_at=asked,
                held_at=held,
                thanked_at=thanked,
                created_at=asked or at("2026-03-11"),
            )
            session.add(conversation)
            session.flush()
            ids[number] = conversation.id
        # name, created, introduced in (conversation number)
        people = [
            ("Bert", "2026-01-06", None),
            ("Carla", "2026-02-10", None),  # before the 4-week window: 3 contacts then
            ("Daan", "2026-02-24", 1),
            ("Eva", "2026-02-28", 1),
            ("Femke", "2026-03-11", 3),
            ("Gijs", "2026-03-16", 5),  # from a conversation not held yet: not counted
            ("Hanna", "2026-03-18", None),
            ("Irene", "2026-03-25", None),  # after the last week: not in the series
            ("Joost", "2025-06-01", 10),
        ]
        for name, created, conversation in people:
            session.add(
                Contact(
                    name=name,
                    created_at=at(created),
                    introduced_in_id=ids[conversation] if conversation else None,
                )
            )
    return ids


def test_weeks_are_iso_weeks_ending_with_this_week() -> None:
    assert week_start(date(2026, 3, 22)) == date(2026, 3, 16)  # Sunday -> its Monday
    assert week_start(date(2026, 3, 16)) == date(2026, 3, 16)
    assert week_starts(4, NOW, UTC) == WEEKS
    assert len(week_starts(52, NOW, UTC)) == 52
    with pytest.raises(ValueError):
        week_starts(0, NOW, UTC)


def test_held_moment_prefers_the_planned_start() -> None:
    assert held_moment("held", at("2026-03-01"), at("2026-03-04")) == at("2026-03-01")
    assert held_moment("held", at("2026-03-09"), at("2026-03-04")) == at("2026-03-04")
    assert held_moment("thanked", at("2026-03-01"), None) == at("2026-03-01")
    assert held_moment("scheduled", at("2026-03-01"), None) is None
    assert held_moment("held", None, None) is None


def test_conversations_held_per_week(database, data) -> None:
    with database.session() as session:
        in_utc = conversations_held_per_week(session, weeks=4, now=NOW, tz=UTC)
        in_amsterdam = conversations_held_per_week(
            session, weeks=4, now=NOW, tz=ZoneInfo("Europe/Amsterdam")
        )
    assert in_utc == list(zip(WEEKS, [2, 0, 2, 2], strict=True))
    assert in_amsterdam == list(zip(WEEKS, [1, 1, 2, 2], strict=True))


def test_weeks_without_anything_are_zero_filled(database, data) -> None:
    with database.session() as session:
        series = conversations_held_per_week(session, weeks=12, now=NOW, tz=UTC)
    assert len(series) == 12
    assert series[0] == (date(2025, 12, 29), 0)
    assert [value for _, value in series] == [0] * 8 + [2, 0, 2, 2]


def test_names_per_conversation(database, data) -> None:
    with database.session() as session:
        series = names_per_conversation(session, weeks=4, now=NOW, tz=UTC)
    # 2 names from 2 conversations; no conversation; 1 name from 2; none from 2.
    assert series == list(zip(WEEKS, [1.0, None, 0.5, 0.0], strict=True))


def test_network_size_over_time(database, data) -> None:
    with database.session() as session:
        series = network_size_over_time(session, weeks=4, now=NOW, tz=UTC)
    # Before the window: Anna, Bert, Carla and Joost.
    assert series == list(zip(WEEKS, [6, 6, 7, 9], strict=True))


def test_funnel_counts_a_conversation_in_every_stage_it_reached(database, data) -> None:
    with database.session() as session:
        stages = funnel(session)
        recent = funnel(session, since=at("2026-03-09", 0))
    assert stages == [("asked", 11), ("scheduled", 9), ("held", 8), ("thanked", 2)]
    # Entered from 9 March on: 5 (asked 10/3), 6, 7 (an idea: no stage), 9, 11, 12 (created
    # 11/3, never asked on record, yet held).
    assert recent == [("asked", 5), ("scheduled", 4), ("held", 3), ("thanked", 1)]


def test_the_report_holds_every_series_and_the_totals(database, data) -> None:
    with database.session() as session:
        report = progress_report(session, weeks=4, now=NOW, tz=UTC)
    assert [value for _, value in report.held_per_week] == [2, 0, 2, 2]
    assert [value for _, value in report.names_per_conversation] == [1.0, None, 0.5, 0.0]
    assert [value for _, value in report.network_size] == [6, 6, 7, 9]
    assert report.conversations_held == 6
    assert report.names_gained == 3
    assert report.contacts_added == 5  # Daan, Eva, Femke, Gijs, Hanna
    assert (report.total_contacts, report.total_conversations) == (10, 12)
    assert report.funnel[0].stage == "asked" and not report.is_empty


def test_an_empty_data_file_gives_zero_filled_series(database) -> None:
    with database.session() as session:
        report = progress_report(session, weeks=12, now=NOW, tz=UTC)
    assert report.is_empty
    assert [value for _, value in report.held_per_week] == [0] * 12
    assert [value for _, value in report.names_per_conversation] == [None] * 12
    assert [value for _, value in report.network_size] == [0] * 12
    assert report.funnel == [("asked", 0), ("scheduled", 0), ("held", 0), ("thanked", 0)]


def test_the_example_network_shows_progress(demo_database) -> None:
    with demo_database.session() as session:
        report = progress_report(session, weeks=12)
    assert report.conversations_held == 2  # with Anna (12 days ago) and Carla (2 days ago)
    assert report.names_gained == 2  # Anna gave Carla's and Łukasz's names
    assert report.network_size[-1].value == report.total_contacts == 12
    held = dict(report.funnel)["held"]
    assert held == 2 and dict(report.funnel)["asked"] == 4
    assert sum(v for _, v in report.held_per_week) == 2
    assert report.held_per_week[-1].week_start <= (datetime.now(UTC) + timedelta(days=1)).date()

"""Follow-ups the user writes down, and the routines that suggest them (at a fixed now)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import (
    ConversationInput,
    create_conversation,
    get_conversation,
    update_conversation,
)
from netplanner.core.demo.example import load_demo
from netplanner.core.errors import NotFoundError, ValidationError
from netplanner.core.followups.stored import (
    FollowUpKind,
    SuggestionSettings,
    accept_suggestion,
    create_follow_up,
    delete_follow_up,
    get_follow_up,
    mark_done,
    open_follow_ups,
    reopen,
    snooze,
    snooze_until,
    suggest_follow_ups,
)
from netplanner.core.followups.today import conversations_to_print, today_overview
from netplanner.core.models import Contact, Conversation

FRIDAY = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _contact(session, name: str, introduced_by: int | None = None) -> int:
    return create_contact(session, ContactInput(name=name, introduced_by_id=introduced_by)).id


def _conversation(
    session,
    contact_id: int,
    status: str,
    *,
    starts_at: datetime | None = None,
    asked_at: datetime | None = None,
    held_at: datetime | None = None,
    thanked_at: datetime | None = None,
) -> int:
    """A conversation with its moments as given (the service stamps the real time)."""
    conversation = create_conversation(
        session, ConversationInput(contact_id, status=status, starts_at=starts_at)
    )
    conversation.asked_at = asked_at
    conversation.held_at = held_at
    conversation.thanked_at = thanked_at
    session.flush()
    return conversation.id


def _keys(session, now: datetime, **settings) -> list[str]:
    return [s.key for s in suggest_follow_ups(session, now, SuggestionSettings(**settings))]


# -- follow-ups the user writes down ---------------------------------------------------------------
def test_create_done_reopen_snooze_delete(database) -> None:
    with database.transaction() as session:
        carla = _contact(session, "Carla Smit")
        talk = _conversation(session, carla, "scheduled", starts_at=FRIDAY)
        first = create_follow_up(session, "  Send my CV  ", FRIDAY + timedelta(days=2), carla)
        second = create_follow_up(session, "Read the report", FRIDAY, conversation_id=talk)
        third = create_follow_up(session, "Update LinkedIn", FRIDAY + timedelta(days=1))
    with database.session() as session:
        rows = open_follow_ups(session)
    assert [r.what for r in rows] == ["Read the report", "Update LinkedIn", "Send my CV"]
    assert rows[0].contact_id == carla and rows[0].contact_name == "Carla Smit"  # from the talk
    assert rows[1].contact_id is None and rows[1].contact_name == ""
    assert rows[2].kind == FollowUpKind.MANUAL

    with database.transaction() as session:
        mark_done(session, second.id, FRIDAY)
        snooze(session, third.id, FRIDAY + timedelta(days=9))
    with database.session() as session:
        rows = open_follow_ups(session)
        assert get_follow_up(session, second.id).done_at == FRIDAY
    assert [r.what for r in rows] == ["Send my CV", "Update LinkedIn"]
    assert rows[1].due_at == FRIDAY + timedelta(days=9)

    with database.transaction() as session:
        reopen(session, second.id)
        delete_follow_up(session, first.id)
    with database.session() as session:
        assert [r.what for r in open_follow_ups(session)] == ["Read the report", "Update LinkedIn"]


def test_create_refuses_empty_text_naive_dates_and_unknown_people(database) -> None:
    with database.transaction() as session:
        with pytest.raises(ValidationError):
            create_follow_up(session, "   ", FRIDAY)
        with pytest.raises(ValidationError):
            create_follow_up(session, "Call", FRIDAY.replace(tzinfo=None))
        with pytest.raises(NotFoundError):
            create_follow_up(session, "Call", FRIDAY, contact_id=999)
        with pytest.raises(NotFoundError):
            create_follow_up(session, "Call", FRIDAY, conversation_id=999)


def test_snooze_until_is_nine_in_the_morning_n_days_later() -> None:
    assert snooze_until(FRIDAY, 3) == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


# -- thank-you -------------------------------------------------------------------------------------
def test_thank_you_is_suggested_once_held_and_gone_once_thanked(database) -> None:
    held_at = FRIDAY - timedelta(hours=2)
    with database.transaction() as session:
        carla = _contact(session, "Carla Smit")
        talk = _conversation(session, carla, "scheduled", starts_at=held_at)
        assert _keys(session, FRIDAY) == []
        _set_status(session, talk, "held")
        get_conversation(session, talk).held_at = held_at
        (suggestion,) = suggest_follow_ups(session, FRIDAY, SuggestionSettings())
    assert suggestion.key == f"thank:{talk}"
    assert suggestion.kind == FollowUpKind.THANK_YOU
    assert suggestion.what == "Send Carla Smit a thank-you"
    assert suggestion.due_at == held_at + timedelta(days=1)
    assert (suggestion.contact_id, suggestion.conversation_id) == (carla, talk)
    with database.transaction() as session:
        assert _keys(session, FRIDAY, thank_you=False) == []
        _set_status(session, talk, "thanked")
        assert _keys(session, FRIDAY) == []


def test_done_on_a_thank_you_marks_the_conversation_thanked_dismiss_does_not(database) -> None:
    with database.transaction() as session:
        talks = [
            _conversation(session, _contact(session, name), "held", starts_at=FRIDAY)
            for name in ("Carla", "Daan")
        ]
        suggestions = suggest_follow_ups(session, FRIDAY, SuggestionSettings())
        by_talk = {s.conversation_id: s for s in suggestions}
        accept_suggestion(session, by_talk[talks[0]], done=True, now=FRIDAY)
        accept_suggestion(session, by_talk[talks[1]], done=True, record_thanks=False)
    with database.session() as session:
        thanked = session.get(Conversation, talks[0])
        dismissed = session.get(Conversation, talks[1])
        assert (thanked.status, thanked.thanked_at) == ("thanked", FRIDAY)
        assert (dismissed.status, dismissed.thanked_at) == ("held", None)
        assert _keys(session, FRIDAY) == []
        assert open_follow_ups(session) == []


# -- 3B7 -------------------------------------------------------------------------------------------
def test_three_b_seven_counts_working_days_from_the_ask(database) -> None:
    with database.transaction() as session:
        gijs = _contact(session, "Gijs de Boer")
        ask = _conversation(session, gijs, "asked", asked_at=FRIDAY)
    tuesday = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)
    wednesday_morning = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    monday_after = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    tuesday_after = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    with database.session() as session:
        assert _keys(session, tuesday) == []  # two working days: wait
        suggestions = suggest_follow_ups(session, wednesday_morning, SuggestionSettings())
        assert [s.key for s in suggestions] == [f"nudge:{ask}"]
        assert suggestions[0].due_at == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
        assert "ask a second person" in suggestions[0].what and "Gijs" in suggestions[0].what
        assert _keys(session, monday_after) == [f"nudge:{ask}"]
        assert _keys(session, tuesday_after) == [f"nudge:{ask}", f"followup:{ask}"]
        assert _keys(session, tuesday_after, three_b_seven=False) == []
        # A holiday on Monday the 23rd moves the nudge to Thursday.
        holiday = SuggestionSettings(holidays=(datetime(2026, 11, 23).date(),))
        assert suggest_follow_ups(session, wednesday_morning, holiday) == []
    with database.transaction() as session:
        _set_status(session, ask, "scheduled")  # a reply came
        assert _keys(session, tuesday_after) == []


def test_snoozed_or_accepted_suggestions_are_not_repeated_and_snooze_moves_due(database) -> None:
    with database.transaction() as session:
        ask = _conversation(session, _contact(session, "Gijs"), "asked", asked_at=FRIDAY)
    later = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    with database.transaction() as session:
        nudge, follow_up = suggest_follow_ups(session, later, SuggestionSettings())
        stored = accept_suggestion(session, nudge, snooze_until=later + timedelta(days=3))
        accept_suggestion(session, follow_up, done=True)
    with database.session() as session:
        assert _keys(session, later + timedelta(days=30)) == []
        (row,) = open_follow_ups(session)
    assert row.id == stored.id and row.suggestion_key == f"nudge:{ask}"
    assert row.kind == FollowUpKind.NUDGE and row.due_at == later + timedelta(days=3)
    with database.transaction() as session:
        _set_status(session, ask, "scheduled")  # a reply: the stored nudge is moot
        assert open_follow_ups(session) == []
        assert len(open_follow_ups(session, include_moot=True)) == 1


# -- stay in touch ---------------------------------------------------------------------------------
def test_stay_in_touch_with_people_who_helped(database) -> None:
    now = FRIDAY
    with database.transaction() as session:
        anna = _contact(session, "Anna")
        nine_weeks_ago = now - timedelta(weeks=9)
        _conversation(
            session,
            anna,
            "thanked",
            starts_at=nine_weeks_ago - timedelta(days=1),
            held_at=nine_weeks_ago - timedelta(days=1),
            thanked_at=nine_weeks_ago,
        )
        bert = _contact(session, "Bert")  # introduced Daan ten weeks ago, nothing since
        daan = _contact(session, "Daan", introduced_by=bert)
        session.get(Contact, daan).created_at = now - timedelta(weeks=10)
        recent = _contact(session, "Recent")
        _conversation(session, recent, "held", starts_at=now - timedelta(weeks=2))
        busy = _contact(session, "Busy")  # helped long ago, but a new talk is planned
        _conversation(session, busy, "closed", starts_at=now - timedelta(weeks=20))
        _conversation(session, busy, "scheduled", starts_at=now + timedelta(days=2))
        _contact(session, "Stranger")  # never helped: no suggestion
        suggestions = [
            s
            for s in suggest_follow_ups(session, now, SuggestionSettings(thank_you=False))
            if s.kind == FollowUpKind.STAY_IN_TOUCH
        ]
    assert [s.contact_name for s in suggestions] == ["Bert", "Anna"]
    assert suggestions[1].due_at == now + timedelta(weeks=-9 + 8)
    assert suggestions[1].key == f"touch:{anna}:{suggestions[1].due_at:%Y-%m-%d}"
    with database.transaction() as session:
        assert _keys(session, now, thank_you=False, stay_in_touch=False) == []
        names = {s.contact_name for s in suggest_follow_ups(session, now, _weeks(1))}
        assert names == {"Anna", "Bert", "Recent"}
        accept_suggestion(session, suggestions[1], done=True, now=now)
        # Done counts as being in touch: Anna comes back eight weeks later.
        assert [s.contact_name for s in _touch(session, now)] == ["Bert"]
        again = _touch(session, now + timedelta(weeks=8))
        assert [s.contact_name for s in again] == ["Bert", "Recent", "Anna"]


def _weeks(weeks: int) -> SuggestionSettings:
    return SuggestionSettings(thank_you=False, stay_in_touch_weeks=weeks)


def _touch(session, now: datetime):
    return [s for s in suggest_follow_ups(session, now, _weeks(8)) if s.kind == "stay_in_touch"]


def _set_status(session, conversation_id: int, status: str) -> None:
    conversation = get_conversation(session, conversation_id)
    update_conversation(
        session,
        conversation_id,
        ConversationInput(conversation.contact_id, status=status, starts_at=conversation.starts_at),
    )


# -- the Today overview ----------------------------------------------------------------------------
THURSDAY = datetime(2026, 11, 26, 11, 0, tzinfo=UTC)


def test_today_overview_puts_each_item_in_one_section_in_time_order(database) -> None:
    now = THURSDAY
    with database.transaction() as session:
        carla = _contact(session, "Carla")
        _conversation(session, carla, "held", starts_at=now - timedelta(days=1))  # thank-you
        eva = _contact(session, "Eva")
        create_follow_up(session, "Late", now - timedelta(days=3), eva)
        create_follow_up(session, "Later today", now + timedelta(hours=5))
        create_follow_up(session, "Earlier today", now.replace(hour=1))
        create_follow_up(session, "Saturday", now + timedelta(days=2))
        create_follow_up(session, "In a week", now + timedelta(days=7))
        create_follow_up(session, "Next month", now + timedelta(days=30))
        done = create_follow_up(session, "Done already", now - timedelta(days=1))
        mark_done(session, done.id, now)
        _conversation(session, eva, "scheduled", starts_at=now + timedelta(hours=3))
        _conversation(session, eva, "idea", starts_at=now + timedelta(days=3))
        _conversation(session, eva, "cancelled", starts_at=now + timedelta(days=4))
        _conversation(session, eva, "scheduled", starts_at=now + timedelta(days=9))
        gijs = _contact(session, "Gijs")
        _conversation(session, gijs, "asked", asked_at=now - timedelta(days=7))
        overview = today_overview(session, now, SuggestionSettings())

    def whats(items) -> list[str]:
        return [item.what for item in items]

    assert whats(overview.overdue) == [
        "Late",
        "No reply from Gijs yet: ask a second person to think along",
    ]
    assert whats(overview.due_today) == ["Earlier today", "Later today"]
    assert whats(overview.conversations_today) == ["Conversation with Eva"]
    assert whats(overview.today) == ["Earlier today", "Conversation with Eva", "Later today"]
    assert whats(overview.due_this_week) == ["Saturday", "In a week"]
    assert [i.when for i in overview.conversations_this_week] == [now + timedelta(days=3)]
    assert whats(overview.this_week) == ["Saturday", "Conversation with Eva", "In a week"]
    assert whats(overview.thank_yous) == ["Send Carla a thank-you"]
    late = overview.overdue[0]
    assert (late.source, late.contact_name, late.follow_up_id) == ("follow_up", "Eva", 1)
    nudge = overview.overdue[1]
    assert nudge.source == "suggestion" and nudge.suggestion is not None
    assert not overview.is_empty


def test_today_overview_of_an_empty_file_is_empty(database) -> None:
    with database.session() as session:
        assert today_overview(session, THURSDAY).is_empty


def test_the_example_network_has_something_in_every_section(database) -> None:
    with database.transaction() as session:
        load_demo(session, THURSDAY)
    with database.session() as session:
        overview = today_overview(session, THURSDAY)
    kinds = {item.kind for item in overview.overdue}
    assert {"stay_in_touch", "nudge", "manual"} <= kinds
    assert [i.contact_name for i in overview.today] == ["Eva Mulder"]
    assert [i.contact_name for i in overview.this_week] == ["Şükrü Yılmaz"] * 2
    assert [i.contact_name for i in overview.thank_yous] == ["Carla Smit"]
    with database.session() as session:
        moments = session.scalars(select(Conversation)).all()
    for conversation in moments:  # realistic: nothing stamped after "now"
        for moment in (conversation.asked_at, conversation.held_at, conversation.thanked_at):
            assert moment is None or moment <= THURSDAY


def test_conversations_to_print_are_those_of_the_period_in_time_order(database) -> None:
    with database.transaction() as session:
        eva = _contact(session, "Eva")
        late = _conversation(session, eva, "scheduled", starts_at=THURSDAY + timedelta(days=2))
        early = _conversation(session, eva, "held", starts_at=THURSDAY)
        _conversation(session, eva, "cancelled", starts_at=THURSDAY + timedelta(days=1))
        _conversation(session, eva, "scheduled", starts_at=THURSDAY + timedelta(days=8))
        ids = conversations_to_print(
            session, THURSDAY.date(), (THURSDAY + timedelta(days=7)).date(), UTC
        )
    assert ids == [early, late]


def test_thank_you_is_due_a_day_after_the_conversation_not_after_marking_it_held(
    database,
) -> None:
    """Marked held on Friday for a talk on Tuesday: the thanks was due on Wednesday."""
    tuesday = FRIDAY - timedelta(days=3)
    with database.transaction() as session:
        carla = _contact(session, "Carla Smit")
        _conversation(session, carla, "held", starts_at=tuesday, held_at=FRIDAY)
        early = _contact(session, "Bert Jansen")
        # Planned for next week, but it took place today (marked held at once).
        _conversation(session, early, "held", starts_at=FRIDAY + timedelta(days=4), held_at=FRIDAY)
        unplanned = _contact(session, "Anna de Vries")
        _conversation(session, unplanned, "held", held_at=FRIDAY - timedelta(hours=1))
        due = {s.contact_name: s.due_at for s in suggest_follow_ups(session, FRIDAY)}
        overview = today_overview(session, FRIDAY)
    assert due == {
        "Carla Smit": tuesday + timedelta(days=1),
        "Bert Jansen": FRIDAY + timedelta(days=1),
        "Anna de Vries": FRIDAY + timedelta(hours=23),
    }
    # The most overdue thanks comes first in the Today view.
    assert overview.thank_yous[0].contact_name == "Carla Smit"

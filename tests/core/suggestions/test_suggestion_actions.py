"""Acting on suggestions: Ask, Not now, and the names got but not approached yet."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from suggestion_network import NOW

from netplanner.core.conversations import get_conversation, list_conversation_rows
from netplanner.core.errors import NotFoundError, ValidationError
from netplanner.core.followups.today import ItemSource, today_overview
from netplanner.core.meta import set_meta
from netplanner.core.models import Conversation
from netplanner.core.network.chains import NameGained, record_names
from netplanner.core.suggestions import (
    ask_person,
    clear_not_now,
    hidden_contacts,
    names_to_approach,
    set_not_now,
    suggest_people,
)
from netplanner.core.suggestions.not_now import NOT_NOW_KEY


def listed(session, goal_id=None, kind="informational", now=NOW) -> list[str]:
    return [i.name for i in suggest_people(session, goal_id, kind, None, now).items]


# -- not now ----------------------------------------------------------------------------------
def test_not_now_hides_for_weeks_and_they_come_back_after(network) -> None:
    goal = network.goal("Teacher")
    pia = network.person("Pia", role="Teacher", how_we_know="Neighbour")
    network.person("Tom", role="Teacher")
    session = network.session
    set_not_now(session, pia, goal, now=NOW)  # four weeks by default
    assert listed(session) == ["Tom"]
    assert listed(session, kind="think_along") == []
    assert listed(session, now=NOW + timedelta(weeks=4) - timedelta(minutes=1)) == ["Tom"]
    assert listed(session, now=NOW + timedelta(weeks=4, minutes=1)) == ["Pia", "Tom"]
    # For this goal only: another goal still suggests her.
    other = network.goal("Docent in het mbo", active=False)
    assert listed(session, other) == ["Pia", "Tom"]


def test_not_now_for_every_goal_and_taking_it_back(network) -> None:
    goal = network.goal("Teacher")
    pia = network.person("Pia", role="Teacher")
    session = network.session
    entry = set_not_now(session, pia, None, weeks=8, now=NOW)
    assert entry.until == NOW + timedelta(weeks=8)
    assert hidden_contacts(session, goal, NOW + timedelta(weeks=7)) == {pia}
    assert hidden_contacts(session, 12345, NOW) == {pia}
    assert clear_not_now(session, pia) is True
    assert clear_not_now(session, pia) is False
    assert listed(session) == ["Pia"]
    with pytest.raises(ValidationError):
        set_not_now(session, pia, goal, weeks=0, now=NOW)
    with pytest.raises(NotFoundError):
        set_not_now(session, 999, goal, now=NOW)


def test_not_now_is_kept_in_the_data_file(database) -> None:
    from suggestion_network import Network

    with database.transaction() as session:
        network = Network(session)
        goal = network.goal("Teacher")
        pia = network.person("Pia", role="Teacher")
        set_not_now(session, pia, goal, now=NOW)
    database.close()
    from netplanner.datafile import open_data_file

    again = open_data_file(database.path)
    try:
        with again.session() as session:
            assert hidden_contacts(session, goal, NOW) == {pia}
    finally:
        again.close()


@pytest.mark.parametrize("value", ["not json", "{}", '[{"contact": "1"}]', '[{"goal": 1}]'])
def test_a_damaged_not_now_value_hides_no_one(network, value: str) -> None:
    network.goal("Teacher")
    network.person("Pia", role="Teacher")
    set_meta(network.session, NOT_NOW_KEY, value)
    assert listed(network.session) == ["Pia"]


# -- ask ----------------------------------------------------------------------------------------
def test_ask_plans_an_asked_conversation_of_the_lists_kind(network) -> None:
    goal = network.goal("Teacher")
    pia = network.person("Pia", role="Teacher", how_we_know="Neighbour")
    session = network.session
    set_not_now(session, pia, goal, now=NOW)
    conversation = ask_person(session, pia, goal, "think_along")
    assert (conversation.status, conversation.kind, conversation.goal_id) == (
        "asked",
        "think_along",
        goal,
    )
    assert conversation.asked_at is not None
    assert hidden_contacts(session, goal, NOW) == set(), "asking lifts the not now"
    assert listed(session) == [] and listed(session, kind="think_along") == []
    with pytest.raises(ValidationError, match=r"Pia was already asked for this goal\."):
        ask_person(session, pia, goal, "informational")


def test_ask_takes_up_an_idea_instead_of_doubling_it(network) -> None:
    goal = network.goal("Teacher")
    pia = network.person("Pia", role="Teacher")
    session = network.session
    idea = network.talk(pia, "idea", goal, kind="think_along")
    get_conversation(session, idea).purpose = "Hear how she switched to teaching"
    conversation = ask_person(session, pia, goal, "informational")
    assert conversation.id == idea
    assert (conversation.status, conversation.kind) == ("asked", "informational")
    assert conversation.purpose == "Hear how she switched to teaching"
    assert len(list_conversation_rows(session)) == 1


def test_ask_checks_what_it_is_given(network) -> None:
    goal = network.goal("Teacher")
    pia = network.person("Pia")
    with pytest.raises(NotFoundError):
        ask_person(network.session, 999, goal)
    with pytest.raises(NotFoundError):
        ask_person(network.session, pia, 999)
    with pytest.raises(ValidationError):
        ask_person(network.session, pia, goal, "gossip")


# -- names to approach ----------------------------------------------------------------------------
def _names_from_marieke(network):
    goal = network.goal("Teacher")
    marieke = network.person("Marieke Bos", how_we_know="Sister-in-law")
    talk = network.talk(marieke, "held", goal, kind="think_along", days_ago=2)
    lotte, ahmed, olga = record_names(
        network.session,
        talk,
        [
            NameGained("Lotte de Wit", plan_kind="informational"),
            NameGained("Ahmed El Amrani"),
            NameGained("Olga Petrova", plan_kind="informational"),
        ],
    )
    return goal, talk, lotte, ahmed, olga


def test_names_you_got_wait_at_the_top_of_today_until_approached(network) -> None:
    goal, talk, lotte, ahmed, olga = _names_from_marieke(network)
    session = network.session
    overview = today_overview(session, NOW)
    assert not overview.is_empty, "not 'Nothing is due' with names waiting"
    assert [i.what for i in overview.to_approach] == [
        "Approach Ahmed El Amrani (via Marieke Bos)",
        "Approach Lotte de Wit (via Marieke Bos)",
        "Approach Olga Petrova (via Marieke Bos)",
    ]
    first = overview.to_approach[1]
    assert (first.source, first.contact_id, first.via_name) == (
        ItemSource.APPROACH,
        lotte,
        "Marieke Bos",
    )
    assert first.conversation_id is not None, "Lotte's idea conversation, to open"
    assert first.when == get_conversation(session, talk).held_at
    # Asking Lotte, giving Olga's idea a date, or "not now" for Ahmed: they leave the list.
    ask_person(session, lotte, goal)
    olga_idea = session.scalar(select(Conversation).where(Conversation.contact_id == olga))
    olga_idea.starts_at = NOW + timedelta(days=3)
    session.flush()
    assert [n.name for n in names_to_approach(session, NOW)] == ["Ahmed El Amrani"]
    set_not_now(session, ahmed, None, now=NOW)
    assert names_to_approach(session, NOW) == []
    assert names_to_approach(session, NOW + timedelta(weeks=5))[0].contact_id == ahmed


def test_names_to_approach_leaves_out_people_not_named_in_a_conversation(network) -> None:
    anna = network.person("Anna")
    network.person("Bert", introduced_by_id=anna)  # typed in by hand: not a name "got"
    assert names_to_approach(network.session, NOW) == []
    assert today_overview(network.session, NOW).is_empty

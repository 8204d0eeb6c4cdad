"""Who to ask next: rankings on networks where the right answer is clear."""

from __future__ import annotations

import pytest
from suggestion_network import NOW

from netplanner.core.errors import NotFoundError, ValidationError
from netplanner.core.models import Contact
from netplanner.core.suggestions import NoActiveGoalError, suggest_people
from netplanner.messages import Message


def names(session, kind: str = "informational", **options) -> list[str]:
    result = suggest_people(session, kind=kind, now=NOW, limit=None, **options)
    return [item.name for item in result.items]


def by_name(session, kind: str = "informational", **options) -> dict:
    result = suggest_people(session, kind=kind, now=NOW, limit=None, **options)
    return {item.name: item for item in result.items}


def test_the_exact_role_in_the_region_ranks_above_a_warm_friend_in_another_field(
    network,
) -> None:
    network.goal("UX researcher", specialism="healthcare apps", region="Utrecht")
    network.person("Stranger Exact", role="UX researcher", region="Utrecht")
    friend = network.person(
        "Warm Friend", role="Accountant", region="Utrecht", how_we_know="Friends since school"
    )
    network.talk(friend, "thanked", days_ago=60)
    # A warm friend in a field close by still comes after the exact role in the region.
    close = network.person(
        "Warm Researcher", role="Researcher", region="Amsterdam", how_we_know="Old colleague"
    )
    network.talk(close, "thanked", days_ago=60)
    session = network.session
    assert names(session) == ["Stranger Exact", "Warm Researcher"]
    # The friend is a good person to think along with, and tops that list instead.
    assert names(session, "think_along")[0] == "Warm Friend"
    assert "Stranger Exact" not in names(session, "think_along"), "not warm: not known"


def test_reasons_name_the_signals_that_scored_and_add_up_to_the_score(network) -> None:
    network.goal(
        "UX researcher",
        specialism="healthcare apps",
        region="Utrecht",
        organisation_kind="hospitals",
    )
    anna = network.person("Anna de Vries", role="Product owner", how_we_know="Studied together")
    network.person(
        "Carla Smit",
        role="UX researcher",
        specialism="healthcare apps",
        sector="Healthcare",
        organisation="St. Antonius Ziekenhuis",
        region="Utrecht",
        introduced_by_id=anna,
    )
    (carla,) = suggest_people(network.session, now=NOW).items
    assert carla.reasons == (
        "UX researcher · healthcare apps · Healthcare · St. Antonius Ziekenhuis · Utrecht · "
        "2nd degree via Anna de Vries · not asked for this goal yet"
    )
    assert [(p.signal, p.points) for p in carla.parts] == [
        ("role", 40),
        ("specialism", 20),
        ("sector", 10),
        ("organisation", 10),
        ("region", 15),
        ("degree", 4),
        ("new_for_goal", 5),
    ]
    assert carla.score == sum(p.points for p in carla.parts) == 104
    assert (carla.degree, carla.introducer_id, carla.introducer_name) == (2, anna, "Anna de Vries")
    # NetPlanner's own words are translatable messages; the contact's own words are not.
    texts = {p.signal: p.text for p in carla.parts}
    assert isinstance(texts["degree"], Message)
    assert texts["degree"].template == "2nd degree via %1"
    assert not isinstance(texts["role"], Message)


def test_someone_asked_for_this_goal_drops_out_until_the_conversation_is_over(network) -> None:
    goal = network.goal("UX researcher", region="Utrecht")
    other_goal = network.goal("Data scientist")
    ids = {
        name: network.person(name, role="UX researcher", region="Utrecht")
        for name in ("Idea", "Asked", "Scheduled", "Held", "Other goal", "Cancelled", "Free")
    }
    network.talk(ids["Idea"], "idea", goal)
    network.talk(ids["Asked"], "asked", goal, days_ago=2)
    network.talk(ids["Scheduled"], "scheduled", goal, days_ago=5)
    network.talk(ids["Held"], "held", goal, days_ago=90)
    network.talk(ids["Other goal"], "asked", other_goal, days_ago=3)
    network.talk(ids["Cancelled"], "cancelled", goal, days_ago=200)
    found = by_name(network.session, goal_id=goal)
    assert sorted(found) == ["Cancelled", "Free", "Held", "Other goal"]
    # Helped before: warmer, not done; but no longer "not asked for this goal yet".
    held = {p.signal for p in found["Held"].parts}
    assert "helped" in held and "new_for_goal" not in held
    assert {p.signal for p in found["Free"].parts} >= {"new_for_goal"}
    # Asked for another goal three days ago: give them time.
    recent = [p for p in found["Other goal"].parts if p.signal == "recent"]
    assert [(p.text, p.points) for p in recent] == [("approached in the past 4 weeks", -10)]
    assert found["Free"].score > found["Other goal"].score
    assert found["Held"].score > found["Free"].score


def test_people_who_helped_count_as_warmer(network) -> None:
    network.goal("UX researcher", region="Utrecht")
    for name in ("Helped once", "Helped twice", "Never met"):
        network.person(name, role="UX researcher", region="Utrecht")
    ids = {c.name: c.id for c in network.session.query(Contact)}
    network.talk(ids["Helped once"], "thanked", days_ago=200)
    network.talk(ids["Helped twice"], "held", days_ago=300)
    network.talk(ids["Helped twice"], "closed", days_ago=200)
    found = by_name(network.session)
    assert names(network.session) == ["Helped twice", "Helped once", "Never met"]
    texts = [str(p.text) for p in found["Helped twice"].parts]
    assert "helped you more than once" in texts and "in touch in the past year" in texts
    think = names(network.session, "think_along")
    assert think == ["Helped twice", "Helped once"]


def test_dutch_compounds_and_synonyms_match_an_english_goal_and_back(network) -> None:
    english = network.goal(
        "Policy officer", specialism="sustainability", region="The Hague", active=False
    )
    dutch = network.goal("UX-onderzoeker", specialism="zorgapps", region="Utrecht")
    network.person("Femke", role="Beleidsmedewerker duurzaamheid", region="Den Haag")
    network.person("Gijs", role="Beleidsadviseur", region="'s-Gravenhage")
    network.person("Joost", role="Duurzaamheidsadviseur", region="Den Haag")
    network.person("Hanna", role="UX researcher", specialism="healthcare apps", region="Zeist")
    network.person("Ines", role="Gebruikersonderzoeker", specialism="zorg")
    session = network.session
    femke = by_name(session, goal_id=english)["Femke"]
    assert [(p.signal, p.points) for p in femke.parts][:3] == [
        ("role", 40),
        ("specialism", 20),  # "duurzaamheid" in the role counts as the specialism
        ("region", 15),
    ]
    assert str(femke.parts[1].text) == "works on sustainability"
    gijs = by_name(session, goal_id=english)["Gijs"]
    assert [(p.signal, str(p.text)) for p in gijs.parts][:2] == [
        ("role", "Beleidsadviseur"),
        ("region", "'s-Gravenhage"),
    ]
    # Advising on sustainability is not policy work: not someone who does this work.
    assert names(session, goal_id=english) == ["Femke", "Gijs"]
    assert names(session, goal_id=dutch) == ["Hanna", "Ines"]
    hanna = by_name(session, goal_id=dutch)["Hanna"]
    assert [str(p.text) for p in hanna.parts][:3] == [
        "UX researcher",
        "healthcare apps",
        "Zeist, near Utrecht",
    ]


def test_deterministic_order_on_ties(network) -> None:
    network.goal("Web editor")
    # Equal scores: by name as people read it (accents folded), then by id (namesakes).
    for name in ("Émile Bos", "Jan de Vries", "eva Smit", "Jan de Vries", "Ada Kok"):
        network.person(name, role="Webredacteur")
    session = network.session
    first = suggest_people(session, now=NOW, limit=None).items
    expected = ["Ada Kok", "Émile Bos", "eva Smit", "Jan de Vries", "Jan de Vries"]
    assert [i.name for i in first] == expected
    namesakes = [i.contact_id for i in first if i.name == "Jan de Vries"]
    assert namesakes == sorted(namesakes)
    again = suggest_people(session, now=NOW, limit=None).items
    assert [(i.contact_id, i.score, i.parts) for i in again] == [
        (i.contact_id, i.score, i.parts) for i in first
    ]
    # Cut to two, the list is the start of the whole list.
    assert [i.contact_id for i in suggest_people(session, now=NOW, limit=2).items] == [
        i.contact_id for i in first[:2]
    ]


def test_the_degree_follows_the_chain_of_introductions_even_a_broken_one(network) -> None:
    network.goal("Nurse")
    anna = network.person("Anna", how_we_know="Neighbour")
    bert = network.person("Bert", introduced_by_id=anna)
    carla = network.person("Carla", role="Verpleegkundige", introduced_by_id=bert)
    session = network.session
    (item,) = suggest_people(session, now=NOW).items
    assert (item.degree, str(item.parts[1].text)) == (3, "3rd degree via Bert")
    # A loop written by an old version or by hand: cut at the lowest id, never endless.
    session.get(Contact, anna).introduced_by_id = carla
    session.flush()
    (item,) = suggest_people(session, now=NOW).items
    assert item.degree == 3
    # Anna gave a name (Bert), so she is warm: someone to think along with.
    assert names(session, "think_along")[0] == "Anna"


def test_think_along_needs_warmth_not_an_import(network) -> None:
    network.goal("UX researcher")
    network.person("Imported", how_we_know="LinkedIn connection since 2019-03-01")
    network.person("Personal", how_we_know="We sing in the same choir")
    network.person("Nothing")
    assert names(network.session, "think_along") == ["Personal"]


def test_the_goal_is_the_active_one_unless_chosen(network) -> None:
    session = network.session
    with pytest.raises(NoActiveGoalError):
        suggest_people(session, now=NOW)
    archived = network.goal("Nurse", active=False)
    with pytest.raises(NoActiveGoalError):
        suggest_people(session, now=NOW)
    network.person("Pia", role="Nurse")
    network.person("Tom", role="Teacher")
    network.goal("Teacher")
    assert names(session) == ["Tom"]
    assert names(session, goal_id=archived) == ["Pia"]
    with pytest.raises(NotFoundError):
        suggest_people(session, goal_id=999, now=NOW)
    with pytest.raises(ValidationError):
        suggest_people(session, kind="gossip", now=NOW)
    with pytest.raises(ValidationError):
        suggest_people(session, limit=0, now=NOW)


def test_a_goal_in_own_words_only_suggests_by_its_words(network) -> None:
    network.goal(free_text="Ik zoek mensen die als webredacteur werken, met online bestellen.")
    network.person("Exact", role="Webredacteur e-commerce")
    network.person("Other", role="Teacher")
    (item,) = suggest_people(network.session, now=NOW).items
    assert item.name == "Exact"
    assert str(item.parts[0].text) == "Webredacteur e-commerce (same field)", (
        "a description is never read as the exact role"
    )


def test_limit_and_how_many_qualified(network) -> None:
    network.goal("Teacher")
    for number in range(12):
        network.person(f"Docent {number:02}", role="Docent")
    result = suggest_people(network.session, now=NOW, limit=5)
    assert len(result.items) == 5 and result.candidates == 12
    assert result.items[0].name == "Docent 00"


def test_approached_long_ago_is_warm_recently_is_not(network) -> None:
    network.goal("Teacher")
    ids = [network.person(name, role="Teacher") for name in ("Recent", "Quarter", "Year")]
    network.talk(ids[0], "thanked", days_ago=10)
    network.talk(ids[1], "thanked", days_ago=60)
    network.talk(ids[2], "thanked", days_ago=200)
    found = by_name(network.session)
    signals = {name: {p.signal: p.points for p in item.parts} for name, item in found.items()}
    assert signals["Recent"]["recent"] == -10 and "in_touch" not in signals["Recent"]
    assert signals["Quarter"]["in_touch"] == 3
    assert signals["Year"]["in_touch"] == 2
    assert names(network.session) == ["Quarter", "Year", "Recent"]


@pytest.mark.parametrize("kind", ["informational", "think_along"])
def test_reading_best_chances_first_lists_what_scoring_everyone_lists(
    network, monkeypatch, kind: str
) -> None:
    """The ranking stops reading once no one left can reach the list; in batches of
    three here, so it stops early often. Whatever the length, the list is the start of
    the whole list."""
    import random

    from netplanner.core.suggestions import ranking

    monkeypatch.setattr(ranking, "_BATCH", 3)
    rng = random.Random(20)
    network.goal("UX researcher", specialism="healthcare", region="Utrecht")
    roles = ["UX researcher", "Researcher", "UX designer", "Onderzoeker zorg", "Teacher"]
    places = ["Utrecht", "Zeist", "Amsterdam", ""]
    people = []
    for number in range(60):
        people.append(
            network.person(
                f"{rng.choice('ABCDE')} {number % 7}",  # many equal names: ties on score and name
                role=rng.choice(roles),
                specialism=rng.choice(["healthcare", "", "zorgapps"]),
                region=rng.choice(places),
                how_we_know=rng.choice(["", "", "Old friend"]),
                introduced_by_id=rng.choice([None, None, *people[-5:]]) if people else None,
            )
        )
    for contact_id in rng.sample(people, 15):
        network.talk(
            contact_id, rng.choice(["held", "thanked", "asked"]), days_ago=rng.randint(1, 300)
        )
    session = network.session
    whole = suggest_people(session, kind=kind, now=NOW, limit=None)
    assert len(whole.items) > 12
    for limit in (1, 2, 5, 12):
        cut = suggest_people(session, kind=kind, now=NOW, limit=limit)
        assert [i.contact_id for i in cut.items] == [i.contact_id for i in whole.items[:limit]]
        assert [i.parts for i in cut.items] == [i.parts for i in whole.items[:limit]]
        assert cut.candidates == whole.candidates

"""Reading roles, fields and places in Dutch and English: what a goal and a contact share."""

from __future__ import annotations

import pytest

from netplanner.core.suggestions.matching import (
    PlaceMatch,
    RoleMatch,
    concepts,
    place_match,
    places,
    role_match,
    widened,
)


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("UX-onderzoeker", "UX researcher"),
        ("gebruikersonderzoeker", "user researcher"),
        ("UX researcher", "user experience researcher"),
        ("beleidsmedewerker duurzaamheid", "policy officer sustainability"),
        ("Beleidsadviseur Duurzaamheid", "Policy adviser, sustainability"),
        ("webredacteur", "web editor"),
        ("Webredacteur online bestellen", "online editor e-commerce"),
        ("projectleider", "project manager"),
        ("Verpleegkundige", "nurse"),
        ("docent", "teacher"),
    ],
)
def test_dutch_and_english_names_of_a_role_read_the_same(dutch: str, english: str) -> None:
    assert concepts(dutch) == concepts(english)
    assert role_match(concepts(english), concepts(dutch)) == RoleMatch.EXACT


@pytest.mark.parametrize(
    ("compound", "meaning"),
    [
        ("zorgapps", "healthcare apps"),
        ("duurzaamheidsadviseur", "sustainability adviser"),
        ("zorgorganisaties", "healthcare"),
        ("softwaremakers", "software"),
        ("energietransitie", "energy transition"),
        ("patiëntportalen", "patient"),
    ],
)
def test_dutch_compounds_are_read_as_their_parts(compound: str, meaning: str) -> None:
    assert concepts(compound) == concepts(meaning)


def test_a_compound_ending_in_a_role_is_that_role() -> None:
    assert role_match(concepts("researcher"), concepts("marktonderzoeker")) == RoleMatch.EXACT
    assert "healthcare" in concepts("ouderenzorg")
    assert "@doctor" in concepts("tandarts")


def test_a_word_that_only_starts_like_a_known_one_is_not_read_as_it() -> None:
    """'zorgvuldig' (careful) is no healthcare, 'luxury' no UX, 'Pitstop' no IT."""
    assert "healthcare" not in concepts("Stichting Zorgvuldig")
    assert "ux" not in concepts("luxury goods")
    assert "technology" not in concepts("Pitstop")


def test_case_and_accents_do_not_matter() -> None:
    assert concepts("GEZONDHEIDSZORG") == concepts("gezondheidszorg")
    assert concepts("Coördinator financiën") == concepts("coordinator financien")


def test_an_unknown_word_still_matches_itself() -> None:
    assert role_match(concepts("Actuaris"), concepts("actuaris pensioenen")) == RoleMatch.EXACT
    assert role_match(concepts("Actuaris"), concepts("Actuary")) == RoleMatch.NONE


@pytest.mark.parametrize(
    ("contact_role", "expected"),
    [
        ("UX researcher", RoleMatch.EXACT),
        ("Senior UX-onderzoeker", RoleMatch.EXACT),  # seniority says nothing about the work
        ("UX research lead", RoleMatch.EXACT),
        ("Market researcher", RoleMatch.SIMILAR),
        ("Onderzoeker", RoleMatch.SIMILAR),
        ("UX designer", RoleMatch.RELATED),
        ("Product owner", RoleMatch.NONE),
        ("", RoleMatch.NONE),
    ],
)
def test_how_close_a_role_is_to_the_goal(contact_role: str, expected: RoleMatch) -> None:
    assert role_match(concepts("UX researcher"), concepts(contact_role)) == expected


def test_sharing_only_a_level_is_no_likeness_of_the_work() -> None:
    goal = concepts("Product manager")
    assert role_match(goal, concepts("Sales manager")) == RoleMatch.NONE
    assert role_match(goal, concepts("Head of Product")) == RoleMatch.EXACT
    assert role_match(concepts("Manager"), concepts("Teamleider")) == RoleMatch.EXACT


def test_same_field_another_kind_of_role() -> None:
    goal = concepts("beleidsmedewerker duurzaamheid")
    assert role_match(goal, concepts("Teamleider beleid duurzaamheid")) == RoleMatch.SAME_FIELD


def test_kinds_of_organisation_say_their_sector() -> None:
    assert "healthcare" in widened(concepts("St. Antonius Ziekenhuis"))
    assert "healthcare" in widened(concepts("Erasmus MC"))
    assert "government" in widened(concepts("Gemeente Rotterdam"))
    assert "education" in widened(concepts("Hogeschool Utrecht"))
    assert "finance" in widened(concepts("zorgverzekeraar"))


@pytest.mark.parametrize(
    ("goal", "contact", "expected"),
    [
        ("Utrecht", "utrecht", PlaceMatch.INSIDE),
        ("Den Haag", "The Hague", PlaceMatch.INSIDE),
        ("'s-Gravenhage", "Den Haag", PlaceMatch.INSIDE),
        ("Randstad", "Amsterdam", PlaceMatch.INSIDE),
        ("Noord-Holland", "Haarlem", PlaceMatch.INSIDE),
        ("Utrecht", "Amersfoort", PlaceMatch.NEAR),  # the same province
        ("Amsterdam", "Noord-Holland", PlaceMatch.NEAR),
        ("Utrecht", "Amsterdam", PlaceMatch.NONE),
        ("Utrecht of Amsterdam", "Amsterdam", PlaceMatch.INSIDE),
        ("Berlin", "Berlin, Germany", PlaceMatch.INSIDE),  # not in the list: the word itself
        ("Utrecht e.o.", "Zeist", PlaceMatch.NEAR),
        ("Utrecht", "", PlaceMatch.NONE),
    ],
)
def test_places(goal: str, contact: str, expected: PlaceMatch) -> None:
    assert place_match(places(goal), places(contact)) == expected


def test_the_quick_first_test_never_loses_a_match() -> None:
    """``Scorer.role`` skips texts without any of the goal's forms; it must agree with
    reading every text in full, for every concept the lexicon knows."""
    from types import SimpleNamespace

    from netplanner.core.suggestions.lexicon import CONCEPTS, WHOLE
    from netplanner.core.suggestions.scoring import WEIGHTS, Scorer, goal_terms

    texts = [form for forms in CONCEPTS.values() for form in forms] + list(WHOLE)
    texts += [f"Senior {t.title()}-Specialist" for t in texts] + [
        t.replace(" ", "-") for t in texts
    ]
    texts += [
        "Gebruikersonderzoekers",
        "Zorgapps",
        "Coördinator financiën",
        "marktonderzoeker",
        "E-Commerce lead",
        "UX-onderzoeker (ZZP) 2",
        "beleidsadviseur",
        "Actuaris",
    ]
    goals = [
        "UX researcher",
        "beleidsmedewerker duurzaamheid",
        "Web editor e-commerce",
        "Actuaris",
        "Verpleegkundige ouderenzorg",
        "Product owner",
        "Data engineer",
    ]
    for role in goals:
        goal = SimpleNamespace(
            target_role=role, specialism="", region="", organisation_kind="", free_text=""
        )
        scorer = Scorer(goal_terms(goal), WEIGHTS["informational"])
        for text in texts:
            expected = role_match(concepts(role), concepts(text))
            assert scorer.role(text) == expected, (role, text)

"""The ask composer: grammatical in every combination, and approved by the ask checker."""

from __future__ import annotations

import itertools
import re
from types import SimpleNamespace

import pytest

from netplanner.core.checks.ask.checker import check_ask
from netplanner.core.checks.ask.composer import compose_ask, compose_ask_for_goal
from netplanner.core.models import Goal

FIELDS = {
    "en": {
        "target_role": "web editor",
        "specialism": "online ordering",
        "region": "Utrecht",
        "organisation_kind": "webshops",
    },
    "nl": {
        "target_role": "webredacteur",
        "specialism": "online bestellen",
        "region": "Utrecht",
        "organisation_kind": "webwinkels",
    },
}
NAMES = ["", "Anna de Vries"]
COMBINATIONS = list(itertools.product([True, False], repeat=4))

# What a sentence built from parts must never contain.
BROKEN = [
    "  ",
    " ,",
    " .",
    " ?",
    ",,",
    ", .",
    ",.",
    "..",
    "in the  area",
    "in the area",
    "in de regio .",
    "as a ,",
    "as a .",
    "als ,",
    "bij ,",
    "at ,",
    "in or around ,",
    "in or around .",
]


def _fields(language: str, mask: tuple[bool, ...]) -> dict[str, str]:
    return {
        key: value if keep else ""
        for (key, value), keep in zip(FIELDS[language].items(), mask, strict=True)
    }


def _assert_grammatical(text: str) -> None:
    for bad in BROKEN:
        assert bad not in text, f"{bad!r} in {text!r}"
    assert text == text.strip()
    greeting, blank, body = text.partition("\n\n")
    assert blank and "\n" not in body
    assert re.fullmatch(r"(Hi|Hoi|Dear|Beste)( [^\s,]+)*,", greeting), greeting
    assert body[0].isupper() and body.endswith("?")
    assert not re.search(r"[<>*_#\[\]{}]", text), "no markup"
    # Each sentence starts with a capital after a full stop.
    for sentence in re.split(r"(?<=[.?]) ", body):
        assert sentence[0].isupper(), sentence


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("mask", COMBINATIONS)
@pytest.mark.parametrize("name", NAMES)
def test_every_combination_is_grammatical(language: str, mask: tuple[bool, ...], name: str) -> None:
    fields = _fields(language, mask)
    text = compose_ask(**fields, language=language, contact_name=name)
    _assert_grammatical(text)
    for value in fields.values():
        assert value in text
    if name:
        assert text.startswith(("Hi Anna,", "Hoi Anna,"))


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("mask", COMBINATIONS)
def test_composed_ask_passes_the_checker(language: str, mask: tuple[bool, ...]) -> None:
    """A role (or a specialism) with something that makes it specific (a specialism, a
    region, a kind of organisation): no findings. Alone, the checker rightly says too
    vague, and so it does without either."""
    text = compose_ask(**_fields(language, mask), language=language, contact_name="Anna")
    has_role, has_specialism = mask[0], mask[1]
    concrete = (has_role or has_specialism) and sum(mask) >= 2
    expected = set() if concrete else {"too_vague"}
    for checked_as in (None, language):
        assert {f.kind.value for f in check_ask(text, checked_as)} == expected, text


REALISTIC = {
    "en": [
        ("UX researcher", "healthcare apps", "Utrecht", "hospitals"),
        ("HR advisor", "absenteeism", "around Eindhoven", "mid-sized manufacturers"),
        ("data analysts", "energy markets", "the Randstad", "grid operators"),
        ("e-learning developer", "vocational education", "", "colleges"),
        ("policy advisor", "climate adaptation", "Gelderland", "water boards"),
        ("SEO copywriter", "B2B software", "", ""),
        ("hospital pharmacist", "oncology", "Rotterdam", "a university hospital"),
        ("3D artist", "architectural visualisation", "Amsterdam", "small studios"),
        ("user researcher", "accessibility", "near Leiden", "government agencies"),
    ],
    "nl": [
        ("UX-onderzoeker", "zorgapps", "Utrecht", "ziekenhuizen"),
        ("HR-adviseur", "verzuim", "rond Eindhoven", "middelgrote productiebedrijven"),
        ("data-analist", "energiemarkten", "de Randstad", "netbeheerders"),
        ("e-learningontwikkelaar", "het mbo", "", "roc's"),
        ("beleidsadviseur", "klimaatadaptatie", "regio Gelderland", "waterschappen"),
        ("copywriter", "B2B-software", "", ""),
        ("ziekenhuisapotheker", "oncologie", "Rotterdam", "een academisch ziekenhuis"),
        ("3D-artiest", "architectuurvisualisatie", "Amsterdam", "kleine studio's"),
        ("logopedist", "stotteren", "Twente", ""),
    ],
}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_realistic_goals_compose_clean_asks(language: str) -> None:
    for role, specialism, region, kind in REALISTIC[language]:
        text = compose_ask(role, specialism, region, kind, language, "Sam Bakker")
        _assert_grammatical(text)
        assert check_ask(text) == [], text


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("web editor", "as a web editor"),
        ("HR advisor", "as an HR advisor"),
        ("SEO specialist", "as an SEO specialist"),
        ("UX researcher", "as a UX researcher"),
        ("e-learning developer", "as an e-learning developer"),
        ("actuary", "as an actuary"),
        ("an actuary", "as an actuary"),
        ("university lecturer", "as a university lecturer"),
        ("honest broker", "as an honest broker"),
        ("data analysts", "as data analysts"),
        ("actress", "as an actress"),
        ("the head of marketing", "as the head of marketing"),
    ],
)
def test_english_article(role: str, expected: str) -> None:
    assert expected + " specialising in x" in compose_ask(role, "x")


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("Utrecht", "in de regio Utrecht."),
        ("de Randstad", "in de Randstad."),
        ("regio Twente", "in de regio Twente."),
        ("rond Eindhoven", "rond Eindhoven."),
    ],
)
def test_dutch_region(region: str, expected: str) -> None:
    assert expected in compose_ask("logopedist", "stotteren", region, language="nl")


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("Utrecht", "in or around Utrecht."),
        ("the Randstad", "in or around the Randstad."),
        ("near Eindhoven", "near Eindhoven."),
    ],
)
def test_english_region(region: str, expected: str) -> None:
    assert expected in compose_ask("speech therapist", "stuttering", region)


def test_organisation_kind_already_with_preposition() -> None:
    assert "at hospitals" in compose_ask("nurse", "wound care", "", "at hospitals")
    assert "at at" not in compose_ask("nurse", "wound care", "", "at hospitals")
    dutch = compose_ask("verpleegkundige", "wondzorg", "", "bij ziekenhuizen", "nl")
    assert "bij ziekenhuizen" in dutch and "bij bij" not in dutch


@pytest.mark.parametrize(
    ("name", "language", "greeting"),
    [
        ("Anna de Vries", "en", "Hi Anna,"),
        ("Anna de Vries", "nl", "Hoi Anna,"),
        ("  anna  ", "en", "Hi anna,"),
        ("Jansen, Piet", "nl", "Hoi Piet,"),
        ("Dr. Jan Smit", "en", "Dear Dr. Jan Smit,"),
        ("dhr. Jansen", "nl", "Beste dhr. Jansen,"),
        ("", "en", "Hi,"),
        ("   ", "nl", "Hoi,"),
    ],
)
def test_greeting(name: str, language: str, greeting: str) -> None:
    text = compose_ask("nurse", "wound care", language=language, contact_name=name)
    assert text.split("\n\n")[0] == greeting


def test_fields_are_tidied() -> None:
    text = compose_ask("  web\n editor. ", " online   ordering;", " Utrecht ", "webshops,")
    _assert_grammatical(text)
    assert "as a web editor specialising in online ordering, at webshops in or around" in text


def test_unknown_language_falls_back_to_english() -> None:
    assert compose_ask("nurse", "wound care", language="de").startswith("Hi,")
    assert compose_ask("verpleegkundige", "wondzorg", language="nl-BE").startswith("Hoi,")


def test_compose_for_any_goal_like_object() -> None:
    goal = SimpleNamespace(
        target_role="webredacteur",
        specialism="online bestellen",
        region="Utrecht",
        organisation_kind="webwinkels",
        language="nl",
    )
    text = compose_ask_for_goal(goal, contact_name="Piet")
    assert text == compose_ask(
        "webredacteur", "online bestellen", "Utrecht", "webwinkels", "nl", "Piet"
    )
    assert check_ask(text) == []


def test_compose_for_a_goal_model() -> None:
    goal = Goal(
        target_role="UX researcher",
        specialism="healthcare apps",
        region="",
        organisation_kind="",
        free_text="",
        language="en",
    )
    text = compose_ask_for_goal(goal, "Anna")
    assert text.startswith("Hi Anna,") and check_ask(text) == []


def test_goal_with_only_a_description_uses_it() -> None:
    goal = SimpleNamespace(
        target_role="", specialism="", free_text="Ik zoek mensen in de zorg.", language="nl"
    )
    text = compose_ask_for_goal(goal, "Piet")
    assert text.startswith("Hoi Piet,\n\nIk zoek mensen in de zorg.")
    assert "meedenken" in text
    invited = SimpleNamespace(free_text="Would you think along with me?", language="en")
    assert compose_ask_for_goal(invited) == "Hi,\n\nWould you think along with me?"


def test_missing_attributes_and_odd_values_do_not_crash() -> None:
    text = compose_ask_for_goal(SimpleNamespace(), contact_name=None)  # type: ignore[arg-type]
    _assert_grammatical(text)
    weird = SimpleNamespace(target_role=None, specialism=3, region="", language=None)
    _assert_grammatical(compose_ask_for_goal(weird))

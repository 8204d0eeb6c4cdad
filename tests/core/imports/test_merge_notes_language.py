"""A hand merge writes what it could not fit into the kept contact's notes under labels in
the data language: a Dutch user reads "Samengevoegd uit “Jan de Vries”:" and "Naam: …"."""

from __future__ import annotations

import unicodedata

import pytest

from netplanner.core.contacts import ContactInput, create_contact, get_contact
from netplanner.core.imports.merge import merge_contacts


def _contact(session, name: str, **fields) -> int:
    return create_contact(session, ContactInput(name=name, **fields)).id


def _merged_notes(database, keep: dict, other: dict, language: str) -> str:
    with database.transaction() as session:
        keep_id, other_id = _contact(session, **keep), _contact(session, **other)
    with database.transaction() as session:
        merge_contacts(session, keep_id, other_id, language=language)
    with database.session() as session:
        return get_contact(session, keep_id).notes


JAN = {
    "name": "J. de Vries",
    "role": "Product owner",
    "organisation": "Gemeente Utrecht",
    "street": "Stadsplateau 1",
    "city": "Utrecht",
    "notes": "Met at the meetup.",
}
JAN_AGAIN = {
    "name": "Jan de Vries",
    "role": "Team lead",
    "organisation": "Rabobank",
    "street": "Croeselaan 18",
    "postal_code": "3521 CB",
    "city": "Utrecht",
    "notes": "From LinkedIn.",
}

EXPECTED = {
    "nl": (
        "Met at the meetup.\n\n"
        "Samengevoegd uit “Jan de Vries”:\n"
        "Naam: Jan de Vries\n"
        "Functie: Team lead\n"
        "Organisatie: Rabobank\n"
        "Adres: Croeselaan 18, 3521 CB, Utrecht\n"
        "From LinkedIn."
    ),
    "en": (
        "Met at the meetup.\n\n"
        "Merged from “Jan de Vries”:\n"
        "Name: Jan de Vries\n"
        "Job title: Team lead\n"
        "Organisation: Rabobank\n"
        "Address: Croeselaan 18, 3521 CB, Utrecht\n"
        "From LinkedIn."
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_merge_notes_are_written_in_the_data_language(database, language: str) -> None:
    """The labels are NetPlanner's and follow the language; the values and both contacts'
    own notes stay exactly as typed. English is what a merge always wrote."""
    assert _merged_notes(database, JAN, JAN_AGAIN, language) == EXPECTED[language]


#: Every single-value field whose differing value goes to the notes, and its Dutch label.
DUTCH_LABELS = {
    "role": "Functie",
    "specialism": "Specialisme",
    "organisation": "Organisatie",
    "sector": "Sector",
    "region": "Regio",
    "linkedin_url": "LinkedIn",
    "how_we_know": "Hoe jullie elkaar kennen",
    "nickname": "Bijnaam",
    "birthday": "Verjaardag",
    "source_uid": "UID",
}


def test_every_field_kept_apart_is_labelled_in_dutch(database) -> None:
    from netplanner.core.imports.merge import FILLED_FIELDS

    assert {field for field, _template in FILLED_FIELDS} == set(DUTCH_LABELS)
    mine = {field: f"mijn {field}" for field in DUTCH_LABELS} | {"birthday": "1980-05-01"}
    theirs = {field: f"hun {field}" for field in DUTCH_LABELS} | {"birthday": "--05-02"}
    notes = _merged_notes(
        database, {"name": "Sanne Bakker", **mine}, {"name": "Sanne Bakker", **theirs}, "nl"
    )
    assert notes.splitlines() == [
        "Samengevoegd uit “Sanne Bakker”:",
        *(f"{label}: {theirs[field]}" for field, label in DUTCH_LABELS.items()),
    ]


@pytest.mark.parametrize(
    ("kept", "merged"),
    [
        ("محمد العلي", "م. العلي"),  # Arabic, right to left
        ("דוד לוי", "ד. לוי"),  # Hebrew
        ("王小明", "王 小明"),  # CJK, with and without a space
        ("Ngô Bảo Châu", unicodedata.normalize("NFD", "Ngô B. Châu")),  # combining accents
        ("Anna %1 de Vries", "A. %2 de Vries"),  # a place mark in a name is no place
    ],
)
def test_names_from_every_script_stay_as_typed_inside_the_dutch_labels(
    database, kept: str, merged: str
) -> None:
    notes = _merged_notes(
        database, {"name": kept, "role": "Arts"}, {"name": merged, "role": "Chirurg"}, "nl"
    )
    assert notes == f"Samengevoegd uit “{merged}”:\nNaam: {merged}\nFunctie: Chirurg"


def test_namesakes_get_no_name_line_but_the_dutch_heading(database) -> None:
    """Two entries for one of the many Jan de Vries at the same employer: the name is the
    same (case aside), so only what differs goes to the notes."""
    notes = _merged_notes(
        database,
        {"name": "Jan de Vries", "organisation": "ASML", "role": "Engineer"},
        {"name": "jan de vries", "organisation": "asml", "role": "Architect", "notes": "Via Piet"},
        "nl",
    )
    assert notes == "Samengevoegd uit “jan de vries”:\nFunctie: Architect\nVia Piet"


def test_only_the_other_notes_get_the_dutch_heading(database) -> None:
    notes = _merged_notes(
        database,
        {"name": "Fatima Zahra", "notes": "Eerste gesprek in mei."},
        {"name": "Fatima Zahra", "notes": "Werkt bij UWV."},
        "nl",
    )
    assert notes == "Eerste gesprek in mei.\n\nSamengevoegd uit “Fatima Zahra”:\nWerkt bij UWV."


def test_a_language_without_a_catalogue_writes_english(database) -> None:
    notes = _merged_notes(
        database, {"name": "Jan", "role": "A"}, {"name": "Jan V.", "role": "B"}, "fr"
    )
    assert notes == "Merged from “Jan V.”:\nName: Jan V.\nJob title: B"

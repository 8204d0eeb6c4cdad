"""The name picker's labels: one contact's label, and the contact a label names, worked
out without labelling everyone, must be what the full list says."""

from __future__ import annotations

import pytest

from netplanner.core.contact_data import ContactRow
from netplanner.core.text import fold
from netplanner.gui.contacts.name_picker import contact_entries, id_of_label, label_of


def row(contact_id: int, name: str, organisation: str = "") -> ContactRow:
    return ContactRow(contact_id, name, "", "", organisation, "", "", None, "")


#: Namesakes with and without an organisation, names that differ only in accents or
#: case, and names that read like another person's "name (organisation)" label.
ROWS = [
    row(1, "Jan Jansen", "Philips"),
    row(2, "Jan Jansen", "ASML"),
    row(3, "Jan Jansen"),
    row(4, "jan jansen", "Philips"),
    row(5, "Jan Jansen (ASML)"),
    row(6, "Zoë de Wit"),
    row(7, "Zoe de Wit", "Gemeente"),
    row(8, "Anna"),
    row(9, "Anna de Vries"),
    row(10, "Łukasz Wójcik", "Philips"),
    row(11, "Lukasz Wojcik", "Philips"),
    row(12, "Şükrü Yılmaz"),
    row(13, "Jan"),
    row(14, "Jan (Philips)", "X"),
    row(20, "Piet"),
    row(21, "Piet"),
    row(22, "Piet (#20)"),  # reads like the first Piet's label: the one label twice
]
FOLDED_NAMES = [fold(contact.name) for contact in ROWS]


def test_the_full_list_tells_namesakes_apart() -> None:
    """What the rest of these tests compare with."""
    labels = [entry[1] for entry in contact_entries(ROWS)]
    assert {"Jan Jansen (Philips) (#1)", "Jan Jansen (ASML) (#5)", "Jan Jansen"} <= set(labels)
    assert labels.count("Piet (#20)") == 2 and len(set(labels)) == len(ROWS) - 1


@pytest.mark.parametrize("contact", ROWS, ids=lambda contact: str(contact.id))
def test_one_label_is_the_label_in_the_full_list(contact: ContactRow) -> None:
    entries = {entry[0]: entry[1] for entry in contact_entries(ROWS)}
    assert label_of(ROWS, FOLDED_NAMES, contact.id) == entries[contact.id]


def test_someone_not_listed_has_no_label() -> None:
    assert label_of(ROWS, FOLDED_NAMES, 99) == ""


@pytest.mark.parametrize("excluded", [None, 1, 3, 5, 20])
def test_a_label_names_whom_the_full_list_finds(excluded: int | None) -> None:
    entries = [entry for entry in contact_entries(ROWS) if entry[0] != excluded]
    typed = [entry[1] for entry in entries] + [
        "  JAN JANSEN (asml) (#2) ",  # case and spaces do not matter
        "zoe de wit",  # nor do accents
        "lukasz wojcik (philips) (#10)",
        "Nobody Here",
    ]
    for text in typed:
        folded = fold(text.strip())
        expected = next((entry[0] for entry in entries if entry[2] == folded), None)
        assert id_of_label(ROWS, FOLDED_NAMES, text, excluded) == expected, text

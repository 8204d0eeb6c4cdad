"""Contacts as vCard 4.0: read back by vobject and by NetPlanner's own vCard import."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import selectinload

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.interchange.vcard_export import (
    escape_text,
    fold,
    split_name,
    write_contacts_vcard,
)

NOTES = 'Met at the meetup; she said: "call me".\nSecond line, with commas\\backslash\n\nEnd'


def _two_contacts(database) -> tuple[int, int]:
    with database.transaction() as session:
        anna = create_contact(session, ContactInput(name="Anna de Vries", region="Utrecht"))
        zoe = create_contact(
            session,
            ContactInput(
                name="Zoë Ψηλορείτη-Łukasiewicz",
                role="UX researcher; lead",
                specialism="healthcare, apps",
                organisation="MedApp Studio, B.V.",
                sector="health",
                region="Amersfoort",
                email="zoe@example.org",
                phone="+31 6 1234 5678",
                linkedin_url="https://www.linkedin.com/in/zoe-example/",
                how_we_know="Choir\nsince 2019",
                notes=NOTES,
                tags="ux, health care, Ελλάδα",
                introduced_by_id=anna.id,
            ),
        )
        return anna.id, zoe.id


def _lines(path: Path) -> list[bytes]:
    raw = path.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    return raw.split(b"\r\n")[:-1]


def test_vobject_folds_by_characters_not_octets() -> None:
    """Why we write vCards ourselves: vobject leaves a 60-character Greek note on one
    line of over 120 octets; RFC 6350 §3.2 allows 75."""
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("fn").value = "Zoë"
    card.add("note").value = "Ψ" * 60
    assert max(len(line) for line in card.serialize().encode("utf-8").split(b"\r\n")) > 75


def test_every_field_survives_a_read_back_with_vobject(database, tmp_path: Path) -> None:
    _two_contacts(database)
    path = tmp_path / "contacts.vcf"
    with database.transaction() as session:
        assert write_contacts_vcard(session, path) == 2
    assert all(len(line) <= 75 for line in _lines(path))
    cards = {card.fn.value: card for card in vobject.readComponents(path.read_text("utf-8"))}
    assert set(cards) == {"Anna de Vries", "Zoë Ψηλορείτη-Łukasiewicz"}
    zoe = cards["Zoë Ψηλορείτη-Łukasiewicz"]
    assert zoe.version.value == "4.0"
    assert (zoe.n.value.given, zoe.n.value.family) == ("Zoë", "Ψηλορείτη-Łukasiewicz")
    assert zoe.org.value == ["MedApp Studio, B.V."]
    assert zoe.title.value == "UX researcher; lead"
    assert zoe.email.value == "zoe@example.org"
    assert zoe.tel.value == "+31 6 1234 5678"
    assert zoe.url.value == "https://www.linkedin.com/in/zoe-example/"
    assert zoe.note.value == NOTES
    assert zoe.categories.value == ["ux", "health care", "Ελλάδα"]
    assert zoe.related.value == "Anna de Vries"
    assert zoe.related.params == {"VALUE": ["text"], "TYPE": ["x-introduced-by"]}
    assert zoe.x_netplanner_specialism.value == "healthcare, apps"
    assert zoe.x_netplanner_sector.value == "health"
    assert zoe.x_netplanner_region.value == "Amersfoort"
    assert zoe.x_netplanner_how_we_know.value == "Choir\nsince 2019"
    assert zoe.uid.value.startswith("urn:uuid:")
    anna = cards["Anna de Vries"]
    assert "note" not in anna.contents and "related" not in anna.contents
    assert (anna.n.value.given, anna.n.value.family) == ("Anna", "de Vries")


def test_uids_stay_the_same_from_one_export_to_the_next(database, tmp_path: Path) -> None:
    _two_contacts(database)
    uids = []
    for name in ("first.vcf", "second.vcf"):
        with database.transaction() as session:
            write_contacts_vcard(session, tmp_path / name)
        text = (tmp_path / name).read_text("utf-8")
        uids.append(sorted(card.uid.value for card in vobject.readComponents(text)))
    assert uids[0] == uids[1] and len(set(uids[0])) == 2


def test_netplanner_reads_its_own_cards_back(database, tmp_path: Path) -> None:
    from netplanner.interchange.vcard_import import read_vcard

    _anna, zoe_id = _two_contacts(database)
    path = tmp_path / "contacts.vcf"
    with database.transaction() as session:
        write_contacts_vcard(session, path, contact_ids=[zoe_id])
    result = read_vcard(path)
    assert not result.rejected
    (zoe,) = result.contacts
    assert zoe.name == "Zoë Ψηλορείτη-Łukasiewicz"
    assert (zoe.role, zoe.organisation) == ("UX researcher; lead", "MedApp Studio, B.V.")
    assert (zoe.email, zoe.phone) == ("zoe@example.org", "+31 6 1234 5678")
    assert zoe.linkedin_url == "https://www.linkedin.com/in/zoe-example/"
    assert zoe.notes == NOTES.strip()
    assert zoe.tags == ["ux", "health care", "Ελλάδα"]
    assert zoe.related_names == ["Anna de Vries"]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Anna de Vries", ("de Vries", "Anna", "")),
        ("Joost van der Berg", ("van der Berg", "Joost", "")),
        ("Mary Ann Smith", ("Smith", "Mary", "Ann")),
        ("Smit, Carla", ("Smit", "Carla", "")),
        ("Cher", ("", "Cher", "")),
        ("王小明", ("", "王小明", "")),
        ("Şükrü Yılmaz", ("Yılmaz", "Şükrü", "")),
    ],
)
def test_names_are_split_best_effort(name: str, parts: tuple[str, str, str]) -> None:
    assert split_name(name) == parts


def test_escaping_of_text_values() -> None:
    assert escape_text("a,b;c\\d\r\ne\rf\ng") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("bell\x07 and tab\t") == "bell and tab\t"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_lines_short_and_characters_whole(value: str) -> None:
    line = "NOTE:" + escape_text(value)
    folded = fold(line).encode("utf-8")
    pieces = folded[:-2].split(b"\r\n")
    assert all(len(piece) <= 75 for piece in pieces)
    assert all(piece.startswith(b" ") for piece in pieces[1:])
    # Every piece is valid UTF-8 on its own, and unfolding gives the line back.
    unfolded = pieces[0].decode("utf-8") + "".join(p.decode("utf-8")[1:] for p in pieces[1:])
    assert unfolded == line


def test_export_then_import_into_a_new_data_file_keeps_every_card_field(
    database, tmp_path: Path
) -> None:
    """NetPlanner → vCard → NetPlanner: each field a card can carry comes back the same,
    including who introduced whom."""
    from netplanner.core.imports.apply import apply_import
    from netplanner.core.imports.plan import plan_import
    from netplanner.core.models import Contact
    from netplanner.datafile import open_data_file
    from netplanner.interchange.vcard_import import read_vcard

    _two_contacts(database)
    path = tmp_path / "contacts.vcf"
    with database.transaction() as session:
        write_contacts_vcard(session, path)
    fields = (
        "name", "role", "specialism", "organisation", "sector", "region", "email",
        "phone", "linkedin_url", "how_we_know", "notes", "tags",
    )  # fmt: skip

    def rows(db) -> dict[str, tuple]:
        with db.transaction() as session:
            contacts = session.query(Contact).options(selectinload(Contact.introduced_by)).all()
            return {
                contact.name: (
                    *(getattr(contact, field) for field in fields),
                    contact.introduced_by.name if contact.introduced_by else None,
                )
                for contact in contacts
            }

    fresh = open_data_file(tmp_path / "fresh" / "netplanner.sqlite3")
    try:
        with fresh.transaction() as session:
            apply_import(session, plan_import(session, read_vcard(path)))
        assert rows(fresh) == rows(database)
    finally:
        fresh.close()

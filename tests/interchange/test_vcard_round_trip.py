"""Address book → NetPlanner → vCard 3.0 and 4.0 → NetPlanner: every field comes back, and
every card keeps its UID, so a card exported to the address book it came from updates it.
Also what other programs read in the exports: N from the name's parts (never guessed into
a scramble), ADR, the kinds of addresses and numbers, vCard 3.0 for older programs."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from sqlalchemy.orm import selectinload

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.imports.apply import apply_import
from netplanner.core.imports.plan import plan_import
from netplanner.core.models import Contact
from netplanner.datafile import open_data_file
from netplanner.interchange.vcard_export import write_contacts_vcard
from netplanner.interchange.vcard_import import read_vcard

FIXTURES = Path(__file__).with_name("fixtures")
#: Cards of Google, Apple, Outlook 2003, Lotus Notes and a CardDAV server (vCard 4.0).
SOURCES = ("google_30.vcf", "apple_30.vcf", "outlook_2003.vcf", "lotus_notes.vcf", "carddav_40.vcf")
#: Every field of a contact but the bookkeeping (and the UID, compared on its own).
FIELDS = tuple(
    column.name
    for column in Contact.__table__.columns
    if column.name not in ("id", "created_at", "updated_at", "source_uid", "introduced_in_id")
)


def _contacts(database) -> dict[str, tuple]:
    """name -> (every field, the details, the UID)."""
    with database.session() as session:
        return {
            contact.name: (
                tuple(getattr(contact, name) for name in FIELDS if name != "introduced_by_id"),
                [(d.kind, d.label, d.value) for d in contact.details],
                contact.source_uid,
            )
            for contact in session.query(Contact).options(selectinload(Contact.details))
        }


def _uids(path: Path) -> dict[str, str]:
    return {card.fn.value: card.uid.value for card in vobject.readComponents(path.read_text())}


@pytest.fixture
def imported(database):
    """A data file holding the cards of every source."""
    for name in SOURCES:
        with database.transaction() as session:
            apply_import(session, plan_import(session, read_vcard(FIXTURES / name)))
    return database


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_every_field_and_uid_comes_back(imported, tmp_path: Path, version: str) -> None:
    before = _contacts(imported)
    assert len(before) == 12
    first = tmp_path / f"first-{version}.vcf"
    with imported.transaction() as session:
        assert write_contacts_vcard(session, first, version=version) == 12
    fresh = open_data_file(tmp_path / f"fresh-{version}" / "netplanner.sqlite3")
    try:
        with fresh.transaction() as session:
            apply_import(session, plan_import(session, read_vcard(first)))
        after = _contacts(fresh)
        exported_uids = _uids(first)
        assert set(after) == set(before)
        for name, (fields, details, uid) in before.items():
            assert after[name][:2] == (fields, details), name
            # The source's UID is kept; a card that had none keeps the one it was given.
            assert after[name][2] == (uid or exported_uids[name]), name
        again = tmp_path / f"again-{version}.vcf"
        with fresh.transaction() as session:
            write_contacts_vcard(session, again, version=version)
        assert _uids(again) == exported_uids
    finally:
        fresh.close()


def test_the_3_0_export_reads_as_3_0_with_parts_addresses_and_kinds(
    imported, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.vcf"
    with imported.transaction() as session:
        write_contacts_vcard(session, path, version="3.0")
    cards = {card.fn.value: card for card in vobject.readComponents(path.read_text())}
    assert all(card.version.value == "3.0" and card.uid.value for card in cards.values())
    willem = cards["Willem Bakker III"]
    name = willem.n.value
    assert (name.prefix, name.given, name.family, name.suffix) == (
        "Dhr.",
        "Willem",
        "Bakker",
        "III",
    )
    assert willem.org.value == ["Drukkerij, De"]
    address = willem.adr.value
    assert (address.street, address.city, address.region, address.code, address.country) == (
        "Keizersgracht 100",
        "Amsterdam",
        "Noord-Holland",
        "1015 AA",
        "Nederland",
    )
    phones = {tel.value: tel.params.get("TYPE", []) for tel in willem.contents["tel"]}
    assert phones["06 5550 0103"] == ["cell"]
    assert phones["+31 20 555 0101"] == ["work", "pref"]  # the preferred one first
    assert willem.bday.value == "1971-03-22"
    maarten = cards["Mr. Maarten Richter, Joost van Leeuwen Jr."]
    assert maarten.n.value.additional == "Richter, Joost"
    labels = {prop.value for prop in maarten.getChildren() if prop.name.upper() == "X-ABLABEL"}
    assert {"Vereniging", "Secretariaat"} <= labels  # a label of its own, as Apple writes it


@pytest.mark.parametrize(
    ("name", "n_line"),
    [
        ("Rashmi Nayak, MSc, MBA, PHR", "Rashmi Nayak\\, MSc\\, MBA\\, PHR;;;;"),
        ("Mr. Michael Angstadt Jr.", "Mr. Michael Angstadt Jr.;;;;"),
        ("Anna de Vries", "de Vries;Anna;;;"),
        ("Smit, Carla", "Smit;Carla;;;"),
    ],
)
def test_n_of_a_name_typed_by_hand_is_never_a_scramble(
    database, tmp_path: Path, name: str, n_line: str
) -> None:
    with database.transaction() as session:
        create_contact(session, ContactInput(name))
    path = tmp_path / "one.vcf"
    with database.transaction() as session:
        write_contacts_vcard(session, path)
    assert f"N;X-NETPLANNER=guessed:{n_line}" in path.read_text("utf-8").splitlines()


def test_n_comes_from_the_parts_the_source_gave(database, tmp_path: Path) -> None:
    with database.transaction() as session:
        create_contact(
            session,
            ContactInput(
                "Mr. Michael Angstadt Jr.",
                name_prefix="Mr.",
                given_name="Michael",
                family_name="Angstadt",
                name_suffix="Jr.",
            ),
        )
    path = tmp_path / "one.vcf"
    with database.transaction() as session:
        write_contacts_vcard(session, path)
    (card,) = vobject.readComponents(path.read_text())
    n = card.n.value
    assert (n.prefix, n.given, n.family, n.suffix) == ("Mr.", "Michael", "Angstadt", "Jr.")

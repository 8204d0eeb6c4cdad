"""Lines an import adds to a contact's notes ("Department: Sales") are written in the data
language, and a file imported again, in either language, is still recognised."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from netplanner.core.imports.apply import apply_import
from netplanner.core.imports.model import ReadResult
from netplanner.core.imports.notes import department, other_address, other_role
from netplanner.core.imports.plan import plan_import
from netplanner.core.imports.values import unchecked_values
from netplanner.core.models import Contact
from netplanner.datafile import open_data_file
from netplanner.interchange.generic_csv import read_generic_csv
from netplanner.interchange.vcard_import import read_vcard
from netplanner.messages import Message, fill
from netplanner.storage.database import Database

# A Google Contacts export as it is written today: quoted cells with line breaks, the
# department in its own column, a second address with Google's own label. Nobody in it
# has an e-mail address, so each row is recognised by the key made from the row itself.
GOOGLE_CSV = (
    "First Name,Middle Name,Last Name,Organization Name,Organization Title,"
    "Organization Department,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Street,"
    "Address 1 - City,Address 2 - Label,Address 2 - Street,Address 2 - City\n"
    'Noor,,El Amrani,Acme,Inkoper,Sales,"Sprak haar op de beurs.\nBel na de zomer.",'
    "* myContacts,,,Mobile,+31 6 1234 5678,Work,Kade 2,Delft,Home,Markt 1,Gouda\n"
    "Wei,,Zhang,Gemeente Ede,Adviseur,Ruimtelijke Ordening,,* myContacts,,,,,,,,,,\n"
)

# A vCard 3.0 card as Apple's Contacts writes it: ORG with units, TITLE beside ROLE,
# TYPE on the addresses (the first, preferred, fills the contact's address), one labelled
# with X-ABLabel, no UID.
VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Bakker;Sanne;;;\r\n"
    "FN:Sanne Bakker\r\n"
    "ORG:Acme;Sales;Regio Noord\r\n"
    "TITLE:Accountmanager\r\n"
    "ROLE:Teamleider\r\n"
    "NOTE:Kent iedereen bij de provincie.\r\n"
    "ADR;TYPE=HOME,PREF:;;Dorpsstraat 5;Edam;;1135 AA;Nederland\r\n"
    "ADR;TYPE=WORK:;;Kade 2;Delft;;2611 AA;Nederland\r\n"
    "item1.ADR:;;Strandweg 1;Zandvoort;;;\r\n"
    "item1.X-ABLabel:Vakantiehuis\r\n"
    "END:VCARD\r\n"
)

ENGLISH_CSV = {
    "Noor El Amrani": [
        "Sprak haar op de beurs.",
        "Bel na de zomer.",
        "Department: Sales",
        "Address (Home): Markt 1, Gouda",  # in English, Google's own word
    ],
    "Wei Zhang": ["Department: Ruimtelijke Ordening"],
}
DUTCH_CSV = {
    "Noor El Amrani": [
        "Sprak haar op de beurs.",
        "Bel na de zomer.",
        "Afdeling: Sales",
        "Adres (thuis): Markt 1, Gouda",  # Google's "Home" is a kind NetPlanner knows
    ],
    "Wei Zhang": ["Afdeling: Ruimtelijke Ordening"],
}
ENGLISH_VCARD = {
    "Sanne Bakker": [
        "Kent iedereen bij de provincie.",
        "Department: Sales",
        "Department: Regio Noord",
        "Role: Teamleider",
        "Address (work): Kade 2, 2611 AA, Delft, Nederland",
        "Address (Vakantiehuis): Strandweg 1, Zandvoort",
    ]
}
DUTCH_VCARD = {
    "Sanne Bakker": [
        "Kent iedereen bij de provincie.",
        "Afdeling: Sales",
        "Afdeling: Regio Noord",
        "Rol: Teamleider",
        "Adres (werk): Kade 2, 2611 AA, Delft, Nederland",
        "Adres (Vakantiehuis): Strandweg 1, Zandvoort",  # the card's own label, as it is
    ]
}


def _csv(tmp_path: Path) -> ReadResult:
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE_CSV, encoding="utf-8")
    return read_generic_csv(path)


def _vcard(tmp_path: Path) -> ReadResult:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(VCARD.encode("utf-8"))
    return read_vcard(path)


READERS = {"csv": _csv, "vcard": _vcard}
EXPECTED = {
    ("csv", "en"): ENGLISH_CSV,
    ("csv", "nl"): DUTCH_CSV,
    ("vcard", "en"): ENGLISH_VCARD,
    ("vcard", "nl"): DUTCH_VCARD,
}


def _import(database: Database, read: ReadResult, language: str) -> tuple[int, int]:
    """Import ``read`` with texts in ``language``: (rows created, rows skipped)."""
    with database.transaction() as session:
        plan = plan_import(session, read, language)
        summary = apply_import(session, plan)
    return summary.created, summary.skipped


def _notes(database: Database) -> dict[str, list[str]]:
    with database.session() as session:
        rows = session.execute(select(Contact.name, Contact.notes).order_by(Contact.id)).all()
    return {name: notes.splitlines() for name, notes in rows}


@pytest.fixture
def english(tmp_path: Path) -> Iterator[Database]:
    """A second data file, for the same file imported in English beside it."""
    db = open_data_file(tmp_path / "english.sqlite3")
    yield db
    db.close()


@pytest.mark.parametrize("kind", ["csv", "vcard"])
def test_lines_an_import_adds_to_the_notes_are_in_the_data_language(
    database: Database, english: Database, tmp_path: Path, kind: str
) -> None:
    _import(database, READERS[kind](tmp_path), "nl")
    _import(english, READERS[kind](tmp_path), "en")
    assert _notes(database) == EXPECTED[kind, "nl"]
    assert _notes(english) == EXPECTED[kind, "en"]  # as before: English rows keep their key


@pytest.mark.parametrize("kind", ["csv", "vcard"])
def test_the_same_file_imported_again_in_either_language_adds_nothing(
    database: Database, english: Database, tmp_path: Path, kind: str
) -> None:
    """Nobody in the files has an e-mail address or UID: each row is recognised by the key
    made from the row, which must not depend on the language the notes are written in."""
    for data, languages in ((database, ("nl", "en", "nl")), (english, ("en", "nl"))):
        first, *again = languages
        created, _ = _import(data, READERS[kind](tmp_path), first)
        assert created == len(EXPECTED[kind, first])
        for language in again:  # read anew, as a second import reads the file
            assert _import(data, READERS[kind](tmp_path), language) == (0, created)
        # No line twice, none added in the other language.
        assert _notes(data) == EXPECTED[kind, first]


def test_a_copied_contact_keeps_its_notes_in_both_languages(tmp_path: Path) -> None:
    """Notes made by an import are a ``str`` with more in it; a copy (a preview's undo, a
    worker thread's pickle) must not rebuild them from the English text alone."""
    contacts = [*_vcard(tmp_path).contacts, *_csv(tmp_path).contacts]
    dutch = DUTCH_VCARD | DUTCH_CSV
    for copied in (copy.deepcopy(contacts), pickle.loads(pickle.dumps(contacts))):
        assert [contact.notes for contact in copied] == [contact.notes for contact in contacts]
        for contact in copied:
            assert unchecked_values(contact, "nl")["notes"].splitlines() == dutch[contact.name]


@pytest.mark.parametrize(
    "line",
    [
        department("Sales %2 & Marketing"),  # a %2 in the file's text is not a place
        other_role("Teamleider"),
        other_address("Markt 1, Gouda", "Home"),
        other_address("Kade 2, Delft", "work"),
        other_address("Strandweg 1", "Vakantiehuis"),
        other_address("Weg 3, Ede", number=3),
        other_address("Weg 3, Ede"),
    ],
)
def test_each_labelled_line_says_in_english_what_its_template_says(line: Message) -> None:
    """The English of a line is written out beside its template (faster than filling it
    in): the two must say the same, or English and Dutch notes would differ."""
    assert str(line) == fill(line.template, *line.arguments)

"""Reading vCard files from phones and mail programs: 2.1, 3.0 and 4.0."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject

from netplanner.core.imports.model import ImportFileError
from netplanner.interchange.vcard_import import read_vcard

FIXTURES = Path(__file__).with_name("fixtures")


def test_android_2_1_with_quoted_printable_utf8_names_and_a_photo() -> None:
    result = read_vcard(FIXTURES / "android_21.vcf")
    assert result.rejected == []
    sukru, dmitry, anna = result.contacts
    assert sukru.name == "Şükrü Yılmaz"
    assert sukru.organisation == "Gemeente Rotterdam"
    assert sukru.phones == ["+31104891234", "+31612345678"]  # the preferred (PREF) first
    assert sukru.notes.endswith("over de overstap naar de provincie. Vraag naar Doğan.")
    assert "= meedenken" not in sukru.notes  # the soft line break is joined
    assert dmitry.name == "Дмитрий Иванов"  # a soft break in the middle of a letter
    assert dmitry.emails == ["dmitry.ivanov@example.ru"]  # the photo after it is ignored
    assert (anna.name, anna.phones, anna.row) == ("Anna Bakker", ["010-1234567"], 3)
    assert {contact.source for contact in result.contacts} == {"vcard"}


def test_vobject_alone_fails_on_what_the_reader_works_around() -> None:
    """Why the reader joins soft line breaks and drops photos before vobject parses a card.

    If this test fails, vobject learned to read both and the workarounds can go."""
    android = (FIXTURES / "android_21.vcf").read_text(encoding="ascii")
    with pytest.raises(vobject.base.ParseError):
        vobject.readOne(android.split("END:VCARD")[0] + "END:VCARD\r\n")
    apple = (FIXTURES / "apple_30.vcf").read_text(encoding="utf-8")
    with pytest.raises(Exception, match="base64"):
        vobject.readOne(apple.split("END:VCARD")[0] + "END:VCARD\r\n")


def test_apple_3_0_folded_lines_escapes_several_addresses_and_a_photo() -> None:
    result = read_vcard(FIXTURES / "apple_30.vcf")
    assert result.rejected == []
    jan_willem, xiaoming = result.contacts
    assert jan_willem.name == "Jan-Willem de Vries"
    assert jan_willem.organisation == "Bakker, Smit & Partners"
    assert jan_willem.role == "Senior adviseur, ruimtelijke ordening"
    assert jan_willem.emails == ["jw@bsp.example.nl", "jw.devries@gmail.example"]  # pref first
    assert jan_willem.phones == ["+31 6 1234 5678", "+31 30 123 4567"]
    assert jan_willem.notes.splitlines() == [
        "Kent iedereen bij de provincie, via Anna. Wil graag een keer koffie drinken; "
        "liefst op dinsdag.",
        "Tweede regel.",
        "Department: Advies Ruimtelijke Ordening",
    ]
    assert jan_willem.linkedin_url == "https://www.linkedin.com/in/jwdevries/"
    assert jan_willem.region == "Utrecht"
    assert jan_willem.tags == ["netwerk", "oud-collega"]
    assert xiaoming.name == "王小明"
    assert xiaoming.linkedin_url == "http://www.linkedin.com/in/xiaoming-wang-88"


def test_4_0_related_names_and_a_broken_card_among_good_ones() -> None:
    result = read_vcard(FIXTURES / "contacts_40.vcf")
    assert [c.name for c in result.contacts] == [
        "Petra Jansen",
        "Kees van Dijk",
        "Broken Card",
        "Mirjam de Boer",
    ]
    petra, kees, broken, _ = result.contacts
    assert petra.related_names == ["Anna de Vries"]  # VALUE=text
    assert kees.related_names == ["Petra Jansen"]  # urn:uuid of a card in the same file
    assert petra.emails == ["petra.jansen@example.nl", "petra@thuis.example"]
    # One line that is no property costs that line, not the card; said in our words.
    assert result.rejected == []
    assert broken.row == 3
    assert [(w.row, w.reason) for w in result.warnings] == [
        (3, "line 22 is not a vCard property; it was left out")
    ]
    assert result.contacts[3].row == 4


def test_cards_without_a_name_are_named_after_what_they_have_or_rejected(
    tmp_path: Path,
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Smit;Piet;;;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nNOTE:only a note\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Half\n",
        encoding="utf-8",
    )
    result = read_vcard(path)
    # Named after the e-mail address; from N when there is no FN.
    assert [c.name for c in result.contacts] == ["x@example.com", "Piet Smit"]
    assert [(r.row, r.reason) for r in result.rejected] == [
        (3, "has no name, e-mail address, organisation or phone number (it starts on line 9)"),
        (4, "has no END:VCARD (it starts on line 13)"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"First Name,Last Name\nAnna,Bakker\n", "no BEGIN:VCARD"),
        (bytes(range(256)) * 8, "not a text file"),
    ],
)
def test_a_file_that_is_not_a_vcard_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_vcard(path)

"""Reading LinkedIn's Connections.csv: today's export, older ones, and files that are not one."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from netplanner.core.imports.model import ImportFileError
from netplanner.interchange.linkedin import parse_connected_on, read_linkedin

FIXTURES = Path(__file__).with_name("fixtures")
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def test_todays_export_with_notes_bom_and_names_in_any_script() -> None:
    result = read_linkedin(FIXTURES / "linkedin_connections.csv")
    by_name = {contact.name: contact for contact in result.contacts}
    assert list(by_name) == [
        "Şükrü Yılmaz",
        "Дмитрий Иванов",
        "王小明",  # family name first, as the person writes it
        "Anna de Vries",
        "Jan-Willem Bos",
        "Fatima El Amrani",
    ]
    sukru = by_name["Şükrü Yılmaz"]
    assert sukru.emails == []  # LinkedIn left the address out
    assert sukru.organisation == "Gemeente Rotterdam"
    assert sukru.role == "Beleidsadviseur energietransitie"
    assert sukru.linkedin_url == "https://www.linkedin.com/in/sukru-yilmaz-4a1b2c"
    assert sukru.connected_on == date(2024, 3, 15)
    assert sukru.source == "linkedin"
    assert sukru.row == 5  # the line in the file, after four lines of notes
    anna = by_name["Anna de Vries"]
    assert anna.organisation == "Bakker, Smit & Partners"
    assert anna.role == 'Manager "Customer Success", Benelux'
    assert by_name["Дмитрий Иванов"].emails == ["dmitry.ivanov@example.ru"]
    assert by_name["Fatima El Amrani"].connected_on is None
    assert [(r.row, r.reason) for r in result.rejected] == [(10, "no first or last name")]


def test_older_export_without_url_or_notes() -> None:
    result = read_linkedin(FIXTURES / "linkedin_old.csv")
    assert [(c.name, c.organisation, c.row) for c in result.contacts] == [
        ("Pieter Jansen", "ASML", 2),
        ("Sanne Visser", "Visser, Jansen & Co", 3),
    ]
    assert result.contacts[0].connected_on == date(2017, 4, 12)
    assert all(contact.linkedin_url == "" for contact in result.contacts)


def test_export_resaved_by_dutch_excel_with_semicolons_in_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    lines = [
        HEADER.replace(",", ";"),
        "Renée;Dijkstra;https://www.linkedin.com/in/renee;;Gemeente Leeuwarden;Adviseur, zorg;"
        "01 Jun 2020",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    (contact,) = read_linkedin(path).contacts
    assert (contact.name, contact.role) == ("Renée Dijkstra", "Adviseur, zorg")


def test_header_only_is_no_contacts_and_no_error(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    result = read_linkedin(path)
    assert result.contacts == [] and result.rejected == []


def test_row_with_an_unquoted_comma_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER + "\nAnna,Bakker,,,ING,Manager, retail,01 Jan 2020\nPiet,Smit,,,KPN,CTO,\n",
        encoding="utf-8",
    )
    result = read_linkedin(path)
    assert [c.name for c in result.contacts] == ["Piet Smit"]
    (rejected,) = result.rejected
    assert rejected.row == 2 and "8 columns where the header has 7" in rejected.reason


def test_a_quoted_line_break_keeps_the_row_numbers_right(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER + '\nAnna,Bakker,,,ING,"Manager\nretail",\n,,,,,,\nPiet,Smit,,,KPN,CTO,\n',
        encoding="utf-8",
    )
    result = read_linkedin(path)
    assert [(c.name, c.row) for c in result.contacts] == [("Anna Bakker", 2), ("Piet Smit", 5)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not a text file"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n", "vCard"),
        (b"Naam;Functie\nAnna;Adviseur\n", "not a LinkedIn connections export"),
    ],
)
def test_a_file_that_is_not_a_linkedin_export_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as error:
        read_linkedin(path)
    assert "Connections.csv" in str(error.value) and "\n" not in str(error.value)


def test_a_1_gb_file_is_refused_at_once_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    with path.open("wb") as handle:
        handle.write((HEADER + "\n").encode())
        handle.truncate(1 << 30)  # sparse: no disk used
    started = time.perf_counter()
    with pytest.raises(ImportFileError, match="1,074 MB is more than NetPlanner imports"):
        read_linkedin(path)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 Mar 2024", date(2024, 3, 15)),
        ("5 May 2021", date(2021, 5, 5)),
        ("15-Mar-24", date(2024, 3, 15)),
        ("2024-03-15", date(2024, 3, 15)),
        ("15 mrt 2024", None),  # Dutch month names do not occur in the export
        ("31 Feb 2024", None),
        ("", None),
    ],
)
def test_connected_on_dates(text: str, expected: date | None) -> None:
    assert parse_connected_on(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/8/18, 6:14 PM", date(2018, 1, 8)),  # exports of 2018: American, with a time
        ("1/8/18, 6:14\u202fPM", date(2018, 1, 8)),  # a narrow space before PM (CLDR 42)
        ("12/24/17, 10:02 AM", date(2017, 12, 24)),
        ("3/5/2016", date(2016, 3, 5)),
        ("31/12/17", date(2017, 12, 31)),  # 31 cannot be a month: the day comes first
        ("08.01.2018", date(2018, 1, 8)),  # day first with dots
        ("Jan 8, 2018", date(2018, 1, 8)),
        ("January 8, 2018", date(2018, 1, 8)),
        ("8 January 2018", date(2018, 1, 8)),
        ("2018-01-08 18:14:00 UTC", date(2018, 1, 8)),
        ("13/13/2018", None),
        ("yesterday", None),
    ],
)
def test_older_connected_on_dates(text: str, expected: date | None) -> None:
    assert parse_connected_on(text) == expected


def test_an_export_of_2018_dates_member_urns_and_namesakes() -> None:
    result = read_linkedin(FIXTURES / "linkedin_2018.csv")
    first, second, third, eva, sophie = result.contacts
    assert [c.connected_on for c in result.contacts] == [
        date(2018, 1, 8),
        date(2017, 12, 24),
        date(2016, 3, 5),
        date(2017, 12, 31),
        date(2018, 1, 8),
    ]
    # A member URN is not an e-mail address, but it is the connection's key.
    assert (first.emails, first.source_uid) == ([], "urn:li:member:123456789")
    assert (third.emails, second.emails) == (["jan.devries@klm.example"], [])
    assert {c.name for c in (first, second, third)} == {"Jan de Vries"}
    assert (first.given_name, first.family_name) == ("Jan", "de Vries")
    assert eva.emails == []
    assert [(w.row, w.reason) for w in result.warnings] == [
        (5, "“not an address” is not an e-mail address; it was left out")
    ]
    assert result.distinct_rows
    used = {use.heading: (use.field, use.filled) for use in result.columns}
    assert used["Email Address"] == ("email", 1)
    assert used["Connected On"] == ("how_we_know", 5)
    assert sophie.organisation == "NS"

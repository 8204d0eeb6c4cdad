"""Reading any spreadsheet saved as CSV: guessed columns, delimiters and encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from netplanner.core.imports.model import ImportFileError
from netplanner.interchange.column_mapping import ColumnMapping, guess_mapping
from netplanner.interchange.generic_csv import preview_csv, read_generic_csv

FIXTURES = Path(__file__).with_name("fixtures")


def _fields(header: list[str]) -> dict[str, str | None]:
    return dict(zip(header, guess_mapping(header).fields, strict=True))


def test_dutch_and_english_headings_are_recognised() -> None:
    dutch = ["Naam", "Functie", "Bedrijf", "E-mailadres", "Mobiel", "Vakgebied", "Woonplaats",
             "Opmerkingen", "Labels", "LinkedIn-profiel", "Geboortedatum"]  # fmt: skip
    assert _fields(dutch) == {
        "Naam": "name", "Functie": "role", "Bedrijf": "organisation", "E-mailadres": "email",
        "Mobiel": "phone:mobile", "Vakgebied": "specialism", "Woonplaats": "city",
        "Opmerkingen": "notes", "Labels": "tags", "LinkedIn-profiel": "linkedin_url",
        "Geboortedatum": "birthday",
    }  # fmt: skip
    english = ["First name", "Last name", "Job title", "Organisation", "Email", "Phone",
               "Expertise", "City", "Notes", "Tags"]  # fmt: skip
    assert list(_fields(english).values()) == [
        "first_name", "last_name", "role", "organisation", "email", "phone", "specialism",
        "city", "notes", "tags",
    ]  # fmt: skip


def test_outlooks_title_is_a_salutation_when_there_is_a_job_title() -> None:
    fields = _fields(["Title", "First Name", "Last Name", "Company", "Job Title", "E-mail Address",
                      "E-mail 2 Address"])  # fmt: skip
    assert fields["Job Title"] == "role" and fields["Title"] is None
    # Every e-mail column is used, not only the first.
    assert fields["E-mail Address"] == "email" and fields["E-mail 2 Address"] == "email"


def test_google_contacts_export() -> None:
    result = read_generic_csv(FIXTURES / "google_contacts.csv")
    assert result.layout == "Google Contacts"
    lotte, ahmed, info = result.contacts
    assert (lotte.name, lotte.role, lotte.organisation) == (
        "Lotte Smit",
        "Projectleider wonen",
        "Gemeente Utrecht",
    )
    # Both e-mail columns, each with its label.
    assert lotte.emails == ["lotte.smit@utrecht.example", "lotte@privé.example"]
    assert [lotte.kind_of(email) for email in lotte.emails] == ["work", "home"]
    assert lotte.phones == ["+31 6 9876 5432", "+31 30 286 0000"]  # " ::: " in one cell
    assert lotte.tags == ["Netwerk"]  # Google's own "* myContacts" is left out
    assert lotte.notes == 'Zit in de werkgroep, "Wonen 2030"'
    assert (ahmed.name, ahmed.source, ahmed.row) == ("Ahmed Benali", "csv", 3)
    # A row without a name but with an e-mail address is kept, named after it.
    assert (info.name, info.organisation, info.row) == (
        "info@onbekend.example",
        "Onbekend BV",
        4,
    )
    assert result.rejected == []


def test_dutch_excel_with_semicolons_in_cp1252() -> None:
    result = read_generic_csv(FIXTURES / "dutch_excel.csv")
    gerard, renee, jurgen = result.contacts
    assert gerard.name == "Gerard van der Meulen"  # with the tussenvoegsel
    assert gerard.notes == "Oud-collega; kent iedereen in de zorg"
    assert gerard.tags == ["zorg", "oud-collega"]
    assert (gerard.specialism, gerard.region) == ("Ouderenzorg", "Groningen")
    assert renee.name == "Renée Dijkstra"
    assert renee.notes == "Ontmoet op het congres in Zwolle – Ede"
    assert (jurgen.name, jurgen.notes) == ("Jürgen Müller", "Spreekt Duits én Nederlands €")


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ","), ("utf-8", ";"), ("utf-16", "\t"), ("cp1252", ",")],
)
def test_encodings_and_delimiters_are_sniffed(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = tmp_path / "lijst.csv"
    rows = [["Naam", "Organisatie", "Notities"], ["Zoë Claes", "Café de Zon", "a, b; c"]]
    text = "\r\n".join(delimiter.join(f'"{cell}"' for cell in row) for row in rows)
    path.write_bytes(text.encode(encoding))
    (contact,) = read_generic_csv(path).contacts
    assert contact.name == "Zoë Claes"
    assert (contact.organisation, contact.notes) == ("Café de Zon", "a, b; c")


def test_an_old_excel_file_is_read_as_cp1252_even_when_only_its_last_row_says_so(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lijst.csv"
    rows = ["Naam;Organisatie"] + [f"Persoon {n};Org {n}" for n in range(3000)] + ["José;Café"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    contacts = read_generic_csv(path).contacts
    assert (contacts[-1].name, contacts[-1].organisation) == ("José", "Café")


def test_a_mapping_chosen_by_the_user_wins_and_survives_json(tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("Wie,Waar,Wat\nAnna Bakker,ING,Adviseur\n", encoding="utf-8")
    preview = preview_csv(path)
    assert preview.header == ["Wie", "Waar", "Wat"] and preview.rows == [
        ["Anna Bakker", "ING", "Adviseur"]
    ]
    assert preview.guessed.problem() == (
        "no column holds the name (or the first and last name, or an e-mail address)."
    )
    mapping = ColumnMapping(tuple(preview.header), ("name", "organisation", "role"))
    saved = ColumnMapping.from_json(mapping.to_json())
    assert saved == mapping
    assert saved.signature == ColumnMapping((" wie", "WAAR", "wat"), (None,) * 3).signature
    (contact,) = read_generic_csv(path, saved).contacts
    assert (contact.name, contact.organisation, contact.role) == ("Anna Bakker", "ING", "Adviseur")


@pytest.mark.parametrize(
    "text", ["", "[]", '{"version": 1, "header": ["a"], "fields": ["shoe size"]}', "{"]
)
def test_a_saved_mapping_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        ColumnMapping.from_json(text)


def test_a_mapping_made_for_other_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("Naam,Bedrijf\nAnna,ING\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="made for 3"):
        read_generic_csv(path, ColumnMapping(("a", "b", "c"), ("name", None, None)))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "no header line"),
        (b"\x00\x01\x02\x03PK\x03\x04" * 200, "not a text file"),
        (b"Naam|Functie|Bedrijf\nAnna|Adviseur|ING\n", "vertical bars"),
        (b"Wie,Waar\nAnna,ING\n", "no column holds the name.*Its columns are: Wie, Waar"),
        (b"BEGIN:VCARD\nFN:Anna\nEND:VCARD\n", "import it as a vCard"),
        ((FIXTURES / "linkedin_connections.csv").read_bytes(), "import it as LinkedIn"),
    ],
)
def test_a_file_that_is_not_a_usable_spreadsheet_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_generic_csv(path)


def test_header_only_is_no_contacts_and_no_error(tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("Voornaam;Achternaam;Bedrijf\r\n", encoding="utf-8")
    result = read_generic_csv(path)
    assert result.contacts == [] and result.rejected == []


def test_a_single_column_of_names_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "namen.csv"
    path.write_text("Naam\nAnna Bakker\nPiet: de buurman\n", encoding="utf-8")
    assert [c.name for c in read_generic_csv(path).contacts] == ["Anna Bakker", "Piet: de buurman"]

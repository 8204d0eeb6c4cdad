"""Contacts as CSV: the same rows come back, nothing runs as a formula, files are whole."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy.orm import selectinload

from netplanner.core.contact_data import ContactInput
from netplanner.core.contact_fields import Detail
from netplanner.core.contacts import create_contact
from netplanner.interchange import csv_export
from netplanner.interchange.csv_export import COLUMNS, write_contacts_csv


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_demo_contacts_come_back_as_the_same_rows(demo_database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    with demo_database.transaction() as session:
        assert write_contacts_csv(session, path) == 12
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert raw.count(b"\r\n") == 13 and b"\n" not in raw.replace(b"\r\n", b"")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        assert tuple(next(csv.reader(stream))) == COLUMNS
    rows = {row["name"]: row for row in _read(path)}
    assert len(rows) == 12
    carla = rows["Carla Smit"]
    assert carla["introduced_by"] == "Anna de Vries"
    assert carla["organisation"] == "MedApp Studio"
    assert carla["tags"] == "ux, healthcare"
    assert carla["source"] == "demo"
    assert carla["created_at"].endswith("Z") and carla["created_at"][:2] == "20"
    assert rows["Şükrü Yılmaz"]["introduced_by"] == "Carla Smit"
    assert rows["Anna de Vries"]["introduced_by"] == ""


@pytest.mark.parametrize("value", ["=1+2", "+31 6 1234 5678", "-2+3", "@SUM(A1:A9)", "\tx", "\ry"])
def test_formula_starts_are_neutralised(database, tmp_path: Path, value: str) -> None:
    with database.transaction() as session:
        contact = create_contact(session, ContactInput(name="Safe", email="a@example.org"))
        # Stored directly: an import may bring anything, the export must still be safe.
        contact.notes = value
        contact.name = value + " name"
    path = tmp_path / "contacts.csv"
    with database.transaction() as session:
        write_contacts_csv(session, path)
    (row,) = _read(path)
    assert row["notes"] == "'" + value
    assert row["name"] == "'" + value + " name"
    assert row["email"] == "a@example.org"


def test_ordinary_text_is_left_alone() -> None:
    for value in ("Anna", "a=b", "", "'quoted", "3 + 4", "café"):
        assert csv_export.neutralise(value) == value


def test_notes_with_line_breaks_stay_in_one_cell(database, tmp_path: Path) -> None:
    notes = 'First line\nSecond, with a comma and "quotes"\n\nFourth; done'
    with database.transaction() as session:
        create_contact(session, ContactInput(name="Łukasz Wójcik", notes=notes, tags="a, b"))
        create_contact(session, ContactInput(name="王小明"))
    path = tmp_path / "contacts.csv"
    with database.transaction() as session:
        assert write_contacts_csv(session, path) == 2
    rows = _read(path)
    assert [row["name"] for row in rows] == ["Łukasz Wójcik", "王小明"]
    assert rows[0]["notes"] == notes
    assert rows[1]["notes"] == "" and rows[1]["tags"] == ""


def test_an_empty_data_file_gives_only_the_header(database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    with database.transaction() as session:
        assert write_contacts_csv(session, path) == 0
    assert path.read_bytes().decode("utf-8-sig") == ",".join(COLUMNS) + "\r\n"


def test_a_failure_halfway_leaves_the_old_file_and_no_part_file(
    demo_database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("the old export\n", encoding="utf-8")
    real_rows = csv_export.contact_rows

    def breaking_rows(session):
        rows = real_rows(session)
        yield next(rows)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_export, "contact_rows", breaking_rows)
    with pytest.raises(OSError), demo_database.transaction() as session:
        write_contacts_csv(session, path)
    assert path.read_text(encoding="utf-8") == "the old export\n"
    new = tmp_path / "new.csv"
    with pytest.raises(OSError), demo_database.transaction() as session:
        write_contacts_csv(session, new)
    assert not new.exists()
    assert not [p.name for p in tmp_path.iterdir() if ".csv" in p.name and p != path]


def test_a_csv_export_read_back_by_the_csv_import_keeps_every_field(
    demo_database, tmp_path: Path
) -> None:
    """NetPlanner → CSV → NetPlanner, with a phone number that had to be neutralised
    ('+31 …) and a name starting with '=': the import undoes the apostrophe."""
    from netplanner.core.imports.apply import apply_import
    from netplanner.core.imports.plan import plan_import
    from netplanner.core.models import Contact
    from netplanner.datafile import open_data_file
    from netplanner.interchange.generic_csv import read_generic_csv

    with demo_database.transaction() as session:
        create_contact(
            session,
            ContactInput(
                name="=Eva Formula",
                phone="+31 6 1111 2222",
                notes="-- loose\nends",
                email="eva@formula.example",
                details=[
                    Detail("email", "home", "eva@thuis.example"),
                    Detail("phone", "work", "+31 20 555 0000"),
                    Detail("website", "", "https://blog.eva.example"),
                ],
                website="https://eva.example",
                nickname="Eef",
                name_prefix="Dr.",
                given_name="Eva",
                family_name="Formula",
                name_suffix="MSc",
                birthday="1980-03-22",
                street="Keizersgracht 1\nAchterhuis",
                postal_code="1015 AA",
                city="Amsterdam",
                address_region="Noord-Holland",
                country="Nederland",
            ),
        )
    path = tmp_path / "contacts.csv"
    with demo_database.transaction() as session:
        write_contacts_csv(session, path)
    assert "'+31 6 1111 2222" in path.read_text(encoding="utf-8-sig")
    # The kinds stay behind (a spreadsheet cell per address would be a column per kind).
    left = ("source", "created_at", "email_kind", "phone_kind")
    kept = [column for column in COLUMNS if column not in left]

    def value(contact: Contact, column: str):
        if column == "introduced_by":
            return contact.introduced_by.name if contact.introduced_by else ""
        if column.startswith("other_"):
            kind = column.removeprefix("other_").removesuffix("s")
            return [d.value for d in contact.details if d.kind == kind]
        return getattr(contact, column)

    def rows(db) -> dict[str, tuple]:
        with db.transaction() as session:
            return {
                contact.name: tuple(value(contact, column) for column in kept)
                for contact in session.query(Contact).options(
                    selectinload(Contact.introduced_by), selectinload(Contact.details)
                )
            }

    fresh = open_data_file(tmp_path / "fresh" / "netplanner.sqlite3")
    try:
        read = read_generic_csv(path)
        assert not read.rejected
        with fresh.transaction() as session:
            apply_import(session, plan_import(session, read))
        assert rows(fresh) == rows(demo_database)
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("locale", "separator"),
    [
        ("nl_NL.UTF-8", ";"),
        ("nl_BE", ";"),
        ("de-DE", ";"),
        ("fr_FR.utf8", ";"),
        ("de_CH.UTF-8", ","),  # Swiss German writes 1.5
        ("en_US.UTF-8", ","),
        ("en_GB", ","),
        ("C", ","),
        ("", ","),
    ],
)
def test_the_separator_dutch_excel_expects(locale: str, separator: str) -> None:
    assert csv_export.separator_for_locale(locale) == separator


def test_a_semicolon_file_opens_in_columns_and_reads_back(demo_database, tmp_path: Path) -> None:
    from netplanner.interchange.generic_csv import read_generic_csv

    path = tmp_path / "contacts.csv"
    with demo_database.transaction() as session:
        assert write_contacts_csv(session, path, delimiter=";") == 12
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ";".join(COLUMNS)
    # Commas in a cell need no quotes now; semicolons do.
    assert "ux, healthcare" in text
    contacts = {c.name: c for c in read_generic_csv(path).contacts}
    assert contacts["Carla Smit"].tags == ["ux", "healthcare"]
    assert contacts["Carla Smit"].related_names == ["Anna de Vries"]

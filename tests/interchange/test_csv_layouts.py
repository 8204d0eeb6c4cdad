"""The spreadsheets address books export, recognised by their columns and read whole:
every e-mail and phone column, each with its kind, and which columns are left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from netplanner.core.imports.model import ImportFileError
from netplanner.interchange.csv_layouts import recognise_layout
from netplanner.interchange.generic_csv import read_generic_csv
from netplanner.interchange.linkedin import read_linkedin

FIXTURES = Path(__file__).with_name("fixtures")


def _kinds(contact, values: list[str]) -> list[str]:
    return [contact.kind_of(value) for value in values]


def _left_out(result) -> set[str]:
    return {use.heading for use in result.columns if not use.field}


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("google_new.csv", "Google Contacts"),
        ("google_old.csv", "Google Contacts"),
        ("google_contacts.csv", "Google Contacts"),
        ("outlook.csv", "Outlook"),
        ("thunderbird.csv", "Thunderbird"),
        ("thunderbird_semicolon.csv", "Thunderbird"),
        ("linkedin_2018.csv", "LinkedIn"),
        ("dutch_excel.csv", ""),
    ],
)
def test_known_exports_are_recognised_by_their_columns(name: str, layout: str) -> None:
    assert read_generic_csv(FIXTURES / name).layout == layout


def test_google_contacts_every_address_number_and_label() -> None:
    result = read_generic_csv(FIXTURES / "google_new.csv")
    fatma, kees, nameless = result.contacts
    assert (fatma.name, fatma.name_prefix, fatma.nickname) == ("Fatma Öztürk", "Dr.", "Fat")
    assert (fatma.role, fatma.organisation, fatma.birthday) == (
        "Onderzoeker",
        "Erasmus MC",
        "1985-07-14",
    )
    assert fatma.emails == [
        "f.ozturk@erasmusmc.example",
        "fatma@thuis.example",
        "fatma.oud@example.org",
    ]
    assert _kinds(fatma, fatma.emails) == ["work", "home", "other"]
    # Two mobiles in one cell (" ::: "), a work number and a home fax.
    assert fatma.phones == ["+31 6 2222 3333", "+31 6 2222 4444", "010 704 0000", "010 555 9999"]
    assert _kinds(fatma, fatma.phones) == ["mobile", "mobile", "work", "fax"]
    assert fatma.linkedin_url == "https://www.linkedin.com/in/fatma-ozturk"
    assert fatma.websites == ["https://fatma.example"]
    assert (fatma.street, fatma.postal_code, fatma.city, fatma.address_region) == (
        "Dr. Molewaterplein 40",
        "3015 GD",
        "Rotterdam",
        "Zuid-Holland",
    )
    assert fatma.notes == "Kent het netwerk\nrond hartzorg.\nDepartment: Cardiologie"
    assert fatma.tags == ["Zorg"]
    assert (kees.name, kees.family_name, kees.birthday, kees.phones) == (
        "Kees van der Berg",
        "van der Berg",
        "--03-05",
        ["06-12345678"],
    )
    assert nameless.name == "alleen@adres.example"
    assert {"Phonetic First Name", "File As", "Photo", "Address 1 - Formatted"} <= _left_out(result)
    used = {use.heading: (use.field, use.filled) for use in result.columns if use.field}
    assert used["E-mail 3 - Value"] == ("email", 1)
    assert used["Phone 1 - Value"] == ("phone", 2)


def test_googles_older_csv() -> None:
    (lieke,) = read_generic_csv(FIXTURES / "google_old.csv").contacts
    assert (lieke.name, lieke.given_name, lieke.family_name) == ("Lieke de Wit", "Lieke", "de Wit")
    assert lieke.emails == [
        "lieke@thuis.example",
        "lieke.dewit@werk.example",
        "l.dewit@ns.example",
    ]
    assert lieke.phones == ["+31 6 3333 4444", "030 235 0000"]
    assert (lieke.organisation, lieke.role) == ("NS", "Treinplanner")
    assert (lieke.city, lieke.country, lieke.birthday) == ("Utrecht", "Nederland", "1990-01-31")
    assert lieke.websites == ["https://lieke.example"]
    assert lieke.tags == ["Studie"]


def test_outlook_a_business_phone_only_three_e_mails_and_an_american_birthday() -> None:
    result = read_generic_csv(FIXTURES / "outlook.csv")
    jeroen, ingrid = result.contacts
    # Only a Business Phone: it is kept (it was dropped before).
    assert (jeroen.phones, _kinds(jeroen, jeroen.phones)) == (["030 216 0000"], ["work"])
    assert jeroen.birthday == ""  # Outlook's 0/0/00
    assert result.warnings == []
    assert ingrid.emails == [
        "ingrid.dekker@asml.example",
        "ingrid@thuis.example",
        "i.dekker@oud.example",
    ]
    # The Primary Phone first, then every other phone column.
    assert ingrid.phones == [
        "040 268 0001",
        "040 268 9999",
        "040 268 0000",
        "040 211 2233",
        "+31 6 4444 5555",
    ]
    assert _kinds(ingrid, ingrid.phones) == ["", "fax", "work", "home", "mobile"]
    assert ingrid.birthday == "1980-03-22"
    assert (ingrid.name, ingrid.name_prefix, ingrid.additional_names, ingrid.name_suffix) == (
        "Ingrid Maria Dekker MSc",
        "Mw.",
        "Maria",
        "MSc",
    )
    assert (ingrid.street, ingrid.city, ingrid.country) == ("De Run 6501", "Veldhoven", "Nederland")
    assert ingrid.notes.splitlines() == [
        "Belt graag terug.",
        "Liefst 's ochtends.",
        "Department: HR",
        "Address (home): Markt 3, Eindhoven",
    ]
    assert ingrid.tags == ["Werk", "Recruiters"]
    assert ingrid.related_names == ["Jeroen Visser"]  # Referred By: introduced by
    assert "E-mail Type" in _left_out(result) and "Gender" in _left_out(result)


def test_thunderbird_with_commas_and_with_semicolons() -> None:
    result = read_generic_csv(FIXTURES / "thunderbird.csv")
    pieter, mireille = result.contacts
    assert (pieter.name, pieter.nickname) == ("Pieter Smit", "Piet")
    assert pieter.emails == ["pieter@smit.example", "p.smit@kpn.example"]
    # Work Phone and Mobile Number are read too.
    assert pieter.phones == ["070 343 0000", "070 360 1234", "06 1234 9876"]
    assert _kinds(pieter, pieter.phones) == ["work", "home", "mobile"]
    assert (pieter.birthday, pieter.city, pieter.postal_code) == (
        "1975-06-09",
        "Den Haag",
        "2516 CK",
    )
    assert (pieter.organisation, pieter.role) == ("KPN", "Netwerkbeheerder")
    assert (mireille.name, mireille.phones) == ("Mireille Dubois", ["+33 6 12 34 56 78"])
    yusuf, ana = read_generic_csv(FIXTURES / "thunderbird_semicolon.csv").contacts
    assert (yusuf.name, yusuf.phones) == ("Yusuf Kaya", ["0212 555 0100", "0532 555 0101"])
    assert _kinds(yusuf, yusuf.phones) == ["work", "mobile"]
    assert (ana.emails, ana.phones) == (["ana.ruiz@example.es"], ["+34 612 555 102"])


def test_a_linkedin_export_given_as_a_spreadsheet_is_read_as_linkedin() -> None:
    result = read_generic_csv(FIXTURES / "linkedin_2018.csv")
    assert result.distinct_rows and result.layout == "LinkedIn"
    assert len(result.contacts) == 5


@pytest.mark.parametrize(
    ("name", "export"),
    [("google_new.csv", "Google Contacts"), ("outlook.csv", "Outlook")],
)
def test_another_programs_csv_given_to_the_linkedin_import_is_told_to_use_csv(
    name: str, export: str
) -> None:
    with pytest.raises(ImportFileError) as error:
        read_linkedin(FIXTURES / name)
    assert str(error.value) == (
        f"{name}: this is a {export} export, not LinkedIn's; import it as a spreadsheet (CSV)."
    )


def test_a_list_of_ones_own_is_not_taken_for_a_known_export() -> None:
    assert recognise_layout(["Naam", "Functie", "Bedrijf", "E-mail"]) is None
    assert recognise_layout(["First Name", "Last Name"]) is None

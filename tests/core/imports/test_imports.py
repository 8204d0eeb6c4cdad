"""Planning and applying an import: recognised people, look-alikes, all or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, get_contact
from netplanner.core.errors import ValidationError
from netplanner.core.imports import apply
from netplanner.core.imports import values as import_values
from netplanner.core.imports.apply import apply_import
from netplanner.core.imports.model import ImportedContact, ImportPlan, ReadResult, RejectedRow
from netplanner.core.imports.plan import plan_import
from netplanner.core.models import Contact
from netplanner.interchange.linkedin import read_linkedin
from netplanner.storage.database import Database

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def write_linkedin(path: Path, count: int) -> Path:
    lines = [HEADER] + [
        f"Persoon,Nummer {n},https://www.linkedin.com/in/persoon-{n},p{n}@example.nl,"
        f'"Bedrijf {n % 500}, B.V.",Adviseur,15 Mar 2024'
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _person(row: int, name: str, **fields) -> ImportedContact:
    return ImportedContact(name=name, row=row, source="linkedin", **fields)


def _count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Contact)) or 0)


@pytest.fixture
def known(database: Database) -> dict[str, int]:
    """Three contacts the user already has, one with their own words in it."""
    with database.transaction() as session:
        ids = {
            "anna": create_contact(
                session,
                ContactInput(
                    "Anna de Vries",
                    organisation="Bakker, Smit & Partners",
                    role="Mijn eigen omschrijving",
                    linkedin_url="https://www.linkedin.com/in/AnnaDeVries/",
                ),
            ).id,
            "piet": create_contact(
                session, ContactInput("Piet Smit", email="Piet.Smit@KPN.example")
            ).id,
            "zoe": create_contact(
                session, ContactInput("Zoë Claes", organisation="Café de Zon")
            ).id,
            "jw": create_contact(
                session, ContactInput("Jan-Willem de Vries", organisation="Gemeente Utrecht")
            ).id,
        }
    return ids


def test_existing_people_are_recognised_by_url_or_email_and_only_look_alike_by_name(
    database: Database, known: dict[str, int]
) -> None:
    read = ReadResult(
        contacts=[
            _person(
                2,
                "Anna de Vries",
                linkedin_url="http://linkedin.com/in/annadevries",
                role="Manager",
                phones=["+31 6 1"],
            ),
            _person(3, "P. Smit", emails=["piet.smit@kpn.example"], organisation="KPN"),
            _person(4, "ZOE CLAES", organisation="cafe de zon"),
            _person(5, "Nieuw Persoon", organisation="ING"),
        ]
    )
    with database.session() as session:
        plan = plan_import(session, read)
    # The same name and organisation is never a key: Zoë is offered as a look-alike.
    assert [c.name for c in plan.to_create] == ["ZOE CLAES", "Nieuw Persoon"]
    assert [(d.row, d.existing_id, d.reason) for d in plan.likely_duplicates] == [
        (4, known["zoe"], "the same name")
    ]
    updates = {u.existing_id: u.fills for u in plan.to_update}
    # The role Anna's contact has is the user's: only her empty phone is filled.
    assert updates == {known["anna"]: {"phone": "+31 6 1"}, known["piet"]: {"organisation": "KPN"}}
    assert plan.skipped == []
    with database.transaction() as session:
        summary = apply_import(session, plan, merge_choices={4: known["zoe"]})
    assert (summary.created, summary.updated, summary.merged) == (1, 3, 1)
    with database.session() as session:
        anna = get_contact(session, known["anna"])
        assert (anna.role, anna.phone) == ("Mijn eigen omschrijving", "+31 6 1")
        assert get_contact(session, known["piet"]).organisation == "KPN"


def test_planning_changes_nothing(database: Database, known: dict[str, int]) -> None:
    with database.session() as session:
        plan = plan_import(session, ReadResult([_person(2, "Nieuw Persoon")]))
    assert plan.counts["create"] == 1
    assert _count(database) == len(known)


def test_the_same_person_twice_in_the_file_is_added_once_with_both_rows_details(
    database: Database,
) -> None:
    read = ReadResult(
        contacts=[
            _person(2, "Lotte Smit", emails=["lotte@utrecht.example"]),
            _person(3, "Lotte Smit", emails=["LOTTE@utrecht.example"], role="Projectleider"),
        ]
    )
    with database.transaction() as session:
        plan = plan_import(session, read)
        apply_import(session, plan)
    assert [(s.row, s.reason, s.in_file) for s in plan.skipped] == [
        (3, "the same person as row 2 of the file", True)
    ]
    with database.session() as session:
        (lotte,) = session.scalars(select(Contact)).all()
        assert (lotte.role, lotte.email) == ("Projectleider", "lotte@utrecht.example")


def test_a_look_alike_is_offered_added_as_new_by_default_and_merged_when_chosen(
    database: Database, known: dict[str, int]
) -> None:
    read = ReadResult(
        contacts=[
            _person(2, "Jan Willem de Vries", organisation="Gemeente Utrecht", phones=["030"]),
            _person(3, "Zoe Claess", organisation="Café de Zon"),  # difflib: 0.95
            _person(4, "Piet Smit", organisation="Rabobank"),  # existing Piet has no organisation
            _person(5, "Anna de Vries", organisation="Provincie Utrecht"),  # other organisation
        ]
    )
    with database.session() as session:
        plan = plan_import(session, read)
    offered = [(d.row, d.existing_id, d.reason) for d in plan.likely_duplicates]
    assert offered == [
        (2, known["jw"], "the same name, spelled differently"),
        (3, known["zoe"], "a similar name at the same organisation"),
        (4, known["piet"], "the same name"),
    ]
    assert len(plan.to_create) == 4  # nothing is merged unless the user says so
    with database.transaction() as session:
        summary = apply_import(session, plan, merge_choices={2: known["jw"]})
    assert (summary.created, summary.merged, summary.updated) == (3, 1, 1)
    with database.session() as session:
        assert get_contact(session, known["jw"]).phone == "030"
        assert (
            session.scalar(
                select(func.count())
                .select_from(Contact)
                .where(Contact.name == "Jan Willem de Vries")
            )
            == 0
        )


def test_merge_choices_must_name_a_new_row_and_an_existing_contact(
    database: Database, known: dict[str, int]
) -> None:
    with database.session() as session:
        plan = plan_import(session, ReadResult([_person(7, "Nieuw Persoon")]))
    for choices, message in (({8: known["anna"]}, "Row 8 is not a new contact"),
                             ({7: 9999}, "no contact with ID 9999")):  # fmt: skip
        with pytest.raises(ValidationError, match=message), database.transaction() as session:
            apply_import(session, plan, merge_choices=choices)
    assert _count(database) == len(known)


def test_related_names_become_introduced_by_when_they_name_exactly_one_contact(
    database: Database, known: dict[str, int]
) -> None:
    with database.transaction() as session:
        create_contact(session, ContactInput("Kees van Dijk", organisation="ING"))
        create_contact(session, ContactInput("Kees van Dijk", organisation="KPN"))
    read = ReadResult(
        unit="card",
        contacts=[
            _person(1, "Petra Jansen", related_names=["Onbekend", "zoë claes"]),
            _person(2, "Mirjam de Boer", related_names=["Petra Jansen"]),  # created just now
            _person(3, "Sem Bos", related_names=["Kees van Dijk"]),  # two of them: left empty
            _person(4, "Eva Kok", related_names=["Eva Kok"]),  # never themselves
        ],
    )
    with database.transaction() as session:
        summary = apply_import(session, plan_import(session, read))
    assert summary.introductions == 2
    with database.session() as session:
        introducer = {
            name: by for name, by in session.execute(select(Contact.name, Contact.introduced_by_id))
        }
        petra = introducer.get("Petra Jansen")
        assert petra == known["zoe"]
        mirjam_by = session.scalar(select(Contact.id).where(Contact.name == "Petra Jansen"))
        assert introducer["Mirjam de Boer"] == mirjam_by
        assert introducer["Sem Bos"] is None and introducer["Eva Kok"] is None


def test_values_that_cannot_be_saved_are_rejected_in_the_plan(database: Database) -> None:
    read = ReadResult(
        contacts=[_person(2, "A" * 301), _person(3, "Goed")],
        rejected=[RejectedRow(1, "no name")],
    )
    with database.session() as session:
        plan = plan_import(session, read)
    assert [(r.row, r.reason) for r in plan.rejected] == [
        (1, "no name"),
        (2, "name: longer than 300 characters"),
    ]


def test_contact_fields_from_an_imported_person() -> None:
    anna = _person(
        2,
        " Anna ",
        emails=["a@x.nl", "b@y.nl", "B@Y.NL"],
        phones=["1", "2"],
        notes="Hoi",
        tags=["zorg", "Zorg", "netwerk"],
        connected_on=date(2024, 3, 15),
        kinds={"a@x.nl": "work", "b@y.nl": "home", "2": "mobile"},
    )
    values = import_values.contact_values(anna)
    assert values["email"] == "a@x.nl" and values["phone"] == "1"
    assert (values["email_kind"], values["phone_kind"]) == ("work", "")
    # The others are the contact's details, not lines in the notes.
    assert values["notes"] == "Hoi"
    assert import_values.contact_details(anna) == [
        ("email", "home", "b@y.nl"),
        ("phone", "mobile", "2"),
    ]
    assert values["tags"] == "zorg, netwerk"
    assert values["how_we_know"] == "LinkedIn connection since 15 March 2024"
    dutch = import_values.contact_values(anna, "nl")
    assert dutch["how_we_know"] == "LinkedIn-connectie sinds 15 maart 2024"


def test_an_error_in_the_last_of_10000_rows_imports_nothing(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = read_linkedin(write_linkedin(tmp_path / "Connections.csv", 10_000))
    with database.session() as session:
        plan = plan_import(session, read)
    last_row = plan.to_create[-1].row
    original = apply._values

    def failing(plan: ImportPlan, contact: ImportedContact) -> dict[str, str]:
        if contact.row == last_row:
            raise ValidationError(f"Row {contact.row}: the disk is full (simulated).")
        return original(plan, contact)

    monkeypatch.setattr(apply, "_values", failing)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ValidationError, match="simulated"), database.transaction() as session:
        apply_import(session, plan, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] < 10_000  # earlier chunks were written, then rolled back
    assert _count(database) == 0


@pytest.mark.slow
def test_30000_linkedin_rows_import(database: Database, tmp_path: Path) -> None:
    read = read_linkedin(write_linkedin(tmp_path / "Connections.csv", 30_000))
    seen: list[tuple[int, int]] = []
    with database.transaction() as session:
        plan = plan_import(session, read)
        summary = apply_import(session, plan, progress=lambda d, t: seen.append((d, t)))
    assert summary.created == 30_000 and seen[-1] == (30_000, 30_000)
    assert len(seen) == 15  # in chunks, so a progress bar moves
    assert _count(database) == 30_000


def test_the_checked_lengths_are_those_of_the_data_file() -> None:
    """In the model's order too: of several fields too long, the first is named."""
    limited = [
        (column.name, column.type.length)
        for column in Contact.__table__.columns
        # The owner is the server's to fill in, never an imported field.
        if getattr(column.type, "length", None) and column.name != "owner"
    ]
    assert list(import_values._LIMITS.items()) == limited


def test_created_contacts_are_stamped_as_the_orm_stamps_them(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As text with six digits of microseconds, also when they are zero."""
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    monkeypatch.setattr(apply, "utc_now", lambda: moment)
    read = ReadResult(contacts=[_person(2, "Anna Bakker")])
    with database.transaction() as session:
        apply_import(session, plan_import(session, read))
        create_contact(session, ContactInput("Piet Smit"))
        piet = update(Contact).where(Contact.name == "Piet Smit")
        session.execute(piet.values(created_at=moment, updated_at=moment))
    with database.engine.connect() as connection:
        stamps = connection.exec_driver_sql(
            "SELECT name, created_at, updated_at FROM contact ORDER BY id"
        ).all()
    assert [tuple(row) for row in stamps] == [
        ("Anna Bakker", "2026-01-02 03:04:05.000000", "2026-01-02 03:04:05.000000"),
        ("Piet Smit", "2026-01-02 03:04:05.000000", "2026-01-02 03:04:05.000000"),
    ]
    with database.session() as session:
        assert get_contact(session, 1).created_at == moment

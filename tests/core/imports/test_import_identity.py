"""Who is the same person in an import: keys decide, conflicting keys veto, and a guess
(the same name at the same employer) is never taken for certain."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from netplanner.core.contact_data import ContactInput
from netplanner.core.contact_fields import Detail
from netplanner.core.contacts import create_contact, get_contact
from netplanner.core.imports.apply import apply_import
from netplanner.core.imports.matching import clearly_different_names
from netplanner.core.imports.model import ImportedContact, ReadResult
from netplanner.core.imports.plan import plan_import
from netplanner.core.models import Contact
from netplanner.interchange.linkedin import read_linkedin
from netplanner.interchange.vcard_import import read_vcard
from netplanner.storage.database import Database

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def _count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Contact)) or 0)


def _import(database: Database, read: ReadResult):
    with database.transaction() as session:
        plan = plan_import(session, read)
        summary = apply_import(session, plan)
    return plan, summary


def test_namesakes_at_one_employer_in_one_linkedin_file_are_all_kept(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        f"{HEADER}\n"
        "Anna,de Vries,https://www.linkedin.com/in/anna-1,,KLM,Pilot,15 Mar 2024\n"
        "Anna,de Vries,https://www.linkedin.com/in/anna-2,,KLM,Steward,15 Mar 2024\n"
        "Anna,de Vries,,,KLM,Steward,15 Mar 2024\n",
        encoding="utf-8",
    )
    plan, summary = _import(database, read_linkedin(path))
    assert (summary.created, len(plan.skipped)) == (3, 0)
    with database.session() as session:
        roles = sorted(session.scalars(select(Contact.role)).all())
    assert roles == ["Pilot", "Steward", "Steward"]
    # Again: every row finds its own contact, nothing is added or changed.
    plan, summary = _import(database, read_linkedin(path))
    assert (summary.created, summary.updated, len(plan.skipped)) == (0, 0, 3)
    assert _count(database) == 3


def test_a_shared_e_mail_address_with_another_name_is_offered_not_taken(
    database: Database, tmp_path: Path
) -> None:
    """A vCard for Karel van den Berg with Karel Appel's e-mail address (a shared mailbox,
    an old address passed on) must not fill Karel Appel's phone and notes."""
    with database.transaction() as session:
        appel = create_contact(
            session,
            ContactInput(
                "Karel Appel",
                email="karel@atelier.example",
                linkedin_url="https://www.linkedin.com/in/karelappel",
            ),
        ).id
    card = tmp_path / "karel.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Karel van den Berg\r\n"
        "EMAIL:Karel@Atelier.example\r\nTEL:+31 6 1234 0000\r\nNOTE:Kent het atelier\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    plan, summary = _import(database, read_vcard(card))
    assert (summary.created, summary.updated) == (1, 0)
    (alike,) = plan.likely_duplicates
    assert (alike.existing_id, alike.reason) == (appel, "the same e-mail address, another name")
    with database.session() as session:
        karel = get_contact(session, appel)
        assert (karel.phone, karel.notes) == ("", "")


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("J. de Vries", "Jan de Vries"),  # initials
        ("de Vries, Jan", "Jan de Vries"),  # word order
        ("Jan de Vries MSc", "Jan de Vries"),  # a degree
        ("Anna Bakker", "Anna de Vries-Bakker"),  # a second family name after marrying
        ("Jan de Vreis", "Jan de Vries"),  # a typo
        ("jan@example.nl", "Jan de Vries"),  # named after the address
    ],
)
def test_a_shared_e_mail_address_with_the_same_name_spelled_otherwise_is_the_same_person(
    database: Database, name: str, other: str
) -> None:
    assert not clearly_different_names(name, other)
    with database.transaction() as session:
        create_contact(session, ContactInput(other, email="jan@example.nl"))
    read = ReadResult([ImportedContact(name, emails=["JAN@example.nl"], phones=["1"], row=2)])
    _plan, summary = _import(database, read)
    assert (summary.created, summary.updated) == (0, 1)


def test_different_linkedin_profiles_are_never_one_person(database: Database) -> None:
    with database.transaction() as session:
        existing = create_contact(
            session,
            ContactInput(
                "Anna de Vries",
                email="anna@klm.example",
                linkedin_url="https://www.linkedin.com/in/anna-1",
            ),
        ).id
    read = ReadResult(
        [
            ImportedContact(
                "Anna de Vries",
                emails=["anna@klm.example"],
                linkedin_url="https://nl.linkedin.com/in/anna-2/",
                row=2,
            )
        ]
    )
    plan, summary = _import(database, read)
    assert summary.created == 1
    assert [(d.existing_id, d.reason) for d in plan.likely_duplicates] == [
        (existing, "another LinkedIn profile")
    ]


def test_the_same_card_uid_is_the_same_person_whatever_the_name_became(
    database: Database,
) -> None:
    with database.transaction() as session:
        create_contact(session, ContactInput("Petra Jansen", source_uid="urn:uuid:1"))
    read = ReadResult(
        [ImportedContact("Petra de Boer-Jansen", source_uid="urn:uuid:1", phones=["2"], row=1)]
    )
    _plan, summary = _import(database, read)
    assert (summary.created, summary.updated) == (0, 1)


def test_rows_without_any_key_are_recognised_by_the_row_itself(
    database: Database, tmp_path: Path
) -> None:
    """An old LinkedIn export without URLs or addresses, imported twice, and a name twin
    typed by hand: recognised only when the whole row is the same."""
    with database.transaction() as session:
        create_contact(session, ContactInput("Sanne Visser", organisation="Rabobank"))
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Sanne,Visser,,Rabobank,Adviseur,12 Apr 2017\n"
        "Sanne,Visser,,Rabobank,Adviseur,12 Apr 2017\n",
        encoding="utf-8",
    )
    plan, summary = _import(database, read_linkedin(path))
    assert summary.created == 2  # two connections; neither is the one typed by hand
    assert [d.reason for d in plan.likely_duplicates] == ["the same name", "the same name"]
    plan, summary = _import(database, read_linkedin(path))
    assert (summary.created, summary.updated, len(plan.skipped)) == (0, 0, 2)


def test_a_vcard_with_the_same_person_twice_is_one_contact_said_as_in_the_file(
    database: Database, tmp_path: Path
) -> None:
    card = tmp_path / "dubbel.vcf"
    card.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Lotte Smit\nEMAIL:lotte@example.nl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Lotte Smit\nEMAIL:LOTTE@example.nl\n"
        "TEL;TYPE=CELL:06 1\nEND:VCARD\n",
        encoding="utf-8",
    )
    plan, summary = _import(database, read_vcard(card))
    assert (summary.created, summary.skipped, summary.skipped_in_file) == (1, 1, 1)
    assert [(s.row, s.reason, s.in_file) for s in plan.skipped] == [
        (2, "the same person as card 1 of the file", True)
    ]
    plan, summary = _import(database, read_vcard(card))
    assert (summary.created, summary.updated, summary.skipped_in_file) == (0, 0, 1)
    assert [s.in_file for s in plan.skipped] == [False, True]


def test_an_update_adds_the_addresses_and_numbers_a_contact_lacks(database: Database) -> None:
    with database.transaction() as session:
        jan = create_contact(
            session,
            ContactInput("Jan Bos", email="jan@werk.example", phone="010 1"),
        ).id
    read = ReadResult(
        [
            ImportedContact(
                "Jan Bos",
                emails=["jan@werk.example", "jan@thuis.example"],
                phones=["010-1", "06 2"],
                kinds={"jan@thuis.example": "home", "06 2": "mobile"},
                row=2,
            )
        ]
    )
    plan, summary = _import(database, read)
    (update,) = plan.to_update
    # "010-1" is the number the contact has, written otherwise: not added again.
    assert update.details == [
        Detail("email", "home", "jan@thuis.example"),
        Detail("phone", "mobile", "06 2"),
    ]
    with database.session() as session:
        contact = get_contact(session, jan)
        assert contact.emails == ["jan@werk.example", "jan@thuis.example"]
        assert contact.phones == ["010 1", "06 2"]
    _plan, summary = _import(database, read)
    assert (summary.created, summary.updated) == (0, 0)


# -- a whole network with Dutch names --------------------------------------------------------
FIRST = ["Jan", "Anna", "Daan", "Emma", "Sem", "Julia", "Lucas", "Sophie", "Peter", "Maria",
         "Thomas", "Lisa", "Kees", "Eva", "Bram", "Sanne", "Pieter", "Iris", "Şükrü",
         "Zoë"]  # fmt: skip
LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
        "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Yılmaz"]  # fmt: skip
ORGS = ["Gemeente Rotterdam", "KLM", "Philips", "ASML", "Rabobank", "NS", "UWV"]


def _realistic_connections(path: Path, rows: int) -> Path:
    """A LinkedIn export of ``rows`` people as a Dutch network has them: the common names
    very common, namesakes at one employer, no middle initials; only the URLs differ."""
    rng = random.Random(rows)
    weights = [1 / (rank + 1) for rank in range(max(len(FIRST), len(LAST)))]
    lines = ["Notes:", '"Some e-mail addresses are missing."', "", HEADER]
    for n in range(rows):
        first = rng.choices(FIRST, weights[: len(FIRST)])[0]
        last = rng.choices(LAST, weights[: len(LAST)])[0]
        org = rng.choices(ORGS, weights[: len(ORGS)])[0]
        email = f"p{n}@example.nl" if n % 5 == 0 else ""
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/p-{n},{email},{org},Adviseur,15 Mar 2024"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_30000_connections_with_realistic_names_all_come_in_and_again_none(
    database: Database, tmp_path: Path
) -> None:
    path = _realistic_connections(tmp_path / "Connections.csv", 30_000)
    read = read_linkedin(path)
    names = {(c.name, c.organisation) for c in read.contacts}
    assert len(names) < 2_000  # thousands of namesakes at the same employer
    _plan, summary = _import(database, read)
    assert summary.created == 30_000
    plan, summary = _import(database, read_linkedin(path))
    assert (summary.created, summary.updated, len(plan.skipped)) == (0, 0, 30_000)
    assert _count(database) == 30_000

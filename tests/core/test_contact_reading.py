"""The contacts' reads give the same answers in a session and on a bare sqlite3
connection (the window's first screen is read that way, before SQLAlchemy is loaded:
issue #24), and a stored contact reads back as the form gave it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from netplanner.core import contact_reading as reading
from netplanner.core.contact_data import ContactInput
from netplanner.core.contact_fields import Detail
from netplanner.core.contacts import create_contact, get_contact
from netplanner.core.errors import NotFoundError
from netplanner.core.queries.plain import PlainQueries
from netplanner.core.queries.run import Queries, SessionQueries
from netplanner.storage.database import Database

NAMES = ["Jan de Vries", "jan de Vries", "Jan de Vries", "محمد علي", "דוד לוי", "王芳", "Zoë"]


@pytest.fixture
def people(demo_database: Database) -> dict[str, int]:
    """The example network, three namesakes, other scripts, one contact with every field
    and details, and two people whose introductions loop (as an old file may hold)."""
    ids: dict[str, int] = {}
    with demo_database.transaction() as session:
        full = ContactInput(
            name="Ånna Øberg-Łukasz",
            role="Dataverpleegkundige",
            specialism="wondzorg",
            organisation="Ziekenhuis Rivierenland",
            email="anna@example.org",
            email_kind="work",
            phone="+31 6 1234 5678",
            phone_kind="mobile",
            nickname="Ån",
            given_name="Ånna",
            family_name="Øberg-Łukasz",
            birthday="1980-03-22",
            city="Tiel",
            country="Nederland",
            notes="Sprak haar op de beurs.\nWil meedenken.",
            tags="zorg, data",
            details=[Detail("email", "home", "anna@thuis.example"), Detail("phone", "", "0344")],
        )
        ids["full"] = create_contact(session, full).id
        for index, name in enumerate(NAMES):
            ids[f"{name}#{index}"] = create_contact(session, ContactInput(name=name)).id
        a = create_contact(session, ContactInput(name="Loop A")).id
        b = create_contact(session, ContactInput(name="Loop B", introduced_by_id=a)).id
        session.execute(
            text("UPDATE contact SET introduced_by_id = :b WHERE id = :a"), {"a": a, "b": b}
        )
        ids["loop"] = a
    return ids


@pytest.fixture(params=["session", "sqlite3"])
def run(request, demo_database: Database) -> Iterator[Callable[[Callable[[Queries], Any]], Any]]:
    """Runs a read with the named statements, in a session or on a bare connection."""
    if request.param == "session":

        def in_session(work: Callable[[Queries], Any]) -> Any:
            with demo_database.session() as session:
                return work(SessionQueries(session))

        yield in_session
        return
    connection = sqlite3.connect(demo_database.path)

    def plain(work: Callable[[Queries], Any]) -> Any:
        return work(PlainQueries(connection))

    yield plain
    connection.close()


def _in_session(database: Database, work: Callable[[Queries], Any]) -> Any:
    with database.session() as session:
        return work(SessionQueries(session))


def test_every_read_gives_what_a_session_gives(run, people, demo_database: Database) -> None:
    every = sorted(_in_session(demo_database, lambda q: q.rows("contacts.ids_names")))
    reads: list[Callable[[Queries], Any]] = [
        reading.count_contacts,
        reading.list_contact_rows,
        lambda q: reading.list_first_contact_rows(q, 5),
    ]
    for contact_id, _name in every:
        reads += [
            lambda q, c=contact_id: reading.read_contact(q, c),
            lambda q, c=contact_id: reading.deletion_impact(q, c),
            lambda q, c=contact_id: reading.chain_of(q, c),
            lambda q, c=contact_id: reading.list_introduced_rows(q, c),
        ]
    for read in reads:
        assert run(read) == _in_session(demo_database, read)
    assert run(reading.count_contacts) == len(every) > len(NAMES)


def test_a_contact_reads_back_as_the_form_gave_it(run, people, demo_database: Database) -> None:
    stored = run(lambda q: reading.read_contact(q, people["full"]))
    with demo_database.session() as session:
        contact = get_contact(session, people["full"])
        version = contact.version
    assert stored.id == people["full"] and stored.version == version
    assert stored.data.name == "Ånna Øberg-Łukasz"
    assert stored.data.notes == "Sprak haar op de beurs.\nWil meedenken."
    assert stored.data.tags == "zorg, data"
    assert stored.data.birthday == "1980-03-22"
    assert stored.data.introduced_by_id is None
    assert stored.data.details == [
        Detail("email", "home", "anna@thuis.example"),
        Detail("phone", "", "0344"),
    ]


def test_what_goes_with_a_contact_and_their_chain(run, people, demo_database: Database) -> None:
    with demo_database.session() as session:
        row = session.execute(
            text(
                "SELECT c.id, count(DISTINCT v.id), count(DISTINCT f.id) FROM contact c "
                "JOIN conversation v ON v.contact_id = c.id "
                "JOIN follow_up f ON f.contact_id = c.id GROUP BY c.id LIMIT 1"
            )
        ).one()
    impact = run(lambda q: reading.deletion_impact(q, row[0]))
    assert (impact.conversations, impact.follow_ups) == (row[1], row[2]) != (0, 0)
    # A loop in old data is cut at the lowest id (Loop A, then known directly): it ends.
    chain = run(lambda q: reading.chain_of(q, people["loop"]))
    assert [link.name for link in chain.people] == ["Loop A"]
    for read in (reading.read_contact, reading.deletion_impact, reading.chain_of):
        with pytest.raises(NotFoundError):
            run(lambda q, r=read: r(q, 999_999))

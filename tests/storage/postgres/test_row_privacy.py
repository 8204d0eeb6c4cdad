"""Privacy by the engine: two clients and a coach, each through their own login, with
raw SQL (what psql would send), never through the app. A client sees and changes only
their own rows; a coach sees a client's rows only while the client grants it, and
changes them only if the grant says so."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import make_url

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import update_contact
from netplanner.datafile import open_data_file
from netplanner.storage.sqlite import undo

OWNED = (
    "app_meta",
    "contact",
    "contact_detail",
    "goal",
    "conversation",
    "conversation_question",
    "question_bank",
    "question",
    "follow_up",
    "undo_log",
)
#: What a coach may be granted: everything but the undo log and the bookkeeping.
SHARED = tuple(t for t in OWNED if t not in ("undo_log", "app_meta"))


REFUSED = (psycopg.errors.InsufficientPrivilege, psycopg.errors.ForeignKeyViolation)


@dataclass(frozen=True)
class Logins:
    host: str
    database: str
    anna: str
    bram: str
    coach: str

    def connect(self, user: str) -> psycopg.Connection:
        return psycopg.connect(host=self.host, dbname=self.database, user=user, autocommit=True)


def _seed(location, secret: str) -> None:
    """The example network plus one undoable step, as the client's window leaves it."""
    from sqlalchemy import select

    from netplanner.core.demo.example import load_demo
    from netplanner.core.models import Contact, ContactDetail

    database = open_data_file(location)
    with database.transaction() as session:
        load_demo(session)
    database.record_undo()
    with database.transaction() as session:
        contact_id = session.scalars(select(Contact.id).order_by(Contact.id)).first()
        update_contact(session, contact_id, ContactInput(name="Anna de Vries", notes=secret))
        session.flush()
        undo.close_step(session.connection())
        session.add(ContactDetail(contact_id=contact_id, kind="phone", value="+31 6 0000 0000"))
    database.engine.dispose()  # not close(): that would empty the undo log


@pytest.fixture
def logins(practice_template, practice_db) -> Iterator[Logins]:
    t = practice_template
    _seed(t.location(practice_db, t.anna), "ANNA-SECRET")
    _seed(t.location(practice_db, t.bram), "BRAM-SECRET")
    host = make_url(t.server.admin_url).query["host"]
    assert isinstance(host, str)
    yield Logins(host=host, database=practice_db, anna=t.anna, bram=t.bram, coach=t.coach)


def _owners(connection: psycopg.Connection, table: str) -> dict[str, int]:
    rows = connection.execute(f"SELECT owner, count(*) FROM {table} GROUP BY owner").fetchall()
    return dict(rows)


def test_a_client_reads_only_their_own_rows_in_every_table(logins: Logins) -> None:
    for me, other in ((logins.anna, logins.bram), (logins.bram, logins.anna)):
        with logins.connect(me) as connection:
            for table in OWNED:
                owners = _owners(connection, table)
                assert set(owners) == {me}, (me, table, owners)
            dump = " ".join(
                str(connection.execute(f"SELECT array_agg(t::text) FROM {t} t").fetchone()[0])
                for t in OWNED
            )
        assert ("BRAM-SECRET" if me == logins.anna else "ANNA-SECRET") not in dump
        assert other not in dump


def test_a_client_cannot_change_or_make_another_clients_rows(logins: Logins) -> None:
    with logins.connect(logins.anna) as connection:
        for table in OWNED:
            touched = connection.execute(f"DELETE FROM {table} WHERE owner = %s", [logins.bram])
            assert touched.rowcount == 0, table
        for table in SHARED:
            touched = connection.execute(
                f"UPDATE {table} SET owner = owner WHERE owner = %s", [logins.bram]
            )
            assert touched.rowcount == 0, table
            # Refused by the policy (or, for answers, by the link check that runs first).
            with pytest.raises(REFUSED):
                connection.execute(f"UPDATE {table} SET owner = %s", [logins.bram])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO goal (owner, target_role, specialism, region, "
                "organisation_kind, free_text, language, active, created_at) "
                "VALUES (%s, 'x', '', '', '', '', 'en', true, now())",
                [logins.bram],
            )
    with logins.connect(logins.bram) as connection:
        assert _owners(connection, "contact") == {logins.bram: 12}


def test_acting_as_the_group_role_shows_nothing(logins: Logins) -> None:
    with logins.connect(logins.anna) as connection:
        connection.execute("SET ROLE netplanner_client")
        for table in OWNED:
            assert _owners(connection, table) == {}, table
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SET row_security = off; SELECT count(*) FROM contact")


def test_a_link_to_another_clients_row_fails_like_a_missing_one(logins: Logins) -> None:
    with logins.connect(logins.bram) as connection:
        bram_contact = connection.execute("SELECT min(id) FROM contact").fetchone()[0]
    insert = (
        "INSERT INTO conversation (contact_id, kind, status, place, purpose, notes, outcome, "
        "created_at, updated_at) VALUES (%s, 'coffee', 'planned', '', '', '', '', now(), now())"
    )
    with logins.connect(logins.anna) as connection:
        with pytest.raises(psycopg.errors.ForeignKeyViolation) as theirs:
            connection.execute(insert, [bram_contact])
        with pytest.raises(psycopg.errors.ForeignKeyViolation) as missing:
            connection.execute(insert, [10_000_000])
    assert theirs.value.diag.message_primary.replace(str(bram_contact), "N") == (
        missing.value.diag.message_primary.replace("10000000", "N")
    )
    assert str(bram_contact) not in (theirs.value.diag.message_detail or "")


def test_a_coach_sees_a_client_only_while_granted(logins: Logins) -> None:
    coach = logins.connect(logins.coach)  # one session, open throughout
    try:
        for table in OWNED:
            assert _owners(coach, table) == {}, table
        with logins.connect(logins.anna) as anna:
            anna.execute("INSERT INTO coach_grant (coach) VALUES (%s)", [logins.coach])
        for table in SHARED:
            assert set(_owners(coach, table)) == {logins.anna}, table
        for table in ("undo_log", "app_meta"):
            assert _owners(coach, table) == {}, table
        # Read, not write.
        assert coach.execute("UPDATE contact SET notes = 'coach was here'").rowcount == 0
        assert coach.execute("DELETE FROM follow_up").rowcount == 0
        names = coach.execute("SELECT display_name FROM practice_member").fetchall()
        assert ("Anna de Vries",) in names and ("Bram Bakker",) not in names
        # Write when allowed; the row stays Anna's.
        with logins.connect(logins.anna) as anna:
            anna.execute("UPDATE coach_grant SET can_write = true")
        assert coach.execute("UPDATE contact SET tags = 'coached'").rowcount == 12
        # Revoked: from the coach's next statement on, nothing.
        with logins.connect(logins.anna) as anna:
            anna.execute("DELETE FROM coach_grant")
            assert _owners(anna, "contact") == {logins.anna: 12}
        for table in OWNED:
            assert _owners(coach, table) == {}, table
        assert coach.execute("UPDATE contact SET tags = 'again'").rowcount == 0
    finally:
        coach.close()


def test_a_client_cannot_grant_in_another_clients_name(logins: Logins) -> None:
    with logins.connect(logins.bram) as bram:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bram.execute(
                "INSERT INTO coach_grant (client, coach) VALUES (%s, %s)",
                [logins.anna, logins.coach],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a client is no coach
            bram.execute("INSERT INTO coach_grant (coach) VALUES (%s)", [logins.anna])


@pytest.mark.skipif(shutil.which("psql") is None, reason="no psql")
def test_psql_through_a_clients_login_finds_no_other_rows(logins: Logins) -> None:
    query = "SELECT count(*) FROM contact WHERE owner <> current_user"
    result = subprocess.run(
        ["psql", "-h", logins.host, "-U", logins.anna, "-d", logins.database, "-tAc", query],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "0"

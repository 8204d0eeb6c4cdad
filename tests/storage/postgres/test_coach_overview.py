"""A coach's overview shows, per client who granted access, the same figures the
client's own Progress tab shows; nothing of a client who did not grant."""

from __future__ import annotations

from datetime import timedelta

import psycopg
from sqlalchemy.engine import make_url

from netplanner.core.clock import utc_now
from netplanner.core.coach_overview import coach_overview
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.demo.example import load_demo
from netplanner.core.enums import ConversationStatus
from netplanner.core.progress import progress_report
from netplanner.datafile import open_data_file
from netplanner.storage.postgresql.grants import client_names


def _grant(practice, database: str, client: str) -> None:
    host = make_url(practice.server.admin_url).query["host"]
    with psycopg.connect(host=host, dbname=database, user=client, autocommit=True) as c:
        c.execute("INSERT INTO coach_grant (coach) VALUES (%s)", [practice.coach])


def test_the_overview_matches_each_clients_own_progress(practice_template, practice_db) -> None:
    t, now = practice_template, utc_now()
    anna = open_data_file(t.location(practice_db, t.anna))
    bram = open_data_file(t.location(practice_db, t.bram))
    coach = open_data_file(t.location(practice_db, t.coach))
    try:
        with anna.transaction() as session:
            load_demo(session)
        with bram.transaction() as session:
            sem = create_contact(session, ContactInput(name="Sem Bos")).id
            create_conversation(
                session,
                ConversationInput(
                    contact_id=sem,
                    status=ConversationStatus.HELD.value,
                    starts_at=now - timedelta(days=1),
                ),
            )
        with coach.session() as session:
            assert (
                coach_overview(session, client_names(session), now=now) == []
            )  # nobody granted yet
        _grant(t, practice_db, t.anna)
        with coach.session() as session:
            assert [
                line.name for line in coach_overview(session, client_names(session), now=now)
            ] == ["Anna de Vries"]
        _grant(t, practice_db, t.bram)
        with coach.session() as session:
            lines = coach_overview(session, client_names(session), now=now)
        assert [line.name for line in lines] == ["Anna de Vries", "Bram Bakker"]
        for line, client in zip(lines, (anna, bram), strict=True):
            with client.session() as session:
                own = progress_report(session, weeks=8, now=now)
            assert line.report == own
        assert lines[0].report.total_contacts == 12 and lines[1].report.total_contacts == 1
        assert lines[1].report.conversations_held == 1
    finally:
        for database in (anna, bram, coach):
            database.close()

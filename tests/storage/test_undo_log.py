"""The undo log takes every change back exactly, and redoes it; only the GUI records."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, delete_contact, update_contact
from netplanner.core.conversations import (
    ConversationInput,
    QuestionChoice,
    create_conversation,
    delete_conversation,
)
from netplanner.core.followups.stored import create_follow_up
from netplanner.core.models import Base, Contact, Conversation
from netplanner.storage.database import Database, open_database
from netplanner.storage.sqlite import undo


def _dump(database: Database) -> list[str]:
    """Everything in the file but the undo log itself, as SQL."""
    with sqlite3.connect(database.path) as connection:
        return [line for line in connection.iterdump() if "undo_log" not in line]


def _log_count(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM undo_log")).scalar_one()


def _step(database: Database, work: Callable[[Session], object]) -> int | None:
    """One unit of work as the GUI does it: the work and its step in one transaction."""
    with database.transaction() as session:
        undo.discard_open_changes(session.connection())  # the setup is not part of it
        work(session)
        session.flush()
        return undo.close_step(session.connection())


@pytest.fixture
def recording(database: Database) -> Database:
    database.record_undo()
    return database


def test_insert_update_and_delete_are_undone_and_redone_exactly(recording: Database) -> None:
    start = _dump(recording)
    created = _step(recording, lambda s: create_contact(s, ContactInput(name="Carla Smit")))
    after_create = _dump(recording)
    with recording.session() as session:
        carla_id = session.query(Contact).filter_by(name="Carla Smit").one().id
    edited = _step(
        recording,
        lambda s: update_contact(
            s, carla_id, ContactInput(name="Carla Smit", role="Nurse", notes="It's “quoted”")
        ),
    )
    after_edit = _dump(recording)
    deleted = _step(recording, lambda s: delete_contact(s, carla_id))
    after_delete = _dump(recording)
    assert None not in (created, edited, deleted)

    redo_delete = undo.undo(recording.engine, deleted)
    assert _dump(recording) == after_edit
    redo_edit = undo.undo(recording.engine, edited)
    assert _dump(recording) == after_create
    redo_create = undo.undo(recording.engine, created)
    assert _dump(recording) == start

    undo.redo(recording.engine, redo_create)
    assert _dump(recording) == after_create
    undo.redo(recording.engine, redo_edit)
    assert _dump(recording) == after_edit
    undo.redo(recording.engine, redo_delete)
    assert _dump(recording) == after_delete


def test_contact_deleted_with_conversations_comes_back_whole(recording: Database) -> None:
    due = datetime(2030, 5, 1, 9, tzinfo=UTC)
    with recording.transaction() as session:
        carla = create_contact(session, ContactInput(name="Carla Smit", notes="Met at the fair"))
        ids = [
            create_conversation(
                session,
                ConversationInput(contact_id=carla.id, notes=f"talk {n}"),
                [QuestionChoice("How did you start?", answer="By chance"), QuestionChoice("Who?")],
            ).id
            for n in (1, 2)
        ]
        create_follow_up(session, "Send thanks", due, conversation_id=ids[0])
        for name in ("Dirk", "Eva"):
            create_contact(
                session,
                ContactInput(name=name, introduced_by_id=carla.id, introduced_in_id=ids[1]),
            )
        carla_id = carla.id
    before = _dump(recording)

    step = _step(recording, lambda s: delete_contact(s, carla_id))
    with recording.session() as session:
        introducers = {
            c.name: (c.introduced_by_id, c.introduced_in_id) for c in session.query(Contact)
        }
    assert introducers == {"Dirk": (None, None), "Eva": (None, None)}

    assert step is not None
    redo_step = undo.undo(recording.engine, step)
    assert _dump(recording) == before
    with recording.session() as session:
        dirk = session.query(Contact).filter_by(name="Dirk").one()
        assert (dirk.introduced_by_id, dirk.introduced_in_id) == (carla_id, ids[1])
        talks = session.scalars(select(Conversation.id).where(Conversation.contact_id == carla_id))
        assert len(talks.all()) == 2

    assert redo_step is not None
    undo.redo(recording.engine, redo_step)
    with recording.session() as session:
        assert session.get(Contact, carla_id) is None


def test_several_steps_are_undone_newest_first(recording: Database) -> None:
    states, steps = [_dump(recording)], []
    for name in ("Anna", "Bert", "Carla"):
        steps.append(_step(recording, lambda s, n=name: create_contact(s, ContactInput(name=n))))
        states.append(_dump(recording))
    for step, state in zip(reversed(steps), reversed(states[:-1]), strict=True):
        undo.undo(recording.engine, step)
        assert _dump(recording) == state


def test_many_rows_in_one_step_are_undone_and_redone_exactly(
    recording: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs of inserts and deletes are replayed in batches (here of 2 rows): the result is
    still exact, also when people in one batch introduced each other."""
    monkeypatch.setattr(undo, "BATCH_ROWS", 2)
    empty = _dump(recording)

    def add_chain(session: Session) -> None:
        introducer = None
        for name in ("Anna", "Bert", "Carla", "Daan", "Eva"):
            introducer = create_contact(
                session, ContactInput(name=name, introduced_by_id=introducer)
            ).id

    added = _step(recording, add_chain)
    chain = _dump(recording)
    removed = _step(recording, lambda s: s.query(Contact).delete())
    assert _dump(recording) == empty
    redo_remove = undo.undo(recording.engine, removed)
    assert _dump(recording) == chain
    undo_remove = undo.redo(recording.engine, redo_remove)
    assert _dump(recording) == empty
    undo.undo(recording.engine, undo_remove)
    assert _dump(recording) == chain
    undo.undo(recording.engine, added)
    assert _dump(recording) == empty


def test_a_write_that_changes_nothing_is_no_step(recording: Database) -> None:
    carla = _step(recording, lambda s: create_contact(s, ContactInput(name="Carla")))
    assert carla is not None
    assert _step(recording, lambda s: s.query(Contact).all()) is None


def test_columns_added_later_are_recorded(tmp_path: Path) -> None:
    database = open_database(tmp_path / "later.sqlite3")
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE contact ADD COLUMN pronouns TEXT")
        with Session(bind=connection) as session:
            create_contact(session, ContactInput(name="Carla"))
            session.flush()
        connection.exec_driver_sql("UPDATE contact SET pronouns='she/her'")
    database.record_undo()
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE contact SET pronouns='they/them'")
        step = undo.close_step(connection)
    undo.undo(database.engine, step)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT pronouns FROM contact").scalar() == "she/her"
    database.close()


def test_the_command_line_records_nothing(tmp_path: Path) -> None:
    from netplanner.cli import main

    path = tmp_path / "cli.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    database = open_database(path)
    with database.transaction() as session:
        delete_contact(session, session.query(Contact).first().id)
    assert _log_count(database) == 0
    database.close()


def test_clear_log_empties_it(recording: Database) -> None:
    _step(recording, lambda s: create_contact(s, ContactInput(name="Carla")))
    assert _log_count(recording) > 0
    undo.clear_log(recording.engine)
    assert _log_count(recording) == 0


def test_deleted_text_is_gone_from_the_file_after_closing(recording: Database) -> None:
    secret = "Secret-note-about-Bert-91c2"
    carla = []
    _step(
        recording,
        lambda s: carla.append(create_contact(s, ContactInput(name="Bert", notes=secret * 40)).id),
    )
    _step(recording, lambda s: delete_contact(s, carla[0]))
    recording.close()
    files = [recording.path, recording.path.with_name(recording.path.name + "-wal")]
    blob = b"".join(path.read_bytes() for path in files if path.exists())
    assert secret.encode() not in blob


def test_log_is_shared_by_pooled_connections(recording: Database) -> None:
    """Two connections open at once; each records into the one log in the file."""
    with recording.engine.connect() as first, recording.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        with second.begin():
            with Session(bind=second) as session:
                create_contact(session, ContactInput(name="Carla"))
                session.flush()
            added = undo.close_step(second)
        with first.begin():
            first.exec_driver_sql("UPDATE contact SET role='Nurse' WHERE name='Carla'")
            edited = undo.close_step(first)
    assert (added, edited) == (1, 2)
    undo.undo(recording.engine, edited)
    with recording.session() as session:
        assert session.query(Contact).filter_by(name="Carla").one().role == ""
    undo.undo(recording.engine, added)
    with recording.session() as session:
        assert session.query(Contact).filter_by(name="Carla").count() == 0


def test_undo_that_no_longer_fits_the_data_changes_nothing(recording: Database) -> None:
    with recording.transaction() as session:
        carla = create_contact(session, ContactInput(name="Carla"))
        talk = create_conversation(session, ConversationInput(contact_id=carla.id))
        carla_id, talk_id = carla.id, talk.id
    step = _step(recording, lambda s: delete_conversation(s, talk_id))
    # Meanwhile the command line (not recorded) deletes Carla herself.
    with sqlite3.connect(recording.path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM contact WHERE id=?", (carla_id,))
    before = _dump(recording)
    with pytest.raises(undo.UndoError):
        undo.undo(recording.engine, step)
    assert _dump(recording) == before
    with pytest.raises(undo.UndoError):
        undo.undo(recording.engine, 999)


def test_every_table_is_recorded_or_deliberately_left_out() -> None:
    tables = set(Base.metadata.tables)
    assert tables <= set(undo.RECORDED_TABLES) | set(undo.NOT_RECORDED)
    assert set(undo.RECORDED_TABLES) <= tables

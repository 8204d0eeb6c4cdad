"""The app's services on both engines: an SQLite file and a practice server, where the
client works through their own login under row-level security."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import (
    create_contact,
    delete_contact,
    list_contact_rows,
    update_contact,
)
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.models import Contact, ContactDetail, Conversation
from netplanner.core.network.chains import network_tree
from netplanner.core.progress import progress_report
from netplanner.storage.database import Database
from netplanner.storage.sqlite import undo


def _names(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(row.name for row in list_contact_rows(session))


def _step(database: Database, work: Callable[[Session], object]) -> int | None:
    """One unit of work as the window does it: the work and its undo step together."""
    with database.transaction() as session:
        undo.discard_open_changes(session.connection())
        work(session)
        session.flush()
        return undo.close_step(session.connection())


def test_the_example_network_reads_the_same_on_both(any_demo_database: Database) -> None:
    names = _names(any_demo_database)
    assert len(names) == 12 and "Carla Smit" in names
    with any_demo_database.session() as session:
        tree = network_tree(session)
        report = progress_report(session)
    assert sum(1 for _ in tree) >= 1
    assert report is not None


def test_an_import_gives_each_contact_its_own_details(
    any_database: Database, tmp_path: Path
) -> None:
    """Ids come back in the rows' order on both engines (the server's from a sequence)."""
    from netplanner.cli import main

    vcf = tmp_path / "people.vcf"
    people = ["Jan de Vries", "Jan de Vries", "سارة القحطاني", "שרה כהן", "Nguyễn Thị 🌸"]
    vcf.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:p{i}@example.org\r\n"
            f"EMAIL:p{i}@home.example\r\nEND:VCARD\r\n"
            for i, name in enumerate(people)
        ),
        encoding="utf-8",
    )
    location = str(any_database.location)
    if any_database.server is not None:
        location = any_database.server.location.url
    assert main(["--db", location, "import", "vcard", str(vcf)]) == 0
    with any_database.session() as session:
        rows = session.execute(
            select(Contact.name, Contact.email, ContactDetail.value)
            .join(ContactDetail, ContactDetail.contact_id == Contact.id)
            .order_by(Contact.id)
        ).all()
    assert [(name, email, home) for name, email, home in rows] == [
        (name, f"p{i}@example.org", f"p{i}@home.example") for i, name in enumerate(people)
    ]


def test_undo_and_redo_on_both(any_database: Database) -> None:
    any_database.record_undo()
    created = _step(
        any_database,
        lambda s: create_contact(s, ContactInput(name="Łukasz Wójcik", notes="100% sure")),
    )
    with any_database.session() as session:
        lukasz = session.scalars(select(Contact.id).where(Contact.name == "Łukasz Wójcik")).one()
    edited = _step(
        any_database,
        lambda s: update_contact(s, lukasz, ContactInput(name="Łukasz Wójcik", notes="50% it's")),
    )
    assert created is not None and edited is not None
    redo_edit = undo.undo(any_database.engine, edited)
    with any_database.session() as session:
        assert session.get(Contact, lukasz).notes == "100% sure"
    redo_create = undo.undo(any_database.engine, created)
    assert "Łukasz Wójcik" not in _names(any_database)
    assert redo_create is not None and redo_edit is not None
    undo.undo(any_database.engine, redo_create)
    undo.undo(any_database.engine, redo_edit)
    with any_database.session() as session:
        assert session.get(Contact, lukasz).notes == "50% it's"


def test_a_delete_with_cascades_comes_back_whole(any_database: Database) -> None:
    any_database.record_undo()
    with any_database.transaction() as session:
        carla = create_contact(session, ContactInput(name="Carla Smit", email="c@x.example"))
        session.flush()
        create_conversation(session, ConversationInput(contact_id=carla.id, purpose="Zorg-IT"))
    deleted = _step(any_database, lambda s: delete_contact(s, carla.id))
    assert deleted is not None
    with any_database.session() as session:
        assert session.scalars(select(Conversation)).all() == []
    undo.undo(any_database.engine, deleted)
    with any_database.session() as session:
        (conversation,) = session.scalars(select(Conversation)).all()
        assert conversation.contact_id == carla.id and conversation.purpose == "Zorg-IT"


def test_a_stale_save_is_refused_and_the_first_is_kept(any_database: Database) -> None:
    """Two windows on one contact: the second save is refused, nothing is overwritten."""
    with any_database.transaction() as session:
        contact_id = create_contact(session, ContactInput(name="Daan Bakker")).id
    with any_database.session() as one, any_database.session() as two:
        mine, theirs = one.get(Contact, contact_id), two.get(Contact, contact_id)
    # Each window keeps its copy, and saves it later in a session of its own.
    with any_database.transaction() as session:
        session.add(mine)
        mine.notes = "Window one: met at the meetup"
    with pytest.raises(StaleDataError), any_database.transaction() as session:
        session.add(theirs)
        theirs.notes = "Window two: never met"
    with any_database.session() as session:
        assert session.get(Contact, contact_id).notes == "Window one: met at the meetup"


def test_stale_bank_question_and_follow_up_saves_are_refused(any_database: Database) -> None:
    """The version a window showed of a bank, a question and a follow-up: once another
    window saved them, a save with it is refused and theirs is kept, on both engines."""
    from datetime import UTC, datetime, timedelta

    from netplanner.core import banks
    from netplanner.core.errors import ChangedElsewhereError
    from netplanner.core.followups.stored import create_follow_up, get_follow_up, snooze

    due = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with any_database.transaction() as session:
        bank = banks.create_bank(session, "Zorg-IT", "nl")
        question = banks.add_question(session, bank.id, "Hoe ziet je werkdag eruit?", "work")
        follow_up = create_follow_up(session, "Stuur Femke mijn cv", due)
        shown = (bank.id, bank.version, question.id, question.version, follow_up.id)
        follow_up_version = follow_up.version
    bank_id, bank_version, question_id, question_version, follow_up_id = shown
    with any_database.transaction() as session:  # the other window
        banks.update_bank(session, bank_id, "Zorg-IT (coach)", "nl", "")
        banks.update_question(session, question_id, "Wat doe je op een gewone dag?", "work")
        snooze(session, follow_up_id, due + timedelta(days=7))
    for save in (
        lambda s: banks.update_bank(s, bank_id, "Mijn", "nl", "", loaded_version=bank_version),
        lambda s: banks.update_question(
            s, question_id, "Hoe begon je?", "path", loaded_version=question_version
        ),
        lambda s: snooze(s, follow_up_id, due, loaded_version=follow_up_version),
    ):
        with pytest.raises(ChangedElsewhereError), any_database.transaction() as session:
            save(session)
    with any_database.session() as session:
        assert banks.get_bank(session, bank_id).name == "Zorg-IT (coach)"
        assert banks.get_question(session, question_id).text == "Wat doe je op een gewone dag?"
        assert get_follow_up(session, follow_up_id).due_at == due + timedelta(days=7)

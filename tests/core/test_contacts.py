from __future__ import annotations

import pytest

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import (
    create_contact,
    delete_contact,
    deletion_impact,
    get_contact,
    list_contact_rows,
    update_contact,
)
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.errors import IntroductionLoopError, NotFoundError, ValidationError
from netplanner.core.text import fold, matches_all_terms


def test_create_contact_trims_and_keeps_every_field(database) -> None:
    with database.transaction() as session:
        contact = create_contact(
            session,
            ContactInput(
                name="  Zoë Jansen ",
                role="UX researcher",
                specialism="healthcare apps",
                organisation="MedApp",
                sector="health",
                region="Utrecht",
                email="zoe@example.org",
                phone="+31 6 1234 5678",
                linkedin_url="https://www.linkedin.com/in/zoe",
                how_we_know="Choir",
                notes="Likes <b>bold</b> & co",
                tags="ux, UX , health,",
            ),
        )
    with database.session() as session:
        stored = get_contact(session, contact.id)
    assert stored.name == "Zoë Jansen"
    assert stored.notes == "Likes <b>bold</b> & co"
    assert stored.tags == "ux, health"
    assert stored.created_at.tzinfo is not None


def test_name_is_required(database) -> None:
    with pytest.raises(ValidationError), database.transaction() as session:
        create_contact(session, ContactInput(name="   "))


def test_introduction_is_stored_and_listed(database) -> None:
    with database.transaction() as session:
        anna = create_contact(session, ContactInput(name="Anna de Vries"))
        bert = create_contact(session, ContactInput(name="Bert", introduced_by_id=anna.id))
    with database.session() as session:
        rows = {row.name: row for row in list_contact_rows(session)}
    assert rows["Bert"].introduced_by_id == anna.id
    assert rows["Bert"].introduced_by == "Anna de Vries"
    assert rows["Anna de Vries"].introduced_by == ""
    assert bert.id != anna.id


def test_introduction_loop_is_refused(database) -> None:
    with database.transaction() as session:
        a = create_contact(session, ContactInput(name="A"))
        b = create_contact(session, ContactInput(name="B", introduced_by_id=a.id))
        c = create_contact(session, ContactInput(name="C", introduced_by_id=b.id))
    with (
        pytest.raises(IntroductionLoopError, match="C was introduced"),
        database.transaction() as s,
    ):
        update_contact(s, a.id, ContactInput(name="A", introduced_by_id=c.id))
    with pytest.raises(IntroductionLoopError, match="themselves"), database.transaction() as s:
        update_contact(s, a.id, ContactInput(name="A", introduced_by_id=a.id))
    with database.session() as session:
        assert get_contact(session, a.id).introduced_by_id is None


def test_unknown_introducer_is_refused(database) -> None:
    with pytest.raises(NotFoundError), database.transaction() as session:
        create_contact(session, ContactInput(name="X", introduced_by_id=999))


def test_delete_says_what_goes_and_keeps_introduced_people(database) -> None:
    with database.transaction() as session:
        anna = create_contact(session, ContactInput(name="Anna"))
        create_contact(session, ContactInput(name="Bert", introduced_by_id=anna.id))
        create_conversation(session, ConversationInput(contact_id=anna.id))
    with database.session() as session:
        impact = deletion_impact(session, anna.id)
    assert (impact.conversations, impact.introduced_contacts) == (1, 1)
    with database.transaction() as session:
        delete_contact(session, anna.id)
    with database.session() as session:
        rows = list_contact_rows(session)
    assert [(r.name, r.introduced_by_id) for r in rows] == [("Bert", None)]


def test_search_is_case_and_accent_insensitive() -> None:
    haystack = fold("Zoë Jansen UX researcher MedApp Ūtrecht")
    assert matches_all_terms(haystack, "zoe utrecht")
    assert matches_all_terms(haystack, "  ux   MEDAPP ")
    assert not matches_all_terms(haystack, "zoe amsterdam")
    assert matches_all_terms(
        fold("Şükrü Yılmaz, Łukasz Wójcik, Søren"), "sukru yilmaz lukasz soren"
    )

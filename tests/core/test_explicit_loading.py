"""Relationships never load by themselves; the services that hand out objects load what
their users read, whatever the session already holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import InvalidRequestError

from netplanner.core.banks import get_bank
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, get_contact
from netplanner.core.conversations import get_conversation
from netplanner.core.models import Base, Contact, Conversation, QuestionBank


def test_every_relationship_raises_instead_of_loading() -> None:
    lazy = {
        str(relationship): relationship.lazy
        for mapper in Base.registry.mappers
        for relationship in mapper.relationships
    }
    assert len(lazy) == 10
    assert set(lazy.values()) == {"raise"}


def test_a_plain_query_leaves_relationships_unloaded(demo_database) -> None:
    with demo_database.session() as session:
        conversation = session.scalars(select(Conversation)).first()
        with pytest.raises(InvalidRequestError, match="lazy='raise'"):
            _ = conversation.contact


def test_the_services_load_what_the_session_already_holds_without_it(demo_database) -> None:
    with demo_database.transaction() as session:
        contact_id = create_contact(session, ContactInput(name="Noor", email="noor@example.org")).id
    with demo_database.session() as session:
        held = {c.id: c for c in session.scalars(select(Contact))}  # details not loaded
        assert get_contact(session, contact_id) is held[contact_id]
        assert held[contact_id].emails == ["noor@example.org"]
        first = session.scalars(select(Conversation)).first()
        loaded = get_conversation(session, first.id)
        assert loaded is first and loaded.contact.name and loaded.questions is not None
        bank = session.scalars(select(QuestionBank)).first()
        assert get_bank(session, bank.id).questions

"""Merging two contacts that are the same person: nothing of either is lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, get_contact
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.errors import IntroductionLoopError, NotFoundError, ValidationError
from netplanner.core.followups.stored import create_follow_up
from netplanner.core.imports.merge import merge_contacts
from netplanner.core.models import Contact, Conversation, FollowUp


def _contact(session, name: str, **fields) -> int:
    return create_contact(session, ContactInput(name=name, **fields)).id


def test_merge_keeps_conversations_follow_ups_and_introductions(database) -> None:
    with database.transaction() as session:
        keep = _contact(session, "Carla Smit", email="carla@medapp.nl", tags="ux")
        other = _contact(
            session,
            "Carla Smit-de Boer",
            email="c.smit@gmail.com",
            phone="+31 6 1234 5678",
            role="UX researcher",
            notes="From LinkedIn.",
            tags="UX, healthcare",
        )
        talk = create_conversation(session, ConversationInput(contact_id=other)).id
        create_conversation(session, ConversationInput(contact_id=keep))
        follow_up = create_follow_up(session, "Send thanks", datetime.now(UTC), contact_id=other).id
        named = _contact(session, "Şükrü Yılmaz", introduced_by_id=other, introduced_in_id=talk)
        get_contact(session, other).created_at = datetime(2020, 1, 1, tzinfo=UTC)
    with database.transaction() as session:
        merged = merge_contacts(session, keep, other)
        assert merged.id == keep
    with database.session() as session:
        assert session.get(Contact, other) is None
        carla = get_contact(session, keep)
        assert (carla.phone, carla.role) == ("+31 6 1234 5678", "UX researcher")
        assert carla.email == "carla@medapp.nl"  # keep's own value stays...
        assert carla.emails == ["carla@medapp.nl", "c.smit@gmail.com"]  # ...the other one is kept
        assert "Name: Carla Smit-de Boer" in carla.notes
        assert carla.notes.endswith("From LinkedIn.")
        assert carla.tags == "ux, healthcare"
        assert carla.created_at == datetime(2020, 1, 1, tzinfo=UTC)  # the earliest
        talks = set(session.scalars(select(Conversation.id).where(Conversation.contact_id == keep)))
        assert talk in talks and len(talks) == 2
        assert session.get(FollowUp, follow_up).contact_id == keep
        sukru = get_contact(session, named)
        assert (sukru.introduced_by_id, sukru.introduced_in_id) == (keep, talk)


def test_a_contact_is_not_merged_with_itself(database) -> None:
    with database.transaction() as session:
        anna = _contact(session, "Anna")
    with pytest.raises(ValidationError, match="itself"), database.transaction() as session:
        merge_contacts(session, anna, anna)
    with pytest.raises(NotFoundError), database.transaction() as session:
        merge_contacts(session, anna, 999)


def test_keep_introduced_by_other_takes_the_introducer_of_other(database) -> None:
    with database.transaction() as session:
        anna = _contact(session, "Anna de Vries")
        talk = create_conversation(session, ConversationInput(contact_id=anna)).id
        other = _contact(session, "Carla", introduced_by_id=anna, introduced_in_id=talk)
        keep = _contact(session, "Carla Smit", introduced_by_id=other)
    with database.transaction() as session:
        merged = merge_contacts(session, keep, other)
        assert (merged.introduced_by_id, merged.introduced_in_id) == (anna, talk)


def test_other_introduced_by_keep_leaves_keep_without_a_self_introduction(database) -> None:
    with database.transaction() as session:
        bert = _contact(session, "Bert")
        keep = _contact(session, "Daan", introduced_by_id=bert)
        other = _contact(session, "Daan Bakker", introduced_by_id=keep)
    with database.transaction() as session:
        assert merge_contacts(session, keep, other).introduced_by_id == bert
    with database.transaction() as session:
        lonely = _contact(session, "Eva")
        copy = _contact(session, "Eva M.", introduced_by_id=lonely)
        merged = merge_contacts(session, lonely, copy)
        assert merged.introduced_by_id is None  # not introduced by herself


def test_an_empty_introducer_is_filled_from_other(database) -> None:
    with database.transaction() as session:
        femke = _contact(session, "Femke")
        keep = _contact(session, "Gijs")
        other = _contact(session, "Gijs de Boer", introduced_by_id=femke)
    with database.transaction() as session:
        assert merge_contacts(session, keep, other).introduced_by_id == femke


def test_a_merge_that_would_loop_is_refused_and_changes_nothing(database) -> None:
    # other introduced Hanna, Hanna introduced keep: merged, the person would have
    # introduced (via Hanna) themselves.
    with database.transaction() as session:
        other = _contact(session, "Irene K.")
        hanna = _contact(session, "Hanna", introduced_by_id=other)
        keep = _contact(session, "Irene Kok", introduced_by_id=hanna, notes="Runs")
        create_conversation(session, ConversationInput(contact_id=other))
    with (
        pytest.raises(IntroductionLoopError, match="Hanna introduced one of them"),
        database.transaction() as session,
    ):
        merge_contacts(session, keep, other)
    with database.session() as session:
        assert get_contact(session, other).name == "Irene K."
        assert get_contact(session, keep).notes == "Runs"
        talks = session.scalars(select(Conversation.id).where(Conversation.contact_id == other))
        assert len(talks.all()) == 1


def test_identical_notes_are_not_repeated(database) -> None:
    created = datetime.now(UTC) - timedelta(days=3)
    with database.transaction() as session:
        keep = _contact(session, "Joost", notes="Met at the library.", email="j@x.nl")
        other = _contact(session, "joost", notes="Met at the library.", email="J@X.NL")
        get_contact(session, keep).created_at = created
    with database.transaction() as session:
        merged = merge_contacts(session, keep, other)
        assert merged.notes == "Met at the library."
        assert merged.created_at == created

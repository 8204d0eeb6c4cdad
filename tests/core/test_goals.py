"""Goal rows for the list, and deleting a goal without losing its conversations."""

from __future__ import annotations

import pytest

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, create_conversation, get_conversation
from netplanner.core.errors import NotFoundError
from netplanner.core.goals import (
    GoalInput,
    create_goal,
    delete_goal,
    linked_conversation_count,
    list_goal_rows,
)


def test_rows_put_active_goals_first(database) -> None:
    with database.transaction() as session:
        create_goal(session, GoalInput(target_role="Data analyst", active=False))
        create_goal(session, GoalInput(target_role="UX researcher", specialism="healthcare"))
    with database.session() as session:
        rows = list_goal_rows(session)
    assert [(r.title, r.active, r.language) for r in rows] == [
        ("UX researcher · healthcare", True, "en"),
        ("Data analyst", False, "en"),
    ]


def test_deleting_a_goal_keeps_its_conversations(database) -> None:
    with database.transaction() as session:
        goal = create_goal(session, GoalInput(target_role="UX researcher"))
        anna = create_contact(session, ContactInput(name="Anna"))
        ids = [
            create_conversation(session, ConversationInput(contact_id=anna.id, goal_id=goal.id)).id
            for _ in range(2)
        ]
    with database.session() as session:
        assert linked_conversation_count(session, goal.id) == 2
    with database.transaction() as session:
        assert delete_goal(session, goal.id) == 2
    with database.session() as session:
        assert list_goal_rows(session) == []
        assert [get_conversation(session, i).goal_id for i in ids] == [None, None]
        with pytest.raises(NotFoundError):
            delete_goal(session, goal.id)


def test_a_new_goals_ask_follows_the_windows_language() -> None:
    from netplanner.core.goals import ask_language, new_goal_input

    assert [ask_language(x) for x in ("nl", "nl_BE", "nl-NL", "NL", "en_GB", "de", "")] == [
        "nl", "nl", "nl", "nl", "en", "en", "en",
    ]  # fmt: skip
    assert new_goal_input("nl").language == "nl"
    assert new_goal_input().language == "en"

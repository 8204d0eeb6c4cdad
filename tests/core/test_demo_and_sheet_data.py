from __future__ import annotations

from collections import Counter

import pytest

from netplanner.core.contacts import list_contact_rows
from netplanner.core.conversations import list_conversation_rows
from netplanner.core.demo import load_demo
from netplanner.core.errors import ValidationError
from netplanner.core.goals import list_goals
from netplanner.core.sheets import prep_sheet_data


def test_demo_is_a_small_believable_network(demo_database) -> None:
    with demo_database.session() as session:
        contacts = list_contact_rows(session)
        conversations = list_conversation_rows(session)
        goals = list_goals(session)
    assert 10 <= len(contacts) <= 15
    assert sum(1 for c in contacts if c.introduced_by_id) >= 4
    assert len(conversations) == 4
    assert len(Counter(c.status for c in conversations)) == 4
    assert len(goals) == 1


def test_demo_goes_only_into_an_empty_file(demo_database) -> None:
    with pytest.raises(ValidationError), demo_database.transaction() as session:
        load_demo(session)


def test_sheet_data_carries_contact_introducer_goal_and_questions(demo_database) -> None:
    with demo_database.session() as session:
        row = next(r for r in list_conversation_rows(session) if r.contact_name == "Carla Smit")
        data = prep_sheet_data(session, row.id)
    assert data.contact_name == "Carla Smit"
    assert data.contact_organisation == "MedApp Studio"
    assert data.introduced_by == "Anna de Vries"
    assert "psychology" in data.how_we_know  # how the user knows Anna
    assert "UX researcher" in data.goal and "healthcare apps" in data.goal
    assert len(data.questions) == 7
    assert data.starts_at is not None and data.starts_at.tzinfo is not None

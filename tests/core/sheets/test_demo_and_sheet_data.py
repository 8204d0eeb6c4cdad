from __future__ import annotations

from collections import Counter

import pytest

from netplanner.core.contacts import list_contact_rows
from netplanner.core.conversations import list_conversation_rows
from netplanner.core.demo.example import load_demo
from netplanner.core.errors import ValidationError
from netplanner.core.goals import list_goals
from netplanner.core.sheets.reading import prep_sheet_data


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
    assert data.how_we_know == ""  # how the user knows Carla: not how they know Anna
    assert "UX researcher" in data.goal and "healthcare apps" in data.goal
    assert len(data.questions) == 7
    assert data.starts_at is not None and data.starts_at.tzinfo is not None


def _example(tmp_path, language: str, now):
    from netplanner.datafile import open_data_file

    database = open_data_file(tmp_path / f"example-{language}.sqlite3", daily_backup=False)
    with database.transaction() as session:
        load_demo(session, now, language=language)
    return database


def test_the_dutch_example_network_is_the_same_network_in_dutch_words(tmp_path) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import select

    from netplanner.core.followups.today import today_overview
    from netplanner.core.models import (
        Conversation,
        ConversationQuestion,
        FollowUp,
        Question,
        QuestionBank,
    )

    now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # a Thursday
    shapes, words = {}, {}
    for language in ("en", "nl"):
        database = _example(tmp_path, language, now)
        with database.session() as session:
            contacts = list_contact_rows(session)
            conversations = list_conversation_rows(session)
            (goal,) = list_goals(session)
            today = today_overview(session, now)
            bank_languages = set(
                session.scalars(
                    select(QuestionBank.language)
                    .join(Question, Question.bank_id == QuestionBank.id)
                    .join(
                        ConversationQuestion, ConversationQuestion.source_question_id == Question.id
                    )
                )
            )
            shapes[language] = (
                sorted((c.name, c.organisation, c.introduced_by_id) for c in contacts),
                sorted((c.contact_name, c.status, c.kind) for c in conversations),
                [len(getattr(today, part)) for part in ("overdue", "today", "thank_yous")],
                len(session.scalars(select(FollowUp)).all()),
            )
            words[language] = {
                "goal": (goal.language, goal.target_role, goal.specialism),
                "banks": bank_languages,
                "purposes": " ".join(c.purpose for c in session.scalars(select(Conversation))),
                "roles": {c.name: c.role for c in contacts},
            }
        database.close()
    assert shapes["nl"] == shapes["en"]  # the same people, introductions and stages
    assert words["en"]["goal"] == ("en", "UX researcher", "healthcare apps")
    assert words["nl"]["goal"] == ("nl", "UX-researcher", "zorgapps")
    assert words["en"]["banks"] == {"en"} and words["nl"]["banks"] == {"nl"}
    assert "Horen wat UX-onderzoek" in words["nl"]["purposes"]
    assert words["nl"]["roles"]["Bert Jansen"] == "Buurman"
    assert words["en"]["roles"]["Bert Jansen"] == "Neighbour"


def test_sheets_read_together_match_sheets_read_one_by_one(demo_database) -> None:
    from netplanner.core.errors import NotFoundError
    from netplanner.core.sheets.reading import prep_sheets_data

    with demo_database.session() as session:
        ids = [row.id for row in list_conversation_rows(session)][::-1]
        together = prep_sheets_data(session, ids, "nl")
        one_by_one = [prep_sheet_data(session, i, "nl") for i in ids]
        assert together == one_by_one  # same sheets, in the order asked
        with pytest.raises(NotFoundError):
            prep_sheets_data(session, [ids[0], 9999])


@pytest.mark.parametrize(
    "hour", [4, 23], ids=["loaded at four in the morning", "loaded at eleven at night"]
)
def test_the_example_meets_at_working_hours_whenever_it_is_loaded(
    tmp_path, monkeypatch: pytest.MonkeyPatch, hour: int
) -> None:
    import time as clock
    from datetime import UTC, datetime

    from sqlalchemy import select

    from netplanner.core.models import Conversation, FollowUp

    if not hasattr(clock, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "America/New_York")  # far from UTC: local hours must be local
    clock.tzset()
    try:
        now = datetime(2026, 11, 28, hour, 0, tzinfo=UTC)  # a Saturday
        database = _example(tmp_path, "en", now)
        with database.session() as session:
            starts = session.scalars(select(Conversation.starts_at)).all()
            dues = session.scalars(select(FollowUp.due_at)).all()
        database.close()
        moments = [moment.astimezone() for moment in starts if moment is not None]
        assert len(moments) == 3
        for moment in moments:
            assert moment.weekday() < 5, moment  # a working day
            assert 9 <= moment.hour < 18, moment  # at working hours, local time
        assert {due.astimezone().hour for due in dues} == {9}
    finally:
        monkeypatch.undo()
        clock.tzset()

"""A prep sheet read with plain SQL says exactly what the conversation holds.

Since issue #7 the sheet is read without the ORM (``core.sheets.reading``); these tests
keep the ORM's view of the same conversation as the yardstick.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

from netplanner.core.checks.ask.composer import compose_opening_line, describe_goal
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import (
    ConversationInput,
    QuestionChoice,
    create_conversation,
    get_conversation,
    list_conversation_rows,
)
from netplanner.core.network.chains import chain_of
from netplanner.core.queries.plain import PlainQueries
from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.core.sheets.reading import prep_sheet_data, prep_sheets_data, read_prep_sheets


def _as_the_orm_sees_it(session, conversation_id: int, fallback: str) -> PrepSheetData:
    conversation = get_conversation(session, conversation_id)
    contact = conversation.contact
    language = conversation.goal.language if conversation.goal else fallback
    chain = [link.name for link in chain_of(session, contact.id).people]
    introducer = chain[-2] if len(chain) > 1 else ""
    goal = conversation.goal
    return PrepSheetData(
        contact_name=contact.name,
        contact_role=contact.role,
        contact_specialism=contact.specialism,
        contact_organisation=contact.organisation,
        contact_phone=contact.phone,
        contact_email=contact.email,
        kind=conversation.kind,
        starts_at=conversation.starts_at,
        duration_minutes=conversation.duration_minutes,
        place=conversation.place,
        introduced_by=introducer,
        introduced_via=tuple(chain[:-2]),
        how_we_know=contact.how_we_know,
        goal=describe_goal(goal) if goal else "",
        opening_line=compose_opening_line(goal, contact.name, introducer) if goal else "",
        purpose=conversation.purpose,
        notes=conversation.notes,
        questions=[SheetQuestion(q.text, q.answer) for q in conversation.questions],
        language=language,
    )


def test_every_example_sheet_says_what_the_conversation_holds(demo_database) -> None:
    with demo_database.session() as session:
        ids = [row.id for row in list_conversation_rows(session)]
        for fallback in ("en", "nl"):
            sheets = prep_sheets_data(session, ids, fallback)
            expected = [_as_the_orm_sees_it(session, i, fallback) for i in ids]
            assert sheets == expected
    assert any(sheet.questions for sheet in sheets)
    assert any(sheet.introduced_by for sheet in sheets)


def test_a_sheet_read_straight_from_the_file_is_the_same(demo_database) -> None:
    with demo_database.session() as session:
        ids = [row.id for row in list_conversation_rows(session)]
        through_the_session = prep_sheets_data(session, ids)
    connection = sqlite3.connect(demo_database.path)
    try:
        assert read_prep_sheets(PlainQueries(connection), ids) == through_the_session
    finally:
        connection.close()


def test_times_questions_and_odd_introductions(database) -> None:
    """A time given in another zone, questions in their order, an introduction loop and
    an introducer that no longer exists (both only possible in old or hand-edited files)."""
    amsterdam = timezone(timedelta(hours=1))
    with database.transaction() as session:
        anna = create_contact(session, ContactInput(name="Anna", how_we_know="Choir"))
        bert = create_contact(session, ContactInput(name="Bert", how_we_know="Neighbour"))
        carla = create_contact(session, ContactInput(name="Carla", how_we_know="Old job"))
        ids = {
            who.name: create_conversation(
                session,
                ConversationInput(
                    contact_id=who.id,
                    starts_at=datetime(2026, 12, 1, 9, 30, 15, 250, tzinfo=amsterdam),
                ),
                [QuestionChoice("What came first?", answer="Luck"), QuestionChoice("Then?")],
            ).id
            for who in (anna, bert, carla)
        }
        names = {anna.id: "Anna", bert.id: "Bert", carla.id: "Carla"}
    connection = sqlite3.connect(database.path)
    with connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE contact SET introduced_by_id = ? WHERE name = 'Anna'", (2,))
        connection.execute("UPDATE contact SET introduced_by_id = ? WHERE name = 'Bert'", (1,))
        connection.execute("UPDATE contact SET introduced_by_id = 999 WHERE name = 'Carla'")
        # Reordered questions keep their ids: the sheet follows their positions.
        connection.execute("UPDATE conversation_question SET position = 1 - position")
    connection.close()
    assert names == {1: "Anna", 2: "Bert", 3: "Carla"}

    with database.session() as session:
        anna_sheet, bert_sheet, carla_sheet = (
            prep_sheet_data(session, ids[name]) for name in ("Anna", "Bert", "Carla")
        )
        for name, sheet in zip(ids, (anna_sheet, bert_sheet, carla_sheet), strict=True):
            assert sheet == _as_the_orm_sees_it(session, ids[name], "en")
    moment = datetime(2026, 12, 1, 8, 30, 15, 250, tzinfo=UTC)
    assert anna_sheet.starts_at == moment and anna_sheet.starts_at.tzinfo is not None
    assert anna_sheet.questions == [
        SheetQuestion("Then?"),
        SheetQuestion("What came first?", "Luck"),
    ]
    # The loop is cut at its lowest id (Anna): she counts as known directly.
    assert (anna_sheet.introduced_by, anna_sheet.introduced_via) == ("", ())
    assert (bert_sheet.introduced_by, bert_sheet.introduced_via) == ("Anna", ())
    assert bert_sheet.how_we_know == "Neighbour"  # how the user knows Bert, not Anna
    assert (carla_sheet.introduced_by, carla_sheet.introduced_via) == ("", ())
    assert carla_sheet.how_we_know == "Old job"

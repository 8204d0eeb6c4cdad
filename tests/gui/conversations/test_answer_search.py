"""Searching what people said, across all conversations, from the Conversations tab."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from netplanner.core.answers import AnswerHit
from netplanner.core.conversations import QuestionChoice, get_conversation, set_questions
from netplanner.gui.conversations.answer_results import (
    AnswerHitModel,
    ConversationIdRole,
    QuestionRole,
    WhoWhenRole,
    format_date,
)

ANSWER = "Regular working hours, except in the week before a release."


def _note_answer(context, conversation_id: int, row: int, answer: str) -> str:
    """Writes an answer straight into the data file; returns the question's text."""
    with context.transaction() as session:
        questions = get_conversation(session, conversation_id).questions
        choices = [QuestionChoice(q.text, q.source_question_id, q.answer) for q in questions]
        choices[row] = QuestionChoice(choices[row].text, choices[row].source_question_id, answer)
        set_questions(session, conversation_id, choices)
        return choices[row].text


def test_the_model_without_a_view(qapp) -> None:
    when = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    model = AnswerHitModel()
    model.set_hits(
        [
            AnswerHit(7, 3, "Carla Smit", when, "How long are your days?", ANSWER),
            AnswerHit(8, 4, "Дмитрий Иванов", None, "Who else?", "Talk to Şükrü."),
        ]
    )
    assert model.rowCount() == 2
    first = model.index(0)
    assert first.data() == ANSWER
    assert first.data(QuestionRole) == "How long are your days?"
    assert first.data(WhoWhenRole) == f"Carla Smit · {format_date(when)}"
    assert first.data(ConversationIdRole) == 7
    assert "How long are your days?" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1).data(WhoWhenRole) == "Дмитрий Иванов · no date"
    model.set_hits([])
    assert model.rowCount() == 0


def test_find_an_answer_and_open_its_conversation(
    demo_tab, demo_context, conversation_id, qtbot
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    question = _note_answer(demo_context, carla, 2, ANSWER)
    tab.show_conversation(conversation_id(demo_context, "Anna de Vries"))

    qtbot.keyClicks(tab.answer_edit, "working hours")
    model = tab.list.answer_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert tab.answers_view.isVisible() and not tab.table.isVisible()
    hit = model.index(0)
    assert hit.data() == ANSWER and hit.data(QuestionRole) == question
    starts_at = demo_context.read(lambda s: get_conversation(s, carla)).starts_at
    assert hit.data(WhoWhenRole) == "Carla Smit · " + format_date(starts_at)
    assert tab.count_label.text() == "1 answer found"

    rect = tab.answers_view.visualRect(hit)
    qtbot.mouseClick(tab.answers_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.form.conversation_id == carla
    assert tab.model.id_at(tab.table.currentIndex().row()) == carla
    picker = tab.form.picker
    assert picker.chosen_list.currentRow() == 2
    assert picker.answer_edit.toPlainText() == ANSWER

    qtbot.keyClick(tab.answer_edit, Qt.Key.Key_Escape)  # back to the list of conversations
    assert tab.answer_edit.text() == "" and tab.table.isVisible()
    assert tab.count_label.text() == "4 conversations"


def test_accents_nothing_found_and_results_follow_changes(
    demo_tab, demo_context, conversation_id, type_text, qtbot
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    _note_answer(demo_context, carla, 0, "Ze is erg geïnteresseerd in toegankelijkheid.")
    qtbot.keyClicks(tab.answer_edit, "geinteresseerd")
    qtbot.keyClick(tab.answer_edit, Qt.Key.Key_Return)  # at once, without waiting
    assert tab.list.answer_model.rowCount() == 1

    tab.answer_edit.clear()
    type_text(tab.answer_edit, "GEÏNTERESSEERD zzz")
    qtbot.keyClick(tab.answer_edit, Qt.Key.Key_Return)
    assert tab.list.answer_model.rowCount() == 0
    assert tab.count_label.text() == "No answers found"
    assert not tab.filter_combo.isEnabled()  # it filters the table, which is hidden

    # An answer noted and saved in the form shows up in the results straight away.
    tab.answer_edit.setText("release week")
    qtbot.keyClick(tab.answer_edit, Qt.Key.Key_Return)
    assert tab.list.answer_model.rowCount() == 0
    tab.show_conversation(carla)
    tab.form.picker.chosen_list.setCurrentRow(1)
    qtbot.keyClicks(tab.form.picker.answer_edit, "Busy in the release week.")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.list.answer_model.rowCount() == 1


def test_opening_an_answer_keeps_unsaved_changes(
    demo_tab, demo_context, conversation_id, qtbot
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    question = _note_answer(demo_context, carla, 1, ANSWER)
    tab.show_conversation(carla)
    qtbot.keyClicks(tab.form.place_edit, " (room 2)")
    tab.open_answer(carla, question)
    assert tab.form.is_dirty and "(room 2)" in tab.form.place_edit.text()
    assert tab.form.picker.chosen_list.currentRow() == 1
    tab.show_conversation(carla)  # the same conversation again: not reloaded over the changes
    assert tab.form.is_dirty and "(room 2)" in tab.form.place_edit.text()


def test_what_people_said_is_shown_as_they_said_it(qapp) -> None:
    """A "%2" in an answer or a "%1" in a name is text, not a place to fill."""
    when = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    model = AnswerHitModel()
    answer = "I earn 5%2 more than in my last job, and 10%1 of it is bonus."
    model.set_hits([AnswerHit(7, 3, "Anna %1 de Vries", when, "What do you earn?", answer)])
    first = model.index(0)
    who_when = f"Anna %1 de Vries · {format_date(when)}"
    assert first.data(WhoWhenRole) == who_when
    assert first.data(Qt.ItemDataRole.ToolTipRole) == (
        f"{answer}\n\nAsked: What do you earn?\n{who_when}"
    )

"""The conversation form checks its questions as the banks tab does (issue 17): a typed
question gets the warning sign, the explanation and a suggestion while it is typed; flagged
chosen questions carry the warning sign in the list; the suggestion rewords them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core.conversations import QuestionChoice, list_conversation_rows
from netplanner.core.goals import GoalInput, create_goal
from tests.gui.probes import is_flagged


def _start(tab, type_text):
    form, picker = tab.form, tab.form.picker
    tab.new_item()
    type_text(form.contact_combo.lineEdit(), "Dmitri Ivanov")
    picker.own_edit.setFocus()
    return picker


def test_a_typed_question_is_checked_while_typing(tab, qtbot, type_text) -> None:
    picker = _start(tab, type_text)
    feedback = picker.check_feedback
    assert feedback.tip_label.isVisible() and not is_flagged(feedback)
    type_text(picker.own_edit, "Heeft u een vacature?")
    qtbot.waitUntil(lambda: is_flagged(feedback))
    assert picker.question_check.warning_action.isVisible()  # the mark in the field
    assert "baan" in feedback.message_label.text()  # in the question's language
    assert feedback.suggestion() and "vacature" not in feedback.suggestion()


def test_the_suggestion_replaces_the_typed_question_by_keys(tab, qtbot, type_text) -> None:
    picker = _start(tab, type_text)
    feedback = picker.check_feedback
    type_text(picker.own_edit, "Werk je veel over?")
    qtbot.waitUntil(lambda: feedback.use_button.isVisible())
    assert feedback.suggestion_label.text() == "Try: “Hoe vaak werk je over?”"
    feedback.use_button.setFocus()
    qtbot.keyClick(feedback.use_button, Qt.Key.Key_Space)
    assert picker.own_edit.text() == "Hoe vaak werk je over?"
    assert feedback.ok_label.isVisible() and not is_flagged(feedback)
    assert not picker.question_check.warning_action.isVisible()
    qtbot.keyClick(picker.own_edit, Qt.Key.Key_Return)
    assert [c.text for c in picker.choices()] == ["Hoe vaak werk je over?"]
    assert picker.chosen_list.flagged_rows() == []


def test_a_flagged_question_can_still_be_added_and_is_marked(tab, qtbot, type_text) -> None:
    picker = _start(tab, type_text)
    type_text(picker.own_edit, "Do you work a lot of overtime?")
    qtbot.keyClick(picker.own_edit, Qt.Key.Key_Return)  # the user decides
    type_text(picker.own_edit, "How did you get into this field?")
    qtbot.keyClick(picker.own_edit, Qt.Key.Key_Return)
    assert len(picker.choices()) == 2
    assert picker.chosen_list.flagged_rows() == [0]


def test_a_chosen_question_shows_its_check_and_can_be_reworded(
    tab, context, qtbot, type_text
) -> None:
    picker = _start(tab, type_text)
    picker.set_choices(
        [QuestionChoice("Is it a stressful job?"), QuestionChoice("What do you enjoy most?")]
    )
    assert picker.chosen_list.flagged_rows() == [0]
    picker.chosen_list.setFocus()
    picker.chosen_list.setCurrentRow(1)
    assert picker.check_feedback.ok_label.isVisible()
    qtbot.keyClick(picker.chosen_list, Qt.Key.Key_Up)
    feedback = picker.check_feedback
    assert is_flagged(feedback) and feedback.suggestion() == "How stressful is the job?"
    qtbot.keyClick(feedback.use_button, Qt.Key.Key_Space)
    assert picker.choices()[0].text == "How stressful is the job?"
    assert picker.chosen_list.flagged_rows() == []
    assert tab.form.is_dirty
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    rows = context.read(list_conversation_rows)
    assert len(rows) == 1


def test_the_goal_language_is_the_check_language(tab, context, qtbot) -> None:
    with context.transaction() as session:
        create_goal(session, GoalInput(target_role="Beleidsmedewerker", language="nl"))
    context.events.goals_changed.emit()
    form = tab.form
    tab.new_item()
    form.goal_combo.setCurrentIndex(form.goal_combo.findText("Beleidsmedewerker"))
    assert form.picker.chosen_list.check_language() == "nl"

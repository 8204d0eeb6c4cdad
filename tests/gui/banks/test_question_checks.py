"""The craft side of the question editor: the live open-question check, duplicates, badges."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core import banks as service
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.context import AppContext
from tests.gui.probes import is_flagged

RETURN = Qt.Key.Key_Return
LEFT = Qt.MouseButton.LeftButton


def _texts(context: AppContext, bank_id: int) -> list[str]:
    return [q.text for q in context.read(lambda s: service.get_bank(s, bank_id)).questions]


def _flagged_rows(tab: BanksTab) -> list[int]:
    model = tab.question_model
    return [
        row
        for row in range(model.rowCount())
        if model.index(row, QuestionModel.COL_FLAG).data(Qt.ItemDataRole.DecorationRole) is not None
    ]


def test_closed_question_gets_a_warning_and_a_usable_suggestion(
    context: AppContext, qtbot, make_tab, own_bank
) -> None:
    bank_id = own_bank()
    tab = make_tab(context)
    tab.select_bank(bank_id)
    editor = tab.pane.editor
    feedback = editor.feedback
    assert not feedback.tip_label.isHidden()  # nothing typed: a tip, no verdict

    qtbot.keyClicks(editor.text_edit, "Do you like your job?")
    qtbot.waitUntil(lambda: is_flagged(feedback), timeout=2000)
    assert "yes or no" in feedback.message_label.text()
    assert "Open questions" in feedback.message_label.toolTip()  # the full explanation
    assert editor.warning_action.isVisible()
    assert not feedback.use_button.isHidden()
    assert "How do you like your job?" in feedback.suggestion_label.text()
    assert "How do you like your job?" in editor.warning_action.toolTip()
    assert editor.add_button.isEnabled()  # the user decides

    qtbot.mouseClick(feedback.use_button, LEFT)
    assert editor.text_edit.text() == "How do you like your job?"
    assert not is_flagged(feedback)
    assert not editor.warning_action.isVisible()
    assert feedback.use_button.isHidden()
    assert not feedback.ok_label.isHidden()
    qtbot.keyClick(editor.text_edit, RETURN)
    assert _texts(context, bank_id) == ["How do you like your job?"]


def test_open_question_shows_no_warning(context: AppContext, qtbot, make_tab, own_bank) -> None:
    tab = make_tab(context)
    tab.select_bank(own_bank())
    editor = tab.pane.editor
    qtbot.keyClicks(editor.text_edit, "What surprised you most in your first year?")
    qtbot.waitUntil(lambda: not editor.feedback.ok_label.isHidden(), timeout=2000)
    assert not is_flagged(editor.feedback)
    assert not editor.warning_action.isVisible()
    assert editor.feedback.use_button.isHidden()


def test_dutch_bank_is_checked_in_dutch(
    context: AppContext, qtbot, make_tab, own_bank, type_text
) -> None:
    tab = make_tab(context)
    tab.select_bank(own_bank("Mijn vragen", "nl"))
    editor = tab.pane.editor
    type_text(editor.text_edit, "Vind je je werk leuk?")
    qtbot.waitUntil(lambda: is_flagged(editor.feedback), timeout=2000)
    assert "ja of nee" in editor.feedback.message_label.text()
    assert "Wat vind je van je werk?" in editor.feedback.suggestion_label.text()


def test_flagged_question_can_still_be_added_and_keeps_its_badge(
    context: AppContext, qtbot, make_tab, own_bank
) -> None:
    bank_id = own_bank(questions=("What do you do all day?",))
    tab = make_tab(context)
    tab.select_bank(bank_id)
    assert _flagged_rows(tab) == []
    qtbot.keyClicks(tab.pane.editor.text_edit, "Do you like your job?")
    qtbot.keyClick(tab.pane.editor.text_edit, RETURN)
    assert _texts(context, bank_id) == ["What do you do all day?", "Do you like your job?"]

    assert _flagged_rows(tab) == [1]
    flag = tab.question_model.index(1, QuestionModel.COL_FLAG)
    assert "yes or no" in flag.data(Qt.ItemDataRole.ToolTipRole)
    assert flag.data(QuestionModel.FindingsRole)[0].kind == "closed"
    assert "1 not yet open" in tab.pane.count_label.text()

    # Selecting it shows the finding in the editor too, ready to be improved.
    tab.select_question(flag.data(QuestionModel.IdRole))
    assert is_flagged(tab.pane.editor.feedback)
    qtbot.mouseClick(tab.pane.editor.feedback.use_button, LEFT)
    qtbot.mouseClick(tab.pane.editor.save_button, LEFT)
    assert _texts(context, bank_id)[1] == "How do you like your job?"
    assert _flagged_rows(tab) == []


def test_built_in_banks_show_no_badges(context: AppContext, make_tab) -> None:
    tab = make_tab(context)
    assert tab.bank_model.rowCount() == 4
    for row in range(4):
        tab.select_bank(tab.bank_model.bank_at(row).id)
        assert tab.question_model.rowCount() > 0
        assert _flagged_rows(tab) == []
        assert "not yet open" not in tab.pane.count_label.text()


def test_duplicate_disables_add_and_says_where_it_is(
    context: AppContext, qtbot, make_tab, own_bank, prompts
) -> None:
    bank_id = own_bank(questions=("What do you do all day?", "How did you start?"))
    tab = make_tab(context)
    tab.select_bank(bank_id)
    editor = tab.pane.editor
    qtbot.keyClicks(editor.text_edit, "how did you START")
    qtbot.waitUntil(lambda: not editor.add_button.isEnabled(), timeout=2000)
    hint = editor.feedback.duplicate_label
    assert not hint.isHidden()
    assert hint.text() == "Already in this bank as number 2."

    qtbot.keyClick(editor.text_edit, RETURN)  # nothing happens
    assert len(_texts(context, bank_id)) == 2
    tab.add_question()  # past the disabled button: the core still refuses
    assert len(_texts(context, bank_id)) == 2
    assert "already has that question" in prompts.errors[-1]

    qtbot.keyClicks(editor.text_edit, " so")
    qtbot.waitUntil(editor.add_button.isEnabled, timeout=2000)
    assert hint.isHidden()


def test_editing_a_question_is_not_its_own_duplicate(
    context: AppContext, qtbot, make_tab, own_bank
) -> None:
    bank_id = own_bank(questions=("What do you do all day?", "How did you start?"))
    tab = make_tab(context)
    tab.select_bank(bank_id)
    tab.select_question(tab.question_model.question_at(1).id)
    editor = tab.pane.editor
    assert editor.editing_id is not None
    assert editor.feedback.duplicate_label.isHidden()
    assert not editor.add_button.isEnabled()  # adding it again would be a duplicate

    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "what do you do all day")
    qtbot.waitUntil(lambda: not editor.feedback.duplicate_label.isHidden(), timeout=2000)
    assert "number 1" in editor.feedback.duplicate_label.text()
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(editor.text_edit, RETURN)
    assert _texts(context, bank_id)[1] == "How did you start?"

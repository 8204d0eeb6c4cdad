"""Two places editing one question bank (a second window, a coach on the practice server,
the command line): the question editor and the bank dialog that showed the older copy
are refused on save, say so and offer Reload / Keep editing; nothing typed is lost and
the other change is not overwritten."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from netplanner.core import banks as service
from netplanner.gui.banks.bank_dialog import BankDialog
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.context import AppContext

QUESTIONS = ("What does your day look like?", "How did you get into this work?", "Who else?")


def _click_row(tab: BanksTab, qtbot, row: int) -> None:
    table = tab.pane.table
    rect = table.visualRect(tab.question_model.index(row, QuestionModel.COL_TEXT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _stored_question(context: AppContext, question_id: int) -> tuple[str, str]:
    question = context.read(lambda s: service.get_question(s, question_id))
    return question.category, question.text


def _elsewhere(context: AppContext, work: Callable[..., object]) -> None:
    """A write by someone else: straight to the data file, this window not told."""
    with context.database.transaction() as session:
        work(session)


def test_a_stale_question_offers_reload_and_keep_editing_and_loses_nothing(
    qtbot, context: AppContext, prompts, make_tab, own_bank
) -> None:
    bank_id = own_bank(questions=QUESTIONS)
    tab = make_tab(context)
    tab.select_bank(bank_id)
    _click_row(tab, qtbot, 1)
    editor = tab.pane.editor
    question_id = editor.editing_id
    assert question_id is not None and editor.text_edit.text() == QUESTIONS[1]
    # Meanwhile, elsewhere: the coach sharpens the same question.
    coach = "How did you find your way into healthcare UX?"
    _elsewhere(context, lambda s: service.update_question(s, question_id, coach, "path"))
    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "What was your first job in this field?")
    # Keep editing: the editor keeps the text, nothing is saved over their change.
    prompts.problem_answers = [1]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors == []
    ((kind, text),) = prompts.asked
    assert kind == "problem" and "Someone else changed this question" in text
    assert "Reload" in text and "Keep editing" in text
    assert _stored_question(context, question_id) == ("path", coach)
    assert editor.text_edit.text() == "What was your first job in this field?"
    assert editor.is_changed()
    # Saving again is refused again; now Reload: the editor and the table show their
    # question, and what was typed is on the clipboard, labelled, to paste back.
    QGuiApplication.clipboard().setText("something else")
    prompts.problem_answers = [0]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.asked) == 2 and prompts.errors == []
    assert editor.editing_id == question_id and editor.text_edit.text() == coach
    assert editor.category() == "path" and not editor.is_changed()
    assert tab.question_model.question_at(1).text == coach
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard == "Question text:\nWhat was your first job in this field?"
    # Pasted back, it saves over the reloaded question.
    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "What was your first job in this field?")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.asked) == 2
    assert _stored_question(context, question_id) == (
        "path",
        "What was your first job in this field?",
    )


def test_moving_the_edited_question_keeps_the_text_and_saves_without_a_false_alarm(
    qtbot, context: AppContext, prompts, make_tab, own_bank
) -> None:
    """A move renumbers questions (a new version of each one moved): the editor follows
    its question to its new place with the typed text, and its save is not refused."""
    bank_id = own_bank(questions=QUESTIONS)
    tab = make_tab(context)
    tab.select_bank(bank_id)
    _click_row(tab, qtbot, 2)
    editor = tab.pane.editor
    question_id = editor.editing_id
    assert editor.title() == "Edit question 3"
    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "Who else could I talk to?")
    qtbot.mouseClick(tab.pane.up_button, Qt.MouseButton.LeftButton)
    assert tab.current_question_id() == question_id
    assert editor.title() == "Edit question 2"
    assert editor.text_edit.text() == "Who else could I talk to?"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [] and prompts.errors == []
    assert _stored_question(context, question_id)[1] == "Who else could I talk to?"


def test_after_an_undo_the_editor_shows_the_question_and_saves_without_a_false_alarm(
    qtbot, context: AppContext, prompts, make_tab, own_bank
) -> None:
    bank_id = own_bank(questions=QUESTIONS)
    tab = make_tab(context)
    tab.select_bank(bank_id)
    _click_row(tab, qtbot, 0)
    editor = tab.pane.editor
    question_id = editor.editing_id
    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "What does a Monday look like for you?")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    context.undo_stack.undo()
    assert _stored_question(context, question_id)[1] == QUESTIONS[0]
    assert editor.text_edit.text() == QUESTIONS[0]  # the editor shows it as it is now
    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "What does a Friday look like for you?")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [] and prompts.errors == []
    assert _stored_question(context, question_id)[1] == "What does a Friday look like for you?"


def _while_open(steps: Callable[[BankDialog], None]) -> None:
    """Run ``steps`` on the bank dialog once it is shown (it runs its own event loop)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BankDialog):
            steps(dialog)
        else:
            QTimer.singleShot(10, run)

    QTimer.singleShot(0, run)


def test_a_stale_bank_dialog_offers_reload_and_keep_editing_and_loses_nothing(
    qtbot, context: AppContext, prompts, make_tab, own_bank, type_text
) -> None:
    bank_id = own_bank("Zorg-IT", "nl", QUESTIONS)
    tab = make_tab(context)
    tab.select_bank(bank_id)
    mine = "Zorg-IT — Zoë's vragen"
    theirs = "Voor gesprekken met UX'ers in ziekenhuizen"
    seen: dict[str, object] = {}

    def rename_keep_editing_then_reload(dialog: BankDialog) -> None:
        # Meanwhile, elsewhere: the coach describes the bank.
        _elsewhere(context, lambda s: service.update_bank(s, bank_id, "Zorg-IT", "nl", theirs))
        dialog.name_edit.clear()
        type_text(dialog.name_edit, mine)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        prompts.problem_answers = [1, 0]  # Keep editing, then Reload
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["kept"] = (dialog.isVisible(), dialog.name_edit.text())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["reloaded"] = (
            dialog.isVisible(),
            dialog.name_edit.text(),
            dialog.description_edit.toPlainText(),
        )
        seen["clipboard"] = QGuiApplication.clipboard().text()
        dialog.name_edit.clear()
        type_text(dialog.name_edit, mine)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # pasted back: saved, closed
        seen["closed"] = not dialog.isVisible()

    QGuiApplication.clipboard().setText("something else")
    _while_open(rename_keep_editing_then_reload)
    qtbot.mouseClick(tab.edit_bank_button, Qt.MouseButton.LeftButton)

    assert [kind for kind, _ in prompts.asked] == ["problem", "problem"]
    assert "Someone else changed this question bank" in prompts.asked[0][1]
    assert seen["kept"] == (True, mine)
    assert seen["reloaded"] == (True, "Zorg-IT", theirs)
    assert seen["clipboard"] == f"Name:\n{mine}"
    assert seen["closed"] is True
    bank = context.read(lambda s: service.get_bank(s, bank_id))
    assert (bank.name, bank.description) == (mine, theirs)
    assert tab.pane.title_label.text() == mine

"""The keys every list answers: Delete asks what the Delete button asks, then deletes;
Tab into the bank's questions and Enter adds the first; Help ▸ Keyboard shortcuts lists
the keys of the lists too, with readable key names and what each key does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from netplanner.gui.conversations.chosen_list import SourceRole
from netplanner.gui.main_window import MainWindow
from netplanner.gui.shortcuts_dialog import ShortcutsDialog
from tests.gui.probes import shown

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, demo_context) -> MainWindow:
    window = shown(qtbot, MainWindow(demo_context), 1200, 760)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _click_first_row(qtbot, view: QAbstractItemView) -> None:
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    assert view.hasFocus()


def _texts(model: QAbstractItemModel) -> list[str]:
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.mark.parametrize("tab_name", ["contacts_tab", "conversations_tab", "goals_tab"])
def test_delete_in_a_list_asks_then_deletes(qtbot, window: MainWindow, prompts, tab_name) -> None:
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    view: QAbstractItemView = tab.table if hasattr(tab, "table") else tab.list
    qtbot.wait(20)
    before = _texts(view.model())
    _click_first_row(qtbot, view)
    first = before[0]

    prompts.confirm_answers = [False]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(prompts.asked) == 1 and prompts.asked[0][0] == "confirm"
    assert _texts(view.model()) == before, "answering No keeps everything"

    prompts.confirm_answers = [True]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(prompts.asked) == 2
    after = _texts(view.model())
    assert len(after) == len(before) - 1 and after.count(first) == before.count(first) - 1


def test_delete_in_a_bank_asks_like_its_button(qtbot, window: MainWindow, prompts) -> None:
    tab = window.banks_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    table = tab.pane.table
    _click_first_row(qtbot, table)
    prompts.confirm_answers = [False]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    by_key = prompts.asked[-1]
    prompts.confirm_answers = [False]
    qtbot.mouseClick(tab.pane.delete_button, LEFT)
    assert by_key == prompts.asked[-1] and by_key[0] == "confirm"


def _widget_before(widget: QWidget) -> QWidget:
    """The Tab stop just before ``widget``."""
    candidate = widget.previousInFocusChain()
    while not (
        candidate.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and candidate.isVisible()
        and candidate.isEnabled()
    ):
        candidate = candidate.previousInFocusChain()
    return candidate


def test_tab_into_the_bank_questions_and_enter_adds_the_first(qtbot, window: MainWindow) -> None:
    tab = window.conversations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.plan_button, LEFT)
    picker = tab.form.picker
    qtbot.waitUntil(lambda: picker.bank_list.count() > 0)
    before = _widget_before(picker.bank_list)
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert picker.bank_list.hasFocus()
    first = next(
        picker.bank_list.item(row)
        for row in range(picker.bank_list.count())
        if picker.bank_list.item(row).data(SourceRole) is not None
    )
    qtbot.keyClick(picker.bank_list, Qt.Key.Key_Return)
    assert [choice.text for choice in picker.choices()] == [first.text()]


def test_a_click_in_the_bank_questions_selects_only_what_is_clicked(
    qtbot, window: MainWindow
) -> None:
    tab = window.conversations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.plan_button, LEFT)
    bank_list = tab.form.picker.bank_list
    qtbot.waitUntil(lambda: bank_list.count() > 3)
    questions = [
        bank_list.item(row)
        for row in range(bank_list.count())
        if bank_list.item(row).data(SourceRole) is not None
    ]
    target = questions[2]
    qtbot.mouseClick(bank_list.viewport(), LEFT, pos=bank_list.visualItemRect(target).center())
    assert bank_list.selectedItems() == [target]


def _rows(qtbot, window: MainWindow) -> list[tuple[str, str, str]]:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    return [
        tuple(dialog.table.item(row, column).text() for column in range(3))
        for row in range(dialog.table.rowCount())
    ]


def _native(key: QKeySequence | str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_shortcuts_list_has_the_lists_keys(qtbot, window: MainWindow) -> None:
    rows = _rows(qtbot, window)
    delete = _native(QKeySequence(Qt.Key.Key_Delete))
    assert (delete, "Delete the contact", "Contacts") in rows
    assert (delete, "Remove the chosen question", "Conversations") in rows
    assert (_native("Ctrl+Up"), "Ask the question earlier", "Conversations") in rows
    assert (_native("Ctrl+Up"), "Move the question up", "Question banks") in rows
    enter = _native("Enter")  # the Return key too, under the name on most keyboards
    assert (enter, "Add the selected questions to the conversation", "Conversations") in rows
    assert not any("Alt+Up" in keys for keys, _, _ in rows), "Alt+Up opens a combo box"


def test_the_shortcuts_list_names_keys_and_actions_plainly(
    qtbot, window: MainWindow, prompts
) -> None:
    window.tabs.setCurrentWidget(window.contacts_tab)
    table = window.contacts_tab.table
    _click_first_row(qtbot, table)
    prompts.confirm_answers = [True]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.undo_action.text().startswith("&Undo "), "there is a step to undo"
    rows = _rows(qtbot, window)
    assert not any(f"F{n}" in keys for keys, _, _ in rows for n in range(13, 36))
    undo = next(row for row in rows if row[1] == "Undo the last change")
    assert _native("Ctrl+Z") in undo[0].split(", ") and undo[2] == "Edit"
    undo_texts = [what for _, what, _ in rows if what.startswith("Undo ")]
    assert undo_texts == ["Undo the last change"], "not the step Undo would take back now"


def test_f2_rewords_a_chosen_question_and_delete_there_edits_the_text(
    qtbot, window: MainWindow
) -> None:
    tab = window.conversations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.plan_button, LEFT)
    picker = tab.form.picker
    qtbot.waitUntil(lambda: picker.bank_list.count() > 0)
    first = next(
        picker.bank_list.item(row)
        for row in range(picker.bank_list.count())
        if picker.bank_list.item(row).data(SourceRole) is not None
    )
    picker.bank_list.setCurrentItem(first)
    picker.bank_list.setFocus()
    qtbot.keyClick(picker.bank_list, Qt.Key.Key_Return)
    chosen = picker.chosen_list
    chosen.setFocus()
    chosen.setCurrentRow(0)
    qtbot.keyClick(chosen, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == first.text()
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # a letter goes, not the question
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chosen.state() != QAbstractItemView.State.EditingState)
    assert [choice.text for choice in picker.choices()] == [first.text()[1:]]

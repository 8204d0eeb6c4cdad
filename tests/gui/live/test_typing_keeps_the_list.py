"""Typing answers in conversation mode while the main window shows the Conversations tab.

Each answer is written half a second after a pause in typing. What the user sees in the
main window: the list of conversations stays exactly as it was (selection, scroll
position: it is not read again), the form of the conversation shows the answer, and
Ctrl+Z in the main window takes the answer back in both windows.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from netplanner.core.contacts import ContactInput, create_contact
from netplanner.core.conversations import ConversationInput, create_conversation, get_conversation
from netplanner.core.live_conversation.writing import add_question
from netplanner.gui.context import AppContext
from netplanner.gui.live.window import ConversationModeWindow
from netplanner.gui.main_window import MainWindow
from tests.gui.live.conftest import START

ANSWER = "Vooral interviews — één per week, soms met Şükrü"
NAMES = ("Şükrü Yılmaz", "محمد الأحمد", "Anneke van der Berg", "佐藤 花子", "Zoë Ağaoğlu")


@pytest.fixture
def window(qtbot, context: AppContext, talk: int) -> MainWindow:
    """The main window on Conversations, 60 later conversations above the one to hold
    (the list is newest first), that one chosen and the list scrolled back to the top."""
    with context.database.transaction() as session:
        for number in range(60):
            name = f"{NAMES[number % len(NAMES)]} {number}"
            contact = create_contact(session, ContactInput(name)).id
            when = START + timedelta(days=1 + number)
            create_conversation(session, ConversationInput(contact, starts_at=when))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    tab = window.conversations_tab
    window.tabs.setCurrentWidget(tab)
    tab.show_conversation(talk)  # as a click on its row does
    tab.table.verticalScrollBar().setValue(0)  # the user scrolls up to look at the others
    return window


def type_text(widget, text: str) -> None:
    """Key events one character at a time (keyClicks aborts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def stored_answers(context: AppContext, talk: int) -> list[str]:
    return context.read(lambda s: [q.answer for q in get_conversation(s, talk).questions])


def form_answers(window: MainWindow) -> list[str]:
    return [choice.answer for choice in window.conversations_tab.form.question_choices()]


def start_mode(qtbot, window: MainWindow) -> ConversationModeWindow:
    """Start conversation mode from the form and go past the small talk."""
    qtbot.mouseClick(window.conversations_tab.form.start_button, Qt.MouseButton.LeftButton)
    [mode] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ConversationModeWindow) and w.context is window.context
    ]
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    return mode


def test_typing_an_answer_leaves_the_list_as_it_is_and_shows_it_in_the_form(
    qtbot, window: MainWindow, context: AppContext, talk: int
) -> None:
    tab = window.conversations_tab
    resets: list[bool] = []
    tab.model.modelAboutToBeReset.connect(lambda: resets.append(True))
    scrolled = tab.table.verticalScrollBar().value()
    selected = tab.table.selectionModel().selectedRows()
    assert scrolled == 0 and tab.model.row_of(talk) > 40, "the chosen row is out of sight"
    mode = start_mode(qtbot, window)

    type_text(mode.answer_edit, ANSWER[:20])
    qtbot.waitUntil(lambda: stored_answers(context, talk)[0] == ANSWER[:20].strip())
    type_text(mode.answer_edit, ANSWER[20:])
    qtbot.waitUntil(lambda: stored_answers(context, talk)[0] == ANSWER)
    QApplication.processEvents()

    assert resets == [], "the list of conversations is not read again"
    assert tab.table.verticalScrollBar().value() == scrolled, "the list did not jump"
    assert tab.table.selectionModel().selectedRows() == selected
    assert tab.list.count_label.text() and tab.model.rowCount() == 61
    assert form_answers(window)[0] == ANSWER, "the form shows the answer as it is typed"
    assert tab.form.mode_line.isVisible() and not tab.form.save_button.isEnabled()


def test_undo_in_the_main_window_takes_the_answer_back_in_both_windows(
    qtbot, window: MainWindow, context: AppContext, talk: int
) -> None:
    tab = window.conversations_tab
    mode = start_mode(qtbot, window)
    type_text(mode.answer_edit, ANSWER)
    qtbot.waitUntil(lambda: stored_answers(context, talk)[0] == ANSWER)
    assert form_answers(window)[0] == ANSWER

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert stored_answers(context, talk)[0] == ""
    assert form_answers(window)[0] == ""
    assert mode.answer_edit.toPlainText() == "", "the mode shows the answer taken back"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, redo)
    assert form_answers(window)[0] == ANSWER
    assert mode.answer_edit.toPlainText() == ANSWER
    # Typing on after the redo goes on from the answer shown, and is kept.
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow, timeout=2000)
    type_text(mode.answer_edit, "!")
    qtbot.waitUntil(lambda: stored_answers(context, talk)[0] == ANSWER + "!")
    assert form_answers(window)[0] == ANSWER + "!"


def test_a_form_showing_another_conversation_keeps_its_place_while_answers_are_typed(
    qtbot, window: MainWindow, context: AppContext, talk: int
) -> None:
    tab = window.conversations_tab
    mode = start_mode(qtbot, window)
    # Back in the main window, the user reads another conversation's second answer.
    other = tab.model.id_at(0)
    assert other is not None and other != talk
    with context.database.transaction() as session:
        add_question(session, other, "Hoe ziet je week eruit?", "Vol")
        add_question(session, other, "Wat zou je anders doen?", "Eerder beginnen")
    tab.show_conversation(other)
    picker = tab.form.picker
    picker.chosen_list.setCurrentRow(1)
    assert picker.answer_edit.toPlainText() == "Eerder beginnen"

    type_text(mode.answer_edit, ANSWER)
    qtbot.waitUntil(lambda: stored_answers(context, talk)[0] == ANSWER)
    QApplication.processEvents()

    assert tab.form.conversation_id == other
    assert picker.chosen_list.currentRow() == 1, "the form was not loaded again"
    assert picker.answer_edit.toPlainText() == "Eerder beginnen"

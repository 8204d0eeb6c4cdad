"""Nothing typed is lost: closing the window (Ctrl+Q, File ▸ Quit, the window's ✕) or
logging out with unsaved edits in any form asks Save / Discard / Keep editing, as showing
another record does. Driven on the real main window; what counts is the data file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from netplanner.core.conversations import list_conversation_rows
from netplanner.gui.main_window import MainWindow
from netplanner.gui.session_end import commit_data, save_without_asking
from netplanner.gui.unsaved import DISCARD, KEEP_EDITING, SAVE

# Latin with accents, Arabic, CJK, an emoji: typed one key event per character.
TYPED = "Zoë Ødegård belt terug — نور 明天 🙂"


def type_at_end(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    else:
        widget.end(False)
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def shown_text(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def stored(path: Path, sql: str) -> list[str]:
    """The texts the data file holds, read past the app's own connections."""
    connection = sqlite3.connect(path)
    try:
        return [row[0] or "" for row in connection.execute(sql)]
    finally:
        connection.close()


# -- the forms ---------------------------------------------------------------------------------
Typed = list[tuple[QWidget, str, str]]  # field, text typed into it, SQL of where it is stored


def contact(window: MainWindow) -> Typed:
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.form.contact_id is not None
    type_at_end(tab.form.notes, TYPED)
    return [(tab.form.notes, TYPED, "SELECT notes FROM contact")]


def conversation(window: MainWindow) -> Typed:
    """A held conversation: the outcome and an answer to one of its questions."""
    tab = window.conversations_tab
    window.tabs.setCurrentWidget(tab)
    rows = window.context.read(list_conversation_rows)
    tab.show_conversation(next(row.id for row in rows if row.contact_name == "Şükrü Yılmaz"))
    form = tab.form
    form.status_combo.setCurrentIndex(form.status_combo.findData("held"))
    form.picker.chosen_list.setCurrentRow(1)
    answer = "Via een stage — عبر 実習"
    type_at_end(form.picker.answer_edit, answer)
    type_at_end(form.outcome_edit, TYPED)
    return [
        (form.picker.answer_edit, answer, "SELECT answer FROM conversation_question"),
        (form.outcome_edit, TYPED, "SELECT outcome FROM conversation"),
    ]


def typed_question(window: MainWindow) -> Typed:
    """A question typed under "Write your own question…" and not added (no Return)."""
    tab = window.conversations_tab
    window.tabs.setCurrentWidget(tab)
    rows = window.context.read(list_conversation_rows)
    tab.show_conversation(next(row.id for row in rows if row.contact_name == "Şükrü Yılmaz"))
    question = "Wat had je willen weten toen je begon, " + TYPED + "?"
    type_at_end(tab.form.picker.own_edit, question)
    return [(tab.form.picker.own_edit, question, "SELECT text FROM conversation_question")]


def goal(window: MainWindow) -> Typed:
    tab = window.goals_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.form.goal_id is not None
    type_at_end(tab.form.free_text, TYPED)
    return [(tab.form.free_text, TYPED, "SELECT free_text FROM goal")]


def changed_question(window: MainWindow) -> Typed:
    tab = window.banks_tab
    window.tabs.setCurrentWidget(tab)
    tab.select_question(tab.question_model.question_at(0).id)
    editor = tab.pane.editor
    assert editor.editing_id is not None
    type_at_end(editor.text_edit, " " + TYPED)
    return [(editor.text_edit, TYPED, "SELECT text FROM question")]


def new_question(window: MainWindow) -> Typed:
    tab = window.banks_tab
    window.tabs.setCurrentWidget(tab)
    editor = tab.pane.editor
    assert editor.editing_id is None
    text = "Wat zou je anders doen als je opnieuw begon, " + TYPED + "?"
    type_at_end(editor.text_edit, text)
    return [(editor.text_edit, text, "SELECT text FROM question")]


def follow_up(window: MainWindow) -> Typed:
    tab = window.today_tab
    window.tabs.setCurrentWidget(tab)
    tab.new_item()
    type_at_end(tab.add_form.what_edit, TYPED)
    return [(tab.add_form.what_edit, TYPED, "SELECT what FROM follow_up")]


FORMS: dict[str, Callable[[MainWindow], Typed]] = {
    "contact": contact,
    "conversation": conversation,
    "typed question": typed_question,
    "goal": goal,
    "changed question": changed_question,
    "new question": new_question,
    "follow-up": follow_up,
}


# -- the ways to close -------------------------------------------------------------------------
def ctrl_q(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
    )


def file_quit(window: MainWindow, qtbot) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    quit_action = next(a for a in file_menu.actions() if a.text().replace("&", "") == "Quit")
    quit_action.trigger()


def window_x(window: MainWindow, qtbot) -> None:
    window.windowHandle().close()  # what the window manager's ✕ asks for


WAYS = {"Ctrl+Q": ctrl_q, "File > Quit": file_quit, "✕": window_x}


@pytest.fixture
def window(qtbot, demo_context) -> MainWindow:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # Ctrl+Q needs the active window
    return window


def _found(path: Path, typed: Typed) -> list[bool]:
    return [any(text in value for value in stored(path, sql)) for _field, text, sql in typed]


ANSWERS = {"Save": SAVE, "Discard": DISCARD, "Keep editing": KEEP_EDITING}
CASES = [
    (form, answer, way)
    for index, (form, answer) in enumerate((form, answer) for form in FORMS for answer in ANSWERS)
    for way in [list(WAYS)[index % len(WAYS)]]
]


@pytest.mark.parametrize(("form", "answer", "way"), CASES)
def test_closing_with_unsaved_edits_asks_first(
    window, demo_context, prompts, qtbot, form, answer, way
) -> None:
    path = demo_context.database.path
    typed = FORMS[form](window)
    assert _found(path, typed) == [False] * len(typed)
    prompts.choose_answers = [ANSWERS[answer]]

    WAYS[way](window, qtbot)

    assert [kind for kind, _text in prompts.asked] == ["choose"], "asked once, before closing"
    if answer == "Keep editing":
        assert window.isVisible()
        assert all(text in shown_text(field) for field, text, _sql in typed)
        assert _found(path, typed) == [False] * len(typed)
        return
    assert not window.isVisible()
    assert prompts.errors == []
    expected = answer == "Save"
    assert _found(path, typed) == [expected] * len(typed)
    # Nothing left for the end of the session to save: discarded stays discarded.
    assert window.tabs_with_unsaved_edits() == []


def test_closing_without_edits_asks_nothing(window, prompts, qtbot) -> None:
    window.build_all_tabs()
    ctrl_q(window, qtbot)
    assert prompts.asked == []
    assert not window.isVisible()


def test_every_form_with_edits_is_asked_about_in_turn(window, demo_context, prompts) -> None:
    typed = contact(window) + goal(window) + follow_up(window)
    prompts.choose_answers = [SAVE, DISCARD, SAVE]  # follow-up, contact, goal
    window.close()
    assert [kind for kind, _ in prompts.asked] == ["choose"] * 3
    # The tab shown (Today, typed last) first, then the others in the tab bar's order.
    assert "follow-up" in prompts.asked[0][1]
    assert _found(demo_context.database.path, typed) == [False, True, True]
    assert not window.isVisible()


def test_a_save_that_fails_keeps_the_window_and_the_text(window, demo_context, prompts) -> None:
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    tab.form.edits["name"].clear()  # a contact needs a name: the save is refused
    type_at_end(tab.form.notes, TYPED)
    prompts.choose_answers = [SAVE]
    window.close()
    assert window.isVisible()
    assert TYPED in tab.form.notes.toPlainText()


class FakeSessionManager:
    """QSessionManager cannot be made in a test; this answers what commit_data asks."""

    def __init__(self, *, interaction: bool) -> None:
        self.interaction = interaction
        self.cancelled = self.released = False

    def allowsInteraction(self) -> bool:
        return self.interaction

    def release(self) -> None:
        self.released = True

    def cancel(self) -> None:
        self.cancelled = True


@pytest.mark.parametrize("form", ["contact", "conversation", "typed question", "new question"])
def test_logging_out_asks_and_keep_editing_cancels_the_logout(
    window, demo_context, prompts, form
) -> None:
    typed = FORMS[form](window)
    manager = FakeSessionManager(interaction=True)
    prompts.choose_answers = [KEEP_EDITING]
    commit_data(window, manager)
    assert manager.cancelled and manager.released
    assert window.isVisible()
    assert all(text in shown_text(field) for field, text, _sql in typed)

    manager = FakeSessionManager(interaction=True)
    prompts.choose_answers = [SAVE]
    commit_data(window, manager)
    assert not manager.cancelled and manager.released
    assert _found(demo_context.database.path, typed) == [True] * len(typed)


@pytest.mark.parametrize("form", list(FORMS))
def test_a_session_end_nobody_may_answer_saves_the_edits(
    window, demo_context, prompts, form
) -> None:
    typed = FORMS[form](window)
    commit_data(window, FakeSessionManager(interaction=False))
    assert prompts.asked == []
    assert _found(demo_context.database.path, typed) == [True] * len(typed)
    assert window.tabs_with_unsaved_edits() == []


def test_quitting_without_closing_the_window_saves_the_edits(window, demo_context) -> None:
    """What ``aboutToQuit`` runs (SIGTERM, the session manager's "die")."""
    typed = contact(window) + follow_up(window)
    save_without_asking(window)
    assert _found(demo_context.database.path, typed) == [True, True]


def test_escape_in_the_real_question_keeps_editing(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netplanner.gui.prompts import Prompts
    from netplanner.gui.unsaved import ask_about_unsaved

    def press_escape() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert ask_about_unsaved(Prompts(), "Save the changes to Zoë first?") == KEEP_EDITING

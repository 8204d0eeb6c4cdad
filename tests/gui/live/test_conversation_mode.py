"""Conversation mode driven by keys, as during a real conversation (offscreen)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontInfo, QKeyEvent
from PySide6.QtWidgets import QApplication

from netplanner.core.conversations import get_conversation
from netplanner.core.live_conversation.state import load_state, noted_names
from netplanner.gui.context import AppContext
from netplanner.gui.live.window import ConversationModeWindow
from netplanner.gui.names.dialog import RecordNamesDialog
from tests.gui.probes import seen

CTRL = Qt.KeyboardModifier.ControlModifier
WHOM_ELSE = "Who else would be worth talking to about this work?"  # the bank's words


def open_mode(qtbot, context: AppContext, talk: int, clock) -> ConversationModeWindow:
    window = ConversationModeWindow(context, talk, clock=clock)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def key(qtbot, window: ConversationModeWindow, which, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget(), which, modifier)


def answers(context: AppContext, talk: int) -> tuple[str, list[tuple[str, str]]]:
    def read(session):
        conversation = get_conversation(session, talk)
        return conversation.notes, [(q.text, q.answer) for q in conversation.questions]

    return context.read(read)


def test_the_person_the_chain_and_one_question_in_large_type(
    qtbot, context: AppContext, talk: int, clock, language
) -> None:
    window = open_mode(qtbot, context, talk, clock)
    dutch = language == "nl"
    assert seen(window.name_label.text()) == "Lotte de Wit"
    assert "UX researcher" in window.details_label.text()
    assert ("via \u2068Marieke Bos\u2069") in window.details_label.text()
    assert seen(window.question_label.text()) == (
        "Kennismaken: hoe kennen jullie Marieke Bos?"
        if dutch
        else "Small talk: how do you both know Marieke Bos?"
    )
    assert window.time_label.text() == ("nog 30 min" if dutch else "30 min left")
    question_size = QFontInfo(window.question_label.font()).pointSizeF()
    assert question_size >= 1.7 * QFontInfo(window.font()).pointSizeF()
    assert window.focusWidget() is window.answer_edit, "the answer box has the keyboard"
    # Small talk, the two questions, the "who else" question of the bank, and "may I use
    # your name?" (the bank's question stands for "whom else", so it is not asked twice).
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.position_label.text() == (
        "Je vragen · 2 van 5" if dutch else "Your questions · 2 of 5"
    )
    coming = [window.panel.coming.item(r).text() for r in range(window.panel.coming.count())]
    assert coming[1:] == [WHOM_ELSE, "May I mention your name when I get in touch with them?"]


def test_answers_are_kept_as_typed_and_undone_as_one_step(
    qtbot, context: AppContext, talk: int, clock
) -> None:
    window = open_mode(qtbot, context, talk, clock)
    steps = context.undo_stack.count()
    qtbot.keyClicks(window.answer_edit, "We studied together")
    qtbot.waitUntil(lambda: answers(context, talk)[0] == "We studied together", timeout=2000)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.keyClicks(window.answer_edit, "Interviews, mostly")
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # written on leaving
    notes, questions = answers(context, talk)
    assert questions[0][1] == "Interviews, mostly"
    assert window.focusWidget() is window.answer_edit
    assert context.undo_stack.count() == steps + 1, "one step for the whole conversation"
    typed = answers(context, talk)
    context.undo_stack.undo()
    notes, questions = answers(context, talk)
    assert notes == "" and all(answer == "" for _text, answer in questions)
    # The window shows what is stored: going back shows the answer taken back, and a redo
    # puts it back in the box.
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.answer_edit.toPlainText() == ""
    context.undo_stack.redo()
    assert window.answer_edit.toPlainText() == "Interviews, mostly"
    assert answers(context, talk) == typed


def test_park_skip_add_a_question_and_note_names_without_the_mouse(
    qtbot, context: AppContext, talk: int, clock
) -> None:
    window = open_mode(qtbot, context, talk, clock)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    first = window.question_label.text()
    key(qtbot, window, Qt.Key.Key_L, CTRL)  # later: last of the questions
    assert window.question_label.text() == "What does your week look like?"
    assert window.panel.coming.item(0).text() == first
    key(qtbot, window, Qt.Key.Key_K, CTRL)  # skip
    assert window.question_label.text() == first
    # A name, the moment it is mentioned: Ctrl+N, the name, Enter; back in the answer.
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    assert window.focusWidget() is window.panel.name_edit
    for character in "Zoë Ağaoğlu":  # one key event each (keyClicks mangles non-ASCII)
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(window.panel.name_edit, event)
    qtbot.keyClick(window.panel.name_edit, Qt.Key.Key_Return)
    assert window.focusWidget() is window.answer_edit
    assert context.read(lambda s: noted_names(s, talk)) == ["Zoë Ağaoğlu"]
    # A question that comes up: Ctrl+I, the question, Enter; it is asked next.
    key(qtbot, window, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(window.panel.question_edit, "How big is your team?")
    qtbot.keyClick(window.panel.question_edit, Qt.Key.Key_Return)
    assert window.panel.question_edit.text() == ""
    assert window.panel.coming.item(0).text() == "How big is your team?"
    assert answers(context, talk)[1][-1] == ("How big is your team?", "")
    key(qtbot, window, Qt.Key.Key_Escape)  # Escape in the answer box closes nothing
    assert window.isVisible()
    state = context.read(lambda s: load_state(s, talk))
    assert state.skipped and state.current == window.current.key


def test_gentle_signs_when_a_phase_runs_over_and_the_time_is_nearly_up(
    qtbot, context: AppContext, talk: int, clock, language
) -> None:
    window = open_mode(qtbot, context, talk, clock)
    dutch = language == "nl"
    assert not window.sign_label.isVisible() and not window.reminder_label.isVisible()
    clock.at(5)  # small talk has 3 of the 30 minutes
    window.show_time()
    assert window.sign_label.isVisible()
    assert window.sign_label.text().startswith(
        "Kennismaken: 2 min over" if dutch else "Small talk: 2 min over"
    )
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert not window.sign_label.isVisible(), "the questions have time left"
    clock.at(26)
    window.show_time()
    assert window.reminder_label.isVisible()
    assert WHOM_ELSE in window.reminder_label.text()
    for _ in range(2):
        key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.question_label.text() == WHOM_ELSE
    qtbot.keyClicks(window.answer_edit, "Ask Tom at the UMC")
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not window.reminder_label.isVisible(), "asked: no reminder"
    clock.at(31)
    window.show_time()
    assert window.time_label.text() == (
        "1 min over de geplande tijd" if dutch else "1 min over the planned time"
    )


def test_end_marks_it_held_at_its_real_time_and_brings_the_names(
    qtbot, context: AppContext, talk: int, clock
) -> None:
    clock.at(7)  # started seven minutes after the planned time
    window = open_mode(qtbot, context, talk, clock)
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(window.panel.name_edit, "Tom Bakker")
    qtbot.keyClick(window.panel.name_edit, Qt.Key.Key_Return)
    clock.at(7 + 28)
    key(qtbot, window, Qt.Key.Key_E, CTRL)
    assert window.focusWidget() is window.outcome_edit
    qtbot.keyClicks(window.outcome_edit, "Send my portfolio")
    with qtbot.waitSignal(window.ended) as ended:
        qtbot.keyClick(window.outcome_edit, Qt.Key.Key_Return)
    assert ended.args == [talk, ["Tom Bakker"]]
    assert not window.isVisible()

    def read(session):
        c = get_conversation(session, talk)
        return c.status, c.starts_at, c.held_at, c.duration_minutes, c.outcome

    status, starts_at, _held, minutes, outcome = context.read(read)
    assert (status, minutes, outcome) == ("held", 28, "Send my portfolio")
    assert starts_at.replace(tzinfo=None) == (clock.now - timedelta(minutes=28)).replace(
        tzinfo=None
    )
    # Record names you got opens with the names noted, ready to save; then they are done.
    dialog = RecordNamesDialog(context, talk)
    qtbot.addWidget(dialog)
    assert [row.name_edit.text() for row in dialog.rows] == ["Tom Bakker"]
    dialog.accept()
    assert len(dialog.saved_ids) == 1
    assert context.read(lambda s: noted_names(s, talk)) == []


def test_closing_halfway_asks_nothing_and_opens_again_where_it_was(
    qtbot, context: AppContext, talk: int, clock, prompts
) -> None:
    window = open_mode(qtbot, context, talk, clock)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.keyClicks(window.answer_edit, "Half an answer")
    window.close()  # no wait: what was typed a moment ago is written on closing
    assert prompts.asked == []
    assert answers(context, talk)[1][0][1] == "Half an answer"
    clock.at(10)
    again = open_mode(qtbot, context, talk, clock)
    assert again.answer_edit.toPlainText() == "Half an answer"
    assert again.time_label.text() == "20 min left", "the start is kept"

"""The Conversations form and conversation mode on the same conversation at once.

The mode writes answers as they are typed; the form saves a whole conversation. While
the mode window is open the form only shows the conversation (read again as the mode
writes) and says why, so a save from the form can never put back older answers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from netplanner.core.conversations import get_conversation
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.live.window import ConversationModeWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def type_text(widget, text: str) -> None:
    """Key events one character at a time (keyClicks aborts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def stored(context: AppContext, conversation_id: int) -> tuple[str, list[str]]:
    def read(session):
        conversation = get_conversation(session, conversation_id)
        return conversation.purpose, [q.answer for q in conversation.questions]

    return context.read(read)


def test_saving_the_form_never_puts_back_answers_typed_in_the_mode(
    qtbot, demo_context: AppContext, language
) -> None:
    tab = ConversationsTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    tab.show_conversation(3)
    purpose_before, answers_before = stored(demo_context, 3)
    qtbot.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConversationModeWindow)]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # past the small talk
    # Back in the form, the user starts changing the purpose ...
    qtbot.mouseClick(tab.form.purpose_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(tab.form.purpose_edit, "Ask about the team")
    # ... answers in the mode (written as typed) ...
    type_text(window.answer_edit, "Mostly interviews — één per week")
    qtbot.waitUntil(lambda: "Mostly interviews — één per week" in stored(demo_context, 3)[1])
    # ... and saves the form: with the button, and with Ctrl+S.
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.form.purpose_edit, Qt.Key.Key_S, CTRL)
    purpose, answers = stored(demo_context, 3)
    assert "Mostly interviews — één per week" in answers, "the mode's answer is kept"
    assert purpose == purpose_before
    # The form says why it cannot be changed now, and shows the answer as it was written.
    assert tab.form.mode_line.isVisible()
    assert ("gespreksmodus" if language == "nl" else "conversation mode") in (
        tab.form.mode_line.text()
    )
    assert not tab.form.save_button.isEnabled()
    assert "Mostly interviews — één per week" in [c.answer for c in tab.form.question_choices()]
    assert not tab.form.is_dirty
    # The mode closed, the form is the place to change it again; the answer stays.
    window.close()
    qtbot.waitUntil(lambda: not tab.form.mode_line.isVisible(), timeout=2000)
    assert tab.form.save_button.isEnabled()
    qtbot.mouseClick(tab.form.purpose_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(tab.form.purpose_edit, "Ask about the team")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    purpose, answers = stored(demo_context, 3)
    assert "Ask about the team" in purpose
    assert "Mostly interviews — één per week" in answers
    assert answers_before != answers

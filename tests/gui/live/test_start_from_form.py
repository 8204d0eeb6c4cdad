"""*Start conversation* on a planned conversation opens conversation mode on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netplanner.gui.context import AppContext
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.live.window import ConversationModeWindow


def mode_windows() -> list[ConversationModeWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ConversationModeWindow) and w.isVisible()
    ]


def test_start_conversation_opens_the_mode_once(qtbot, demo_context: AppContext) -> None:
    tab = ConversationsTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    tab.show_conversation(2)  # held already: nothing to start
    assert not tab.form.start_button.isVisible()
    tab.show_conversation(3)  # scheduled
    assert tab.form.start_button.isVisible()
    qtbot.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    [window] = mode_windows()
    assert window.conversation_id == 3
    assert window.windowTitle() == f"Conversation with {window.live.contact_name}"
    qtbot.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    assert mode_windows() == [window], "started again: the open window comes forward"
    window.close()
    qtbot.waitUntil(lambda: not mode_windows(), timeout=2000)

"""A closed conversation-mode window is gone: no hidden windows pile up in a session."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netplanner.core.conversations import get_conversation
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.live.window import ConversationModeWindow


def mode_windows() -> list[ConversationModeWindow]:
    """Every conversation-mode window that exists, shown or hidden."""
    return [w for w in QApplication.allWidgets() if isinstance(w, ConversationModeWindow)]


def test_opening_and_closing_the_mode_again_and_again_leaves_no_window_behind(
    qtbot, demo_context: AppContext
) -> None:
    tab = ConversationsTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    tab.show_conversation(3)  # scheduled
    gone: list[weakref.ref[ConversationModeWindow]] = []
    for round_ in range(3):
        qtbot.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
        [window] = mode_windows()
        qtbot.keyClicks(window.answer_edit, f"round {round_}")
        gone.append(weakref.ref(window))
        window.close()  # the user closes the window halfway
        del window
        qtbot.waitUntil(lambda: not mode_windows(), timeout=2000)
    gc.collect()
    assert [ref() for ref in gone] == [None, None, None], "no window object stays alive"
    notes = demo_context.read(lambda s: get_conversation(s, 3).notes)
    assert "round 2" in notes, "what was typed last was written as the window closed"
    # Started once more, the mode opens fresh on the same conversation.
    qtbot.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    [window] = mode_windows()
    assert window.isVisible() and window.conversation_id == 3
    window.close()
    del window

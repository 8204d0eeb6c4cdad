"""Opening conversation mode: one window per conversation, *Record names* after the end."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from netplanner.gui.context import AppContext
from netplanner.gui.live.window import ConversationModeWindow

#: The windows open now, by conversation: starting again brings the open one forward.
_OPEN: dict[int, ConversationModeWindow] = {}


def open_conversation_mode(
    context: AppContext, conversation_id: int, parent: QWidget | None = None
) -> ConversationModeWindow:
    """Show conversation mode for ``conversation_id``, full-window (or bring it forward)."""
    window = _OPEN.get(conversation_id)
    if window is None:
        window = ConversationModeWindow(context, conversation_id, parent=parent)
        _OPEN[conversation_id] = window
        window.closed.connect(lambda: _OPEN.pop(conversation_id, None))
        window.ended.connect(lambda done_id, _names: _record_names(context, done_id, parent))
        window.showMaximized()
    window.raise_()
    window.activateWindow()
    return window


def _record_names(context: AppContext, conversation_id: int, parent: QWidget | None) -> None:
    """After the end: *Record names you got*, the names noted already in it."""
    from netplanner.gui.names.dialog import open_record_names

    open_record_names(context, conversation_id, parent)

"""Opening conversation mode: one window per conversation, *Record names* after the end.

A closed window is deleted (``WA_DeleteOnClose``). Nothing here keeps a Python reference
to a window or to its parent once it is closed: a slot that held the parent (the
Conversations tab) used to be the parent's last reference in tests, so deleting the
window dropped the tab, which deleted the window a second time (a crash).
"""

from __future__ import annotations

import weakref
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from netplanner.gui.context import AppContext
from netplanner.gui.live.window import ConversationModeWindow

#: The windows open now, by conversation: starting again brings the open one forward.
_OPEN: dict[int, ConversationModeWindow] = {}


def open_conversation_mode(
    context: AppContext, conversation_id: int, parent: QWidget
) -> ConversationModeWindow:
    """Show conversation mode for ``conversation_id``, full-window (or bring it forward).

    ``parent`` owns the window (a window with no parent would be owned by Python, and
    forgetting it as it closes would delete it inside its own close event)."""
    window = _OPEN.get(conversation_id)
    if window is None:
        window = ConversationModeWindow(context, conversation_id, parent=parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _OPEN[conversation_id] = window
        window.closed.connect(partial(_forget, conversation_id))
        window.ended.connect(partial(_record_names, context, weakref.ref(parent)))
        window.showMaximized()
    window.raise_()
    window.activateWindow()
    return window


def _forget(conversation_id: int) -> None:
    _OPEN.pop(conversation_id, None)


def _record_names(
    context: AppContext,
    parent: weakref.ref[QWidget],
    conversation_id: int,
    _names: list[str],
) -> None:
    """After the end: *Record names you got*, the names noted already in it."""
    from netplanner.gui.names.dialog import open_record_names

    open_record_names(context, conversation_id, parent())

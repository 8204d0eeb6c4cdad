"""Opening conversation mode: one window per conversation, *Record names* after the end.

A closed window is deleted (``WA_DeleteOnClose``). Nothing here keeps a Python reference
to a window or to its parent once it is closed: a slot that held the parent (the
Conversations tab) used to be the parent's last reference in tests, so deleting the
window dropped the tab, which deleted the window a second time (a crash).
"""

from __future__ import annotations

import weakref
from contextlib import suppress
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from netplanner.gui.context import AppContext
from netplanner.gui.live.window import ConversationModeWindow

#: The windows open now, by data file (context) and conversation: starting again
#: brings the open one forward.
_OPEN: dict[tuple[AppContext, int], ConversationModeWindow] = {}


def open_conversation_mode(
    context: AppContext, conversation_id: int, parent: QWidget
) -> ConversationModeWindow:
    """Show conversation mode for ``conversation_id``, full-window (or bring it forward).

    ``parent`` owns the window (a window with no parent would be owned by Python, and
    forgetting it as it closes would delete it inside its own close event)."""
    window = _OPEN.get((context, conversation_id))
    if window is None:
        window = ConversationModeWindow(context, conversation_id, parent=parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _OPEN[context, conversation_id] = window
        window.closed.connect(partial(_forget, context, conversation_id))
        # Deleted without being closed (its parent went first): forgotten too.
        window.destroyed.connect(lambda: _forget(context, conversation_id))
        window.ended.connect(partial(_record_names, context, weakref.ref(parent)))
        window.showMaximized()
        context.events.conversation_mode_toggled.emit(conversation_id, True)
    window.raise_()
    window.activateWindow()
    return window


def mode_is_open(context: AppContext, conversation_id: int | None) -> bool:
    """True while conversation mode has ``conversation_id`` (and writes its answers)."""
    return (context, conversation_id) in _OPEN


def _forget(context: AppContext, conversation_id: int) -> None:
    if _OPEN.pop((context, conversation_id), None) is not None:
        # At the end of a session the hub may be gone before the window.
        with suppress(RuntimeError):
            context.events.conversation_mode_toggled.emit(conversation_id, False)


def _record_names(
    context: AppContext,
    parent: weakref.ref[QWidget],
    conversation_id: int,
    _names: list[str],
) -> None:
    """After the end: *Record names you got*, the names noted already in it."""
    from netplanner.gui.names.dialog import open_record_names

    open_record_names(context, conversation_id, parent())

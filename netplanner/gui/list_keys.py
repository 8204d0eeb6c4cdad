"""The keys every list answers the same way: Delete (and Backspace on a Mac) deletes
the selected item, with the confirmation its Delete button asks; Ctrl+Up and Ctrl+Down
move an item in a list whose order counts.

Alt+Up and Alt+Down are no good for moving: they open a combo box's list. Each key is
a QAction on the list itself (it works while the list has the focus), described for
Help ▸ Keyboard shortcuts (see :func:`netplanner.gui.shortcuts_dialog.describe_shortcut`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from netplanner.gui.shortcuts_dialog import describe_shortcut

MOVE_UP = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Up)
MOVE_DOWN = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Down)


def delete_keys() -> list[QKeySequence]:
    """Delete; on macOS also Backspace, the key Mac keyboards label "delete"."""
    keys = [QKeySequence(Qt.Key.Key_Delete)]
    if sys.platform == "darwin":
        keys.append(QKeySequence(Qt.Key.Key_Backspace))
    return keys


def key_action(
    widgets: QWidget | list[QWidget],
    keys: list[QKeySequence],
    slot: Callable[[], object],
    where: str,
    what: str,
) -> QAction:
    """An action for ``keys`` that works while one of ``widgets`` has the focus."""
    targets = widgets if isinstance(widgets, list) else [widgets]
    action = QAction(what, targets[0])
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    describe_shortcut(action, where, what)
    for widget in targets:
        widget.addAction(action)
    return action


def delete_action(
    widgets: QWidget | list[QWidget], slot: Callable[[], object], where: str, what: str
) -> QAction:
    """Delete (Backspace on a Mac) runs ``slot`` while one of ``widgets`` has the focus."""
    return key_action(widgets, delete_keys(), slot, where, what)


def move_actions(
    widget: QWidget,
    move: Callable[[int], object],
    where: str,
    up: str,
    down: str,
    *,
    with_children: bool = False,
) -> tuple[QAction, QAction]:
    """Ctrl+Up and Ctrl+Down call ``move(-1)`` and ``move(1)`` while ``widget`` has the
    focus (``with_children``: or one of its children, for a pane of several controls)."""
    actions = (
        key_action(widget, [MOVE_UP], lambda: move(-1), where, up),
        key_action(widget, [MOVE_DOWN], lambda: move(1), where, down),
    )
    if with_children:
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return actions

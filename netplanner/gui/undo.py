"""Undo and redo in the window: the command on the stack, the Edit menu's two actions.

The data side is :mod:`netplanner.storage.sqlite.undo`; :class:`netplanner.gui.context.AppContext`
pushes a :class:`StepCommand` after every labelled write.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from netplanner.gui.events import Change
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.messages import fill

#: Takes a step of the undo log back (the label names it in a message if that fails) and
#: announces what it changes; returns the step that takes that back again.
Replay = Callable[[int | None, str, Change], int | None]


class StepCommand(QUndoCommand):
    """One write the user can take back.

    ``step`` is the log step that reverses the current state: while the write is done it
    undoes it, once undone it redoes it. The write already ran when the command is
    pushed, so the first ``redo`` (QUndoStack.push calls it) does nothing.
    """

    def __init__(
        self,
        replay: Replay,
        label: str,
        step: int,
        changes: Change,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(label)
        self._replay = replay
        self.step: int | None = step
        # What the write changed, so what undoing or redoing it changes too.
        self.changes = changes
        #: Writes with this key that follow this one become part of it (see AppContext.write).
        self.merge_key = merge_key
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self.step = self._replay(self.step, self.text(), self.changes)

    def undo(self) -> None:
        self.step = self._replay(self.step, self.text(), self.changes)


def live_steps(stack: QUndoStack) -> list[int]:
    """The log steps of the commands that stay reachable when a new one is pushed: those
    below the current index, within the stack's undo limit (the rest are dropped)."""
    index = stack.index()
    limit = stack.undoLimit()
    first = max(0, index - (limit - 1)) if limit > 0 else 0
    steps = []
    for position in range(first, index):
        command = stack.command(position)
        step = getattr(command, "step", None)
        if step is not None:
            steps.append(step)
    return steps


#: Longer labels are cut short in the menu, which would otherwise grow as wide as them.
MENU_LABEL_LENGTH = 60


def _menu_text(prefix: str, label: str) -> str:
    """'&Undo Delete Carla Smit': the label's own '&' shown, not taken as a mnemonic."""
    if not label:
        return prefix
    if len(label) > MENU_LABEL_LENGTH:
        label = label[: MENU_LABEL_LENGTH - 1].rstrip() + "…"
    return fill(prefix, label.replace("&", "&&"))


def add_undo_actions(menu: QMenu, stack: QUndoStack, window: QWidget) -> tuple[QAction, QAction]:
    """Add Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) to ``menu``; their text names the step."""
    actions = _UndoActions(stack, window)
    menu.addAction(actions.undo)
    menu.addAction(actions.redo)
    menu.addSeparator()
    _FieldShortcuts(window)
    return actions.undo, actions.redo


class _UndoActions(QObject):
    """Keeps the two actions in step with the stack. Its slots take what the signals
    carry, never asking the stack: Qt empties a stack while destroying it, and the
    signals of that must not reach a half-destroyed object."""

    def __init__(self, stack: QUndoStack, window: QWidget) -> None:
        super().__init__(window)
        self.undo = QAction(window)
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo.setStatusTip(
            QCoreApplication.translate("Undo", "Take back the last change to your data")
        )
        self.undo.triggered.connect(stack.undo)
        # Help ▸ Keyboard shortcuts says what the key does, not the step it would undo now.
        what = QCoreApplication.translate("Undo", "Undo the last change")
        describe_shortcut(self.undo, "", what)
        self.redo = QAction(window)
        # The platform's keys for Redo, and Ctrl+Shift+Z everywhere (some only have Ctrl+Y).
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in keys:
            keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts(keys)
        self.redo.setStatusTip(QCoreApplication.translate("Undo", "Do again what Undo took back"))
        self.redo.triggered.connect(stack.redo)
        what = QCoreApplication.translate("Undo", "Redo what Undo took back")
        describe_shortcut(self.redo, "", what)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())

    def _undo_text(self, label: str) -> None:
        self.undo.setText(
            _menu_text(
                QCoreApplication.translate("Undo", "&Undo %1")
                if label
                else QCoreApplication.translate("Undo", "&Undo"),
                label,
            )
        )

    def _redo_text(self, label: str) -> None:
        self.redo.setText(
            _menu_text(
                QCoreApplication.translate("Undo", "&Redo %1")
                if label
                else QCoreApplication.translate("Undo", "&Redo"),
                label,
            )
        )


class _FieldShortcuts(QObject):
    """Ctrl+Z in a text field undoes typing there; with nothing typed to undo (e.g. right
    after Save) it goes to the Edit menu, so the save just made can be taken back.

    Without this, a focused field takes every Ctrl+Z, even when it has nothing to undo.
    Only the focused field is watched (a filter on the whole application would see
    every event of every widget).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and _field_can(old, undo=True) is not None:
            old.removeEventFilter(self)
        if new is not None and _field_can(new, undo=True) is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            local = _field_can(watched, undo=True)
        elif event.matches(QKeySequence.StandardKey.Redo):
            local = _field_can(watched, undo=False)
        else:
            return False
        if local is False:
            event.ignore()
            return True  # the field does not claim the key: the window's shortcut runs
        return False


def _field_can(widget: QObject, *, undo: bool) -> bool | None:
    """Whether a text field has typing to undo (redo); None for any other widget."""
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return None

"""The side of conversation mode: what comes next, names noted, a question on the fly.

Both fields give the keyboard back to the answer box once Enter has noted what was
typed (or on Escape): the conversation goes on while the user notes a name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.live_conversation.plan import Item
from netplanner.core.text import clean


class ItemsPanel(QWidget):
    #: A name was noted (cleaned, not empty).
    name_noted = Signal(str)
    #: A noted name was taken away again (its row).
    name_removed = Signal(int)
    #: A question to add (cleaned, not empty).
    question_added = Signal(str)
    #: The user clicked an item of *Coming up* (its key).
    item_chosen = Signal(str)
    #: Enter or Escape in a field: the answer box may have the keyboard again.
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coming_label = QLabel(self.tr("Coming up"))
        self.coming_label.setFont(_bold(self.coming_label.font()))
        self.coming = QListWidget()
        self.coming.setAccessibleName(self.tr("Coming up"))
        self.coming.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the answer
        self.coming.setWordWrap(True)
        self.coming.setSpacing(3)
        self.coming.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.coming.itemClicked.connect(
            lambda row: self.item_chosen.emit(row.data(Qt.ItemDataRole.UserRole))
        )

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("A name they mention, then Enter"))
        names_label = QLabel(self.tr("&Names mentioned:"))
        names_label.setFont(_bold(names_label.font()))
        names_label.setBuddy(self.name_edit)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Names noted"))
        self.names.setMaximumHeight(120)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.names)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_name)

        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(self.tr("A question that comes up, then Enter"))
        question_label = QLabel(self.tr("Add a &question:"))
        question_label.setFont(_bold(question_label.font()))
        question_label.setBuddy(self.question_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.coming_label)
        layout.addWidget(self.coming, 1)
        layout.addSpacing(8)
        layout.addWidget(names_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.names)
        layout.addSpacing(8)
        layout.addWidget(question_label)
        layout.addWidget(self.question_edit)

        self.name_edit.returnPressed.connect(self._note_name)
        self.question_edit.returnPressed.connect(self._add_question)
        for edit in (self.name_edit, self.question_edit):
            back = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
            back.setContext(Qt.ShortcutContext.WidgetShortcut)
            back.activated.connect(self.done)

    def show_coming(self, items: list[tuple[Item, str, bool]]) -> None:
        """The items after the current one: (item, its text, skipped)."""
        self.coming.clear()
        for item, text, skipped in items:
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            if skipped:
                font = row.font()
                font.setStrikeOut(True)
                row.setFont(font)
            if item.answer:
                row.setText("✓ " + text)
            self.coming.addItem(row)

    def show_names(self, names: tuple[str, ...]) -> None:
        self.names.clear()
        self.names.addItems(list(names))
        self.names.setVisible(bool(names))

    def _note_name(self) -> None:
        name = clean(self.name_edit.text())
        self.name_edit.clear()
        if name:
            self.name_noted.emit(name)
        self.done.emit()

    def _remove_name(self) -> None:
        row = self.names.currentRow()
        if row >= 0:
            self.name_removed.emit(row)

    def _add_question(self) -> None:
        text = clean(self.question_edit.text())
        if not text:
            self.done.emit()
            return
        self.question_added.emit(text)  # the window empties the field once it is saved


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold

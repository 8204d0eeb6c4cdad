"""The editor under the questions table: add a new question or change the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from netplanner.core.enums import QuestionCategory
from netplanner.gui.banks.bank_data import QuestionItem
from netplanner.gui.labels import category_label


class QuestionEditor(QGroupBox):
    """Two modes: *add* (no question selected; Return adds) and *edit* (Return saves).

    Escape leaves edit mode. The widget only reports what the user asked for;
    the tab does the writing.
    """

    add_requested = Signal()
    save_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: QuestionItem | None = None
        self.category_combo = QComboBox()
        for category in QuestionCategory:
            self.category_combo.addItem(category_label(category.value), category.value)
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Type a question and press Enter"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(220)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add the text as a new question at the end of the bank"))
        self.save_button = QPushButton(self.tr("Save chan&ges"))
        self.save_button.setToolTip(self.tr("Save the changed text and category (Enter)"))
        self.new_button = QPushButton(self.tr("New &question"))
        self.new_button.setToolTip(self.tr("Stop editing and type a new question (Esc)"))

        category_label_widget = QLabel(self.tr("Catego&ry:"))
        category_label_widget.setBuddy(self.category_combo)
        text_label = QLabel(self.tr("Question te&xt:"))
        text_label.setBuddy(self.text_edit)
        grid = QGridLayout(self)
        grid.addWidget(category_label_widget, 0, 0)
        grid.addWidget(self.category_combo, 0, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(text_label, 1, 0)
        grid.addWidget(self.text_edit, 1, 1)
        grid.addWidget(self.add_button, 1, 2)
        grid.addWidget(self.save_button, 1, 3)
        grid.addWidget(self.new_button, 0, 3)
        grid.setColumnStretch(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.text_edit.returnPressed.connect(self._on_return)
        self.text_edit.textChanged.connect(self._update_buttons)
        self.category_combo.currentIndexChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.new_button.clicked.connect(self.leave_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_escape)
        self.set_add_mode(clear=True)

    # -- state -------------------------------------------------------------------------------
    @property
    def editing_id(self) -> int | None:
        return self._editing.id if self._editing else None

    def text(self) -> str:
        return self.text_edit.text().strip()

    def category(self) -> str:
        return str(self.category_combo.currentData())

    def set_category(self, category: str) -> None:
        index = self.category_combo.findData(category)
        if index >= 0:
            self.category_combo.setCurrentIndex(index)

    def load(self, item: QuestionItem) -> None:
        """Edit mode on ``item``: its text and category in the fields."""
        self._editing = item
        self.setTitle(self.tr("Edit question %1").replace("%1", str(item.position + 1)))
        self.text_edit.setText(item.text)
        self.text_edit.setCursorPosition(0)
        self.set_category(item.category)
        self.save_button.setVisible(True)
        self.new_button.setVisible(True)
        self._update_buttons()

    def set_add_mode(self, *, clear: bool) -> None:
        """Back to adding; ``clear`` empties the text (the category stays for the next one)."""
        was_editing = self._editing is not None
        self._editing = None
        self.setTitle(self.tr("New question"))
        if clear or was_editing:
            self.text_edit.clear()
        self.save_button.setVisible(False)
        self.new_button.setVisible(False)
        self._update_buttons()

    def is_changed(self) -> bool:
        item = self._editing
        return item is not None and (self.text() != item.text or self.category() != item.category)

    # -- reactions ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has_text = bool(self.text())
        self.add_button.setEnabled(has_text)
        self.save_button.setEnabled(has_text and self.is_changed())
        self.save_button.setDefault(self._editing is not None)
        self.add_button.setDefault(self._editing is None)

    def _on_return(self) -> None:
        if self._editing is None:
            if self.text():
                self.add_requested.emit()
        elif self.text():
            self.save_requested.emit()

    def _on_escape(self) -> None:
        if self._editing is not None:
            self.leave_requested.emit()

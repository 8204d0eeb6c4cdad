"""Choose the questions for one conversation from the banks, order them, note answers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.banks import BankRow, get_bank, list_bank_rows
from netplanner.core.conversations import QuestionChoice
from netplanner.core.enums import QuestionCategory
from netplanner.core.errors import NetPlannerError
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.bank_list import BankQuestion, BankQuestionList
from netplanner.gui.conversations.chosen_list import (
    AnswerRole,
    ChosenQuestionsList,
    SourceRole,
)
from netplanner.gui.labels import category_label, language_label

ALL_CATEGORIES = ""


class QuestionPicker(QWidget):
    """Left: a bank's questions (filter by category). Right: the chosen, ordered list."""

    #: Something the user would want to save changed (list, order or an answer).
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._banks: list[BankRow] = []
        self._language: str | None = None
        self._cache: dict[int, list[BankQuestion]] = {}
        self._loading_answer = False
        self._build()
        self.reload_banks()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.bank_combo = QComboBox()
        self.bank_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.bank_combo.setMinimumContentsLength(10)
        self.category_combo = QComboBox()
        self.category_combo.setSizeAdjustPolicy(self.bank_combo.sizeAdjustPolicy())
        self.category_combo.setMinimumContentsLength(10)
        self.category_combo.addItem(self.tr("All categories"), ALL_CATEGORIES)
        for category in QuestionCategory:
            self.category_combo.addItem(category_label(category.value), category.value)
        self.bank_list = BankQuestionList()
        self.add_button = QPushButton(self.tr("Add →"))
        self.add_button.setToolTip(
            self.tr(
                "Add the selected questions to this conversation (or press Enter, or double-click)"
            )
        )

        self.chosen_list = ChosenQuestionsList()
        self.chosen_list.setToolTip(
            self.tr("Double-click or press F2 to change the wording for this conversation")
        )
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Ask this question earlier (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Ask this question later (Ctrl+Down)"))
        self.own_edit = QLineEdit()
        self.own_edit.setPlaceholderText(self.tr("Write your own question…"))
        self.own_edit.setAccessibleName(self.tr("Your own question"))
        self.own_button = QPushButton(self.tr("Add"))
        self.own_button.setAccessibleName(self.tr("Add your own question"))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Question list messages"))

        bank_label = QLabel(self.tr("&Bank:"))
        bank_label.setBuddy(self.bank_combo)
        category_label_ = QLabel(self.tr("Categor&y:"))
        category_label_.setBuddy(self.category_combo)
        self.chosen_label = QLabel()
        self.chosen_label.setBuddy(self.chosen_list)
        self.answer_label = QLabel(self.tr("&Answer — what they said:"))
        self.answer_label.setBuddy(self.answer_edit)

        left = QGridLayout()
        left.addWidget(bank_label, 0, 0)
        left.addWidget(self.bank_combo, 0, 1)
        left.addWidget(category_label_, 1, 0)
        left.addWidget(self.category_combo, 1, 1)
        left.addWidget(self.bank_list, 2, 0, 1, 2)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row, 3, 0, 1, 2)
        left.setColumnStretch(1, 1)

        right = QVBoxLayout()
        right.addWidget(self.chosen_label)
        right.addWidget(self.chosen_list, 1)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        right.addLayout(moves)
        own = QHBoxLayout()
        own.addWidget(self.own_edit, 1)
        own.addWidget(self.own_button)
        right.addLayout(own)
        right.addWidget(self.answer_label)
        right.addWidget(self.answer_edit)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(columns)
        outer.addWidget(self.status_label)

        self.bank_combo.currentIndexChanged.connect(self._show_bank)
        self.category_combo.currentIndexChanged.connect(self._show_bank)
        self.bank_list.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.bank_list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_selected)
        self.chosen_list.currentItemChanged.connect(self._show_answer)
        self.chosen_list.itemChanged.connect(self._chosen_item_edited)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.own_edit.returnPressed.connect(self._add_own_from_edit)
        self.own_button.clicked.connect(self._add_own_from_edit)
        self.answer_edit.textChanged.connect(self._answer_edited)
        self.bank_list.installEventFilter(self)
        self.chosen_list.installEventFilter(self)
        self._after_list_change()

    # -- banks --------------------------------------------------------------------------------
    def reload_banks(self) -> None:
        """Read the banks again (after banks_changed); keeps the chosen bank when it is there."""
        self._cache.clear()
        self._banks = self.context.read(list_bank_rows)
        self._fill_bank_combo()

    def set_preferred_language(self, language: str | None) -> None:
        """Banks in the goal's language come first, and one of them is picked."""
        if language == self._language:
            return
        self._language = language
        self._fill_bank_combo()

    def _fill_bank_combo(self) -> None:
        current = self.bank_combo.currentData()
        banks = sorted(self._banks, key=lambda b: b.language != self._language)
        self.bank_combo.blockSignals(True)
        self.bank_combo.clear()
        for bank in banks:
            text = (
                self.tr("%1 (%2)")
                .replace("%1", bank.name)
                .replace("%2", language_label(bank.language))
            )
            self.bank_combo.addItem(text, bank.id)
            self.bank_combo.setItemData(
                self.bank_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        position = self.bank_combo.findData(current) if current is not None else -1
        if position >= 0 and banks[0].language == self._language != banks[position].language:
            position = 0  # the goal's language changed: offer a bank in that language
        self.bank_combo.setCurrentIndex(max(position, 0) if banks else -1)
        self.bank_combo.blockSignals(False)
        self.bank_combo.setToolTip(self.bank_combo.currentText())
        self._show_bank()

    def _bank_questions(self, bank_id: int) -> list[BankQuestion]:
        if bank_id not in self._cache:
            try:
                self._cache[bank_id] = self.context.read(
                    lambda s: [(q.id, q.category, q.text) for q in get_bank(s, bank_id).questions]
                )
            except NetPlannerError:
                self._cache[bank_id] = []
        return self._cache[bank_id]

    def _show_bank(self) -> None:
        self.bank_combo.setToolTip(self.bank_combo.currentText())
        bank_id = self.bank_combo.currentData()
        questions = self._bank_questions(bank_id) if bank_id is not None else []
        self.bank_list.show_questions(questions, self.category_combo.currentData())
        self._mark_chosen()
        self._update_buttons()

    # -- the chosen list ----------------------------------------------------------------------
    def set_choices(self, choices: list[QuestionChoice]) -> None:
        """Show a conversation's questions (does not count as a change)."""
        self.chosen_list.set_choices(choices)
        self.status_label.clear()
        self._after_list_change()
        self._show_answer(None)

    def choices(self) -> list[QuestionChoice]:
        return self.chosen_list.choices()

    def _append(self, choice: QuestionChoice) -> bool:
        if self.chosen_list.append(choice):
            return True
        if choice.text.strip():
            self.status_label.setText(self.tr("That question is already in the list."))
        return False

    def add_selected(self) -> int:
        """Add the selected bank questions (in bank order); returns how many were added."""
        self.status_label.clear()
        added = sum(self._append(choice) for choice in self.bank_list.selected_choices())
        if added:
            self.chosen_list.setCurrentRow(self.chosen_list.count() - 1)
            self._changed()
        return added

    def add_own_question(self, text: str) -> bool:
        self.status_label.clear()
        if not self._append(QuestionChoice(text)):
            return False
        self.chosen_list.setCurrentRow(self.chosen_list.count() - 1)
        self._changed()
        return True

    def _add_own_from_edit(self) -> None:
        if self.add_own_question(self.own_edit.text()):
            self.own_edit.clear()

    def remove_current(self) -> None:
        row = self.chosen_list.currentRow()
        if row < 0:
            return
        item = self.chosen_list.item(row)
        if (item.data(AnswerRole) or "").strip() and not self.context.prompts.confirm(
            self.tr("Remove question"),
            self.tr("Remove this question and the answer you noted?"),
            confirm_label=self.tr("Remove"),
            detail=item.text(),
        ):
            return
        self.chosen_list.takeItem(row)
        self.chosen_list.setCurrentRow(min(row, self.chosen_list.count() - 1))
        self._changed()

    def move_current(self, offset: int) -> None:
        if self.chosen_list.move_row(self.chosen_list.currentRow(), offset):
            self._changed()

    def _chosen_item_edited(self, item: QListWidgetItem) -> None:
        if not self._loading_answer:
            self._changed()

    # -- answers ------------------------------------------------------------------------------
    def _show_answer(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self._loading_answer = True
        self.answer_edit.setPlainText((item.data(AnswerRole) or "") if item else "")
        self._loading_answer = False
        self.answer_edit.setEnabled(item is not None)
        self.answer_edit.setPlaceholderText(
            self.tr("After the conversation: what did they say?")
            if item
            else self.tr("Select a chosen question to note the answer.")
        )
        self._update_buttons()

    def _answer_edited(self) -> None:
        item = self.chosen_list.currentItem()
        if self._loading_answer or item is None:
            return
        self.chosen_list.set_answer(item, self.answer_edit.toPlainText())
        self.changed.emit()

    # -- state --------------------------------------------------------------------------------
    def _changed(self) -> None:
        self._after_list_change()
        self.changed.emit()

    def _after_list_change(self) -> None:
        count = self.chosen_list.count()
        self.chosen_label.setText(self.tr("Cho&sen questions (%1):").replace("%1", str(count)))
        self._mark_chosen()
        self._update_buttons()

    def _mark_chosen(self) -> None:
        self.bank_list.mark_chosen(self.chosen_list.contains)

    def _update_buttons(self) -> None:
        row = self.chosen_list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.chosen_list.count() - 1)
        self.add_button.setEnabled(
            any(item.data(SourceRole) is not None for item in self.bank_list.selectedItems())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if watched is self.bank_list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_selected()
            return True
        if watched is self.chosen_list and not self.chosen_list.is_editing():
            if key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

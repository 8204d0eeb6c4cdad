"""Choose the questions for one conversation from the banks, order them, note answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.bank_kinds import bank_kinds
from netplanner.core.banks import BankRow, get_bank, list_bank_rows
from netplanner.core.conversations import QuestionChoice
from netplanner.core.enums import QuestionCategory
from netplanner.core.errors import NetPlannerError
from netplanner.core.question_sets import DEFAULT_MINUTES, suggest_questions, suggested_count
from netplanner.gui.banks.bank_list_model import ui_language
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.bank_list import BankQuestion, BankQuestionList
from netplanner.gui.conversations.chosen_list import SourceRole
from netplanner.gui.conversations.chosen_panel import ChosenPanel
from netplanner.gui.labels import category_label, language_label
from netplanner.gui.list_keys import key_action
from netplanner.messages import fill

ALL_CATEGORIES = ""


class QuestionPicker(QWidget):
    """Left: a bank's questions (filter by category). Right: the chosen, ordered list.

    Questions move across with Enter, the Add button, a double-click or by dragging;
    "Suggest a set" fills the list with a set sized for the conversation's duration.
    """

    #: Something the user would want to save changed (list, order or an answer).
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._banks: list[BankRow] = []
        self._language: str | None = None
        self._kind: str | None = None  # the conversation's kind: its bank comes first
        self._bank_kinds: dict[int, str] = {}
        self._minutes: int | None = None
        self._cache: dict[int, list[BankQuestion]] = {}
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
                "Add the selected questions at the end of the chosen list (or press Enter, "
                "or double-click); drag them to put them in a particular place"
            )
        )
        self.suggest_button = QPushButton(self.tr("Suggest a set"))

        self.chosen = ChosenPanel(self.context)
        # The parts of the chosen side that the form, the tab and the tests reach for.
        self.chosen_list = self.chosen.chosen_list
        self.chosen_label = self.chosen.chosen_label
        self.remove_button = self.chosen.remove_button
        self.up_button = self.chosen.up_button
        self.down_button = self.chosen.down_button
        self.own_edit = self.chosen.own_edit
        self.own_button = self.chosen.own_button
        self.answer_label = self.chosen.answer_label
        self.answer_edit = self.chosen.answer_edit
        self.check_feedback = self.chosen.check_feedback
        self.question_check = self.chosen.question_check
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Question list messages"))

        bank_label = QLabel(self.tr("&Bank:"))
        bank_label.setBuddy(self.bank_combo)
        category_label_ = QLabel(self.tr("Category:"))
        category_label_.setBuddy(self.category_combo)

        left = QGridLayout()
        left.addWidget(bank_label, 0, 0)
        left.addWidget(self.bank_combo, 0, 1)
        left.addWidget(category_label_, 1, 0)
        left.addWidget(self.category_combo, 1, 1)
        left.addWidget(self.bank_list, 2, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        left.addLayout(buttons, 3, 0, 1, 2)
        left.setColumnStretch(1, 1)
        left.setRowStretch(2, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.chosen, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(columns)
        outer.addWidget(self.status_label)

        self.bank_combo.currentIndexChanged.connect(self._show_bank)
        self.category_combo.currentIndexChanged.connect(self._show_bank)
        self.bank_list.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.bank_list.itemSelectionChanged.connect(self._update_buttons)
        self.bank_list.chosen_returned.connect(self._chosen_returned)
        self.add_button.clicked.connect(self.add_selected)
        self.suggest_button.clicked.connect(self.suggest_set)
        self.chosen.changed.connect(self._chosen_changed)
        self.chosen.message.connect(self.status_label.setText)
        keys = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        adding = self.tr("Add the selected questions to the conversation")
        key_action(self.bank_list, keys, self.add_selected, self.tr("Conversations"), adding)
        self._update_suggest_tip()
        self._update_buttons()

    # -- banks --------------------------------------------------------------------------------
    def reload_banks(self) -> None:
        """Read the banks again (after banks_changed); keeps the chosen bank when it is there."""
        self._cache.clear()
        self._banks = self.context.read(list_bank_rows)
        self._bank_kinds = self.context.read(bank_kinds)
        self._fill_bank_combo()

    def set_kind(self, kind: str | None) -> None:
        """The conversation's kind: the bank made for it is offered (think-along questions
        for a think-along conversation), among those in the preferred language."""
        if kind == self._kind:
            return
        self._kind = kind
        self._fill_bank_combo()

    def set_preferred_language(self, language: str | None) -> None:
        """Banks in the goal's language come first, and one of them is picked."""
        if language == self._language:
            return
        self._language = language
        self.question_check.set_language(language)
        self._fill_bank_combo()

    def _fill_bank_combo(self) -> None:
        current = self.bank_combo.currentData()
        preferred = self._language or ui_language()  # no goal: the window's language

        def fit(bank: BankRow) -> tuple[bool, bool]:
            """Worse first: another language; a bank made for another kind."""
            kind = self._bank_kinds.get(bank.id)
            return bank.language != preferred, kind is not None and kind != self._kind

        banks = sorted(self._banks, key=fit)
        self.bank_combo.blockSignals(True)
        self.bank_combo.clear()
        for bank in banks:
            text = fill(self.tr("%1 (%2)"), bank.name, language_label(bank.language))
            self.bank_combo.addItem(text, bank.id)
            self.bank_combo.setItemData(
                self.bank_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        position = self.bank_combo.findData(current) if current is not None else -1
        if position >= 0 and fit(banks[0]) < fit(banks[position]):
            position = 0  # the goal's language or the kind changed: offer a bank for it
        self.bank_combo.setCurrentIndex(max(position, 0) if banks else -1)
        self.bank_combo.blockSignals(False)
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

    def _current_bank_questions(self) -> list[BankQuestion]:
        bank_id = self.bank_combo.currentData()
        return self._bank_questions(bank_id) if bank_id is not None else []

    def _show_bank(self) -> None:
        self.bank_combo.setToolTip(self.bank_combo.currentText())
        questions = self._current_bank_questions()
        self.bank_list.show_questions(questions, self.category_combo.currentData())
        self._mark_chosen()
        self._update_buttons()

    # -- the chosen list ----------------------------------------------------------------------
    def set_choices(self, choices: list[QuestionChoice]) -> None:
        """Show a conversation's questions (does not count as a change)."""
        self.chosen.set_choices(choices)
        self.status_label.clear()
        self._mark_chosen()

    def choices(self) -> list[QuestionChoice]:
        return self.chosen.choices()

    def add_selected(self) -> int:
        """Add the selected bank questions (in bank order); returns how many were added."""
        self.status_label.clear()
        return self.chosen.append_choices(self.bank_list.selected_choices())

    def add_own_question(self, text: str) -> bool:
        return self.chosen.add_own_question(text)

    def remove_current(self) -> None:
        self.chosen.remove_current()

    def move_current(self, offset: int) -> None:
        self.chosen.move_current(offset)

    def select_question(self, text: str) -> bool:
        """Make the chosen question with this text current (to read or note its answer)."""
        return self.chosen.select_question(text)

    def _chosen_returned(self, owner: str, rows: list[int]) -> None:
        if owner == self.chosen_list.token:
            self.chosen.remove_rows(rows)

    def _chosen_changed(self) -> None:
        self._mark_chosen()
        self.changed.emit()

    # -- a suggested set ----------------------------------------------------------------------
    def set_duration(self, minutes: int | None) -> None:
        """The conversation's planned length, which sizes a suggested set (0 or None: unset)."""
        self._minutes = minutes or None
        self._update_suggest_tip()

    def _update_suggest_tip(self) -> None:
        minutes = self._minutes or DEFAULT_MINUTES
        tip = self.tr(
            "Fill the chosen list with about %1 questions from this bank for a %2-minute "
            "conversation, from the work itself to who else to talk to"
        )
        tip = fill(tip, str(suggested_count(minutes)), str(minutes))
        self.suggest_button.setToolTip(tip)

    def suggest_set(self) -> int:
        """Replace the chosen list with a suggested set (asks first if it has questions)."""
        questions = self._current_bank_questions()
        minutes = self._minutes or DEFAULT_MINUTES
        ids = suggest_questions(questions, minutes=minutes)
        if not ids:
            self._tell(self.tr("This bank has no questions to suggest."))
            return 0
        current = self.choices()
        if current and not self._confirm_replace(current, len(ids)):
            return 0
        texts = {question_id: text for question_id, _category, text in questions}
        kept = {c.source_question_id: c.answer for c in current if c.source_question_id}
        self.chosen.replace_choices([QuestionChoice(texts[i], i, kept.get(i, "")) for i in ids])
        if self._minutes:
            note = self.tr("Suggested %1 questions for a %2-minute conversation.")
        else:
            note = self.tr("Suggested %1 questions for about %2 minutes (no duration set).")
        note = fill(note, str(len(ids)), str(minutes))
        self._tell(note + " " + self.tr("Drag, add or remove questions to make it yours."))
        return len(ids)

    def _tell(self, text: str) -> None:
        """Show a message, scrolling it into view when the picker sits in a scroll area."""
        self.status_label.setText(text)
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:  # once the layout has made room for the text
            QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(self.status_label, 0, 8))

    def _confirm_replace(self, current: list[QuestionChoice], count: int) -> bool:
        if len(current) == 1:
            text = self.tr("Replace the chosen question with a suggested set of %1?")
        else:
            text = self.tr("Replace the %2 chosen questions with a suggested set of %1?")
        text = fill(text, str(count), str(len(current)))
        detail = ""
        if any(c.answer.strip() for c in current):
            detail = self.tr(
                "Answers you noted stay with questions that are in the new set; the others go."
            )
        return self.context.prompts.confirm(
            self.tr("Suggest a set"), text, confirm_label=self.tr("Replace"), detail=detail
        )

    # -- state --------------------------------------------------------------------------------
    def _mark_chosen(self) -> None:
        self.bank_list.mark_chosen(self.chosen_list.contains)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(
            any(item.data(SourceRole) is not None for item in self.bank_list.selectedItems())
        )
        self.suggest_button.setEnabled(bool(self._current_bank_questions()))

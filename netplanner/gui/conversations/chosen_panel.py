"""The right half of the question picker: the chosen questions, their order and answers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.conversations import QuestionChoice
from netplanner.core.text import fold
from netplanner.gui.banks.check_feedback import CheckFeedback
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.chosen_list import AnswerRole, ChosenQuestionsList
from netplanner.gui.conversations.question_check import ConversationQuestionCheck
from netplanner.gui.list_keys import delete_action, key_action, move_actions
from netplanner.messages import fill


class ChosenPanel(QWidget):
    """Order the chosen questions (buttons, keys or dragging), word them, note answers."""

    #: Something the user would want to save changed (list, order, wording or an answer).
    changed = Signal()
    #: A short note for the picker's message line ("" clears it).
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading_answer = False
        self._build()
        self._refresh_state()
        self._show_answer(None)

    def _build(self) -> None:
        self.chosen_list = ChosenQuestionsList()
        self.chosen_list.setToolTip(
            self.tr(
                "Drag a question to change the order, or press Ctrl+Up / Ctrl+Down. "
                "Delete removes it; F2 or a double-click changes its wording for this "
                "conversation."
            )
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Remove the selected question (Delete, or drag it back to the bank)")
        )
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Ask this question earlier (Ctrl+Up, or drag it)"))
        self.down_button.setToolTip(self.tr("Ask this question later (Ctrl+Down, or drag it)"))
        self.own_edit = QLineEdit()
        self.own_edit.setPlaceholderText(self.tr("Write your own question…"))
        self.own_edit.setAccessibleName(self.tr("Your own question"))
        self.own_button = QPushButton(self.tr("Add"))
        self.own_button.setAccessibleName(self.tr("Add your own question"))
        # The banks tab's check line: for the question being typed, else the current one.
        self.check_feedback = CheckFeedback()
        self.check_feedback.setAccessibleName(self.tr("Check of the question"))
        # No Alt letter: every free one is taken on this tab; Tab reaches the button.
        self.check_feedback.use_button.setText(self.tr("Use suggestion"))
        self.question_check = ConversationQuestionCheck(
            self.own_edit, self.chosen_list, self.check_feedback
        )
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.chosen_label = QLabel()
        self.chosen_label.setBuddy(self.chosen_list)
        self.answer_label = QLabel(self.tr("Answer — what they sa&id:"))
        self.answer_label.setBuddy(self.answer_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.chosen_list, 1)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        layout.addLayout(moves)
        own = QHBoxLayout()
        own.addWidget(self.own_edit, 1)
        own.addWidget(self.own_button)
        layout.addLayout(own)
        layout.addWidget(self.check_feedback)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.answer_edit)

        self.chosen_list.currentItemChanged.connect(self._show_answer)
        self.chosen_list.itemChanged.connect(self._item_edited)
        self.chosen_list.questions_dropped.connect(self._dropped)
        self.chosen_list.row_dragged.connect(self._changed)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.own_edit.returnPressed.connect(self._add_own_from_edit)
        self.own_button.clicked.connect(self._add_own_from_edit)
        self.answer_edit.textChanged.connect(self._answer_edited)
        # Keys on the list (not while a wording is edited: the editor has the focus).
        where, chosen = self.tr("Conversations"), self.chosen_list
        delete_action(chosen, self.remove_current, where, self.tr("Remove the chosen question"))
        earlier, later = self.tr("Ask the question earlier"), self.tr("Ask the question later")
        move_actions(chosen, self.move_current, where, earlier, later)
        reword = self.tr("Change a chosen question's wording for this conversation")
        key_action(chosen, [QKeySequence(Qt.Key.Key_F2)], self._reword_current, where, reword)

    # -- the list -----------------------------------------------------------------------------
    def set_choices(self, choices: Sequence[QuestionChoice]) -> None:
        """Show a conversation's questions (does not count as a change)."""
        self.chosen_list.set_choices(list(choices))
        self._refresh_state()
        self._show_answer(None)

    def replace_choices(self, choices: Sequence[QuestionChoice]) -> None:
        """Put ``choices`` in place of the whole list (a change to save)."""
        self.set_choices(choices)
        self.chosen_list.setCurrentRow(0 if choices else -1)
        self._changed()

    def choices(self) -> list[QuestionChoice]:
        return self.chosen_list.choices()

    def append_choices(self, choices: Sequence[QuestionChoice]) -> int:
        """Add at the end, skipping questions already chosen; returns how many were added."""
        added = 0
        for choice in choices:
            if self.chosen_list.append(choice):
                added += 1
            elif choice.text.strip():
                self.message.emit(self.tr("That question is already in the list."))
        if added:
            self.chosen_list.setCurrentRow(self.chosen_list.count() - 1)
            self._changed()
        return added

    def add_own_question(self, text: str) -> bool:
        self.message.emit("")
        return self.append_choices([QuestionChoice(text)]) == 1

    def typed_question(self) -> str:
        """The question typed under "Write your own question…" and not added yet."""
        return self.own_edit.text().strip()

    def add_typed_question(self) -> None:
        """Add the typed question (before a save, so it is saved too). One already in
        the list is not added twice; either way the line is emptied, nothing is lost."""
        if self.typed_question():
            self._add_own_from_edit()
            self.own_edit.clear()

    def _add_own_from_edit(self) -> None:
        if self.question_check.is_pending():
            self.question_check.check_now()  # Return right after typing: the current text
        if self.add_own_question(self.own_edit.text()):
            self.own_edit.clear()

    def remove_current(self) -> None:
        self.remove_rows([self.chosen_list.currentRow()])

    def remove_rows(self, rows: Sequence[int]) -> None:
        """Remove these rows; asks first when an answer would go with them."""
        items = [self.chosen_list.item(r) for r in sorted(set(rows)) if r >= 0]
        items = [item for item in items if item is not None]
        if not items:
            return
        answered = [item for item in items if (item.data(AnswerRole) or "").strip()]
        if answered and not self.context.prompts.confirm(
            self.tr("Remove question"),
            self.tr("Remove this question and the answer you noted?"),
            confirm_label=self.tr("Remove"),
            detail="\n".join(item.text() for item in answered),
        ):
            return
        first = self.chosen_list.row(items[0])
        for item in reversed(items):
            self.chosen_list.takeItem(self.chosen_list.row(item))
        self.chosen_list.setCurrentRow(min(first, self.chosen_list.count() - 1))
        self._changed()

    def _reword_current(self) -> None:
        item = self.chosen_list.currentItem()
        if item is not None:
            self.chosen_list.editItem(item)

    def move_current(self, offset: int) -> None:
        if self.chosen_list.move_row(self.chosen_list.currentRow(), offset):
            self._changed()

    def select_question(self, text: str) -> bool:
        """Make the question with this text (ignoring case and accents) the current one."""
        folded = fold(text)
        for row in range(self.chosen_list.count()):
            item = self.chosen_list.item(row)
            if fold(item.text()) == folded:
                self.chosen_list.setCurrentItem(item)
                self.chosen_list.scrollToItem(item)
                return True
        return False

    def _dropped(self, added: int, already: int) -> None:
        if already and not added:
            text = self.tr("Already in the list: nothing added.")
        elif already:
            text = self.tr("Added %1; %2 already in the list.")
            text = fill(text, str(added), str(already))
        else:
            text = ""
        self.message.emit(text)
        if added:
            self._changed()

    def _item_edited(self, _item: QListWidgetItem) -> None:
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
        self._refresh_state()
        self.changed.emit()

    def _refresh_state(self) -> None:
        count = self.chosen_list.count()
        self.chosen_label.setText(fill(self.tr("Cho&sen questions (%1):"), str(count)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.chosen_list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.chosen_list.count() - 1)

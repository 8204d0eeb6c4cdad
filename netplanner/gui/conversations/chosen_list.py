"""The ordered list of questions chosen for one conversation, with their answers."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netplanner.core.conversations import QuestionChoice
from netplanner.core.text import clean, fold

SourceRole = Qt.ItemDataRole.UserRole + 1  # bank question id (None for one's own question)
CategoryRole = Qt.ItemDataRole.UserRole + 2
AnswerRole = Qt.ItemDataRole.UserRole + 3
ChosenRole = Qt.ItemDataRole.UserRole + 4  # a bank question already in the chosen list

ANSWER_PREVIEW = 90  # characters of an answer shown under its question
LINE_BREAK = "\u2028"  # item views draw "\n" as a space
_LONG_WORD = re.compile(r"(\S{24})(?=\S)")


def configure_question_list(widget: QListWidget, name: str) -> None:
    """Word-wrapped, roomy rows for long question texts."""
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setUniformItemSizes(False)
    widget.setAlternatingRowColors(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setMinimumHeight(220)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    if not isinstance(widget.itemDelegate(), WrappingDelegate):
        widget.setItemDelegate(WrappingDelegate(widget))


class WrappingDelegate(QStyledItemDelegate):
    """Lets a very long word wrap too (item views only wrap at spaces), for display only."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = _LONG_WORD.sub("\\1\u200b", option.text)
        if index.data(ChosenRole):
            option.text = "✓ " + option.text


class _NumberedDelegate(WrappingDelegate):
    """Shows "3. question" and, once noted, a short preview of the answer underneath.

    Only the display changes: editing a row still edits the plain question text.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = f"{index.row() + 1}. {option.text}"
        answer = " ".join(str(index.data(AnswerRole) or "").split())
        if answer:
            if len(answer) > ANSWER_PREVIEW:
                answer = answer[: ANSWER_PREVIEW - 1] + "…"
            text += LINE_BREAK + "    ↳ " + _LONG_WORD.sub("\\1\u200b", answer)
        option.text = text


class ChosenQuestionsList(QListWidget):
    """Chosen questions in the order they will be asked; no question twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_question_list(self, self.tr("Chosen questions"))
        self.setItemDelegate(_NumberedDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )

    def set_choices(self, choices: list[QuestionChoice]) -> None:
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            self.addItem(self._item(choice))
        self.blockSignals(False)

    def choices(self) -> list[QuestionChoice]:
        result = []
        for row in range(self.count()):
            item = self.item(row)
            result.append(
                QuestionChoice(item.text(), item.data(SourceRole), item.data(AnswerRole) or "")
            )
        return result

    def _item(self, choice: QuestionChoice) -> QListWidgetItem:
        item = QListWidgetItem(choice.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(SourceRole, choice.source_question_id)
        item.setData(AnswerRole, choice.answer)
        return item

    def contains(self, text: str, source_id: int | None) -> bool:
        """The same bank question, or the same words (ignoring case and accents)."""
        folded = fold(clean(text))
        for row in range(self.count()):
            item = self.item(row)
            if fold(item.text()) == folded:
                return True
            if source_id is not None and item.data(SourceRole) == source_id:
                return True
        return False

    def append(self, choice: QuestionChoice) -> bool:
        """Add at the end; False for an empty text or a question already in the list."""
        text = clean(choice.text)
        if not text or self.contains(text, choice.source_question_id):
            return False
        item = self._item(QuestionChoice(text, choice.source_question_id))
        self.addItem(item)
        self.scrollToItem(item)
        return True

    def move_row(self, row: int, offset: int) -> bool:
        target = row + offset
        if row < 0 or not 0 <= target < self.count():
            return False
        self.blockSignals(True)
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.blockSignals(False)
        self.setCurrentRow(target)
        return True

    def set_answer(self, item: QListWidgetItem, answer: str) -> None:
        item.setData(AnswerRole, answer)

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

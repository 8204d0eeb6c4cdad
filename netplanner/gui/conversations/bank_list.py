"""A bank's questions, grouped under category headers, ready to be added to a conversation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from netplanner.core.conversations import QuestionChoice
from netplanner.gui.conversations.chosen_list import (
    CategoryRole,
    ChosenRole,
    SourceRole,
    configure_question_list,
)
from netplanner.gui.labels import category_label

BankQuestion = tuple[int, str, str]  # (question id, category, text)


class BankQuestionList(QListWidget):
    """Headers are plain, disabled rows: the keyboard skips them and they cannot be added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_question_list(self, self.tr("Questions in the bank"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def show_questions(self, questions: list[BankQuestion], category: str = "") -> None:
        """Show ``questions``; only those of ``category`` when given (then without headers)."""
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        last_category = None
        for question_id, question_category, text in questions:
            if category and question_category != category:
                continue
            if not category and question_category != last_category:
                header = QListWidgetItem(category_label(question_category))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(bold)
                self.addItem(header)
                last_category = question_category
            item = QListWidgetItem(text)
            item.setData(SourceRole, question_id)
            item.setData(CategoryRole, question_category)
            item.setToolTip(category_label(question_category))
            self.addItem(item)
        if not questions:
            note = QListWidgetItem(self.tr("This bank has no questions yet."))
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(note)

    def selected_choices(self) -> list[QuestionChoice]:
        """The selected questions, in the bank's order."""
        items = sorted(self.selectedItems(), key=self.row)
        return [
            QuestionChoice(item.text(), item.data(SourceRole))
            for item in items
            if item.data(SourceRole) is not None
        ]

    def mark_chosen(self, is_chosen: Callable[[str, int], bool]) -> None:
        """Tick the questions already in the conversation (``is_chosen(text, id)``)."""
        for row in range(self.count()):
            item = self.item(row)
            source = item.data(SourceRole)
            if source is None:
                continue
            chosen = is_chosen(item.text(), source)
            if bool(item.data(ChosenRole)) != chosen:
                item.setData(ChosenRole, chosen)
                item.setToolTip(
                    self.tr("Already chosen") if chosen else category_label(item.data(CategoryRole))
                )

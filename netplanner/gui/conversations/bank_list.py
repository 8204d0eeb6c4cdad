"""A bank's questions, grouped under category headers, ready to be added to a conversation."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFocusEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from netplanner.core.conversations import QuestionChoice
from netplanner.gui.conversations.chosen_list import (
    CategoryRole,
    ChosenRole,
    SourceRole,
    configure_question_list,
)
from netplanner.gui.conversations.drag import (
    CHOSEN_MIME,
    QUESTION_MIME,
    chosen_rows_from,
    question_mime,
)
from netplanner.gui.labels import category_label

BankQuestion = tuple[int, str, str]  # (question id, category, text)


class BankQuestionList(QListWidget):
    """Headers are plain, disabled rows: the keyboard skips them and they cannot be added.

    Questions can be dragged out (as ``QUESTION_MIME``, copied, never moved); rows of
    the chosen list dragged back in here ask for their removal.
    """

    #: Rows of a chosen list were dropped here: (that list's token, rows).
    chosen_returned = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_question_list(self, self.tr("Questions in the bank"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDropIndicatorShown(False)
        self.setToolTip(self._hint())

    def _hint(self) -> str:
        return self.tr(
            "Press Enter or drag the selected questions to the chosen list to add them; "
            "Ctrl+click or Shift+arrows selects several"
        )

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
            item.setToolTip(self._item_tip(question_category, chosen=False))
            self.addItem(item)
        if not questions:
            note = QListWidgetItem(self.tr("This bank has no questions yet."))
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(note)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in makes the first question current without selecting it, so Enter
        added nothing: select the current question, and Enter adds what is shown.
        (Not for a click: it selects the question clicked.)"""
        super().focusInEvent(event)
        keys = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        if event.reason() not in keys:
            return
        current = self.currentItem()
        question = current is not None and current.data(SourceRole) is not None
        if question and not self.selectedItems():
            current.setSelected(True)

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
                item.setToolTip(self._item_tip(item.data(CategoryRole), chosen))

    def _item_tip(self, category: str, chosen: bool) -> str:
        first = self.tr("Already chosen") if chosen else category_label(category)
        return first + "\n" + self._hint()

    # -- drag and drop ------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [QUESTION_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        chosen = [item for item in sorted(items, key=self.row) if item.data(SourceRole) is not None]
        return question_mime(
            [QuestionChoice(item.text(), item.data(SourceRole)) for item in chosen]
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction  # dragging out never takes a question from the bank

    def _accept_returning(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        if not event.mimeData().hasFormat(CHOSEN_MIME):
            event.ignore()
            return False
        event.setDropAction(Qt.DropAction.CopyAction)  # the picker removes them, after asking
        event.accept()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_returning(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_returning(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._accept_returning(event):
            owner, rows = chosen_rows_from(event.mimeData())
            # After the drag has finished: removing may ask a question in a dialog.
            QTimer.singleShot(0, self, lambda: self.chosen_returned.emit(owner, rows))

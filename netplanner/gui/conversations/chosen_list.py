"""The ordered list of questions chosen for one conversation, with their answers."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDropEvent, QFontMetrics, QHelpEvent, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from netplanner.core.checks.questions.checker import QuestionFinding
from netplanner.core.conversations import QuestionChoice
from netplanner.core.text import clean, fold
from netplanner.gui.banks.check_feedback import findings_tooltip, warning_icon
from netplanner.gui.banks.question_model import checked
from netplanner.gui.conversations.drag import (
    CHOSEN_MIME,
    QUESTION_MIME,
    chosen_mime,
    chosen_rows_from,
    questions_from,
)

SourceRole = Qt.ItemDataRole.UserRole + 1  # bank question id (None for one's own question)
CategoryRole = Qt.ItemDataRole.UserRole + 2
AnswerRole = Qt.ItemDataRole.UserRole + 3
ChosenRole = Qt.ItemDataRole.UserRole + 4  # a bank question already in the chosen list

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
        if not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            # A category heading (or a note) cannot be chosen, but it is read: drawn in
            # the text colour, not greyed out like something switched off.
            option.state |= QStyle.StateFlag.State_Enabled
        if index.data(ChosenRole):
            option.text = "✓ " + option.text


@cache
def _blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class _NumberedDelegate(WrappingDelegate):
    """Shows "3. question" and under it a line for the answer: a short preview once one
    is noted. Every row keeps that line, answered or not, so typing an answer never
    makes its row taller and moves the rows below under the mouse (an answer once went
    into the wrong question that way). A question the open-question checker flags gets
    the banks tab's warning sign, and its findings as the tooltip.

    Only the display changes: editing a row still edits the plain question text.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        if isinstance(view, ChosenQuestionsList) and view.flagged_rows():
            # Room for the sign on every row, so the numbers stay in one column.
            flagged = view.findings_for(str(index.data() or ""))
            option.icon = warning_icon() if flagged else _blank_icon()
            option.decorationSize = QSize(16, 16)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        # The last line is kept for the answer, drawn by paint(): one line, cut short.
        option.text = f"{index.row() + 1}. {option.text}{LINE_BREAK}\u00a0"
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        answer = " ".join(str(index.data(AnswerRole) or "").split())
        if not answer:
            return
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        view = self.parent()
        widget = view if isinstance(view, QWidget) else None
        style = widget.style() if widget is not None else QApplication.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        metrics = QFontMetrics(shown.font)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        line = QRect(
            area.left() + margin,
            area.bottom() - metrics.lineSpacing() + 1,
            area.width() - 2 * margin,
            metrics.lineSpacing(),
        )
        text = metrics.elidedText("    ↳ " + answer, Qt.TextElideMode.ElideRight, line.width())
        selected = bool(shown.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(shown.font)
        painter.setPen(shown.palette.color(role))
        painter.drawText(
            line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(view, ChosenQuestionsList):
            findings = view.findings_for(str(index.data() or ""))
            if findings:
                heading = view.tr("Not yet an open question:")
                QToolTip.showText(event.globalPos(), findings_tooltip(findings, heading), view)
                return True
        return super().helpEvent(event, view, option, index)


class ChosenQuestionsList(QListWidget):
    """Chosen questions in the order they will be asked; no question twice.

    Takes bank questions dropped from a :class:`BankQuestionList` (at the row under
    the cursor) and reorders its own rows by dragging. Drops never let the source
    remove anything itself: this list and the picker decide what goes.
    """

    #: Bank questions were dropped here: (how many were added, how many were already chosen).
    questions_dropped = Signal(int, int)
    #: The user dragged a question to another place in the list.
    row_dragged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.token = uuid.uuid4().hex  # tells our own dragged rows from another list's
        configure_question_list(self, self.tr("Chosen questions"))
        self.setItemDelegate(_NumberedDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self._check_language: str | None = None

    # -- the open-question checker --------------------------------------------------------
    def set_check_language(self, language: str | None) -> None:
        """The language to check the questions in (the goal's); None: detect it."""
        self._check_language = language
        self.viewport().update()

    def check_language(self) -> str | None:
        return self._check_language

    def findings_for(self, text: str) -> tuple[QuestionFinding, ...]:
        """The checker's findings for a question text (remembered, as in the banks tab)."""
        return checked(text, self._check_language) if text.strip() else ()

    def flagged_rows(self) -> list[int]:
        """The rows whose question the checker flags (they show the warning sign)."""
        return [row for row in range(self.count()) if self.findings_for(self.item(row).text())]

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
        item.setFlags(
            (item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
            & ~Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
        )
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
        return self.insert_choices(self.count(), [choice])[0] == 1

    def insert_choices(self, row: int, choices: Sequence[QuestionChoice]) -> tuple[int, int]:
        """Insert new questions at ``row`` in their order; returns (added, already chosen)."""
        row = max(0, min(row, self.count()))
        added = already = 0
        for choice in choices:
            text = clean(choice.text)
            if not text:
                continue
            if self.contains(text, choice.source_question_id):
                already += 1
                continue
            self.insertItem(
                row + added, self._item(QuestionChoice(text, choice.source_question_id))
            )
            added += 1
        if added:
            self.scrollToItem(self.item(row + added - 1))
        return added, already

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

    def move_rows_to(self, rows: Sequence[int], target: int) -> bool:
        """Move ``rows`` (kept in their order) to just before row ``target`` as it is now."""
        rows = sorted({r for r in rows if 0 <= r < self.count()})
        target = max(0, min(target, self.count()))
        if not rows:
            return False
        start = target - sum(1 for r in rows if r < target)
        if rows == list(range(start, start + len(rows))):
            return False  # dropped where it already was
        self.blockSignals(True)
        items = [self.takeItem(r) for r in reversed(rows)][::-1]
        for offset, item in enumerate(items):
            self.insertItem(start + offset, item)
        self.blockSignals(False)
        self.setCurrentItem(items[0])
        return True

    def set_answer(self, item: QListWidgetItem, answer: str) -> None:
        item.setData(AnswerRole, answer)

    # -- drag and drop ------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [QUESTION_MIME, CHOSEN_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return chosen_mime(self.token, sorted(self.row(item) for item in items))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def dropMimeData(self, index: int, data: QMimeData, action: Qt.DropAction) -> bool:
        """Bank questions are inserted at row ``index``; our own rows move there."""
        if index < 0:
            index = self.count()
        owner, rows = chosen_rows_from(data)
        if owner:
            if owner != self.token:
                return False
            if self.move_rows_to(rows, index):
                self.row_dragged.emit()
            return True
        choices = questions_from(data)
        if not choices:
            return False
        added, already = self.insert_choices(index, choices)
        if added:
            self.setCurrentRow(index + added - 1)
        self.questions_dropped.emit(added, already)
        return True

    def drop_row(self, position: QPoint) -> int:
        """The row a drop at ``position`` (viewport coordinates) lands before."""
        index = self.indexAt(position)
        if not index.isValid():
            return self.count()
        below = position.y() >= self.visualRect(index).center().y()
        return index.row() + (1 if below else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        row = self.drop_row(event.position().toPoint())
        accepted = self.dropMimeData(row, event.mimeData(), event.dropAction())
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if accepted:
            # Copy: the list the drag came from must not delete its rows on its own.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

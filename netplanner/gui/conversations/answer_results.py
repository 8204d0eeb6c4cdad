"""Answers found across all conversations: a list model, its delegate and its view.

Each hit shows the answer (up to three lines), and under it the question in grey
with "Carla Smit · 24/11/2026" beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netplanner.core.answers import AnswerHit
from netplanner.gui.conversations.table_model import local_date_time
from netplanner.messages import fill

Index = QModelIndex | QPersistentModelIndex

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
QuestionRole = Qt.ItemDataRole.UserRole + 2
WhoWhenRole = Qt.ItemDataRole.UserRole + 3  # "Carla Smit · 24/11/2026"

PADDING = 6
ANSWER_LINES = 3


def format_date(value: datetime | None) -> str:
    """The local date in the user's short format, or "no date"."""
    if value is None:
        return QCoreApplication.translate("AnswerHitModel", "no date")
    return QLocale().toString(local_date_time(value).date(), QLocale.FormatType.ShortFormat)


class AnswerHitModel(QAbstractListModel):
    """The hits of one answer search, newest conversation first (as the search gives them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[AnswerHit] = []
        self._who_when: list[str] = []

    def set_hits(self, hits: Sequence[AnswerHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._who_when = [
            fill(
                QCoreApplication.translate("AnswerHitModel", "%1 · %2"),
                hit.contact_name,
                format_date(hit.starts_at),
            )
            for hit in self._hits
        ]
        self.endResetModel()

    def hit_at(self, row: int) -> AnswerHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        who_when = self._who_when[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.answer
        if role == QuestionRole:
            return hit.question
        if role == WhoWhenRole:
            return who_when
        if role == ConversationIdRole:
            return hit.conversation_id
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = QCoreApplication.translate("AnswerHitModel", "%1\n\nAsked: %2\n%3")
            return fill(text, hit.answer, hit.question, who_when)
        return None


def _wrap(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` broken into at most ``most`` lines of ``width`` pixels; the last elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) <= most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    if len(lines) > most:
        rest = text[starts[most - 1] :].strip()
        last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: most - 1], last]
    return lines or [""]


class AnswerHitDelegate(QStyledItemDelegate):
    """Paints the answer, then the question in grey with who and when beside it."""

    def _width(self, option: QStyleOptionViewItem) -> int:
        # A one-column list: rows are as wide as the viewport (option.rect may be stale).
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return max(60, (width or option.rect.width()) - 2 * PADDING)

    def _answer(self, index: Index) -> str:
        return " ".join(str(index.data() or "").split())

    @staticmethod
    def _stacked(metrics: QFontMetrics, index: Index, width: int) -> bool:
        """Too narrow to put who and when beside the question: give them their own line."""
        return metrics.horizontalAdvance(str(index.data(WhoWhenRole) or "")) * 2 > width

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        width = self._width(option)
        lines = len(_wrap(self._answer(index), option.font, width, ANSWER_LINES))
        lines += 2 if self._stacked(metrics, index, width) else 1
        return QSize(width + 2 * PADDING, 2 * PADDING + lines * metrics.lineSpacing() + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = main if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(option.font)
        step = metrics.lineSpacing()
        width = self._width(option)
        left, top = option.rect.left() + PADDING, option.rect.top() + PADDING
        left_top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setFont(option.font)
        painter.setPen(main)
        for line in _wrap(self._answer(index), option.font, width, ANSWER_LINES):
            painter.drawText(QRect(left, top, width, step), left_top, line)
            top += step
        top += 2
        painter.setPen(grey)
        who_when = str(index.data(WhoWhenRole) or "")
        question = str(index.data(QuestionRole) or "")
        elide = Qt.TextElideMode.ElideRight
        if self._stacked(metrics, index, width):
            question = metrics.elidedText(question, elide, width)
            painter.drawText(QRect(left, top, width, step), left_top, question)
            who_when = metrics.elidedText(who_when, Qt.TextElideMode.ElideMiddle, width)
            painter.drawText(QRect(left, top + step, width, step), left_top, who_when)
        else:
            right_top = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            painter.drawText(QRect(left, top, width, step), right_top, who_when)
            gap = metrics.horizontalAdvance("MM")
            room = max(0, width - metrics.horizontalAdvance(who_when) - gap)
            question = metrics.elidedText(question, elide, room)
            painter.drawText(QRect(left, top, room, step), left_top, question)
        painter.restore()


class AnswerResultsView(QListView):
    """The hits, one roomy row each; says so in the middle when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = AnswerHitModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(AnswerHitDelegate(self))
        self.setAccessibleName(self.tr("Answers found"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Click a found answer, or press Enter, to open its conversation"))
        self.empty_text = ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # rows wrap: a new width means new heights

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model_.rowCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_text)
        painter.end()

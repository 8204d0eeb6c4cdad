"""One ranked list of *Who to ask next*: the people, each with the reasons in words.

Each row shows the name (with their work) in bold and, under it, the reasons the
engine gives ("UX researcher · healthcare · 2nd degree via Anna de Vries · …"), in the
window's language. The tooltip and the panel under the lists show the score as the
parts that add up to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netplanner.core.suggestions import PersonSuggestion, ReasonPart
from netplanner.gui.error_text import message_text
from netplanner.gui.numbers import format_number
from netplanner.messages import fill

_Index = QModelIndex | QPersistentModelIndex
SuggestionRole = Qt.ItemDataRole.UserRole + 1
ReasonsRole = Qt.ItemDataRole.UserRole + 2
_PADDING = 6


def points_text(points: int) -> str:
    """+40 / −10, as the window writes numbers."""
    sign = "+" if points >= 0 else "−"
    return sign + format_number(abs(points))


def parts_lines(parts: tuple[ReasonPart, ...], score: int) -> list[str]:
    """Each part with its points, then the sum: the score explained."""
    lines = [f"{points_text(part.points)} {message_text(part.text)}" for part in parts]
    total = QCoreApplication.translate("SuggestionList", "= %1 in all")
    return [*lines, fill(total, format_number(score))]


def who(item: PersonSuggestion) -> str:
    """'Lotte de Wit — UX researcher, Gemeente Utrecht'."""
    work = ", ".join(_isolated(part) for part in (item.role, item.organisation) if part)
    name = _isolated(item.name)
    return f"{name} — {work}" if work else name


def _isolated(text: str) -> str:
    """The text as its own run of direction (FSI … PDI): an Arabic name keeps the line's
    order ("4. <name> — role") instead of pulling the number and the dash to its side."""
    return f"\u2068{text}\u2069"


class SuggestionModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[PersonSuggestion] = []

    def set_items(self, items: list[PersonSuggestion]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> PersonSuggestion | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, contact_id: int) -> int | None:
        return next((r for r, i in enumerate(self._items) if i.contact_id == contact_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {who(item)}"
        if role == ReasonsRole:
            return " · ".join(message_text(part.text) for part in item.parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            heading = QCoreApplication.translate("SuggestionList", "Why %1:")
            return "\n".join([fill(heading, item.name), *parts_lines(item.parts, item.score)])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.data(index, ReasonsRole)
        if role == SuggestionRole:
            return item
        return None


class SuggestionDelegate(QStyledItemDelegate):
    """The name line in bold, the score at its right, the reasons wrapped under it."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _width(self) -> int:
        return max(120, self._view.viewport().width() - 2 * _PADDING)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        bold, normal = self._fonts(option)
        reasons = str(index.data(ReasonsRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = QFontMetrics(normal).boundingRect(
            QRect(0, 0, self._width(), 10_000), flags, reasons
        )
        height = QFontMetrics(bold).lineSpacing() + bounds.height() + 2 * _PADDING + 2
        return QSize(self._view.viewport().width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        widget: QWidget = self._view
        style = widget.style() or QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, panel, painter, widget)
        bold, normal = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = option.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        bold_metrics = QFontMetrics(bold)
        item = index.data(SuggestionRole)
        score = fill(
            QCoreApplication.translate("SuggestionList", "score %1"),
            format_number(item.score if isinstance(item, PersonSuggestion) else 0),
        )
        score_width = QFontMetrics(normal).horizontalAdvance(score) + _PADDING
        painter.save()
        painter.setPen(option.palette.color(text_role))
        name_line = QRect(
            area.left(), area.top(), area.width() - score_width, bold_metrics.height()
        )
        name = bold_metrics.elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, name_line.width()
        )
        painter.setFont(bold)
        painter.drawText(name_line, int(Qt.AlignmentFlag.AlignLeft), name)
        painter.setFont(normal)
        score_line = QRect(
            area.right() - score_width, area.top(), score_width, bold_metrics.height()
        )
        painter.drawText(score_line, int(Qt.AlignmentFlag.AlignRight), score)
        reasons = QRect(
            area.left(),
            area.top() + bold_metrics.lineSpacing() + 2,
            area.width(),
            area.height() - bold_metrics.lineSpacing(),
        )
        painter.drawText(reasons, int(Qt.TextFlag.TextWordWrap), str(index.data(ReasonsRole) or ""))
        painter.restore()


def suggestion_view(name: str) -> QListView:
    """A list of suggestions: one person selected at a time, rows as tall as they need."""
    view = QListView()
    view.setAccessibleName(name)
    view.setModel(SuggestionModel(view))
    view.setItemDelegate(SuggestionDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(False)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setAlternatingRowColors(True)
    return view

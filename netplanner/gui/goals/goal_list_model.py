"""The list of goals: one row per goal, active ones marked. Testable without widgets."""

from __future__ import annotations

import re
from functools import cache
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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QListView, QStyledItemDelegate, QStyleOptionViewItem

from netplanner.core.goals import GoalRow
from netplanner.gui.labels import language_label
from netplanner.messages import fill

_Index = QModelIndex | QPersistentModelIndex


_LONG_WORD = re.compile(r"\S{25,}")


def breakable(text: str) -> str:
    """``text`` with invisible break points inside very long words, so labels can wrap."""
    return _LONG_WORD.sub(lambda m: "\u200b".join(re.findall(".{1,20}", m.group())), text)


@cache
def _marker(active: bool) -> QIcon:
    """A filled dot for an active goal, a hollow ring for one on hold; drawn for screens
    at 1x, 1.5x, 2x and 3x, so it is sharp on high-DPI screens too."""
    size = 16
    icon = QIcon()
    color = QColor("#2e8b57") if active else QColor("#8a8a8a")
    for scale in (1.0, 1.5, 2.0, 3.0):
        pixmap = QPixmap(round(size * scale), round(size * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(color)
        painter.setBrush(color if active else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(3, 3, size - 7, size - 7)  # logical pixels
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class GoalListModel(QAbstractListModel):
    """Goals in the order the core gives them (active first); the title is the text."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    ActiveRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GoalRow] = []

    def set_rows(self, rows: list[GoalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def goal_at(self, row: int) -> GoalRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, goal_id: int | None) -> int | None:
        for row, goal in enumerate(self._rows):
            if goal.id == goal_id:
                return row
        return None

    def find(self, goal_id: int | None) -> GoalRow | None:
        row = self.row_of(goal_id)
        return None if row is None else self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal = self.goal_at(index.row()) if index.isValid() else None
        if goal is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = breakable(goal.title)
            return (
                title
                if goal.active
                else fill(QCoreApplication.translate("GoalListModel", "%1 (on hold)"), title)
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return _marker(goal.active)
        if role == Qt.ItemDataRole.ToolTipRole:
            state = (
                QCoreApplication.translate("GoalListModel", "Active goal")
                if goal.active
                else QCoreApplication.translate("GoalListModel", "On hold: not active now")
            )
            return f"{goal.title}\n{state} · {language_label(goal.language)}"
        if role == Qt.ItemDataRole.ForegroundRole and not goal.active:
            # Muted, yet readable (4.5:1): the disabled grey was 2:1.
            return QApplication.palette().brush(
                QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
            )
        if role == Qt.ItemDataRole.FontRole and not goal.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.IdRole:
            return goal.id
        if role == self.ActiveRole:
            return goal.active
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title needs at the view's current width.

    QListView's own word wrap measures items before it knows its width; this asks the
    viewport instead (the view relayouts on resize with ``ResizeMode.Adjust``).
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._view.viewport().width() - option.decorationSize.width() - 16
        if width <= 0:
            return hint
        metrics = option.fontMetrics
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            metrics = QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(self._view.viewport().width(), max(hint.height(), bounds.height() + 8))

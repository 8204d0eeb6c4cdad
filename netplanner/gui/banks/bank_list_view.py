"""The bank list: a wrapped bold name, a muted detail line and a small "built-in" badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.banks.bank_list_model import BankListModel

_PAD_X = 10
_PAD_Y = 7
_GAP = 3
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    name_font = QFont(base)
    name_font.setBold(True)
    small = QFont(base)
    if base.pointSizeF() > 0:
        small.setPointSizeF(base.pointSizeF() * 0.9)
    return name_font, small


class BankItemDelegate(QStyledItemDelegate):
    """Draws one bank in two lines; the name wraps instead of being cut off."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget  # type: ignore[attr-defined]
        width = option.rect.width()  # type: ignore[attr-defined]
        if isinstance(widget, QAbstractItemView):
            width = widget.viewport().width()
        return max(80, width - 2 * _PAD_X)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name_font, small = _fonts(option.font)  # type: ignore[attr-defined]
        width = self._text_width(option)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        name_height = (
            QFontMetrics(name_font).boundingRect(QRect(0, 0, width, 10_000), _WRAP, name).height()
        )
        detail_height = QFontMetrics(small).height() + 4  # room for the badge's frame
        return QSize(width + 2 * _PAD_X, 2 * _PAD_Y + name_height + _GAP + detail_height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        muted = palette.color(text_role)
        muted.setAlphaF(0.72)
        name_font, small = _fonts(opt.font)  # type: ignore[attr-defined]
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        width = rect.width() - 2 * _PAD_X
        left, top = rect.left() + _PAD_X, rect.top() + _PAD_Y

        painter.save()
        painter.setFont(name_font)
        painter.setPen(text_color)
        name_rect = QFontMetrics(name_font).boundingRect(
            QRect(left, top, width, 10_000), _WRAP, name
        )
        painter.drawText(QRect(left, top, width, name_rect.height()), _WRAP, name)

        detail = str(index.data(BankListModel.DetailRole) or "")
        small_metrics = QFontMetrics(small)
        detail_top = top + name_rect.height() + _GAP + 2
        painter.setFont(small)
        painter.setPen(muted)
        badge = ""
        if index.data(BankListModel.BuiltinRole):
            model = index.model()
            badge = model.builtin_text() if isinstance(model, BankListModel) else "built-in"
        badge_width = small_metrics.horizontalAdvance(badge) + 12 if badge else 0
        detail_width = max(0, width - badge_width - (8 if badge else 0))
        shown = small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, detail_width)
        painter.drawText(
            QRect(left, detail_top, detail_width, small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown,
        )
        if badge:
            badge_rect = QRect(
                left + width - badge_width, detail_top - 2, badge_width, small_metrics.height() + 4
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge_rect.adjusted(0, 0, -1, -1), 6, 6)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()


class BankListView(QListView):
    """A list whose rows grow with the wrapped bank names when the panel is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(BankItemDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(220)


class BankListPanel(QWidget):
    """The left side of the tab: the labelled list and the bank buttons."""

    def __init__(self, model: BankListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = BankListView()
        self.view.setModel(model)
        label = QLabel(self.tr("&Banks"))
        label.setBuddy(self.view)
        self.new_button = QPushButton(self.tr("&New bank…"))
        self.edit_button = QPushButton(self.tr("E&dit bank…"))
        self.delete_button = QPushButton(self.tr("Delete ban&k"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.view, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)

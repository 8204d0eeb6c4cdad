"""The bank list: a wrapped bold name, a muted detail line and a small "built-in" badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.enums import LANGUAGES
from netplanner.gui.banks.bank_list_model import BankListModel
from netplanner.gui.labels import language_label

#: How long a message under the bank buttons stays.
MESSAGE_MS = 20_000

#: English first: the order of the language filter.
LANGUAGES_SHOWN = sorted(LANGUAGES, key=lambda language: language != "en")

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
        widget = option.widget
        width = option.rect.width()
        if isinstance(widget, QAbstractItemView):
            width = widget.viewport().width()
        return max(80, width - 2 * _PAD_X)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name_font, small = _fonts(option.font)
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
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        muted = palette.color(text_role)
        muted.setAlphaF(0.72)
        name_font, small = _fonts(opt.font)
        rect: QRect = opt.rect
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
    """The left side of the tab: filters, the labelled list, the bank buttons and a menu
    for sharing and printing, with a line for short messages under it."""

    def __init__(self, model: BankListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = BankListView()
        self.view.setModel(model)
        label = QLabel(self.tr("&Banks"))
        label.setBuddy(self.view)

        self.more_button = QPushButton(self.tr("Share && pr&int"))
        self.more_button.setToolTip(self.tr("Export or import a bank, print a booklet"))
        menu = QMenu(self.more_button)
        self.export_action = menu.addAction(self.tr("&Export this bank…"))
        self.import_action = menu.addAction(self.tr("&Import a bank…"))
        menu.addSeparator()
        self.booklet_action = menu.addAction(self.tr("Print &booklet…"))
        self.blank_sheet_action = menu.addAction(self.tr("Blank &prep sheet…"))
        self.export_action.setStatusTip(self.tr("Save the selected bank as a file to share"))
        self.import_action.setStatusTip(self.tr("Add a bank from a file someone shared"))
        self.booklet_action.setStatusTip(self.tr("Save the questions as a PDF to print"))
        self.blank_sheet_action.setStatusTip(
            self.tr("Save an empty prep sheet as a PDF, to fill in by hand")
        )
        self.more_button.setMenu(menu)

        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Show banks in"))
        self.language_filter.setToolTip(self.tr("Show the banks in one language only"))
        self.language_filter.addItem(self.tr("All languages"), None)
        for language in LANGUAGES_SHOWN:
            self.language_filter.addItem(language_label(language), language)
        self.language_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search all banks"))
        self.search_edit.setAccessibleName(self.tr("Search all banks"))
        self.search_edit.setToolTip(
            self.tr("Find questions in every bank; double-click a result to open it")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(110)

        self.new_button = QPushButton(self.tr("&New bank…"))
        self.edit_button = QPushButton(self.tr("Edit ban&k…"))
        self.delete_button = QPushButton(self.tr("De&lete bank"))
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message_label.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message_label.hide)

        header = QHBoxLayout()
        header.addWidget(label)
        header.addStretch(1)
        header.addWidget(self.more_button)
        filters = QHBoxLayout()
        filters.addWidget(self.language_filter)
        filters.addWidget(self.search_edit, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        for first, second in (
            (self.more_button, self.language_filter),
            (self.language_filter, self.search_edit),
            (self.search_edit, self.view),
            (self.view, self.new_button),
            (self.new_button, self.edit_button),
            (self.edit_button, self.delete_button),
        ):
            QWidget.setTabOrder(first, second)

    def show_message(self, text: str) -> None:
        """A short note under the buttons (an export written, a bank imported); it goes
        away after a while, so it never describes an old state."""
        self.message_label.setText(text)
        self.message_label.setToolTip(text)
        self.message_label.setVisible(bool(text))
        self._message_timer.start()

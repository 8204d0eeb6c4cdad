"""The results of "Search all banks": shown on the right while the search box is filled."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.banks.search_model import QuestionSearchModel
from netplanner.gui.plural import counted
from netplanner.messages import fill


class SearchResults(QWidget):
    """A heading and the results table; double-click or Enter opens a question."""

    #: (bank id, question id) of the result the user opened.
    open_requested = Signal(int, int)

    def __init__(self, model: QuestionSearchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.hint = QLabel(
            self.tr("Double-click a question, or select it and press Enter, to open its bank.")
        )
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Questions found in all banks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            QuestionSearchModel.COL_BANK, QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(
            QuestionSearchModel.COL_CATEGORY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(QuestionSearchModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

        self.table.doubleClicked.connect(self._open)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open(self.table.currentIndex()))
        model.modelReset.connect(self.update_heading)
        self.update_heading()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The bank column takes about a quarter of the width, so questions keep room."""
        super().resizeEvent(event)
        width = self.table.viewport().width()
        self.table.setColumnWidth(QuestionSearchModel.COL_BANK, max(140, min(260, width // 4)))

    def update_heading(self) -> None:
        found = self.model.rowCount()
        if found == 0:
            self.heading.setText(self.tr("No question in the shown banks matches."))
        else:
            questions = counted(found, self.tr("%n question"), self.tr("%n questions"))
            banks = counted(self.model.bank_count(), self.tr("%n bank"), self.tr("%n banks"))
            self.heading.setText(fill(self.tr("%1 found in %2"), questions, banks))
        self.hint.setVisible(found > 0)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.open_requested.emit(
            index.data(QuestionSearchModel.BankIdRole),
            index.data(QuestionSearchModel.QuestionIdRole),
        )

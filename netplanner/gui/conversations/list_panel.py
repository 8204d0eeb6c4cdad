"""The left side of the Conversations tab: status filter, search, the table, the count.

Typing in the answers field swaps the table for the answers found in every
conversation; clearing it brings the table back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.answers import AnswerHit
from netplanner.core.conversations import ConversationRow
from netplanner.core.enums import ConversationStatus
from netplanner.gui.conversations.answer_results import AnswerResultsView
from netplanner.gui.conversations.table_model import (
    COL_CONTACT,
    COL_KIND,
    COL_PLACE,
    COL_STATUS,
    COL_WHEN,
    FILTER_ALL,
    FILTER_HELD_AND_AFTER,
    FILTER_UPCOMING,
    ConversationTableModel,
    format_when,
)
from netplanner.gui.labels import status_label
from netplanner.gui.list_form import select_row
from netplanner.gui.numbers import format_number
from netplanner.messages import fill


class ConversationList(QWidget):
    """Filterable, sortable list of conversations; says which one the user picked."""

    #: The user made another conversation current (by click or keyboard).
    conversation_chosen = Signal(int)
    #: Search the answers for these words (emitted a moment after typing stops).
    answer_search_requested = Signal(str)
    #: The user opened a found answer: (conversation id, question text).
    answer_chosen = Signal(int, str)

    SEARCH_DELAY_MS = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConversationTableModel(self)
        self._selected: int | None = None
        self._syncing = False  # selection changes made by code, not by the user
        self._build()

    def _build(self) -> None:
        self.filter_combo = QComboBox()
        for text, key in (
            (self.tr("All"), FILTER_ALL),
            (self.tr("Upcoming"), FILTER_UPCOMING),
            (self.tr("Held and after"), FILTER_HELD_AND_AFTER),
        ):
            self.filter_combo.addItem(text, key)
        tips = (self.tr("Idea, asked or scheduled"), self.tr("Held, thanked or closed"))
        for position, tip in enumerate(tips, start=1):
            self.filter_combo.setItemData(position, tip, Qt.ItemDataRole.ToolTipRole)
        self.filter_combo.insertSeparator(self.filter_combo.count())
        for status in ConversationStatus:
            self.filter_combo.addItem(status_label(status.value), status.value)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Contact or place"))
        self.search_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("Show:"))
        filter_label.setBuddy(self.filter_combo)
        search_label = QLabel(self.tr("Search:"))
        search_label.setBuddy(self.search_edit)
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(self.tr("Search answers…"))
        self.answer_edit.setClearButtonEnabled(True)
        self.answer_edit.setAccessibleName(self.tr("Search answers"))
        self.answer_edit.setToolTip(
            self.tr(
                "Find what people told you: words from the answers (or their questions) "
                "in every conversation (Ctrl+Shift+F). Down arrow goes to the results, "
                "Escape clears."
            )
        )
        answer_label = QLabel(self.tr("Answers:"))
        answer_label.setBuddy(self.answer_edit)
        self.answers_view = AnswerResultsView()
        self.answer_model = self.answers_view.model_
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Conversations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicator(COL_WHEN, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        place = str(self.model.headerData(COL_PLACE, Qt.Orientation.Horizontal) or "")
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance(place) + 12)
        self._size_columns()
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)

        self.plan_button = QPushButton(self.tr("Plan conversation"))
        self.plan_button.setToolTip(self.tr("Plan a new conversation (Ctrl+N)"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of conversations"))

        filters = QGridLayout()
        filters.addWidget(filter_label, 0, 0)
        filters.addWidget(self.filter_combo, 0, 1)
        filters.addWidget(search_label, 1, 0)
        filters.addWidget(self.search_edit, 1, 1)
        filters.addWidget(answer_label, 2, 0)
        filters.addWidget(self.answer_edit, 2, 1)
        filters.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.answers_view)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.setMinimumWidth(240)

        self.filter_combo.currentIndexChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(self._filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.answer_edit.textChanged.connect(self._answer_text_changed)
        self.answer_edit.returnPressed.connect(self._search_now)
        self._search_timer.timeout.connect(self._search_now)
        self.answers_view.clicked.connect(self._open_answer)
        self.answers_view.activated.connect(self._open_answer)
        self.answer_edit.installEventFilter(self)

    def _size_columns(self) -> None:
        """Widths from the text they hold: the date column fits a full date and time."""
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        sample = datetime(2026, 12, 28, 23, 59, tzinfo=UTC)
        widths = {
            COL_CONTACT: metrics.horizontalAdvance("Marieke de Berg"),
            # The kind column shows the start of the kind (elided): wide enough for this word.
            COL_KIND: metrics.horizontalAdvance(self.tr("Informational")),
            COL_STATUS: max(metrics.horizontalAdvance(status_label(s)) for s in ConversationStatus),
            COL_WHEN: max(
                metrics.horizontalAdvance(format_when(sample)),
                metrics.horizontalAdvance(format_when(None)),
            ),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width + padding)
        # The last column stretches into what is left, but never shrinks below its width.
        self.table.setColumnWidth(COL_PLACE, self.table.horizontalHeader().minimumSectionSize())

    # -- what the tab uses --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ConversationRow]) -> None:
        self.model.set_rows(rows)
        self.select_id(self._selected)
        self._update_count()

    def select_id(self, conversation_id: int | None) -> None:
        """Make ``conversation_id`` the selected row (no row when None or filtered out)."""
        self._selected = conversation_id
        row = self.model.row_of(conversation_id) if conversation_id is not None else -1
        self._syncing = True
        try:
            select_row(self.table, self.model.index(row, COL_CONTACT) if row >= 0 else None)
        finally:
            self._syncing = False

    def reveal(self, conversation_id: int) -> None:
        """Clear the filters when they hide ``conversation_id``."""
        if self.model.contains(conversation_id) and self.model.row_of(conversation_id) < 0:
            self.search_edit.clear()
            self.filter_combo.setCurrentIndex(0)

    # -- answers ------------------------------------------------------------------------------
    def answer_text(self) -> str:
        return self.answer_edit.text().strip()

    def showing_answers(self) -> bool:
        return self.stack.currentWidget() is self.answers_view

    def show_answer_hits(self, hits: Sequence[AnswerHit], limit: int) -> None:
        """Show what the search found (the tab runs it) in place of the table."""
        self.answer_model.set_hits(hits)
        self.answers_view.empty_text = self.tr(
            "No answer has all of these words. Answers are noted per question, "
            "in the conversation form."
        )
        self._show_answers(True)
        count = len(hits)
        if count >= limit:
            text = self.tr("The newest %1 answers found: add a word to narrow it down.")
        elif count == 0:
            text = self.tr("No answers found")
        elif count == 1:
            text = self.tr("1 answer found")
        else:
            text = self.tr("%1 answers found")
        self.count_label.setText(fill(text, format_number(count)))

    def focus_answer_search(self) -> None:
        self.answer_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.answer_edit.selectAll()

    def _show_answers(self, show: bool) -> None:
        self.stack.setCurrentWidget(self.answers_view if show else self.table)
        self.filter_combo.setEnabled(not show)  # they filter the table, not the answers
        self.search_edit.setEnabled(not show)
        if not show:
            self.answer_model.set_hits([])
            self._update_count()

    def _answer_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._show_answers(False)

    def _search_now(self) -> None:
        self._search_timer.stop()
        if self.answer_text():
            self.answer_search_requested.emit(self.answer_text())

    def _open_answer(self, index: QModelIndex) -> None:
        hit = self.answer_model.hit_at(index.row())
        if hit is not None:
            self.answer_chosen.emit(hit.conversation_id, hit.question)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.answer_edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                if self.answer_edit.text():
                    self.answer_edit.clear()
                    return True
            elif (
                event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down
                and self.showing_answers()
                and self.answer_model.rowCount()
            ):
                self.answers_view.setFocus(Qt.FocusReason.OtherFocusReason)
                self.answers_view.setCurrentIndex(self.answer_model.index(0))
                return True
        return super().eventFilter(watched, event)

    # -- reacting -----------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.model.set_status_filter(self.filter_combo.currentData() or FILTER_ALL)
        self.model.set_search(self.search_edit.text())
        self.select_id(self._selected)
        self._update_count()

    def _update_count(self) -> None:
        if self.showing_answers():
            return
        total, shown = self.model.total_count(), self.model.rowCount()
        if total == 0:
            text = self.tr("No conversations yet.")
        elif shown == total:
            text = (
                self.tr("1 conversation")
                if total == 1
                else fill(self.tr("%1 conversations"), format_number(total))
            )
        else:
            text = self.tr("%1 of %2 shown")
            text = fill(text, format_number(shown), format_number(total))
        self.count_label.setText(text)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        conversation_id = self.model.id_at(current.row())
        if conversation_id is not None and conversation_id != self._selected:
            self.conversation_chosen.emit(conversation_id)

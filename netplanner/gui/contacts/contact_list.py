"""The left side of the Contacts tab: search box, table, count and "Add contact"."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.contacts import texts
from netplanner.gui.contacts.cell_delegate import ContactCellDelegate
from netplanner.gui.contacts.table_model import (
    COL_INTRODUCED_BY,
    COL_NAME,
    COL_ORGANISATION,
    COL_ROLE,
    COL_SPECIALISM,
    COL_TAGS,
    ContactsTableModel,
)
from netplanner.gui.line_label import LineLabel
from netplanner.gui.list_form import select_row

#: Share of the table's width each column gets until the user drags a column edge.
_WEIGHTS = {
    COL_NAME: 21, COL_ROLE: 16, COL_SPECIALISM: 15,
    COL_ORGANISATION: 18, COL_INTRODUCED_BY: 16, COL_TAGS: 14,
}  # fmt: skip


class ContactList(QWidget):
    """Search as you type; the table's selection is moved only through :meth:`select`."""

    def __init__(self, model: ContactsTableModel, settings: QSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self._fitting = False
        self._user_sized = False
        # Readies the model's search texts once the table is painted: at once after a
        # load, for a search may follow right away; after a sort, once the table has
        # been left alone a moment, so the copying (10 to 20 ms at 30,000 contacts) is
        # not part of the click that sorted.
        self._ready_search = QTimer(self)
        self._ready_search.setSingleShot(True)
        self._ready_search.timeout.connect(model.prepare_search_texts)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search name, role, organisation, e-mail, phone, city, tags…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._go_to_table)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegate(ContactCellDelegate(model, self.table))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumWidth(280)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures thousands of rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.setSortingEnabled(True)
        self._restore_sort()
        header.sortIndicatorChanged.connect(self._remember_sort)

        self.count_label = LineLabel()  # changes with every keystroke: no relayout
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.setToolTip(self.tr("Add a new contact (Ctrl+N)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)

        # Shown after an import: only the people it brought in, until "Show everyone".
        self.only_label = QLabel()
        self.only_label.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show everyone"))
        self.show_all_button.clicked.connect(self.show_everyone)
        self.only_bar = QWidget()
        only_layout = QHBoxLayout(self.only_bar)
        only_layout.setContentsMargins(0, 0, 0, 0)
        only_layout.addWidget(self.only_label, 1)
        only_layout.addWidget(self.show_all_button)
        self.only_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.only_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.add_button)

    # -- selection ----------------------------------------------------------------------------
    def select(self, contact_id: int | None) -> None:
        """Move the selection to ``contact_id`` (None: nothing); emits currentRowChanged."""
        row = self.model.row_of(contact_id) if contact_id is not None else None
        select_row(self.table, self.model.index(row, COL_NAME) if row is not None else None)

    def show_only(self, contact_ids: set[int], text: str) -> None:
        """Show only ``contact_ids``, saying why in ``text``, until "Show everyone"."""
        self.model.set_only(contact_ids)
        self.only_label.setText(text)
        self.only_bar.show()
        self.update_count()

    def show_everyone(self) -> None:
        self.model.set_only(None)
        self.only_bar.hide()
        self.update_count()

    def update_count(self) -> None:
        self.count_label.setText(
            texts.count_label(self.model.visible_count(), self.model.total_count())
        )

    # -- searching ----------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        if self.model.set_search(text):
            # Lay the table out now rather than from the timer a model reset starts: that
            # timer ran after the first repaint and asked for a second one, so every
            # keystroke painted the table twice.
            self.table.doItemsLayout()
        self.update_count()

    def _go_to_table(self) -> None:
        """Return in the search box: on to the table, on the first match if none is chosen."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.visible_count():
            first = self.model.contact_at(0)
            self.select(first.id if first else None)

    # -- column widths ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            if event.type() == QEvent.Type.Resize:
                self._fit_columns()
            elif event.type() == QEvent.Type.Paint and not self.model.search_texts_ready:
                # Once the contacts are on screen, not before (see the model).
                self._ready_search.start(300 if self.model.search_texts_folded else 0)
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Share the width out by weight, so nothing needs a horizontal scroll bar.

        No column gets narrower than its header text (plus room for the sort arrow).
        """
        if self._user_sized:
            return
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        width = self.table.viewport().width()
        # Room for each header's text if there is enough; else narrower (headers elide)
        # but names stay readable.
        least = {
            column: metrics.horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            )
            + 20
            for column in _WEIGHTS
        }
        if sum(least.values()) > width:
            char = metrics.averageCharWidth()
            least = {column: char * (12 if column == COL_NAME else 6) for column in _WEIGHTS}
        widths = _share_out(width, least)
        self._fitting = True
        try:
            for column, size in widths.items():
                header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        # Dragging a column edge means the user wants those widths: stop fitting. (The
        # last column stretches by itself whenever the table changes size.)
        if not self._fitting and column != COL_TAGS and self.isVisible():
            self._user_sized = True

    # -- sort order, remembered between runs ----------------------------------------------------
    def _restore_sort(self) -> None:
        try:
            column = int(str(self.settings.value("contacts/sort_column", COL_NAME)))
        except (TypeError, ValueError):
            column = COL_NAME
        if column not in _WEIGHTS:
            column = COL_NAME
        descending = str(self.settings.value("contacts/sort_descending", "false")) == "true"
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)

    def _remember_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.settings.setValue("contacts/sort_column", column)
        descending = order == Qt.SortOrder.DescendingOrder
        self.settings.setValue("contacts/sort_descending", "true" if descending else "false")


def _share_out(width: int, least: dict[int, int]) -> dict[int, int]:
    """Column widths by weight; a column that would be narrower than its least width gets
    that, and the others share what is left."""
    fixed: dict[int, int] = {}
    while True:
        free = [column for column in _WEIGHTS if column not in fixed]
        room = max(0, width - sum(fixed.values()))
        weight = sum(_WEIGHTS[column] for column in free) or 1
        widths = {column: room * _WEIGHTS[column] // weight for column in free}
        too_narrow = {column for column in free if widths[column] < least[column]}
        if not too_narrow:
            return {**fixed, **widths}
        fixed.update({column: least[column] for column in too_narrow})

"""The conversations list as a table model: filtering and sorting happen in here.

A Python ``QSortFilterProxyModel`` is far too slow at tens of thousands of rows,
so the model keeps every row in ``_rows`` (sorted with ``list.sort``) and the
indexes of the rows that pass the filters in ``_visible``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from netplanner.core.enums import ConversationStatus
from netplanner.core.text import fold
from netplanner.gui.filter_model import FilteredTableModel, Index
from netplanner.gui.labels import kind_label, status_label

if TYPE_CHECKING:
    # Only a type here: the Today tab uses this module before SQLAlchemy is loaded.
    from netplanner.core.conversations import ConversationRow

COL_CONTACT, COL_KIND, COL_STATUS, COL_WHEN, COL_PLACE = range(5)

#: Role holding the conversation id of a row.
IdRole = Qt.ItemDataRole.UserRole + 1

#: Filter keys besides the single statuses.
FILTER_ALL = "all"
FILTER_UPCOMING = "upcoming"
FILTER_HELD_AND_AFTER = "held_and_after"

STATUS_GROUPS: dict[str, frozenset[str]] = {
    FILTER_UPCOMING: frozenset(
        s.value
        for s in (ConversationStatus.IDEA, ConversationStatus.ASKED, ConversationStatus.SCHEDULED)
    ),
    FILTER_HELD_AND_AFTER: frozenset(
        s.value
        for s in (ConversationStatus.HELD, ConversationStatus.THANKED, ConversationStatus.CLOSED)
    ),
}

_STATUS_ORDER = {status.value: position for position, status in enumerate(ConversationStatus)}


def local_date_time(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the computer's local time zone."""
    return QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))


def format_when(value: datetime | None) -> str:
    """Local time in the user's short format, or a plain 'not planned yet'."""
    if value is None:
        return QCoreApplication.translate("ConversationTableModel", "not planned yet")
    return QLocale().toString(local_date_time(value), QLocale.FormatType.ShortFormat)


def _when_key(row: ConversationRow) -> tuple[int, float, int]:
    # Undated conversations are still ideas: they count as "later than anything planned",
    # so they come last going up and first going down (the service's default order).
    if row.starts_at is None:
        return (1, 0.0, row.id)
    return (0, row.starts_at.timestamp(), row.id)


def _fold(value: str) -> str:
    """``core.text.fold`` with a fast path: plain ASCII only needs lower case."""
    return value.lower() if value.isascii() else fold(value)


_SORT_KEYS: dict[int, Callable[[ConversationRow], Any]] = {
    COL_CONTACT: lambda row: (_fold(row.contact_name), row.id),
    COL_KIND: lambda row: (_fold(kind_label(row.kind)), row.id),
    COL_STATUS: lambda row: (_STATUS_ORDER.get(row.status, 99), row.id),
    COL_WHEN: _when_key,
    COL_PLACE: lambda row: (_fold(row.place), row.id),
}


class ConversationTableModel(FilteredTableModel):
    """Rows of ``ConversationRow`` with a status filter and a search on contact and place."""

    COLUMN_COUNT = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationRow] = []
        self._search_texts: dict[int, str] = {}  # by id: folded name and place
        self._when_texts: dict[int, str] = {}
        self._status_filter = FILTER_ALL
        self._sort_column = COL_WHEN
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- loading and filtering ----------------------------------------------------------------
    def set_rows(self, rows: Sequence[ConversationRow]) -> None:
        with self._resetting():
            self._rows = list(rows)
            self._search_texts = {row.id: _fold(f"{row.contact_name} {row.place}") for row in rows}
            self._when_texts.clear()
            self._sort_rows()

    def set_status_filter(self, key: str) -> None:
        """``FILTER_ALL``, ``FILTER_UPCOMING``, ``FILTER_HELD_AND_AFTER`` or a status key."""
        self._set_filter("_status_filter", key)

    def total_count(self) -> int:
        return len(self._rows)

    def _allowed_statuses(self) -> frozenset[str] | None:
        if self._status_filter == FILTER_ALL:
            return None
        return STATUS_GROUPS.get(self._status_filter, frozenset({self._status_filter}))

    def _refilter(self) -> None:
        allowed = self._allowed_statuses()
        terms = fold(self._search).split()  # as core.text.matches_all_terms, folded once
        texts = self._search_texts
        self._visible = [
            position
            for position, row in enumerate(self._rows)
            if (allowed is None or row.status in allowed)
            and all(term in texts[row.id] for term in terms)
        ]

    # -- sorting ------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        persistent_ids = [self.id_at(index.row()) for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self._refilter()
        new_rows = {self._rows[p].id: r for r, p in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(new_rows[i], index.column())
                if i is not None and i in new_rows
                else QModelIndex()
                for i, index in zip(persistent_ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=_SORT_KEYS[self._sort_column], reverse=descending)

    # -- lookups ------------------------------------------------------------------------------
    def row_at(self, row: int) -> ConversationRow | None:
        if 0 <= row < len(self._visible):
            return self._rows[self._visible[row]]
        return None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item else None

    def row_of(self, conversation_id: int) -> int:
        """The visible row showing ``conversation_id``, or -1 when it is filtered out."""
        for row, position in enumerate(self._visible):
            if self._rows[position].id == conversation_id:
                return row
        return -1

    def contains(self, conversation_id: int) -> bool:
        return any(row.id == conversation_id for row in self._rows)

    # -- Qt model API -------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_CONTACT: QCoreApplication.translate("ConversationTableModel", "Contact"),
            COL_KIND: QCoreApplication.translate("ConversationTableModel", "Kind"),
            COL_STATUS: QCoreApplication.translate("ConversationTableModel", "Status"),
            COL_WHEN: QCoreApplication.translate("ConversationTableModel", "When"),
            COL_PLACE: QCoreApplication.translate("ConversationTableModel", "Place"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, column)
        if role == IdRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_WHEN and not item.starts_at:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
            )
        return None

    def _display(self, item: ConversationRow, column: int) -> str:
        if column == COL_CONTACT:
            return item.contact_name
        if column == COL_KIND:
            return kind_label(item.kind)
        if column == COL_STATUS:
            return status_label(item.status)
        if column == COL_WHEN:
            text = self._when_texts.get(item.id)
            if text is None:
                text = self._when_texts[item.id] = format_when(item.starts_at)
            return text
        if column == COL_PLACE:
            return item.place
        return ""

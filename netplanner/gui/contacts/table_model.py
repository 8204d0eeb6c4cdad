"""The contacts list as a table model: filtering and sorting happen in here.

A Python ``QSortFilterProxyModel`` is far too slow at tens of thousands of rows,
so the model keeps every row in ``_rows`` (sorted with ``list.sort``) and the
indexes of the rows that pass the search in ``_visible``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from netplanner.core.contacts import ContactRow
from netplanner.gui.contacts.folding import fold_more

COL_NAME, COL_ROLE, COL_SPECIALISM, COL_ORGANISATION, COL_INTRODUCED_BY, COL_TAGS = range(6)
COLUMN_COUNT = 6

#: Role holding the contact id of a row.
IdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

#: What the search looks through, as in ``ContactRow.search_text``.
SEARCH_FIELDS = ("name", "role", "specialism", "organisation", "tags")

_FIELDS = {
    COL_NAME: "name",
    COL_ROLE: "role",
    COL_SPECIALISM: "specialism",
    COL_ORGANISATION: "organisation",
    COL_INTRODUCED_BY: "introduced_by",
    COL_TAGS: "tags",
}


class ContactsTableModel(QAbstractTableModel):
    """Rows of ``ContactRow`` with a search on name, role, specialism, organisation and tags."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._search_texts: list[str] = []  # folded once per load, not per keystroke
        self._visible: list[int] = []
        self._search = ""
        self._sort_column = COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- loading, searching, sorting ----------------------------------------------------------
    def set_rows(self, rows: Sequence[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search_texts = self._fold_all()
        self._sort_rows()
        self._refilter()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show only rows in which every word of ``text`` occurs (case and accents ignored)."""
        folded = " ".join(fold_more(text).split())
        if folded == self._search:
            return
        # Typing on: every row that matches the longer text also matched the shorter one,
        # so only the rows shown now need looking at.
        narrowing = bool(self._search) and folded.startswith(self._search)
        self.beginResetModel()
        self._search = folded
        self._refilter(self._visible if narrowing else None)
        self.endResetModel()

    @property
    def search(self) -> str:
        return self._search

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _FIELDS:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._id_at(index.row()) for index in old_persistent]
        self._sort_column = column
        self._sort_order = order
        self._sort_rows()
        self._refilter()
        positions = self._visible_positions()
        new_persistent = []
        for index, contact_id in zip(old_persistent, old_ids, strict=True):
            row = positions.get(contact_id) if contact_id is not None else None
            new_persistent.append(
                self.index(row, index.column()) if row is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _sort_rows(self) -> None:
        field = _FIELDS[self._sort_column]

        def key(pair: tuple[ContactRow, str]) -> tuple[bool, str, str, int]:
            row = pair[0]
            value = fold_more(getattr(row, field))
            # Empty cells go last going up (and first going down); ties by name, then id.
            return (not value, value, fold_more(row.name), row.id)

        pairs = sorted(
            zip(self._rows, self._search_texts, strict=True),
            key=key,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [row for row, _ in pairs]
        self._search_texts = [text for _, text in pairs]

    def _fold_all(self) -> list[str]:
        # Same text as ``ContactRow.search_text`` (a test checks it), built from cached
        # folded fields: folding 30,000 long strings one by one would take seconds.
        return [
            " ".join([fold_more(getattr(row, field)) for field in SEARCH_FIELDS])
            for row in self._rows
        ]

    def _refilter(self, candidates: Sequence[int] | None = None) -> None:
        if not self._search:
            self._visible = list(range(len(self._rows)))
            return
        # The rule of ``core.text.matches_all_terms`` (every word occurs somewhere), with
        # the words folded once instead of once per row: five times faster at 30,000
        # rows. A test checks both give the same rows.
        terms = self._search.split()
        texts = self._search_texts
        pool = range(len(self._rows)) if candidates is None else candidates
        self._visible = [i for i in pool if all(term in texts[i] for term in terms)]

    # -- looking things up ---------------------------------------------------------------------
    def contact_at(self, row: int) -> ContactRow | None:
        """The contact shown in table row ``row``."""
        if 0 <= row < len(self._visible):
            return self._rows[self._visible[row]]
        return None

    def _id_at(self, row: int) -> int | None:
        contact = self.contact_at(row)
        return contact.id if contact else None

    def _visible_positions(self) -> dict[int, int]:
        return {self._rows[i].id: row for row, i in enumerate(self._visible)}

    def row_of(self, contact_id: int) -> int | None:
        """The table row showing ``contact_id``, or None when it is not shown."""
        for row, i in enumerate(self._visible):
            if self._rows[i].id == contact_id:
                return row
        return None

    def find(self, contact_id: int) -> ContactRow | None:
        """The contact with this id, shown or not."""
        for row in self._rows:
            if row.id == contact_id:
                return row
        return None

    def all_rows(self) -> list[ContactRow]:
        """Every loaded contact in the current sort order, hidden ones included."""
        return list(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def total_count(self) -> int:
        return len(self._rows)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self.contact_at(index.row())
        if contact is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(contact, _FIELDS[index.column()])
            if role == Qt.ItemDataRole.ToolTipRole and not value:
                return None
            return value
        if role == IdRole:
            return contact.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NAME: self.tr("Name"),
            COL_ROLE: self.tr("Role"),
            COL_SPECIALISM: self.tr("Specialism"),
            COL_ORGANISATION: self.tr("Organisation"),
            COL_INTRODUCED_BY: self.tr("Introduced by"),
            COL_TAGS: self.tr("Tags"),
        }.get(section)

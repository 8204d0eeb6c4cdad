"""The contacts list as a table model: filtering and sorting happen in here.

A Python ``QSortFilterProxyModel`` is far too slow at tens of thousands of rows,
so the model keeps every row in ``_rows`` (sorted with ``list.sort``) and the
indexes of the rows that pass the search in ``_visible``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress, repeat
from operator import attrgetter, contains, not_
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from netplanner.core.contact_data import ContactRow
from netplanner.core.text import fold

COL_NAME, COL_ROLE, COL_SPECIALISM, COL_ORGANISATION, COL_INTRODUCED_BY, COL_TAGS = range(6)
COLUMN_COUNT = 6

#: Role holding the contact id of a row.
IdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

_FIELDS = {
    COL_NAME: "name",
    COL_ROLE: "role",
    COL_SPECIALISM: "specialism",
    COL_ORGANISATION: "organisation",
    COL_INTRODUCED_BY: "introduced_by",
    COL_TAGS: "tags",
}


_CELL_TEXT = {column: attrgetter(field) for column, field in _FIELDS.items()}
_ID = attrgetter("id")
_NAME = attrgetter("name")
_SEARCH_TEXT = attrgetter("search_text")
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, IdRole})


class ContactsTableModel(QAbstractTableModel):
    """Rows of ``ContactRow`` with a search on name, role, specialism, organisation and tags."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        # Folded once per load, not per keystroke; in the order of ``_rows``.
        self._search_texts: list[str] = []
        # Whether those texts also lie in memory in that order (see prepare_search_texts).
        self._texts_laid_out = False
        self._visible: list[int] = []
        # 0, 1, 2, … for every row: filtering picks from these int objects rather than
        # making new ones from a range (30,000 rows, measured alone: 2.1 ms a scan, not 2.7).
        self._all_indexes: list[int] = []
        self._search = ""
        self._sort_column = COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        # The rows as loaded, with their search texts (None until folded, see
        # fold_search_texts); ``_rows`` is these in sort order.
        self._loaded: list[ContactRow] = []
        self._loaded_texts: list[str] | None = None
        self._loaded_index: dict[int, int] = {}  # contact id -> index in ``_loaded``
        # Per column: the loaded indexes going up by it, and where each loaded index ends
        # up. Worked out on the first sort by that column after a load; sorting again is
        # then a permutation.
        self._orders: dict[int, tuple[list[int], list[int]]] = {}
        self._by_name: list[int] | None = None
        self._order: list[int] = []  # index in ``_rows`` -> loaded index
        self._inverse: list[int] = []  # loaded index -> index in ``_rows``
        #: Only these contacts are shown (the people of an import), or everyone (None).
        self._only: frozenset[int] | None = None

    # -- loading, searching, sorting ----------------------------------------------------------
    def set_rows(self, rows: Sequence[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = self._loaded = list(rows)
        self._all_indexes = list(range(len(self._loaded)))
        self._loaded_texts = None
        self._search_texts = []
        self._texts_laid_out = False
        self._loaded_index = dict(
            zip(map(_ID, self._loaded), range(len(self._loaded)), strict=True)
        )
        self._orders = {}
        self._by_name = None
        self._sort_rows()
        self._refilter()
        self.endResetModel()

    def in_first_order(self) -> bool:
        """Sorted by name going up, with no search: the order the first lines of the list
        can be read in before the rest (``core.contacts.list_first_contact_rows``)."""
        return (
            self._sort_column == COL_NAME
            and self._sort_order == Qt.SortOrder.AscendingOrder
            and not self._search
            and self._only is None
        )

    def set_search(self, text: str) -> bool:
        """Show only rows in which every word of ``text`` occurs (case and accents ignored).

        True when that changed the rows shown (the model was reset).
        """
        folded = " ".join(fold(text).split())
        if folded == self._search:
            return False
        # Typing on: every row that matches the longer text also matched the shorter one,
        # so only the rows shown now need looking at.
        narrowing = bool(self._search) and folded.startswith(self._search)
        visible = self._restricted(self._filtered(folded, self._visible if narrowing else None))
        if visible == self._visible:
            # The same rows (typing on in a name that is already the only match, say):
            # no reset, so the view keeps its selection and paints nothing again.
            self._search = folded
            return False
        self.beginResetModel()
        self._search = folded
        self._visible = visible
        self.endResetModel()
        return True

    @property
    def search(self) -> str:
        return self._search

    def fold_search_texts(self) -> None:
        """Fold what the search looks through, unless done since the rows were loaded.

        Not part of :meth:`set_rows`: at 30,000 contacts it took a fifth of a second
        before the window could first show its contacts. The list asks for it once the
        table is painted (:meth:`prepare_search_texts`); a search asks for it first if
        the user types sooner.
        """
        if self._loaded_texts is not None:
            return
        self._set_search_texts(_fold_all(self._rows))  # made in this order: laid out

    def prepare_search_texts(self) -> None:
        """Have the search texts folded, and lying in memory in the order of the rows.

        A search reads the texts in row order, and 30,000 texts scattered over memory
        took twice as long to search as the same texts side by side: the processor's
        caches. Folding makes them in the order of the moment; after a sort by another
        column they are copied into the new order (10 to 20 ms at 30,000 contacts, old
        copies freed included), once the table has been left alone in that order.
        """
        if self._loaded_texts is None:
            self.fold_search_texts()
        elif not self._texts_laid_out:
            self._set_search_texts(_copied_side_by_side(self._search_texts))

    def _set_search_texts(self, texts: list[str]) -> None:
        """Take ``texts`` (in the order of ``_rows``), made just now one after another."""
        self._search_texts = texts
        self._loaded_texts = list(map(texts.__getitem__, self._inverse))
        self._texts_laid_out = True

    @property
    def search_texts_folded(self) -> bool:
        return self._loaded_texts is not None

    @property
    def search_texts_ready(self) -> bool:
        """Folded, and lying in memory in the order of the rows."""
        return self._texts_laid_out

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _FIELDS:
            return
        if (column, order) == (self._sort_column, self._sort_order):
            # Already in this order (loading sorts too): QTableView.sortByColumn asks twice.
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._id_at(index.row()) for index in old_persistent]
        self._sort_column = column
        self._sort_order = order
        self._sort_rows()
        self._refilter()
        new_persistent = []
        for index, contact_id in zip(old_persistent, old_ids, strict=True):
            row = self.row_of(contact_id) if contact_id is not None else None
            new_persistent.append(
                self.index(row, index.column()) if row is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        cached = self._orders.get(self._sort_column)
        if cached is None:
            order = self._ascending(self._sort_column)
            # Sorting the positions by their loaded index inverts the permutation.
            cached = self._orders[self._sort_column] = (
                order,
                sorted(range(len(order)), key=order.__getitem__),
            )
        order, inverse = cached
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            # Every key ends in the id, so going down is exactly going up reversed.
            order = order[::-1]
            last = len(order) - 1
            inverse = [last - place for place in inverse]
        self._rows = list(map(self._loaded.__getitem__, order))
        if self._loaded_texts is not None and order != self._order:
            self._search_texts = list(map(self._loaded_texts.__getitem__, order))
            self._texts_laid_out = False
        self._order = order
        self._inverse = inverse

    def _ascending(self, column: int) -> list[int]:
        """Loaded indexes going up by ``column``: empty cells last, ties by name, then id.

        Stable sorts from the last key to the first on lists of plain values: the same
        order as sorting (empty, value, name, id) tuples, without 30,000 tuples (their
        comparisons, and the garbage collections they set off, took most of a sort's
        time). The order by name and id is shared by all columns.
        """
        rows = self._loaded
        if self._by_name is None:
            ids = list(map(_ID, rows))
            names = list(map(fold, map(_NAME, rows)))
            self._by_name = sorted(range(len(rows)), key=ids.__getitem__)
            self._by_name.sort(key=names.__getitem__)
        order = list(self._by_name)
        if column != COL_NAME:
            values = _folded(list(map(attrgetter(_FIELDS[column]), rows)))
            order.sort(key=values.__getitem__)
        else:
            values = list(map(fold, map(_NAME, rows)))
        order.sort(key=list(map(not_, values)).__getitem__)  # empty cells last
        return order

    def set_only(self, contact_ids: frozenset[int] | set[int] | None) -> None:
        """Show only these contacts (searching among them), or everyone again (None)."""
        self.beginResetModel()
        self._only = None if contact_ids is None else frozenset(contact_ids)
        self._refilter()
        self.endResetModel()

    def _restricted(self, indexes: list[int]) -> list[int]:
        if self._only is None:
            return indexes
        only, rows = self._only, self._rows
        return [index for index in indexes if rows[index].id in only]

    def _refilter(self) -> None:
        self._visible = self._restricted(self._filtered(self._search))

    def _filtered(self, search: str, candidates: Sequence[int] | None = None) -> list[int]:
        """Indexes into ``_rows`` of the rows ``search`` finds (only ``candidates`` are
        looked at when given: the rows a shorter search found)."""
        if not search:
            return self._all_indexes[:]
        # The rule of ``core.text.matches_all_terms`` (every word occurs somewhere), with
        # the words folded once instead of once per row; a test checks both give the
        # same rows. One C-level pass per word (``map``/``compress``, no Python code per
        # row). ``operator.contains``, not ``str.__contains__``: calling the slot wrapper
        # took twice as long (30,000 texts: 2.8 ms against 5.9 ms).
        self.fold_search_texts()
        texts = self._search_texts
        terms = search.split()
        if candidates is not None and len(candidates) * 2 > len(texts):
            # Most rows are candidates (after a first "r", say): testing every text as it
            # lies is quicker than looking each candidate up, and finds the same rows.
            candidates = None
        if candidates is None:  # every row: test the texts as they are, no look-ups
            pool = list(compress(self._all_indexes, map(contains, texts, repeat(terms[0]))))
            terms = terms[1:]
        else:
            pool = list(candidates)
        for term in terms:
            found = map(contains, map(texts.__getitem__, pool), repeat(term))
            pool = list(compress(pool, found))
        return pool

    # -- looking things up ---------------------------------------------------------------------
    def contact_at(self, row: int) -> ContactRow | None:
        """The contact shown in table row ``row``."""
        if 0 <= row < len(self._visible):
            return self._rows[self._visible[row]]
        return None

    def cell_text(self, row: int, column: int) -> str:
        """What the cell shows ("" for none): ``data`` without its checks, for painting."""
        contact = self.contact_at(row)
        return _CELL_TEXT[column](contact) if contact is not None else ""

    def _id_at(self, row: int) -> int | None:
        contact = self.contact_at(row)
        return contact.id if contact else None

    def row_of(self, contact_id: int) -> int | None:
        """The table row showing ``contact_id``, or None when it is not shown."""
        # ``_visible`` is in ascending order (filtering keeps the order of ``_rows``), so
        # the row is found by bisection: no scan of 30,000 rows after each keystroke.
        loaded = self._loaded_index.get(contact_id)
        if loaded is None:
            return None
        index = self._inverse[loaded]
        row = bisect_left(self._visible, index)
        return row if row < len(self._visible) and self._visible[row] == index else None

    def find(self, contact_id: int) -> ContactRow | None:
        """The contact with this id, shown or not."""
        index = self._loaded_index.get(contact_id)
        return self._loaded[index] if index is not None else None

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
        # The view asks a dozen roles per cell on every paint; the unused ones leave first.
        if role not in _ROLES or not index.isValid():
            return None
        contact = self.contact_at(index.row())
        if contact is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = _CELL_TEXT[index.column()](contact)
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


def _folded(values: list[str]) -> list[str]:
    """``fold`` of each value, each distinct value folded once: roles, organisations and
    tags repeat, so a column of 30,000 holds a few thousand at most (all at C speed)."""
    folded = {value: fold(value) for value in set(values)}
    return list(map(folded.__getitem__, values))


def _fold_all(rows: Sequence[ContactRow]) -> list[str]:
    return list(map(_SEARCH_TEXT, rows))


def _copied_side_by_side(texts: list[str]) -> list[str]:
    """New strings equal to ``texts``, made one after another (so they lie in that order).

    Joining and splitting again makes them in one pass in C: 30,000 texts in 4 ms
    measured alone, against 5 to 6 ms copying each one (``str(text)`` would hand back
    the same object).
    """
    copies = "\0".join(texts).split("\0")
    if len(copies) != len(texts):  # a text with a NUL in it: rare, and then slower
        copies = list(map(bytes.decode, map(str.encode, texts)))
    return copies

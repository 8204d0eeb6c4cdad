"""Table models that filter in the model itself: a plain list of the rows shown.

No ``QSortFilterProxyModel``: a Python proxy asks for every row through Qt and is far
too slow at tens of thousands of rows (see ``shared/STYLE.md``); a list of row numbers,
computed again when a filter changes, costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QGuiApplication

Index = QModelIndex | QPersistentModelIndex


class FilteredTableModel(QAbstractTableModel):
    """Shows the rows that pass its filters: ``_visible`` holds their numbers.

    A subclass keeps its rows, computes ``_visible`` in :meth:`_refilter`, sets each
    filter of its own with :meth:`_set_filter` and changes its rows inside
    :meth:`_resetting`. Every such model searches by words (:meth:`set_search`).
    """

    #: Columns of the table.
    COLUMN_COUNT = 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._visible: list[int] = []  # numbers of the rows shown, in the order shown
        self._search = ""
        self._group_start: list[bool] = []  # per visible row, see _mark_groups
        self._group_odd: list[bool] = []

    def _refilter(self) -> None:
        """Compute ``_visible`` from the rows and the filters."""
        raise NotImplementedError

    def set_search(self, text: str) -> None:
        """Show only rows holding every word of ``text`` (case and accents ignored)."""
        self._set_filter("_search", text)

    def _set_filter(self, attribute: str, value: object) -> None:
        """Set the filter kept in ``attribute``; the views are told only of a real change."""
        if getattr(self, attribute) == value:
            return
        with self._resetting():
            setattr(self, attribute, value)

    @contextmanager
    def _resetting(self) -> Iterator[None]:
        """Change rows or filters inside; then the rows shown are computed anew and the
        views read the whole model again."""
        self.beginResetModel()
        try:
            yield
            self._refilter()
        finally:
            self.endResetModel()

    def _mark_groups(self, keys: Iterable[Hashable]) -> None:
        """Group the visible rows by ``keys`` (one per visible row): the first row of each
        run of one key is marked, and every other run is shaded, so a category's or a
        bank's rows read as one."""
        self._group_start, self._group_odd = [], []
        previous: Hashable = object()
        odd = True
        for key in keys:
            start = key != previous
            odd = odd != start  # flips at each new group
            self._group_start.append(start)
            self._group_odd.append(odd)
            previous = key

    def _shade(self, row: int) -> QBrush | None:
        """The background of ``row``: shaded in every other group (see _mark_groups)."""
        if self._group_odd[row] and QGuiApplication.instance() is not None:
            return QGuiApplication.palette().alternateBase()
        return None

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMN_COUNT

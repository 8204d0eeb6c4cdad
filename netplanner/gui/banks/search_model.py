"""Questions of every bank matching a search: the results of "Search all banks".

Sorting and filtering happen in the model (a plain list of visible row numbers), like
the other models of the tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from netplanner.core.text import fold, matches_all_terms
from netplanner.gui.banks.bank_data import SearchEntry
from netplanner.gui.filter_model import FilteredTableModel, Index
from netplanner.gui.labels import category_label, language_label
from netplanner.messages import fill

#: Longer bank names are cut in the results (the tooltip has the whole name).
MAX_BANK_NAME = 70


def _shortened(name: str) -> str:
    return name if len(name) <= MAX_BANK_NAME else name[: MAX_BANK_NAME - 1].rstrip() + "…"


class QuestionSearchModel(FilteredTableModel):
    """One row per matching question; nothing is shown while the search is blank.

    Banks in the interface language come first, then by bank name and position. The
    bank's name shows on the first result of each bank, and every other bank's results
    are shaded, so the results read as groups.
    The bank list's language filter applies here too, so "Dutch" + a search finds
    Dutch questions only.
    """

    COL_BANK = 0
    COL_CATEGORY = 1
    COL_TEXT = 2
    COLUMN_COUNT = 3

    BankIdRole = Qt.ItemDataRole.UserRole + 1
    QuestionIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._ui_language = language
        self._entries: list[SearchEntry] = []
        self._folded: list[str] = []
        self._language: str | None = None

    # -- content and filters -----------------------------------------------------------------
    def set_entries(self, entries: list[SearchEntry]) -> None:
        with self._resetting():
            self._entries = sorted(
                entries,
                key=lambda e: (
                    e.language != self._ui_language,
                    e.bank_name.casefold(),
                    e.bank_id,
                    e.position,
                ),
            )
            self._folded = [fold(entry.text) for entry in self._entries]

    def set_language_filter(self, language: str | None) -> None:
        self._set_filter("_language", language)

    def is_searching(self) -> bool:
        return bool(self._search.strip())

    def _refilter(self) -> None:
        self._visible = (
            [
                number
                for number, entry in enumerate(self._entries)
                if (self._language is None or entry.language == self._language)
                and matches_all_terms(self._folded[number], self._search)
            ]
            if self.is_searching()
            else []
        )
        self._mark_groups(self._entries[number].bank_id for number in self._visible)

    # -- lookups -----------------------------------------------------------------------------
    def entry_at(self, row: int) -> SearchEntry:
        return self._entries[self._visible[row]]

    def bank_count(self) -> int:
        """How many banks the shown results come from."""
        return len({self._entries[number].bank_id for number in self._visible})

    # -- Qt model interface ------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_BANK: self.tr("Bank"),
            self.COL_CATEGORY: self.tr("Category"),
            self.COL_TEXT: self.tr("Question"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row, column = index.row(), index.column()
        entry = self.entry_at(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_BANK:
                return _shortened(entry.bank_name) if self._group_start[row] else ""
            if column == self.COL_CATEGORY:
                return category_label(entry.category)
            if column == self.COL_TEXT:
                return entry.text
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_BANK:
                return f"{entry.bank_name}\n{language_label(entry.language)}"
            if column == self.COL_TEXT:
                return fill(
                    self.tr("Question %1 in “%2”. Double-click or press Enter to open it."),
                    str(entry.position + 1),
                    entry.bank_name,
                )
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.COL_BANK:
                return entry.bank_name
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        elif role == Qt.ItemDataRole.BackgroundRole:
            return self._shade(row)
        elif role == self.BankIdRole:
            return entry.bank_id
        elif role == self.QuestionIdRole:
            return entry.question_id
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

"""Questions of every bank matching a search: the results of "Search all banks".

Sorting and filtering happen in the model (a plain list of visible row numbers), like
the other models of the tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from netplanner.core.text import fold, matches_all_terms
from netplanner.gui.banks.bank_data import SearchEntry
from netplanner.gui.labels import category_label, language_label
from netplanner.messages import fill

_Index = QModelIndex | QPersistentModelIndex

#: Longer bank names are cut in the results (the tooltip has the whole name).
MAX_BANK_NAME = 70


def _shortened(name: str) -> str:
    return name if len(name) <= MAX_BANK_NAME else name[: MAX_BANK_NAME - 1].rstrip() + "…"


class QuestionSearchModel(QAbstractTableModel):
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
        self._visible: list[int] = []
        self._group_start: list[bool] = []  # per visible row: first result of its bank
        self._group_odd: list[bool] = []  # per visible row: shade this bank's results
        self._search = ""
        self._language: str | None = None

    # -- content and filters -----------------------------------------------------------------
    def set_entries(self, entries: list[SearchEntry]) -> None:
        self.beginResetModel()
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
        self._refilter()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show the questions holding every word of ``text`` (case and accents ignored)."""
        if text == self._search:
            return
        self.beginResetModel()
        self._search = text
        self._refilter()
        self.endResetModel()

    def set_language_filter(self, language: str | None) -> None:
        if language == self._language:
            return
        self.beginResetModel()
        self._language = language
        self._refilter()
        self.endResetModel()

    def is_searching(self) -> bool:
        return bool(self._search.strip())

    def _refilter(self) -> None:
        self._visible, self._group_start, self._group_odd = [], [], []
        if not self.is_searching():
            return
        self._visible = [
            number
            for number, entry in enumerate(self._entries)
            if (self._language is None or entry.language == self._language)
            and matches_all_terms(self._folded[number], self._search)
        ]
        previous, odd = None, True
        for number in self._visible:
            bank_id = self._entries[number].bank_id
            start = bank_id != previous
            odd = odd != start  # flips at each new bank
            self._group_start.append(start)
            self._group_odd.append(odd)
            previous = bank_id

    # -- lookups -----------------------------------------------------------------------------
    def entry_at(self, row: int) -> SearchEntry:
        return self._entries[self._visible[row]]

    def bank_count(self) -> int:
        """How many banks the shown results come from."""
        return len({self._entries[number].bank_id for number in self._visible})

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
        elif role == Qt.ItemDataRole.BackgroundRole and self._group_odd[row]:
            return QGuiApplication.palette().alternateBase()
        elif role == self.BankIdRole:
            return entry.bank_id
        elif role == self.QuestionIdRole:
            return entry.question_id
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

"""Item models of the import preview: plain rows of text, and the likely duplicates.

Both are filled from lists the flow builds from the import plan, so they are tested
without widgets. Rows that will be written (new contacts, completed contacts, likely
duplicates) have a tick box in their first column: untick a row to leave it out (a
junk row, a formula where a name should be). The duplicates model also holds the
user's choice per row: merge into the existing contact (ticked) or add as a new
contact (unticked, the default).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from netplanner.messages import fill

Index = QModelIndex | QPersistentModelIndex


def _checked(value: Any) -> bool:
    return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True, 2)


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text under fixed headings (rejected rows, new contacts, …); the
    first column holds the row number in the file, with a tick box when ``checkable``
    (ticked: the row is imported)."""

    def __init__(
        self,
        headings: Sequence[str],
        parent: Any = None,
        checkable: bool = False,
        number_column: bool = True,
    ) -> None:
        super().__init__(parent)
        self._headings = list(headings)
        #: Whether the first column holds row numbers (right-aligned); else the last
        #: column holds a count.
        self._number_column = number_column
        self._rows: list[tuple[str, ...]] = []
        self.checkable = checkable
        self._included: list[bool] = []

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._included = [True] * len(self._rows)
        self.endResetModel()

    def left_out(self) -> list[int]:
        """The row numbers (in the file) of the unticked rows."""
        return [
            int(row[0]) for row, keep in zip(self._rows, self._included, strict=True) if not keep
        ]

    def included_count(self) -> int:
        return sum(self._included)

    def set_all_included(self, included: bool) -> None:
        if self._rows:
            self._included = [included] * len(self._rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not self.checkable
            or not index.isValid()
            or index.column() != 0
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        self._included[index.row()] = _checked(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.checkable and index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._headings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(value.split())  # one line per row, whatever the file held
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            included = self._included[index.row()]
            return Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and self.checkable and index.column() == 0:
            return self.tr("Ticked: imported. Not ticked: this row is left out.")
        if role == Qt.ItemDataRole.ToolTipRole:
            return value
        numbers = 0 if self._number_column else len(self._headings) - 1
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == numbers:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # a number
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headings)
        ):
            return self._headings[section]
        return None


@dataclass(frozen=True)
class DuplicateRow:
    """A row of the file that looks like someone already in the contacts."""

    row: int  # the row number in the file, as the user sees it in a spreadsheet
    imported: str  # the name and organisation in the file
    existing_id: int
    existing_name: str  # the name (and organisation) of the contact already there
    reason: str = ""  # why they look alike ("the same name, spelled differently")


class DuplicatesModel(QAbstractTableModel):
    """Likely duplicates; the first column's tick box imports the row at all, the last
    column is the "Merge with …" tick box."""

    COL_ROW, COL_IMPORTED, COL_REASON, COL_MERGE = range(4)

    def __init__(self, row_heading: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self._row_heading = row_heading or self.tr("Row")
        self._rows: list[DuplicateRow] = []
        self._merge: list[bool] = []
        self._included: list[bool] = []

    def set_rows(self, rows: Sequence[DuplicateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._merge = [False] * len(self._rows)
        self._included = [True] * len(self._rows)
        self.endResetModel()

    def left_out(self) -> list[int]:
        return [item.row for item, keep in zip(self._rows, self._included, strict=True) if not keep]

    def included_count(self) -> int:
        return sum(self._included)

    def set_all(self, merge: bool) -> None:
        if not self._rows:
            return
        self._merge = [merge] * len(self._rows)
        self.dataChanged.emit(
            self.index(0, self.COL_MERGE), self.index(len(self._rows) - 1, self.COL_MERGE)
        )

    def merge_choices(self) -> dict[int, int]:
        """{row number in the file: id of the contact to merge it into} for the ticked rows
        (that are imported at all)."""
        return {
            item.row: item.existing_id
            for item, merge, keep in zip(self._rows, self._merge, self._included, strict=True)
            if merge and keep
        }

    def merge_count(self) -> int:
        return len(self.merge_choices())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_ROW:
                return str(item.row)
            if column == self.COL_IMPORTED:
                return item.imported
            if column == self.COL_REASON:
                return item.reason
            return fill(self.tr("Merge with %1"), item.existing_name)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_MERGE:
            merge = self._merge[index.row()]
            return Qt.CheckState.Checked if merge else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_ROW:
            keep = self._included[index.row()]
            return Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ROW:
            return self.tr("Ticked: imported. Not ticked: this row is left out.")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_MERGE:
            return fill(
                self.tr("Ticked: the row updates %1. Not ticked: the row becomes a new contact."),
                item.existing_name,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() not in (self.COL_MERGE, self.COL_ROW)
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        choices = self._merge if index.column() == self.COL_MERGE else self._included
        choices[index.row()] = _checked(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.COL_MERGE, self.COL_ROW):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_ROW: self._row_heading,
            self.COL_IMPORTED: self.tr("In the file"),
            self.COL_REASON: self.tr("Why it looks alike"),
            self.COL_MERGE: self.tr("What to do"),
        }.get(section)

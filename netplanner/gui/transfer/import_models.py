"""Item models of the import preview: plain rows of text, and the likely duplicates.

Both are filled from lists the flow builds from the import plan, so they are tested
without widgets. The duplicates model holds the user's choice per row: merge into
the existing contact (ticked) or add as a new contact (unticked, the default).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text under fixed headings (rejected rows, new contacts, …); the
    first column holds the row number in the file."""

    def __init__(self, headings: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headings = list(headings)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self.endResetModel()

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
        if role == Qt.ItemDataRole.ToolTipRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # row number
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
    """Likely duplicates; the last column is the "Merge with …" tick box."""

    COL_ROW, COL_IMPORTED, COL_REASON, COL_MERGE = range(4)

    def __init__(self, row_heading: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self._row_heading = row_heading or self.tr("Row")
        self._rows: list[DuplicateRow] = []
        self._merge: list[bool] = []

    def set_rows(self, rows: Sequence[DuplicateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._merge = [False] * len(self._rows)
        self.endResetModel()

    def set_merge(self, row: int, merge: bool) -> None:
        self.setData(
            self.index(row, self.COL_MERGE),
            Qt.CheckState.Checked if merge else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def set_all(self, merge: bool) -> None:
        if not self._rows:
            return
        self._merge = [merge] * len(self._rows)
        self.dataChanged.emit(
            self.index(0, self.COL_MERGE), self.index(len(self._rows) - 1, self.COL_MERGE)
        )

    def merge_choices(self) -> dict[int, int]:
        """{row number in the file: id of the contact to merge it into} for the ticked rows."""
        return {
            item.row: item.existing_id
            for item, merge in zip(self._rows, self._merge, strict=True)
            if merge
        }

    def merge_count(self) -> int:
        return sum(self._merge)

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
            return self.tr("Merge with %1").replace("%1", item.existing_name)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_MERGE:
            merge = self._merge[index.row()]
            return Qt.CheckState.Checked if merge else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_MERGE:
            return self.tr(
                "Ticked: the row updates %1. Not ticked: the row becomes a new contact."
            ).replace("%1", item.existing_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.COL_MERGE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True, 2)
        self._merge[index.row()] = checked
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_MERGE:
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

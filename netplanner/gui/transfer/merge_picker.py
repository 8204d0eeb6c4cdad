"""Pick the other contact of a merge: an editable combo that finds a name as you type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from netplanner.core.contacts import ContactRow
from netplanner.gui.contacts.folding import fold_more as fold
from netplanner.gui.contacts.introducer_combo import FoldingCompleter

Index = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1
FoldedRole = Qt.ItemDataRole.UserRole + 2


def _labels(rows: list[ContactRow]) -> list[str]:
    """Names, with the organisation (or the number) where two people share a name."""
    counts = Counter(fold(row.name) for row in rows)
    labels = [
        f"{row.name} ({row.organisation})"
        if counts[fold(row.name)] > 1 and row.organisation
        else row.name
        for row in rows
    ]
    again = Counter(fold(label) for label in labels)
    return [
        f"{label} (#{row.id})" if again[fold(label)] > 1 else label
        for row, label in zip(rows, labels, strict=True)
    ]


class ContactPickModel(QAbstractListModel):
    """Every contact but one (the one being kept), by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[int, str, str]] = []  # (id, label, folded label)

    def set_contacts(self, rows: Iterable[ContactRow], excluded: int | None) -> None:
        chosen = sorted(
            (row for row in rows if row.id != excluded), key=lambda row: (fold(row.name), row.id)
        )
        self.beginResetModel()
        self._entries = [
            (row.id, label, fold(label)) for row, label in zip(chosen, _labels(chosen), strict=True)
        ]
        self.endResetModel()

    def id_of_label(self, text: str) -> int | None:
        """The contact whose label is ``text`` (ignoring case and accents), or None."""
        folded = fold(text.strip())
        return next((entry[0] for entry in self._entries if entry[2] == folded), None)

    def label_of(self, contact_id: int) -> str:
        return next((entry[1] for entry in self._entries if entry[0] == contact_id), "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        contact_id, label, folded = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == FoldedRole:
            return folded
        if role == IdRole:
            return contact_id
        return None


class ContactPicker(QComboBox):
    """Type part of a name; the completer shows who matches (ignoring case and accents)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = ContactPickModel(self)
        self.setModel(self.list_model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(15)
        view = QListView()
        view.setUniformItemSizes(True)
        self.setView(view)
        completer = FoldingCompleter(self.list_model, self)
        completer.setCompletionRole(FoldedRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = QListView()
        popup.setUniformItemSizes(True)
        completer.setPopup(popup)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of a name…"))

    def set_contacts(self, rows: Iterable[ContactRow], excluded: int | None) -> None:
        self.list_model.set_contacts(rows, excluded)
        self.lineEdit().clear()

    def contact_id(self) -> int | None:
        """The contact named in the box, or None when the text names nobody."""
        return self.list_model.id_of_label(self.currentText())

    def choose(self, contact_id: int) -> None:
        self.lineEdit().setText(self.list_model.label_of(contact_id))

"""The "introduced by" picker: an editable combo box that finds a contact as you type.

With thousands of contacts a plain drop-down list is useless, so the combo has a
completer that matches anywhere in the name, ignoring case and accents ("zoe"
finds "Zoë"), and shows its matches in a pop-up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from netplanner.core.contacts import ContactRow
from netplanner.gui.contacts.folding import fold_more as fold

Index = QModelIndex | QPersistentModelIndex

#: Role holding the contact id of an entry (None for "nobody").
IdRole = Qt.ItemDataRole.UserRole + 1
#: Role holding the folded label the completer matches against.
FoldedRole = Qt.ItemDataRole.UserRole + 2


class IntroducerListModel(QAbstractListModel):
    """'Nobody' first, then every contact except the one being edited, by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[int, str, str]] = []  # (id, label, folded label)
        self._entries: list[tuple[int | None, str, str]] = []
        self._excluded: int | None = None
        self._rebuild()

    def set_contacts(self, rows: Iterable[ContactRow]) -> None:
        rows = sorted(rows, key=lambda row: (fold(row.name), row.id))
        labels = _unique_labels(rows)
        self.beginResetModel()
        self._all = [(row.id, label, fold(label)) for row, label in zip(rows, labels, strict=True)]
        self._rebuild()
        self.endResetModel()

    def set_excluded(self, contact_id: int | None) -> None:
        """Leave out the contact being edited: nobody introduces themselves."""
        if contact_id == self._excluded:
            return
        self.beginResetModel()
        self._excluded = contact_id
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        nobody = self.nobody_label()
        self._entries = [(None, nobody, fold(nobody))]
        self._entries += [entry for entry in self._all if entry[0] != self._excluded]

    def nobody_label(self) -> str:
        return self.tr("— nobody, I know them myself —")

    def row_of(self, contact_id: int | None) -> int:
        for row, entry in enumerate(self._entries):
            if entry[0] == contact_id:
                return row
        return -1

    def row_of_label(self, text: str) -> int:
        """The entry whose label is ``text``, ignoring case and accents; -1 if none."""
        folded = fold(text.strip())
        for row, entry in enumerate(self._entries):
            if entry[2] == folded:
                return row
        return -1

    def label_at(self, row: int) -> str:
        return self._entries[row][1] if 0 <= row < len(self._entries) else ""

    def id_at(self, row: int) -> int | None:
        return self._entries[row][0] if 0 <= row < len(self._entries) else None

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


def _unique_labels(rows: Sequence[ContactRow]) -> list[str]:
    """Names, told apart by organisation (or number) where two people share a name."""
    counts = Counter(fold(row.name) for row in rows)
    labels = [
        f"{row.name} ({row.organisation})"
        if counts[fold(row.name)] > 1 and row.organisation
        else row.name
        for row in rows
    ]
    label_counts = Counter(fold(label) for label in labels)
    return [
        f"{label} (#{row.id})" if label_counts[fold(label)] > 1 else label
        for row, label in zip(rows, labels, strict=True)
    ]


class FoldingCompleter(QCompleter):
    """Matches the typed text anywhere in a name, ignoring case and accents."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class IntroducerCombo(QComboBox):
    """Pick who introduced a contact; type part of a name to find them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = IntroducerListModel(self)
        self.setModel(self.list_model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Measuring thousands of names for the size hint would be slow; a fixed width is enough.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setMaxVisibleItems(15)
        view = QListView()
        view.setUniformItemSizes(True)  # else the list measures every name when it changes
        self.setView(view)
        completer = FoldingCompleter(self.list_model, self)
        completer.setCompletionRole(FoldedRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        popup = QListView()
        popup.setUniformItemSizes(True)
        completer.setPopup(popup)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of a name…"))

    def set_contacts(self, rows: Iterable[ContactRow]) -> None:
        """New list of contacts; keeps the current text (the user may be typing)."""
        text = self.currentText()
        self.list_model.set_contacts(rows)
        # Not setEditText: that also sets the completer's prefix, which makes the
        # completer scan every name.
        self.lineEdit().setText(text)

    def set_introducer(self, contact_id: int | None, excluded: int | None) -> None:
        """Show ``contact_id`` (None: nobody) for editing contact ``excluded``."""
        self.list_model.set_excluded(excluded)
        row = max(self.list_model.row_of(contact_id), 0)
        # Only the text: what is saved is looked up by name (see introducer_id), and
        # setCurrentIndex would make the completer filter every name (slow with thousands).
        self.lineEdit().setText(self.list_model.label_at(row))
        self.lineEdit().setCursorPosition(0)

    def introducer_id(self) -> tuple[bool, int | None]:
        """(found, id): the contact named in the box; (True, None) for nobody or empty."""
        text = self.currentText().strip()
        if not text or fold(text) == fold(self.list_model.nobody_label()):
            return True, None
        row = self.list_model.row_of_label(text)
        if row < 0:
            return False, None
        return True, self.list_model.id_at(row)

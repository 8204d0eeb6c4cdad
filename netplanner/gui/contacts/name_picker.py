"""Find a contact by typing part of a name: the list model, completer and combo box
shared by the "introduced by" picker and the merge picker.

With thousands of contacts a plain drop-down list is useless, so the combo has a
completer that matches anywhere in the name, ignoring case and accents ("zoe"
finds "Zoë"), and shows its matches in a pop-up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from netplanner.core.contact_data import ContactRow
from netplanner.core.text import fold

Index = QModelIndex | QPersistentModelIndex

#: Role holding the contact id of an entry (None for an entry that is nobody).
IdRole = Qt.ItemDataRole.UserRole + 1
#: Role holding the folded label the completer matches against.
FoldedRole = Qt.ItemDataRole.UserRole + 2

#: (contact id or None, label shown, folded label)
Entry = tuple[int | None, str, str]

_ID = attrgetter("id")


def _labels(rows: Sequence[ContactRow], folded_names: list[str]) -> list[tuple[str, str]]:
    """(label, folded label) per row; ``folded_names`` are the rows' names folded.

    Each name is folded once: at 30,000 contacts folding every label again took
    most of the window's start-up (see tests/bench). Only the labels of namesakes
    are new text that needs folding.
    """
    counts = Counter(folded_names)
    labels = [
        (f"{row.name} ({row.organisation})", "")
        if counts[folded] > 1 and row.organisation
        else (row.name, folded)
        for row, folded in zip(rows, folded_names, strict=True)
    ]
    labels = [(label, folded or fold(label)) for label, folded in labels]
    label_counts = Counter(folded for _, folded in labels)
    return [
        (f"{label} (#{row.id})", "") if label_counts[folded] > 1 else (label, folded)
        for row, (label, folded) in zip(rows, labels, strict=True)
    ]


def contact_entries(rows: Sequence[ContactRow]) -> list[Entry]:
    """The rows sorted by name, each with its unique label and that label folded."""
    keyed = sorted(((fold(row.name), row.id), row) for row in rows)
    rows = [row for _, row in keyed]
    labels = _labels(rows, [key[0] for key, _ in keyed])
    return [
        (row.id, label, folded or fold(label))
        for row, (label, folded) in zip(rows, labels, strict=True)
    ]


def _labels_up_to(
    rows: Sequence[ContactRow], folded_names: Sequence[str], folded_text: str
) -> list[tuple[ContactRow, str, str]]:
    """(row, label, folded label) of the rows whose folded name begins ``folded_text``.

    What :func:`contact_entries` would say about one label, without labelling everyone
    (at 30,000 contacts that takes a third of a second). A label begins with the name,
    and folding goes letter by letter, so a folded label begins with the folded name.
    Hence every row whose label folds to ``folded_text`` or to a beginning of it is
    among these rows, and so is every row its label depends on (namesakes, and people
    whose name plus organisation reads the same): those rows get the label
    :func:`contact_entries` gives them. The other rows returned may be labelled
    differently, but their labels do not fold to ``folded_text`` or a beginning of it
    either way.
    """
    chosen = list(compress(range(len(rows)), map(folded_text.startswith, folded_names)))
    some_rows = [rows[index] for index in chosen]
    labels = _labels(some_rows, [folded_names[index] for index in chosen])
    return [
        (row, label, folded or fold(label))
        for row, (label, folded) in zip(some_rows, labels, strict=True)
    ]


def label_of(rows: Sequence[ContactRow], folded_names: Sequence[str], contact_id: int) -> str:
    """The label :func:`contact_entries` gives ``contact_id`` ("" when not in ``rows``).

    ``folded_names`` are the rows' names folded, in the same order.
    """
    try:
        index = list(map(_ID, rows)).index(contact_id)
    except ValueError:
        return ""
    row, folded_name = rows[index], folded_names[index]
    has_namesake = folded_names.count(folded_name) > 1
    first_label = f"{row.name} ({row.organisation})" if has_namesake and row.organisation else ""
    folded_label = fold(first_label) if first_label else folded_name
    # The row itself is among them: its folded name begins its folded label.
    labelled = _labels_up_to(rows, folded_names, folded_label)
    return next(label for candidate, label, _ in labelled if candidate.id == contact_id)


def id_of_label(
    rows: Sequence[ContactRow], folded_names: Sequence[str], text: str, excluded: int | None
) -> int | None:
    """The first contact by name (not ``excluded``) whose label is ``text``, ignoring case
    and accents: the entry :func:`contact_entries` would find for it. None if nobody."""
    folded_text = fold(text.strip())
    found = [
        (fold(row.name), row.id)
        for row, _, folded in _labels_up_to(rows, folded_names, folded_text)
        if folded == folded_text and row.id != excluded
    ]
    return min(found)[1] if found else None


class ContactEntriesModel(QAbstractListModel):
    """A list of contacts by label; subclasses decide which entries are shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def _show(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

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

    def label_of(self, contact_id: int | None) -> str:
        """The label of the entry for ``contact_id``; "" when it is not listed."""
        return self.label_at(self.row_of(contact_id))

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


class FoldingCompleter(QCompleter):
    """Matches the typed text anywhere in a name, ignoring case and accents."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class NamePickerCombo(QComboBox):
    """An editable combo over a :class:`ContactEntriesModel` with a folding completer."""

    def __init__(
        self, model: ContactEntriesModel, width_in_chars: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list_model = model
        model.setParent(self)
        self.setModel(model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Measuring thousands of names for the size hint would be slow; a fixed width is enough.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(width_in_chars)
        self.setMaxVisibleItems(15)
        view = QListView()
        view.setUniformItemSizes(True)  # else the list measures every name when it changes
        self.setView(view)
        completer = FoldingCompleter(model, self)
        completer.setCompletionRole(FoldedRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        popup = QListView()
        popup.setUniformItemSizes(True)
        completer.setPopup(popup)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(
            QCoreApplication.translate("NamePickerCombo", "Type part of a name…")
        )

    def show_label_of(self, contact_id: int | None) -> None:
        """Put the contact's label in the box (empty when they are not listed).

        Only the text: what is chosen is looked up by name, and setCurrentIndex would
        make the completer filter every name (slow with thousands).
        """
        self.show_label(self.list_model.label_of(contact_id))

    def show_label(self, label: str) -> None:
        """Put ``label`` in the box, showing its beginning."""
        self.lineEdit().setText(label)
        self.lineEdit().setCursorPosition(0)

"""The contacts a name can be matched to: a list model for the completer, and matching.

Labels carry the organisation ("Eva Mulder (Flex Talent)") so two people with the
same name can be told apart; typing just the name still finds someone when that
name is unique.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from netplanner.core.contact_data import ContactRow
from netplanner.core.text import fold
from netplanner.gui.contacts.name_picker import FoldedRole

Index = QModelIndex | QPersistentModelIndex


class ContactChoices(QAbstractListModel):
    """Every contact except the one who gave the names, by name."""

    def __init__(self, rows: Iterable[ContactRow], excluded: int | None, parent: Any = None):
        super().__init__(parent)
        kept = sorted((r for r in rows if r.id != excluded), key=lambda r: (fold(r.name), r.id))
        self.rows: dict[int, ContactRow] = {row.id: row for row in kept}
        label_counts = Counter(fold(self._label(row)) for row in kept)
        self._entries: list[tuple[int, str, str]] = []
        for row in kept:
            label = self._label(row)
            if label_counts[fold(label)] > 1:
                label = f"{label} (#{row.id})"
            self._entries.append((row.id, label, fold(label)))
        self._by_label = {folded: contact_id for contact_id, _label, folded in self._entries}
        names = Counter(fold(row.name) for row in kept)
        self._by_name = {fold(r.name): r.id for r in kept if names[fold(r.name)] == 1}

    @staticmethod
    def _label(row: ContactRow) -> str:
        return f"{row.name} ({row.organisation})" if row.organisation else row.name

    def contact_named(self, text: str) -> int | None:
        """The contact ``text`` names (a whole label, or a name only one contact has)."""
        folded = fold(text.strip())
        if not folded:
            return None
        return self._by_label.get(folded, self._by_name.get(folded))

    def label_of(self, contact_id: int) -> str:
        for entry_id, label, _folded in self._entries:
            if entry_id == contact_id:
                return label
        return ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        _contact_id, label, folded = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == FoldedRole:
            return folded
        return None

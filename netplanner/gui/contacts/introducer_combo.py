"""The "introduced by" picker: find the introducer by typing part of their name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QWidget

from netplanner.core.contacts import ContactRow
from netplanner.gui.contacts.folding import fold_more as fold
from netplanner.gui.contacts.name_picker import (
    ContactEntriesModel,
    Entry,
    NamePickerCombo,
    contact_entries,
)


class IntroducerListModel(ContactEntriesModel):
    """'Nobody' first, then every contact except the one being edited, by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Entry] = []
        self._excluded: int | None = None
        self._show(self._visible())

    def set_contacts(self, rows: Iterable[ContactRow]) -> None:
        self._all = contact_entries(list(rows))
        self._show(self._visible())

    def set_excluded(self, contact_id: int | None) -> None:
        """Leave out the contact being edited: nobody introduces themselves."""
        if contact_id != self._excluded:
            self._excluded = contact_id
            self._show(self._visible())

    def _visible(self) -> list[Entry]:
        nobody = self.nobody_label()
        return [(None, nobody, fold(nobody))] + [
            entry for entry in self._all if entry[0] != self._excluded
        ]

    def nobody_label(self) -> str:
        return self.tr("— nobody, I know them myself —")


class IntroducerCombo(NamePickerCombo):
    """Pick who introduced a contact; type part of a name to find them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(IntroducerListModel(), width_in_chars=16, parent=parent)
        self.list_model: IntroducerListModel

    def set_contacts(self, rows: Iterable[ContactRow]) -> None:
        """New list of contacts; keeps the current text (the user may be typing)."""
        text = self.currentText()
        self.list_model.set_contacts(rows)
        # Not setEditText: that also sets the completer's prefix, which makes the
        # completer scan every name.
        self.lineEdit().setText(text)

    def set_introducer(self, contact_id: int | None, excluded: int | None) -> None:
        """Show ``contact_id`` (None or not listed: nobody) for editing contact ``excluded``."""
        self.list_model.set_excluded(excluded)
        listed = self.list_model.row_of(contact_id) >= 0
        self.show_label_of(contact_id if listed else None)

    def introducer_id(self) -> tuple[bool, int | None]:
        """(found, id): the contact named in the box; (True, None) for nobody or empty."""
        text = self.currentText().strip()
        if not text or fold(text) == fold(self.list_model.nobody_label()):
            return True, None
        row = self.list_model.row_of_label(text)
        if row < 0:
            return False, None
        return True, self.list_model.id_at(row)

"""Pick the other contact of a merge: an editable combo that finds a name as you type."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

from netplanner.core.contact_data import ContactRow
from netplanner.gui.contacts.name_picker import (
    ContactEntriesModel,
    NamePickerCombo,
    contact_entries,
)


class ContactPickModel(ContactEntriesModel):
    """Every contact but one (the one being kept), by name."""

    def set_contacts(self, rows: Iterable[ContactRow], excluded: int | None) -> None:
        self._show(contact_entries([row for row in rows if row.id != excluded]))

    def id_of_label(self, text: str) -> int | None:
        """The contact whose label is ``text`` (ignoring case and accents), or None."""
        return self.id_at(self.row_of_label(text))


class ContactPicker(NamePickerCombo):
    """Type part of a name; the completer shows who matches (ignoring case and accents)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ContactPickModel(), width_in_chars=24, parent=parent)
        self.list_model: ContactPickModel

    def set_contacts(self, rows: Iterable[ContactRow], excluded: int | None) -> None:
        self.list_model.set_contacts(rows, excluded)
        self.lineEdit().clear()

    def contact_id(self) -> int | None:
        """The contact named in the box, or None when the text names nobody."""
        return self.list_model.id_of_label(self.currentText())

    def choose(self, contact_id: int) -> None:
        self.show_label_of(contact_id)

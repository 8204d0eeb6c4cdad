"""The "introduced by" picker: find the introducer by typing part of their name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QWidget

from netplanner.core.contact_data import ContactRow
from netplanner.core.text import fold
from netplanner.gui.contacts.name_picker import (
    ContactEntriesModel,
    Entry,
    NamePickerCombo,
    contact_entries,
    id_of_label,
    label_of,
)

# What the user does to the picker that needs everyone listed (the completer, the
# arrow keys and the mouse wheel go through the list).
_USING = frozenset(
    {QEvent.Type.FocusIn, QEvent.Type.KeyPress, QEvent.Type.InputMethod, QEvent.Type.Wheel}
)


class IntroducerListModel(ContactEntriesModel):
    """'Nobody' first, then every contact except the one being edited, by name.

    Everyone's entry is made only when the list is used (:meth:`fill`), not on every
    refresh: at 30,000 contacts making them took a third of a second of the window's
    start and of every save. Until then the model lists only 'nobody', and the label
    of the shown introducer, or the contact a typed label names, is worked out from
    the few contacts whose names could begin that label.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._folded_names: list[str] | None = None  # the rows' names folded, when asked
        self._people: list[Entry] | None = None  # everyone's entry, once filled
        self._excluded: int | None = None
        self._show(self._visible())

    def set_contacts(self, rows: Iterable[ContactRow]) -> None:
        """New contacts; a filled list shows only 'nobody' again until it is used."""
        self._rows = list(rows)
        self._folded_names = None
        if self._people is not None:
            self._people = None
            self._show(self._visible())

    def fill(self) -> None:
        """List everyone (if not done since the contacts were last set).

        Inserted after 'nobody' rather than reset, so the combo keeps its text.
        """
        if self._people is not None:
            return
        self._people = contact_entries(self._rows)
        people = self._visible()[1:]
        if people:
            self.beginInsertRows(QModelIndex(), 1, len(people))
            self._entries = self._entries[:1] + people
            self.endInsertRows()

    def set_excluded(self, contact_id: int | None) -> None:
        """Leave out the contact being edited: nobody introduces themselves."""
        if contact_id != self._excluded:
            self._excluded = contact_id
            if self._people is not None:
                self._show(self._visible())

    def _visible(self) -> list[Entry]:
        nobody = self.nobody_label()
        people = self._people or []
        return [(None, nobody, fold(nobody))] + [
            entry for entry in people if entry[0] != self._excluded
        ]

    def nobody_label(self) -> str:
        return self.tr("— nobody, I know them myself —")

    def label_of(self, contact_id: int | None) -> str:
        if contact_id is None or self._people is not None:
            return super().label_of(contact_id)
        if contact_id == self._excluded:
            return ""
        return label_of(self._rows, self._names(), contact_id)

    def id_of_label(self, text: str) -> tuple[bool, int | None]:
        """(found, id) of the entry whose label is ``text``, ignoring case and accents."""
        if fold(text.strip()) == fold(self.nobody_label()):
            return True, None
        if self._people is not None:
            row = self.row_of_label(text)
            return row >= 0, self.id_at(row)
        contact_id = id_of_label(self._rows, self._names(), text, self._excluded)
        return contact_id is not None, contact_id

    def _names(self) -> list[str]:
        if self._folded_names is None:
            self._folded_names = [fold(row.name) for row in self._rows]
        return self._folded_names


class IntroducerCombo(NamePickerCombo):
    """Pick who introduced a contact; type part of a name to find them.

    The list of everyone is filled when the user comes to the picker: it gets the
    focus, is opened, or is typed or scrolled in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(IntroducerListModel(), width_in_chars=16, parent=parent)
        self.list_model: IntroducerListModel
        self.lineEdit().installEventFilter(self)  # keys may be sent to the line edit itself

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
        self.show_label(self.list_model.label_of(contact_id) or self.list_model.nobody_label())

    def introducer_id(self) -> tuple[bool, int | None]:
        """(found, id): the contact named in the box; (True, None) for nobody or empty."""
        text = self.currentText().strip()
        if not text:
            return True, None
        return self.list_model.id_of_label(text)

    def event(self, event: QEvent) -> bool:
        if event.type() in _USING:
            self.list_model.fill()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() in _USING:
            self.list_model.fill()
        return super().eventFilter(watched, event)

    def showPopup(self) -> None:
        self.list_model.fill()
        super().showPopup()

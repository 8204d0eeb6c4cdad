"""The Contacts tab: a searchable, sortable list on the left, the contact form on the right.

The window opens on this tab before SQLAlchemy is loaded (issue #24): it reads through
``context.rows`` (``core.contact_reading``), and imports the writers of ``core.contacts``
when it first writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from netplanner.core.contact_data import ContactRow
from netplanner.core.contact_reading import (
    chain_of,
    count_contacts,
    deletion_impact,
    list_contact_rows,
    list_first_contact_rows,
    list_introduced_rows,
    read_contact,
)
from netplanner.core.errors import NotFoundError
from netplanner.core.text import fold
from netplanner.gui.contacts import texts
from netplanner.gui.contacts.contact_list import ContactList
from netplanner.gui.contacts.form import ContactForm
from netplanner.gui.contacts.table_model import ContactsTableModel
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.first_paint import FirstPaint
from netplanner.gui.list_form import ListFormTab
from netplanner.gui.list_keys import delete_action
from netplanner.gui.stale_form import reload_keeping_typed
from netplanner.messages import fill

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Lines read before the table first paints, when the list opens in its usual order:
#: more than the tallest screen shows. The rest are read right after that paint.
FIRST_SCREEN_ROWS = 120


class ContactsTab(ListFormTab):
    """Everyone in the user's network; add, edit and delete contacts."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ContactsTableModel(self)

        self.list = ContactList(self.model, context.settings)
        self.search = self.list.search
        self.table = self.list.table
        self.list.add_button.clicked.connect(self.new_item)
        delete_action(self.table, self.delete, self.tr("Contacts"), self.tr("Delete the contact"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.form = ContactForm()
        # After the view's own handlers: a search that changes the rows shown resets it.
        self.model.modelReset.connect(self._after_reset)
        self.form.save_requested.connect(self.save)
        self.form.delete_requested.connect(self.delete)
        self.form.merge_requested.connect(self.merge_with)
        self.form.link_activated.connect(self._on_link)

        self.form.setMinimumWidth(340)
        self.splitter = self._splitter(
            "contacts/splitter", (self.list, self.form), stretch=(3, 2), sizes=(620, 440)
        )
        # The summary's links (who introduced them) are above the form's fields.
        QWidget.setTabOrder(self.list.add_button, self.form.summary)
        QWidget.setTabOrder(self.form.summary, self.form.edits["name"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        context.events.contacts_changed.connect(self.refresh)
        context.events.conversations_changed.connect(self._update_summary)
        context.events.follow_ups_changed.connect(self._update_summary)
        # A search or another order needs every row: read the rest first, if still due.
        self.search.textChanged.connect(self.read_the_rest)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.read_the_rest)
        self._partial = False
        self._first_introducers: dict[int, ContactRow] = {}
        self._load_first_screen()
        first = self.model.contact_at(0)
        if first is not None:
            self._select(first.id)
            self._load(first.id)

    # -- public API (the main window calls these) ----------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_contact(self, contact_id: int) -> None:
        """Select the contact in the table (clearing a search that hides it) and show it."""
        if self.model.find(contact_id) is None:
            self.refresh()  # it may be brand new
            if self.model.find(contact_id) is None:
                return
        if contact_id != self.form.contact_id and not self.may_leave():
            return
        if self.model.row_of(contact_id) is None:
            self.search.clear()
        self._select(contact_id)
        self._load(contact_id)

    def show_imported(self, contact_ids: list[int]) -> None:
        """After an import: only the people it created or completed, the first selected."""
        if not contact_ids or not self.may_leave():
            return
        self.refresh()
        self.search.clear()
        self.list.show_only(set(contact_ids), texts.imported_label(len(contact_ids)))
        first = self.model.contact_at(0)
        if first is not None:
            self._select(first.id)
            self._load(first.id)

    def visible_row_count(self) -> int:
        """Rows the table shows (all contacts unless a search hides some)."""
        self.read_the_rest()
        return self.model.visible_count()

    # -- loading ------------------------------------------------------------------------------
    def _load_first_screen(self) -> None:
        """Show the lines the table shows first, and read the rest once they are painted.

        At 30,000 contacts reading everyone was most of the time before the window showed
        anything (issue #24). Only in the list's usual order (by name, going up), the one
        the first lines can be read in; until the rest is read the count says everyone, and
        the lines under the name ask the file whom the contact introduced.
        """
        total = self.context.rows(count_contacts)
        if total <= FIRST_SCREEN_ROWS or not self.model.in_first_order():
            self.refresh()
            return
        first = self.context.rows(lambda q: list_first_contact_rows(q, FIRST_SCREEN_ROWS))
        self._partial = True
        self._first_introducers = {row.id: row for row in first.introducers}
        self.model.set_rows(first.shown)
        self.form.set_contacts([*first.shown, *first.introducers])
        self.list.update_count(total)
        FirstPaint(self.table.viewport()).later(self.read_the_rest)

    def read_the_rest(self) -> None:
        """Read every contact, if only the first screen's were read so far."""
        if self._partial:
            self.refresh()

    def refresh(self) -> None:
        """Read the contacts again, keeping the selection and any unsaved edits."""
        self._partial = False
        rows = self.context.rows(list_contact_rows)
        self.model.set_rows(rows)
        self.form.set_contacts(rows)
        contact_id = self.form.contact_id
        self._select(contact_id)
        if contact_id is not None and not self.form.is_dirty():
            if self.model.find(contact_id) is None:
                self.form.clear()  # deleted elsewhere
            else:
                self._load(contact_id)
        self.list.update_count()

    def _load(self, contact_id: int) -> bool:
        try:
            contact = self.context.rows(lambda q: read_contact(q, contact_id))
        except NotFoundError:
            self.refresh()
            return False
        self.form.load(contact)
        self._update_summary()
        return True

    def _update_summary(self) -> None:
        """The read-only lines under the name: introductions and conversations."""
        contact_id = self.form.contact_id
        if contact_id is None:
            self.form.set_summary("")
            return
        try:
            impact, chain = self.context.rows(
                lambda q: (deletion_impact(q, contact_id), chain_of(q, contact_id))
            )
        except NotFoundError:
            self.form.set_summary("")
            return
        current = self.model.find(contact_id)
        introducer_id = current.introduced_by_id if current else None
        introducer = self.model.find(introducer_id) if introducer_id is not None else None
        if self._partial:  # only the first lines are read: ask the file
            introducer = introducer or self._first_introducers.get(introducer_id or 0)
            rows = self.context.rows(lambda q: list_introduced_rows(q, contact_id))
        else:
            rows = [row for row in self.model.all_rows() if row.introduced_by_id == contact_id]
        introduced = sorted(rows, key=lambda row: fold(row.name))
        self.form.set_summary(
            texts.summary_html(introducer, introduced, impact, self.form.source, chain)
        )

    # -- writing ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; True when it was saved. On failure the form keeps the input."""
        data = self.form.contact_input()
        if data is None:
            self.context.prompts.error(
                self.tr("Contact not saved"),
                fill(
                    self.tr(
                        "There is no contact called “%1”. Pick someone from the list under "
                        "“Introduced by”, or leave it empty."
                    ),
                    self.form.introducer.currentText().strip(),
                ),
            )
            self.form.introducer.setFocus()
            return False
        contact_id, loaded_version = self.form.contact_id, self.form.loaded_version
        from netplanner.core.contacts import create_contact, update_contact

        def work(session: Session) -> int:
            if contact_id is None:
                return create_contact(session, data).id
            return update_contact(session, contact_id, data, loaded_version=loaded_version).id

        label = self.tr("Add %1") if contact_id is None else self.tr("Edit %1")
        saved_id = self.context.write(
            work,
            changes=Change.CONTACTS,
            label=fill(label, data.name.strip()),
            failure_title=self.tr("Contact not saved"),
            reload=lambda: reload_keeping_typed(self.form, lambda: self._load(contact_id or 0)),
        )
        if saved_id is None:
            return False
        self.form.load(self.context.rows(lambda q: read_contact(q, saved_id)))
        if self.model.row_of(saved_id) is None:
            self.search.clear()  # a search that hides what was just saved would confuse
        self._select(saved_id)
        self._update_summary()
        return True

    def delete(self) -> None:
        """Delete the shown contact after saying what goes with it."""
        contact_id = self.form.contact_id
        if contact_id is None:
            return
        name = self.form.loaded_name
        impact = self.context.rows(lambda q: deletion_impact(q, contact_id))
        if not self.context.prompts.confirm(
            self.tr("Delete contact"),
            texts.delete_question(name),
            confirm_label=self.tr("Delete"),
            detail=texts.delete_detail(name, impact),
        ):
            return
        row = self.model.row_of(contact_id)
        from netplanner.core.contacts import delete_contact

        def work(session: Session) -> bool:
            delete_contact(session, contact_id)
            return True

        if not self.context.write(
            work,
            # Their conversations and follow-ups go with them.
            changes=Change.CONTACTS | Change.CONVERSATIONS | Change.FOLLOW_UPS,
            label=fill(self.tr("Delete %1"), name),
            failure_title=self.tr("Contact not deleted"),
        ):
            return
        self.form.clear()
        # Show the neighbour, so deleting several in a row stays easy.
        if row is not None and self.model.visible_count():
            neighbour = self.model.contact_at(min(row, self.model.visible_count() - 1))
            if neighbour is not None:
                self._select(neighbour.id)
                self._load(neighbour.id)

    def merge_with(self) -> None:
        """Merge another contact into the shown one (unsaved edits are dealt with first)."""
        contact_id = self.form.contact_id
        if contact_id is None or not self.may_leave():
            return
        from netplanner.gui.transfer.merge_dialog import open_merge_dialog

        open_merge_dialog(self.context, contact_id, self)

    # -- the list-plus-form steps (see netplanner.gui.list_form) ------------------------------
    def shown_id(self) -> int | None:
        return self.form.contact_id

    def has_unsaved_edits(self) -> bool:
        return self.form.is_dirty()

    def _unsaved_question(self) -> str:
        name = self.form.edits["name"].text().strip() or self.form.loaded_name
        if name:
            return fill(self.tr("Save the changes to %1 first?"), name)
        return self.tr("Save the new contact first?")

    def _discard(self) -> None:
        self.form.revert()

    def _select_row(self, contact_id: int | None) -> None:
        self.list.select(contact_id)

    def _show_new(self) -> None:
        self.form.clear()
        self.form.focus_name()

    # -- reacting to the user -----------------------------------------------------------------
    def _after_reset(self) -> None:
        # The rows shown changed: show the contact in the form as selected again, if it is
        # shown. (Typing on with the same rows shown resets nothing and repaints nothing.)
        self._select(self.form.contact_id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact = self.model.contact_at(current.row()) if current.isValid() else None
        self._pick(contact.id if contact is not None else None)

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "contact" and value.isdigit():
            self.show_contact(int(value))

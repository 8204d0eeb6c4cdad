"""The contact form: every field of a contact, with Save, Undo changes and Delete.

The form only edits; the tab does the writing (it owns the context) and tells the
form what to show. The form knows whether it holds unsaved edits by comparing the
fields with what it last loaded (every field counts: the e-mail, phone and website
lists, the parts of the name and the address too).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.contact_data import ContactInput, ContactRow, StoredContact
from netplanner.core.contact_fields import Detail, birthday_text
from netplanner.core.enums import ContactSource
from netplanner.gui.contacts.form_sections import (
    ADDRESS,
    NAME_PARTS,
    AddressSection,
    NamePartsSection,
)
from netplanner.gui.contacts.introducer_combo import IntroducerCombo
from netplanner.gui.contacts.value_list import ValueListEditor
from netplanner.gui.link_label import LINKS, LinkLabel
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.gui.stale_form import remember_shown

#: The single-line text fields, in the order they appear.
LINE_FIELDS = (
    "name", "nickname", "role", "specialism", "organisation", "sector", "region",
    "linkedin_url", "birthday",
)  # fmt: skip
#: The lists of the form: (kind, the contact's own field, its kind field).
LISTS = (("email", "email", "email_kind"), ("phone", "phone", "phone_kind"))


class ContactForm(QWidget):
    """Shows one contact (or a new one) for editing."""

    save_requested = Signal()
    delete_requested = Signal()
    #: "Merge with…" was clicked: merge another contact into the one shown.
    merge_requested = Signal()
    #: A link in the summary was clicked ("contact:ID").
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        #: The version of the contact as shown: a save over a newer one is refused.
        self.loaded_version: int | None = None
        self.loaded_name = ""
        self._source = ContactSource.MANUAL.value
        self._introduced_by_id: int | None = None
        self._introduced_in_id: int | None = None
        self._snapshot: dict[str, object] = {}
        self._loaded = ContactInput(name="")
        self._build()
        self.clear()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in LINE_FIELDS}
        self.edits["name"].setPlaceholderText(self.tr("Required"))
        self.edits["linkedin_url"].setPlaceholderText(self.tr("https://www.linkedin.com/in/…"))
        self.edits["birthday"].setPlaceholderText(self.tr("22-03-1980, or 22-03 without the year"))
        self.name_parts = NamePartsSection()
        self.lists = {
            "email": ValueListEditor(
                "email",
                self.tr("name@example.com"),
                self.tr("+ Another e-mail address"),
                self.tr("Remove this e-mail address"),
                (self.tr("E-mail address"), self.tr("Kind of e-mail address")),
            ),
            "phone": ValueListEditor(
                "phone",
                self.tr("+31 6 1234 5678"),
                self.tr("+ Another phone number"),
                self.tr("Remove this phone number"),
                (self.tr("Phone number"), self.tr("Kind of phone number")),
            ),
            "website": ValueListEditor(
                "website",
                self.tr("https://…"),
                self.tr("+ Another website"),
                self.tr("Remove this website"),
                (self.tr("Website"), self.tr("Kind of website")),
            ),
        }
        self.address = AddressSection()
        self.edits["tags"] = QLineEdit()
        self.edits["tags"].setPlaceholderText(self.tr("Separate tags with commas"))
        self.how_we_know = QPlainTextEdit()
        self.how_we_know.setTabChangesFocus(True)
        self.how_we_know.setMaximumHeight(self._lines_height(3))
        self.how_we_know.setPlaceholderText(self.tr("Where you met, what you share…"))
        self.introducer = IntroducerCombo()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self._lines_height(3))
        self.notes.setMaximumHeight(self._lines_height(8))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (self.tr("&Name:"), self.edits["name"], None),
            ("", self.name_parts, None),
            (self.tr("Nickname:"), self.edits["nickname"], None),
            (self.tr("Role (&job title):"), self.edits["role"], None),
            (self.tr("Specia&lism:"), self.edits["specialism"], None),
            (self.tr("Organ&isation:"), self.edits["organisation"], None),
            (self.tr("Secto&r:"), self.edits["sector"], None),
            (self.tr("Region:"), self.edits["region"], None),
            (self.tr("E-&mail:"), self.lists["email"], self.lists["email"].rows[0].edit),
            (self.tr("Ph&one:"), self.lists["phone"], self.lists["phone"].rows[0].edit),
            (self.tr("Lin&kedIn URL:"), self.edits["linkedin_url"], None),
            (self.tr("Website:"), self.lists["website"], self.lists["website"].rows[0].edit),
            (self.tr("Birthday:"), self.edits["birthday"], None),
            (self.tr("Address:"), self.address, self.address.street),
            (self.tr("Introduced &by:"), self.introducer, None),
            (self.tr("How &you know\neach other:"), self.how_we_know, None),
            (self.tr("Note&s:"), self.notes, None),
            (self.tr("T&ags:"), self.edits["tags"], None),
        ]
        self._labels: dict[str, QLabel] = {}
        for text, field, buddy in rows:
            if not text:
                form.addRow(field)
                continue
            label = QLabel(text)
            label.setBuddy(buddy or field)
            form.addRow(label, field)
            self._labels[text] = label
        form.setContentsMargins(0, 4, 4, 4)
        fields = QWidget()
        fields.setLayout(form)
        # Only the fields scroll: the name on top and the buttons below stay in sight.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(fields)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this contact (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.revert_button.setToolTip(self.tr("Go back to what was last saved"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this contact (you are asked first)"))
        self.merge_button = QPushButton(self.tr("Merge with…"))
        self.merge_button.setToolTip(self.tr("Someone is in your contacts twice: merge them"))
        for button in (self.delete_button, self.merge_button):  # the form's width has room
            policy = button.sizePolicy()  # for them also while a new contact hides them
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.delete_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = LinkLabel()  # a Tab stop per link, none without
        self.summary.setTextInteractionFlags(LINKS | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)
        self.summary.linkActivated.connect(self.link_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for edit in self.edits.values():
            edit.textChanged.connect(self._on_edited)
        for text_edit in (self.how_we_know, self.notes):
            text_edit.textChanged.connect(self._on_edited)
        self.name_parts.changed.connect(self._on_edited)
        self.address.changed.connect(self._on_edited)
        for editor in self.lists.values():
            editor.changed.connect(self._on_edited)
        for editor in self.lists.values():
            editor.changed.connect(self._update_tab_order)
        self.introducer.editTextChanged.connect(self._on_edited)
        self.introducer.currentIndexChanged.connect(self._on_edited)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._save_if_possible)
        describe_shortcut(save_shortcut, self.tr("Contacts"), self.tr("Save the contact"))

        self._update_tab_order()

    def _update_tab_order(self) -> None:
        """Tab goes down the form as it is shown, through every row of the lists."""
        edits = self.edits
        order: list[QWidget] = [edits["name"], *self.name_parts.editors()]
        order += [edits[name] for name in ("nickname", "role", "specialism", "organisation")]
        order += [edits["sector"], edits["region"]]
        order += [*self.lists["email"].editors(), *self.lists["phone"].editors()]
        order += [edits["linkedin_url"], *self.lists["website"].editors(), edits["birthday"]]
        order += [*self.address.editors()]
        order += [self.introducer, self.how_we_know, self.notes, self.edits["tags"]]
        order += [self.save_button, self.revert_button, self.merge_button, self.delete_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _lines_height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 12

    # -- what the tab calls --------------------------------------------------------------------
    def set_contacts(self, rows: Iterable[ContactRow]) -> None:
        """The people the "introduced by" picker offers."""
        dirty = self.is_dirty()
        self.introducer.set_contacts(rows)
        if not dirty:  # the labels may have changed (a rename): show the stored introducer
            self.introducer.set_introducer(self._introduced_by_id, self.contact_id)
            self._snapshot = self.values()
        self._on_edited()

    def clear(self) -> None:
        """An empty form for a new contact."""
        self._show(None, ContactInput(name=""))
        self.heading.setText(self.tr("New contact"))
        self.set_summary("")

    def load(self, contact: StoredContact) -> None:
        """Show a stored contact."""
        data = replace(contact.data, details=list(contact.data.details))
        data.birthday = birthday_text(data.birthday)
        self._show(contact.id, data)
        self.loaded_version = contact.version
        self.heading.setText(data.name)

    def _show(self, contact_id: int | None, data: ContactInput) -> None:
        self.contact_id = contact_id
        self.loaded_version = None
        self.loaded_name = data.name
        self._loaded = data
        self._source = data.source
        self._introduced_by_id = data.introduced_by_id
        self._introduced_in_id = data.introduced_in_id
        widgets = [*self.edits.values(), self.how_we_know, self.notes, self.introducer]
        widgets += [self.name_parts, self.address, *self.lists.values()]
        for widget in widgets:
            widget.blockSignals(True)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
            edit.setCursorPosition(0)
        self.how_we_know.setPlainText(data.how_we_know)
        self.notes.setPlainText(data.notes)
        self.introducer.set_introducer(data.introduced_by_id, contact_id)
        self.name_parts.set_parts({name: getattr(data, name) for name in NAME_PARTS})
        self.address.set_address({name: getattr(data, name) for name in ADDRESS})
        for kind, editor in self.lists.items():
            editor.set_values(_list_values(data, kind))
        for widget in widgets:
            widget.blockSignals(False)
        self._update_tab_order()
        self._snapshot = self.values()
        remember_shown(self)
        self.delete_button.setVisible(contact_id is not None)
        self.merge_button.setVisible(contact_id is not None)
        self._on_edited()

    def revert(self) -> None:
        """Throw away the edits: show the contact as last loaded (or an empty new one)."""
        if self.contact_id is None:
            self.clear()
            return
        self._show(self.contact_id, self._loaded)

    def set_summary(self, html: str) -> None:
        self.summary.setText(html)
        self.summary.setVisible(bool(html))

    def focus_name(self) -> None:
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edits["name"].selectAll()

    def values(self) -> dict[str, object]:
        """The raw text of every field: what "unsaved edits" compares."""
        values: dict[str, object] = {name: edit.text() for name, edit in self.edits.items()}
        values["how_we_know"] = self.how_we_know.toPlainText()
        values["notes"] = self.notes.toPlainText()
        values["introduced_by"] = self.introducer.currentText()
        values |= self.name_parts.parts()
        values |= self.address.address()
        values |= {f"{kind}_list": editor.texts() for kind, editor in self.lists.items()}
        return values

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def contact_input(self) -> ContactInput | None:
        """What to save, or None when the "introduced by" text names nobody we know."""
        found, introducer_id = self.introducer.introducer_id()
        if not found:
            return None
        # Where we got the name only holds while the introducer stays the same.
        introduced_in = self._introduced_in_id if introducer_id == self._introduced_by_id else None
        texts: dict[str, Any] = {name: self.edits[name].text() for name in (*LINE_FIELDS, "tags")}
        texts |= self.name_parts.parts() | self.address.address()
        data = ContactInput(
            **texts,
            how_we_know=self.how_we_know.toPlainText(),
            introduced_by_id=introducer_id,
            introduced_in_id=introduced_in,
            notes=self.notes.toPlainText(),
            source=self._source,
            source_uid=self._loaded.source_uid,
        )
        for kind, editor in self.lists.items():
            values = editor.values()
            first_label, first = values[0] if values else ("", "")
            if kind == "website":
                data.website = first
            else:
                setattr(data, kind, first)
                setattr(data, f"{kind}_kind", first_label)
            data.details += [Detail(kind, label, value) for label, value in values[1:]]
        return data

    # -- reacting to edits ---------------------------------------------------------------------
    def _on_edited(self) -> None:
        dirty = self.is_dirty()
        has_name = bool(self.edits["name"].text().strip())
        self.save_button.setEnabled(has_name and (dirty or self.contact_id is None))
        self.revert_button.setEnabled(dirty)
        if not has_name and (dirty or self.contact_id is not None):
            self.message.setText(self.tr("A contact needs a name before it can be saved."))
        elif dirty:
            self.message.setText(self.tr("Unsaved changes."))
        else:
            self.message.setText("")

    def _save_if_possible(self) -> None:
        if self.save_button.isEnabled():
            self.save_button.click()

    @property
    def source(self) -> str:
        """Where the shown contact came from (manual, linkedin, …)."""
        return self._source


def _list_values(data: ContactInput, kind: str) -> list[tuple[str, str]]:
    """The (kind, value) pairs of a list of the form: the contact's own field first."""
    if kind == "website":
        first = [("", data.website)] if data.website else []
    else:
        own, label = getattr(data, kind), getattr(data, f"{kind}_kind")
        first = [(label, own)] if own else []
    return first + [(d.label, d.value) for d in data.details if d.kind == kind]

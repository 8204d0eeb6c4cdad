"""Merge two contacts: pick the other one, read what will happen, merge in one write.

The contact on the form is kept; the other one's conversations, follow-ups and
introductions move to it, its empty fields are filled, the notes are appended,
and then the other one is gone (Edit ▸ Undo brings it back).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from netplanner.core.contacts import deletion_impact, get_contact, list_contact_rows
from netplanner.core.errors import NotFoundError
from netplanner.core.models import Contact
from netplanner.core.text import fold
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.plural import counted
from netplanner.gui.transfer.field_labels import field_label
from netplanner.gui.transfer.merge_picker import ContactPicker
from netplanner.gui.translation import ui_language
from netplanner.messages import fill

#: What the comparison at the top of the explanation shows of both contacts.
COMPARED = ("role", "organisation", "email", "phone")


@dataclass(frozen=True)
class MergeFacts:
    """What a merge of ``other`` into ``keep`` will do, for the sentences of the dialog."""

    keep_name: str
    other_name: str
    #: (field, kept value, other value) for the comparison; "conversations" counts too.
    compared: tuple[tuple[str, str, str], ...]
    conversations: int
    follow_ups: int
    introduced: int
    filled: tuple[str, ...]  # empty on ``keep``, filled from ``other``
    kept_apart: tuple[str, ...]  # different on both: ``other``'s value goes to the notes
    notes_added: bool
    tags_added: bool
    #: ``other``'s e-mail addresses, phone numbers and websites that ``keep`` lacks.
    details_added: tuple[str, ...] = ()


def merge_facts(session: Session, keep_id: int, other_id: int) -> MergeFacts:
    """What :func:`netplanner.core.imports.merge.merge_contacts` will do (read only)."""
    from netplanner.core.imports.fill import ADDRESS_FIELDS
    from netplanner.core.imports.merge import FILLED_FIELDS, address_kept_apart, details_to_add

    keep = get_contact(session, keep_id)
    other = get_contact(session, other_id)
    impact = deletion_impact(session, other_id)
    kept_impact = deletion_impact(session, keep_id)

    def value(contact: Contact, name: str) -> str:
        return (getattr(contact, name) or "").strip()

    names = [name for name, _label in FILLED_FIELDS]
    filled = [name for name in names if not value(keep, name) and value(other, name)]
    apart = [
        name
        for name in ["name", *names]
        if value(keep, name) and value(other, name)
        and fold(value(keep, name)) != fold(value(other, name))
    ]  # fmt: skip
    has_address = [any(getattr(c, name) for name in ADDRESS_FIELDS) for c in (keep, other)]
    if has_address == [False, True]:
        filled.append("address")
    elif address_kept_apart(keep, other):
        apart.append("address")
    if keep.introduced_by_id in (None, other_id) and other.introduced_by_id not in (
        None,
        keep_id,
    ):
        filled.append("introduced_by")
    keep_tags = {fold(tag.strip()) for tag in (keep.tags or "").split(",")}
    other_tags = {fold(tag.strip()) for tag in (other.tags or "").split(",")} - {""}
    compared = tuple((name, value(keep, name), value(other, name)) for name in COMPARED)
    compared += (("conversations", str(kept_impact.conversations), str(impact.conversations)),)
    return MergeFacts(
        keep_name=keep.name,
        other_name=other.name,
        compared=compared,
        conversations=impact.conversations,
        follow_ups=impact.follow_ups,
        introduced=impact.introduced_contacts - (1 if keep.introduced_by_id == other_id else 0),
        filled=tuple(filled),
        kept_apart=tuple(apart),
        notes_added=bool(apart) or bool(other.notes and other.notes not in (keep.notes or "")),
        tags_added=bool(other_tags - keep_tags),
        details_added=tuple(detail.value for detail in details_to_add(keep, other)),
    )


class MergeDialog(QDialog):
    """Merge another contact into the one shown (``keep_id``)."""

    def __init__(self, context: AppContext, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.keep_id = keep_id
        self.merged = False
        rows = context.read(list_contact_rows)
        self.keep_name = next((row.name for row in rows if row.id == keep_id), "")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.setMinimumWidth(560)

        intro = QLabel(
            fill(
                self.tr(
                    "Is someone in your contacts twice? Pick the other entry: it is merged into "
                    "%1, who stays."
                ),
                self.keep_name,
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.picker = ContactPicker()
        self.picker.set_contacts(rows, excluded=keep_id)
        self.picker.setAccessibleName(self.tr("Contact to merge"))
        label = QLabel(self.tr("&Merge with:"))
        label.setBuddy(self.picker)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setMargin(8)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for the comparison and the list without resizing as the choice changes.
        self.explanation.setMinimumHeight(self.fontMetrics().lineSpacing() * 18)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(label)
        layout.addWidget(self.picker)
        layout.addWidget(self.explanation, 1)
        layout.addWidget(self.buttons)
        self.picker.editTextChanged.connect(self._update)
        self._update()

    def choose(self, contact_id: int) -> None:
        """Pick ``contact_id`` as the other contact (as if typed)."""
        self.picker.choose(contact_id)

    def _update(self) -> None:
        other_id = self.picker.contact_id()
        self.merge_button.setEnabled(other_id is not None)
        self.merge_button.setDefault(other_id is not None)  # Enter merges once someone is picked
        if other_id is None:
            text = self.picker.currentText().strip()
            self.explanation.setText(
                html.escape(
                    fill(self.tr("Nobody in your contacts is called “%1”."), text)
                    if text
                    else self.tr("Type part of a name and pick someone from the list.")
                )
            )
            return
        try:
            facts = self.context.read(lambda s: merge_facts(s, self.keep_id, other_id))
        except NotFoundError:
            self.merge_button.setEnabled(False)
            return
        self.explanation.setText(explanation_html(facts))

    def merge(self) -> None:
        """Merge in one write; the dialog closes when it worked."""
        other_id = self.picker.contact_id()
        if other_id is None:
            return
        from netplanner.core.imports.merge import merge_contacts

        try:
            other_name = self.context.read(lambda s: get_contact(s, other_id).name)
        except NotFoundError:
            return
        language = ui_language()  # the notes' labels, as an import writes its own
        done = self.context.write(
            lambda s: merge_contacts(s, self.keep_id, other_id, language) or True,
            # The other's conversations, follow-ups and introductions move over.
            changes=Change.CONTACTS | Change.CONVERSATIONS | Change.FOLLOW_UPS,
            label=fill(self.tr("Merge %1 into %2"), other_name, self.keep_name),
            failure_title=self.tr("Not merged"),
        )
        if done is None:
            return
        self.merged = True
        self.accept()


def comparison_html(facts: MergeFacts) -> str:
    """The two contacts side by side, so the user sees they are the same person."""

    def cell(text: str, tag: str = "td") -> str:
        return f"<{tag} align='left' style='padding: 1px 12px 1px 0'>{html.escape(text)}</{tag}>"

    rows = [
        "<tr>" + cell("")
        + cell(QCoreApplication.translate("MergeDialog", "Stays"), "th")
        + cell(QCoreApplication.translate("MergeDialog", "Merged in, then removed"), "th")
        + "</tr>",
        "<tr>" + cell(field_label("name")) + cell(facts.keep_name) + cell(facts.other_name)
        + "</tr>",
    ]  # fmt: skip
    for name, kept, other in facts.compared:
        label = (
            QCoreApplication.translate("MergeDialog", "Conversations")
            if name == "conversations"
            else field_label(name)
        )
        if kept or other:
            rows.append("<tr>" + cell(label) + cell(kept) + cell(other) + "</tr>")
    return "<table cellspacing='0' style='margin-bottom: 8px'>" + "".join(rows) + "</table>"


def explanation_html(facts: MergeFacts) -> str:
    """The comparison, then what will happen as a short list of plain sentences."""

    # Each sentence: %1 the other contact, %2 the one kept, %3 the list it names (filled
    # in one pass, so a name or an e-mail address holding "%1" stays as it is).
    items: list[tuple[str, str]] = []
    if facts.conversations:
        items.append(
            (
                counted(
                    facts.conversations,
                    QCoreApplication.translate("MergeDialog", "%1’s %n conversation moves to %2."),
                    QCoreApplication.translate("MergeDialog", "%1’s %n conversations move to %2."),
                ),
                "",
            )
        )
    if facts.follow_ups:
        items.append(
            (
                counted(
                    facts.follow_ups,
                    QCoreApplication.translate("MergeDialog", "%1’s %n follow-up moves to %2."),
                    QCoreApplication.translate("MergeDialog", "%1’s %n follow-ups move to %2."),
                ),
                "",
            )
        )
    if facts.introduced:
        items.append(
            (
                counted(
                    facts.introduced,
                    QCoreApplication.translate(
                        "MergeDialog", "%n person introduced by %1 is then introduced by %2."
                    ),
                    QCoreApplication.translate(
                        "MergeDialog", "%n people introduced by %1 are then introduced by %2."
                    ),
                ),
                "",
            )
        )
    if facts.filled:
        fields = ", ".join(field_label(name).lower() for name in facts.filled)
        items.append(
            (
                QCoreApplication.translate(
                    "MergeDialog", "Empty fields of %2 are filled from %1: %3."
                ),
                fields,
            )
        )
    if facts.kept_apart:
        fields = ", ".join(field_label(name).lower() for name in facts.kept_apart)
        items.append(
            (
                QCoreApplication.translate(
                    "MergeDialog",
                    "Where the two differ, %2’s stays and %1’s is written in the notes: %3.",
                ),
                fields,
            )
        )
    if facts.details_added:
        values = ", ".join(facts.details_added)
        items.append(
            (
                QCoreApplication.translate(
                    "MergeDialog",
                    "%1’s e-mail addresses, phone numbers and websites that %2 lacks "
                    "are added: %3.",
                ),
                values,
            )
        )
    if facts.tags_added:
        items.append(
            (QCoreApplication.translate("MergeDialog", "%1’s tags are added to %2’s tags."), "")
        )
    if facts.notes_added:
        items.append(
            (
                QCoreApplication.translate(
                    "MergeDialog", "%1’s notes are added at the end of %2’s notes."
                ),
                "",
            )
        )
    if not items:
        items.append(
            (
                QCoreApplication.translate(
                    "MergeDialog", "%1 has nothing that %2 does not have already."
                ),
                "",
            )
        )
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    items.append(
        (
            QCoreApplication.translate(
                "MergeDialog",
                "Then %1 is removed from your contacts. You can undo the merge with %3.",
            ),
            undo,
        )
    )
    keep, other = html.escape(facts.keep_name), html.escape(facts.other_name)
    lines = "".join(
        f"<li>{fill(item, other, keep, html.escape(third))}</li>" for item, third in items
    )
    heading = html.escape(QCoreApplication.translate("MergeDialog", "What will happen:"))
    return (
        comparison_html(facts)
        + f"<b>{heading}</b><ul style='margin-left: -20px; margin-top: 2px'>{lines}</ul>"
    )


def open_merge_dialog(context: AppContext, keep_id: int, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when the contacts were merged."""
    dialog = MergeDialog(context, keep_id, parent)
    dialog.exec()
    return dialog.merged

"""Record names you got: after a conversation, add the people it gave you in one go.

Each row is a new person (name, role, organisation) or someone already in the
contacts (found as you type); everyone is saved as introduced by the
conversation's contact, in that conversation. A row may also plan a conversation
with them, as an idea. All rows are saved in one transaction or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from netplanner.core.contact_data import ContactRow
from netplanner.core.contacts import list_contact_rows
from netplanner.core.conversations import get_conversation
from netplanner.core.live_conversation.state import forget_names, noted_names
from netplanner.core.network.chains import chain_of, record_names
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.names.choices import ContactChoices
from netplanner.gui.names.row import NameRow
from netplanner.messages import fill


@dataclass(frozen=True)
class _Facts:
    contact_id: int
    contact_name: str
    when: datetime | None
    outcome: str
    contacts: list[ContactRow]
    above: list[tuple[int, str]]  # the people who led the user to the contact, top first
    noted: list[str]  # names noted in conversation mode, not yet recorded


def _read(session: Session, conversation_id: int) -> _Facts:
    conversation = get_conversation(session, conversation_id)
    chain = chain_of(session, conversation.contact_id)
    return _Facts(
        conversation.contact_id,
        conversation.contact.name,
        conversation.starts_at or conversation.held_at,
        conversation.outcome,
        list_contact_rows(session),
        [(link.id, link.name) for link in chain.people[:-1]],
        noted_names(session, conversation_id),
    )


def _record(session: Session, conversation_id: int, names: list) -> list[int]:
    """Save the names; those noted in conversation mode are then recorded."""
    saved = record_names(session, conversation_id, names)
    forget_names(session, conversation_id)
    return saved


class RecordNamesDialog(QDialog):
    """Fill in, then ``exec()`` in the app; tests fill the rows and call ``accept()``."""

    def __init__(
        self, context: AppContext, conversation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.conversation_id = conversation_id
        self.saved_ids: list[int] = []
        facts = context.read(lambda s: _read(s, conversation_id))
        self.introducer = facts.contact_name
        self.choices = ContactChoices(facts.contacts, facts.contact_id, self)
        self.blocked = {
            person_id: fill(
                self.tr("%1 led you to %2, so %2 cannot have introduced %1."),
                name,
                facts.contact_name,
            )
            for person_id, name in facts.above
        }
        self.rows: list[NameRow] = []
        self.setWindowTitle(self.tr("Record names you got"))

        self.title_label = title = QLabel(fill(self.tr("Names %1 gave you"), facts.contact_name))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        intro = fill(
            self.tr(
                "Add each person they mentioned: a new name, or someone already in your contacts. "
                "They are saved as introduced by %1, so you can always see how you got to them."
            ),
            facts.contact_name,
        )
        if facts.when is not None:
            local = facts.when.astimezone()
            day = QLocale().toString(
                QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
            )
            intro = fill(self.tr("Conversation of %1."), day) + " " + intro
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro_label)
        if facts.outcome:
            noted = QLabel(fill(self.tr("What you noted: %1"), facts.outcome))
            noted.setWordWrap(True)
            noted.setTextFormat(Qt.TextFormat.PlainText)
            noted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            noted.setStyleSheet("font-style: italic")
            layout.addWidget(noted)

        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.grid.setVerticalSpacing(4)
        self.headers = [
            QLabel(self.tr("&Name")),
            QLabel(self.tr("&Role")),
            QLabel(self.tr("&Organisation")),
            QLabel(self.tr("&Plan")),
        ]
        rows_widget = QWidget()
        rows_layout = QVBoxLayout(rows_widget)
        rows_layout.addLayout(self.grid)
        rows_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(rows_widget)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)

        self.add_button = QPushButton(self.tr("&Add another name"))
        self.add_button.clicked.connect(self.add_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save names"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QGridLayout()
        bottom.addWidget(self.add_button, 0, 0, Qt.AlignmentFlag.AlignLeft)
        bottom.addWidget(self.buttons, 0, 1)
        layout.addLayout(bottom)

        # The names noted in conversation mode, one row each, ready to save.
        for name in facts.noted:
            self.add_row().name_edit.setText(name)
        if not self.rows:
            self.add_row()
        self.resize(880, 460)
        self.setMinimumSize(640, 340)

    # -- rows ---------------------------------------------------------------------------------
    def add_row(self) -> NameRow:
        row = NameRow(self.choices, self.introducer, self.blocked, len(self.rows) + 1)
        row.changed.connect(self._update_save)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._relayout()
        row.name_edit.setFocus()
        return row

    def remove_row(self, row: NameRow) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        for widget in [*row.widgets(), row.status_label, row.new_anyway]:
            widget.deleteLater()
        if not self.rows:
            self.add_row()
            return
        self._relayout()

    def _relayout(self) -> None:
        """Put the header and every row in the grid again, in order."""
        while self.grid.count():
            self.grid.takeAt(0)
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        first = self.rows[0]
        for header, field in zip(self.headers, first.widgets(), strict=False):
            header.setBuddy(field)
        previous: QWidget | None = None
        for index, row in enumerate(self.rows):
            line = 1 + 2 * index
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, line, column)
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
            self.grid.addWidget(row.status_label, line + 1, 0, 1, 3)
            self.grid.addWidget(row.new_anyway, line + 1, 3, 1, 2)
            QWidget.setTabOrder(previous, row.new_anyway)
            previous = row.new_anyway
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        self._update_save()

    def _update_save(self) -> None:
        filled = [row for row in self.rows if not row.is_blank()]
        self.save_button.setEnabled(bool(filled) and not any(r.is_blocked() for r in filled))

    # -- saving -------------------------------------------------------------------------------
    def accept(self) -> None:
        names = [value for row in self.rows if (value := row.value()) is not None]
        if not names:
            return
        conversation_id = self.conversation_id
        saved = self.context.write(
            lambda s: _record(s, conversation_id, names),
            # New contacts, introduced in this conversation; some planned to talk to.
            changes=Change.CONTACTS | Change.CONVERSATIONS,
            label=self.tr("Note names"),
            failure_title=self.tr("Names not saved"),
        )
        if saved is None:
            return  # the error was shown; everything typed stays
        self.saved_ids = saved
        super().accept()


def open_record_names(
    context: AppContext, conversation_id: int, parent: QWidget | None = None
) -> list[int]:
    """Show the dialog for a held conversation; the ids of the people saved ([] if none)."""
    dialog = RecordNamesDialog(context, conversation_id, parent)
    try:
        dialog.exec()
        return dialog.saved_ids
    finally:
        dialog.deleteLater()

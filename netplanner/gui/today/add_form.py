"""The small "Add follow-up" form: what, by when, and (optionally) about whom."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from netplanner.core.contact_data import ContactRow
from netplanner.core.followups.open_rows import SNOOZE_TIME
from netplanner.gui.conversations.fields import ContactPicker
from netplanner.messages import fill


@dataclass(frozen=True)
class NewFollowUp:
    what: str
    due_at: datetime  # aware, local 9:00 of the chosen day
    contact_id: int | None


class AddFollowUpForm(QGroupBox):
    """Hidden until asked for; ``submitted`` carries a valid :class:`NewFollowUp`."""

    submitted = Signal(object)  # NewFollowUp
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New follow-up"))
        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("e.g. Send Femke my CV"))
        self.what_edit.setMaxLength(500)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(_long_date_format())
        self.contact_picker = ContactPicker()
        self.contact_picker.lineEdit().setPlaceholderText(self.tr("Nobody in particular"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message.setVisible(False)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        what_label = QLabel(self.tr("Wh&at:"))
        what_label.setBuddy(self.what_edit)
        due_label = QLabel(self.tr("B&y:"))
        due_label.setBuddy(self.due_edit)
        who_label = QLabel(self.tr("A&bout:"))
        who_label.setBuddy(self.contact_picker)
        form.addRow(what_label, self.what_edit)
        form.addRow(due_label, self.due_edit)
        form.addRow(who_label, self.contact_picker)
        form.addRow(buttons)
        self.add_button.clicked.connect(self.submit)
        self.what_edit.returnPressed.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)

    def start(self, contacts: Sequence[ContactRow], today: date) -> None:
        """Show an empty form, due tomorrow, with the cursor in "What"."""
        self.contact_picker.set_contacts(contacts)
        self.contact_picker.set_contact_id(None)
        self.what_edit.clear()
        tomorrow = QDate(today.year, today.month, today.day).addDays(1)
        self.due_edit.setMinimumDate(QDate(today.year, today.month, today.day).addYears(-1))
        self.due_edit.setDate(tomorrow)
        self.message.setVisible(False)
        self.setVisible(True)
        self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_contacts(self, contacts: Sequence[ContactRow]) -> None:
        self.contact_picker.set_contacts(contacts)

    def submit(self) -> None:
        what = self.what_edit.text().strip()
        if not what:
            self._say(self.tr("Say what to do in a few words."), self.what_edit)
            return
        contact_id = self.contact_picker.contact_id()
        typed = self.contact_picker.currentText().strip()
        if typed and contact_id is None:
            self._say(
                fill(self.tr("There is no contact called “%1”."), typed),
                self.contact_picker,
            )
            return
        day = cast(date, self.due_edit.date().toPython())
        due = datetime.combine(day, SNOOZE_TIME).astimezone()  # local 9:00, aware
        self.submitted.emit(NewFollowUp(what, due, contact_id))

    def _say(self, text: str, focus: QWidget) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


def _long_date_format() -> str:
    """The locale's short date with a four-digit year and the day of the week."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return "ddd " + pattern

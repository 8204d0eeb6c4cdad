"""Small field widgets of the conversation form: the contact picker, date and time, text boxes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from netplanner.core.contact_data import ContactRow
from netplanner.gui.conversations.table_model import local_date_time
from netplanner.gui.typed_date_time import TypedDateTimeEdit
from netplanner.messages import fill


class ContactPicker(QComboBox):
    """An editable combo of every contact; typing any part of a name narrows the list.

    The ids live in a plain list next to the combo's items: setting item data one
    by one is slow with tens of thousands of contacts.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setMaxVisibleItems(15)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of a name…"))

    def set_contacts(self, rows: Sequence[ContactRow]) -> None:
        """Fill with contacts; a name shared by several people gets its organisation added."""
        selected, typed = self.contact_id(), self.currentText()
        counts = Counter(row.name for row in rows)
        names = []
        for row in rows:
            name = row.name
            if counts[name] > 1:
                extra = row.organisation or row.role or fill(self.tr("#%1"), str(row.id))
                name = fill(self.tr("%1 (%2)"), row.name, extra)
            names.append(name)
        self.blockSignals(True)
        self.clear()
        self._ids = [row.id for row in rows]
        self.addItems(names)
        self._names.setStringList(names)
        self.set_contact_id(selected)
        if selected is None:
            self.setEditText(typed)  # keep what the user was typing
        self.blockSignals(False)

    def set_contact_id(self, contact_id: int | None) -> None:
        position = self._ids.index(contact_id) if contact_id in self._ids else -1
        self.setCurrentIndex(position)
        if position < 0:
            self.setEditText("")

    def contact_id(self) -> int | None:
        """The contact whose name is in the box, or None when it matches nobody."""
        text = self.currentText().strip()
        if not text:
            return None
        position = self.currentIndex()
        if not (0 <= position < len(self._ids) and self.itemText(position) == text):
            position = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self._ids[position] if 0 <= position < len(self._ids) else None

    def name_of(self, contact_id: int) -> str:
        return self.itemText(self._ids.index(contact_id)) if contact_id in self._ids else ""


def utc_from_local(value: QDateTime) -> datetime:
    """What the user picked in local time, as an aware UTC datetime (to store)."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC).replace(microsecond=0)


def _date_time_format() -> str:
    """The locale's short date and time, always with a four-digit year (no 1/2/26)."""
    locale = QLocale()
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


class WhenEdit(QWidget):
    """Date and time with a calendar, plus "Date not fixed yet" for conversations still ideas."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = TypedDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(_date_time_format())
        self.edit.setAccessibleName(self.tr("Date and time"))
        self.undated = QCheckBox(self.tr("Date not fixed yet"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.undated)
        layout.addStretch(1)
        self.edit.dateTimeChanged.connect(self.changed)
        self.undated.toggled.connect(self._undated_toggled)
        self.set_value(None)

    def _undated_toggled(self, undated: bool) -> None:
        self.edit.setEnabled(not undated)
        self.changed.emit()

    def set_value(self, value: datetime | None) -> None:
        self.blockSignals(True)
        if value is None:
            tomorrow = QDateTime.currentDateTime().addDays(1)
            tomorrow.setTime(QTime(10, 0))
            self.edit.setDateTime(tomorrow)
        else:
            self.edit.setDateTime(local_date_time(value))
        self.undated.setChecked(value is None)
        self.edit.setEnabled(value is not None)
        self.blockSignals(False)

    def value(self) -> datetime | None:
        if self.undated.isChecked():
            return None
        return utc_from_local(self.edit.dateTime())


def text_box(lines: int, placeholder: str) -> QPlainTextEdit:
    """A plain text box ``lines`` high where Tab moves on (it is a form field, not an editor)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box

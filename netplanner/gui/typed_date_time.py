"""A date and time field that also takes a date and time typed as a whole.

Qt's ``QDateTimeEdit`` takes typing section by section. Typed as a whole over its text
("15-03-2026 14:30" with everything selected, or from its first section after Tab),
the day was lost: the first digits were refused while the text was half typed, and a
separator jumped past the month. Here typing that starts at the beginning of the field
replaces the whole text, as in any text field; Enter, Tab, a click or leaving the field
reads it. The numbers fill the sections in the order the field shows them (the
locale's: day first in Dutch, month first in American English); sections not typed keep
their value, so "15" and Tab changes only the day. Text that cannot be a date and time
brings back the value the field had; Escape does too.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

_PARTS = re.compile(r"\d+|[^\W\d_]+")
_NOT_TYPING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
Section = QDateTimeEdit.Section


class TypedDateTimeEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed: str | None = None  # the text typed as a whole, until it is read
        self._tracking = True

    # -- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._typed is None and self._starts_typing(event):
            self._typed = ""
            # While half typed, the text is no date: the field must not read it (and
            # put its old text back) until the typing is done.
            self._tracking = self.keyboardTracking()
            self.setKeyboardTracking(False)
        if self._typed is not None and self._typing_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _starts_typing(self, event: QKeyEvent) -> bool:
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _NOT_TYPING:
            return False
        edit = self.lineEdit()
        start = edit.selectionStart() if edit.hasSelectedText() else edit.cursorPosition()
        return start == 0

    def _typing_key(self, event: QKeyEvent) -> bool:
        """Handle a key while typing as a whole; False lets the field handle it (after
        the typed text was read)."""
        typed = self._typed or ""
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._stop(keep=False)
            return True
        if key == Qt.Key.Key_Backspace:
            self._show(typed[:-1])
            return True
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _NOT_TYPING:
            self._show(typed + text)
            return True
        self._stop(keep=True)  # Enter, arrows, …: read the text, then act as usual
        return False

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._typed is None:
            return super().focusNextPrevChild(next)
        self._stop(keep=True)  # typed as a whole: Tab leaves the field, not a section
        return QWidget.focusNextPrevChild(self, next)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._stop(keep=True)
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._stop(keep=True)
        super().mousePressEvent(event)

    # -- reading the typed text -----------------------------------------------------------
    def _show(self, text: str) -> None:
        self._typed = text
        edit = self.lineEdit()
        edit.setText(text)
        edit.setCursorPosition(len(text))

    def _stop(self, *, keep: bool) -> None:
        typed, self._typed = self._typed, None
        if typed is None:
            return
        self.setKeyboardTracking(self._tracking)
        value = self._read(typed) if keep else None
        if value is not None and value != self.dateTime():
            self.setDateTime(value)
        else:
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def _read(self, text: str) -> QDateTime | None:
        """``text`` as a moment: its numbers fill the sections in the field's order, the
        rest keep the current value; None when it cannot be one."""
        sections = [self.sectionAt(index) for index in range(self.sectionCount())]
        numbers = [s for s in sections if s not in (Section.AmPmSection, Section.NoSection)]
        current = self.dateTime()
        values = {
            Section.DaySection: current.date().day(),
            Section.MonthSection: current.date().month(),
            Section.YearSection: current.date().year(),
            Section.HourSection: current.time().hour(),
            Section.MinuteSection: current.time().minute(),
            Section.SecondSection: current.time().second(),
        }
        afternoon = current.time().hour() >= 12
        twelve_hours = Section.AmPmSection in sections
        parts = _PARTS.findall(text)
        digits = [part for part in parts if part.isdigit()]
        words = [part.casefold() for part in parts if not part.isdigit()]
        if not digits or len(digits) > len(numbers) or len(words) > 1:
            return None
        hour_typed = None
        for section, part in zip(numbers, digits, strict=False):
            number = int(part)
            if section == Section.YearSection and len(part) <= 2:
                number += 2000
            if section == Section.HourSection:
                hour_typed = number
            values[section] = number
        if words:
            am, pm = (self.locale().amText().casefold(), self.locale().pmText().casefold())
            if not twelve_hours or words[0] not in (am, pm, "am", "pm"):
                return None
            afternoon = words[0] in (pm, "pm")
        if twelve_hours and hour_typed is not None and 1 <= hour_typed <= 12:
            values[Section.HourSection] = hour_typed % 12 + (12 if afternoon else 0)
        elif twelve_hours and words and hour_typed is None:
            values[Section.HourSection] = values[Section.HourSection] % 12 + (
                12 if afternoon else 0
            )
        date = QDate(
            values[Section.YearSection], values[Section.MonthSection], values[Section.DaySection]
        )
        time = QTime(
            values[Section.HourSection],
            values[Section.MinuteSection],
            values[Section.SecondSection],
        )
        if not date.isValid() or not time.isValid():
            return None
        return QDateTime(date, time)

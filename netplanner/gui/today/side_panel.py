"""The Today view's side panel: which routines suggest follow-ups, and printing the week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.followups import SuggestionSettings

KEY_THANK_YOU = "followups/thank_you"
KEY_THREE_B_SEVEN = "followups/three_b_seven"
KEY_STAY_IN_TOUCH = "followups/stay_in_touch"
KEY_STAY_IN_TOUCH_WEEKS = "followups/stay_in_touch_weeks"
DEFAULT_WEEKS = 8


def _flag(settings: QSettings, key: str) -> bool:
    value = settings.value(key, True)
    if isinstance(value, str):  # ini files give strings back
        return value.strip().lower() not in ("false", "0", "no", "off")
    return bool(value)


def read_suggestion_settings(settings: QSettings) -> SuggestionSettings:
    """The routines as the user switched them (all on by default)."""
    try:
        weeks = int(settings.value(KEY_STAY_IN_TOUCH_WEEKS, DEFAULT_WEEKS))
    except (TypeError, ValueError):
        weeks = DEFAULT_WEEKS
    return SuggestionSettings(
        thank_you=_flag(settings, KEY_THANK_YOU),
        three_b_seven=_flag(settings, KEY_THREE_B_SEVEN),
        stay_in_touch=_flag(settings, KEY_STAY_IN_TOUCH),
        stay_in_touch_weeks=min(max(weeks, 1), 52),
    )


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class RoutinesBox(QGroupBox):
    """Switches for the follow-up routines, saved in QSettings as they change."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Routines"))
        current = read_suggestion_settings(settings)
        self.thank_you = QCheckBox(self.tr("Than&k-you the day after a conversation"))
        self.three_b_seven = QCheckBox(self.tr("&Nudge when an ask gets no reply"))
        self.three_b_seven.setToolTip(
            self.tr(
                "After 3 working days without a reply, ask a second person to think along; "
                "after 7 working days, follow up once."
            )
        )
        self.stay_in_touch = QCheckBox(self.tr("&Stay in touch with people who helped"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Get back in touch after"))
        weeks_label = QLabel(self.tr("after &no contact for"))
        weeks_label.setBuddy(self.weeks)
        self.thank_you.setChecked(current.thank_you)
        self.three_b_seven.setChecked(current.three_b_seven)
        self.stay_in_touch.setChecked(current.stay_in_touch)
        self.weeks.setValue(current.stay_in_touch_weeks)
        self.weeks.setEnabled(current.stay_in_touch)
        weeks_row = QHBoxLayout()
        weeks_row.setContentsMargins(24, 0, 0, 0)
        weeks_row.addWidget(weeks_label)
        weeks_row.addWidget(self.weeks)
        weeks_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_muted(self.tr("NetPlanner suggests follow-ups from your conversations:")))
        layout.addWidget(self.thank_you)
        layout.addWidget(self.three_b_seven)
        layout.addWidget(self.stay_in_touch)
        layout.addLayout(weeks_row)
        for box in (self.thank_you, self.three_b_seven, self.stay_in_touch):
            box.toggled.connect(self._save)
        self.weeks.valueChanged.connect(self._save)

    def _save(self) -> None:
        self.settings.setValue(KEY_THANK_YOU, self.thank_you.isChecked())
        self.settings.setValue(KEY_THREE_B_SEVEN, self.three_b_seven.isChecked())
        self.settings.setValue(KEY_STAY_IN_TOUCH, self.stay_in_touch.isChecked())
        self.settings.setValue(KEY_STAY_IN_TOUCH_WEEKS, self.weeks.value())
        self.weeks.setEnabled(self.stay_in_touch.isChecked())
        self.changed.emit()


class PrintWeekBox(QGroupBox):
    """Choose a period and print the prep sheets of its conversations as one PDF."""

    print_requested = Signal(object, object)  # date from, date to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Print the week"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.print_button = QPushButton(self.tr("&Print the week…"))
        self.print_button.setToolTip(
            self.tr("Save one PDF with the prep sheet of every conversation in this period")
        )
        self.message = _muted("")
        self.message.setVisible(False)
        form = QFormLayout()
        from_label = QLabel(self.tr("F&rom:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&Until:"))
        to_label.setBuddy(self.to_edit)
        form.addRow(from_label, self.from_edit)
        form.addRow(to_label, self.to_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _muted(self.tr("All prep sheets of the conversations in a period, in time order."))
        )
        layout.addLayout(form)
        layout.addWidget(self.print_button)
        layout.addWidget(self.message)
        self.print_button.clicked.connect(self._print)
        self.from_edit.dateChanged.connect(self._keep_order)

    def set_period(self, first: date, last: date) -> None:
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def _keep_order(self, first: QDate) -> None:
        if self.to_edit.date() < first:
            self.to_edit.setDate(first)

    def _print(self) -> None:
        first, last = self.period()
        self.print_requested.emit(first, max(first, last))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

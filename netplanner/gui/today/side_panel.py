"""The Today view's side panel: which routines suggest follow-ups, and printing the week."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

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

from netplanner.core.followups.routine_settings import (
    has_routine_settings,
    read_routine_settings,
    save_routine_settings,
)
from netplanner.core.followups.routines import SuggestionSettings
from netplanner.gui.context import AppContext
from netplanner.gui.wrap_height import keep_wrapped_lines_whole

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Where the window kept the routines before they moved into the data file; read once
# to carry a user's choice over, then removed.
_OLD_KEYS = {
    "thank_you": "followups/thank_you",
    "three_b_seven": "followups/three_b_seven",
    "stay_in_touch": "followups/stay_in_touch",
    "stay_in_touch_weeks": "followups/stay_in_touch_weeks",
}


def _old_flag(value: object) -> bool:
    if isinstance(value, str):  # ini files give strings back
        return value.strip().lower() not in ("false", "0", "no", "off")
    return bool(value)


def carry_over_window_settings(session: Session, settings: QSettings) -> None:
    """Move routines switched in an older NetPlanner (kept per computer) into the file."""
    if not any(settings.contains(key) for key in _OLD_KEYS.values()):
        return
    if not has_routine_settings(session):
        defaults = SuggestionSettings()
        try:
            weeks = int(
                str(settings.value(_OLD_KEYS["stay_in_touch_weeks"], defaults.stay_in_touch_weeks))
            )
        except (TypeError, ValueError):
            weeks = defaults.stay_in_touch_weeks
        save_routine_settings(
            session,
            SuggestionSettings(
                thank_you=_old_flag(settings.value(_OLD_KEYS["thank_you"], True)),
                three_b_seven=_old_flag(settings.value(_OLD_KEYS["three_b_seven"], True)),
                stay_in_touch=_old_flag(settings.value(_OLD_KEYS["stay_in_touch"], True)),
                stay_in_touch_weeks=weeks,
            ),
        )
    for key in _OLD_KEYS.values():
        settings.remove(key)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class RoutinesBox(QGroupBox):
    """Switches for the follow-up routines, saved in the data file as they change."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Routines"))
        keep_wrapped_lines_whole(self)
        if any(context.settings.contains(key) for key in _OLD_KEYS.values()):
            with context.transaction() as session:
                carry_over_window_settings(session, context.settings)
        current = context.rows(read_routine_settings)
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
        weeks_label = QLabel(self.tr("after n&o contact for"))
        weeks_label.setBuddy(self.weeks)
        weeks_label.setWordWrap(True)  # the Dutch is longer than a narrow panel is wide
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

    def current(self) -> SuggestionSettings:
        return SuggestionSettings(
            thank_you=self.thank_you.isChecked(),
            three_b_seven=self.three_b_seven.isChecked(),
            stay_in_touch=self.stay_in_touch.isChecked(),
            stay_in_touch_weeks=self.weeks.value(),
        )

    def _save(self) -> None:
        chosen = self.current()
        # A setting, not an edit of the user's data: not an undo step.
        with self.context.transaction() as session:
            save_routine_settings(session, chosen)
        self.weeks.setEnabled(chosen.stay_in_touch)
        self.changed.emit()


class PrintWeekBox(QGroupBox):
    """Choose a period and print the prep sheets of its conversations as one PDF."""

    print_requested = Signal(object, object)  # date from, date to
    save_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Print the week"))
        keep_wrapped_lines_whole(self)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.print_button = QPushButton(self.tr("Pr&int the week…"))
        self.print_button.setToolTip(
            self.tr(
                "Open the prep sheets of every conversation in this period in your PDF "
                "viewer, to print them from there"
            )
        )
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setToolTip(
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button, 1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.from_edit.dateChanged.connect(self._keep_order)

    def set_period(self, first: date, last: date) -> None:
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))

    def period(self) -> tuple[date, date]:
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return cast(date, first), cast(date, last)

    def _keep_order(self, first: QDate) -> None:
        if self.to_edit.date() < first:
            self.to_edit.setDate(first)

    def _print(self) -> None:
        first, last = self.period()
        self.print_requested.emit(first, max(first, last))

    def _save(self) -> None:
        first, last = self.period()
        self.save_requested.emit(first, max(first, last))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

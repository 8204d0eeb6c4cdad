"""*File → Coach overview…* (a coach on a practice server): a line per client who shares
their data with this coach, with the figures of ``netplanner practice overview``, read
by the same core function (:func:`netplanner.core.coach_overview.coach_overview`, which
runs the Progress tab's own :func:`progress_report` per client). Nothing is counted here.

A client who stops sharing is gone from the next *Refresh*; one who never shared is not
listed at all (the server does not show their rows, nor their name).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.coach_overview import OVERVIEW_WEEKS, ClientFigures, coach_overview
from netplanner.gui.context import AppContext
from netplanner.gui.numbers import format_number
from netplanner.messages import fill
from netplanner.storage.postgresql.grants import client_names

CLIENT, PER_WEEK, HELD, NAMES, OPEN, OVERDUE, LAST = range(7)


class CoachOverviewDialog(QDialog):
    """The table of clients; not modal, so the coach can keep it open beside the window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Coach overview"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("Held per week"),
                self.tr("Held in all"),
                self.tr("Names gained"),
                self.tr("Open follow-ups"),
                self.tr("Overdue"),
                self.tr("Last activity"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(CLIENT, Qt.SortOrder.AscendingOrder)  # by name until clicked
        self.empty = QLabel(self.tr("No client shares their data with you yet."))
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton(
            self.tr("&Refresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(1040, 420)
        self.lines: list[ClientFigures] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again (a client may have shared or stopped sharing)."""
        self.lines = self.context.read(
            lambda session: coach_overview(session, client_names(session))
        )
        self.intro.setText(
            fill(
                self.tr(
                    "Clients who share their data with you, over the last %1 weeks: "
                    "conversations held per week (oldest week first) and in all, the names "
                    "those conversations gained, and their follow-ups. Clients who do not "
                    "share are not listed."
                ),
                format_number(OVERVIEW_WEEKS),
            )
        )
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for column, item in enumerate(self._items(line)):
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.setVisible(bool(self.lines))
        self.empty.setVisible(not self.lines)

    def _items(self, line: ClientFigures) -> list[QTableWidgetItem]:
        report = line.report
        locale = QLocale()
        weekly = [int(point.value or 0) for point in report.held_per_week]
        per_week = QTableWidgetItem("  ".join(format_number(n) for n in weekly))
        per_week.setToolTip(
            "\n".join(
                fill(
                    self.tr("Week of %1: %2"),
                    locale.toString(_qdate(point.week_start), QLocale.FormatType.ShortFormat),
                    format_number(count),
                )
                for point, count in zip(report.held_per_week, weekly, strict=True)
            )
        )
        name = QTableWidgetItem(line.name)
        name.setToolTip(line.name)
        last = QTableWidgetItem()
        if line.last_activity is None:
            last.setText(self.tr("none yet"))
        else:
            # A date sorts as a date, and is shown in the locale's short format.
            last.setData(
                Qt.ItemDataRole.DisplayRole, _qdate(line.last_activity.astimezone().date())
            )
        return [
            name,
            per_week,
            _number(report.conversations_held),
            _number(report.names_gained),
            _number(line.open_follow_ups),
            _number(line.overdue_follow_ups),
            last,
        ]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, value)  # sorts as a number
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def show_coach_overview(window: QMainWindow, context: AppContext) -> CoachOverviewDialog:
    """Open the overview beside the window (one at a time: a second call raises it)."""
    existing = window.findChild(CoachOverviewDialog)
    if isinstance(existing, CoachOverviewDialog):
        existing.refresh()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = CoachOverviewDialog(context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

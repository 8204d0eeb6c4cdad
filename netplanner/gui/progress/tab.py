"""The Progress tab: four small charts of how the networking goes, for a chosen period.

Conversations held per week, names gained per conversation, the network's size, and the
funnel from asking to thanking. Read when the tab is shown and again when contacts or
conversations change while it is in sight.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.progress import ProgressReport, WeekValue, progress_report
from netplanner.gui.context import AppContext
from netplanner.gui.labels import status_label
from netplanner.gui.numbers import format_number
from netplanner.gui.plural import counted
from netplanner.gui.progress.bar_chart import BarChart
from netplanner.gui.progress.chart_base import ChartPoint, ChartWidget
from netplanner.gui.progress.funnel_chart import FunnelChart
from netplanner.gui.progress.line_chart import LineChart
from netplanner.messages import fill

#: The periods the user can pick, in weeks.
PERIODS = (12, 26, 52)


class ChartCard(QWidget):
    """A chart with its title and a one-line note on what it counts."""

    def __init__(self, title: str, note: str, chart: ChartWidget) -> None:
        super().__init__()
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.chart = chart
        chart.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(chart, 1)


class ProgressTab(QWidget):
    """Charts a user would rather look at than read."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: ProgressReport | None = None
        self._stale = True

        self.period = QComboBox()
        for weeks in PERIODS:
            self.period.addItem(fill(self.tr("Last %1 weeks"), str(weeks)), weeks)
        saved = context.settings.value("progress/weeks", PERIODS[0])
        index = self.period.findData(int(str(saved)) if str(saved).isdigit() else PERIODS[0])
        self.period.setCurrentIndex(max(index, 0))
        period_label = QLabel(self.tr("&Show:"))
        period_label.setBuddy(self.period)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        header = QHBoxLayout()
        header.addWidget(period_label)
        header.addWidget(self.period)
        header.addSpacing(16)
        header.addWidget(self.headline, 1)

        self.held_chart = BarChart(decimals=0)
        self.names_chart = BarChart(decimals=1)
        self.network_chart = LineChart(decimals=0)
        self.funnel_chart = FunnelChart()
        cards = [
            ChartCard(
                self.tr("Conversations held per week"),
                self.tr("Counted in the week they took place."),
                self.held_chart,
            ),
            ChartCard(
                self.tr("Names gained per conversation"),
                self.tr("New contacts you got from the conversations held that week."),
                self.names_chart,
            ),
            ChartCard(
                self.tr("Your network"),
                self.tr("How many contacts you had at the end of each week."),
                self.network_chart,
            ),
            ChartCard(
                self.tr("From asking to thanking"),
                self.tr("Conversations asked in this period, and how far each one got."),
                self.funnel_chart,
            ),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        for position, card in enumerate(cards):
            grid.addWidget(card, position // 2, position % 2)
        charts_page = QWidget()
        charts_page.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(charts_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes chart to chart

        self.empty_title = QLabel(self.tr("Nothing to show yet"))
        title_font = QFont(self.empty_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.empty_title.setFont(title_font)
        self.empty_label = QLabel(
            self.tr(
                "Add the people you know and plan your first conversations. Once you hold "
                "them and note the names people give you, you will see here how your "
                "network grows, week by week."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        for label in (self.empty_title, self.empty_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFixedWidth(440)
            label.setMinimumHeight(label.heightForWidth(440))  # wrapped labels get squeezed
            empty_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(empty_page)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self.period.currentIndexChanged.connect(self._on_period_changed)
        context.events.conversations_changed.connect(self._on_data_changed)
        context.events.contacts_changed.connect(self._on_data_changed)

    # -- public API (the main window calls these) ----------------------------------------------
    def new_item(self) -> None:
        """Nothing to add here: take the user to the period picker."""
        self.focus_search()

    def focus_search(self) -> None:
        self.period.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def weeks(self) -> int:
        return int(self.period.currentData())

    # -- loading ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when shown: no work for a tab nobody looks at

    def _on_period_changed(self) -> None:
        self.context.settings.setValue("progress/weeks", self.weeks())
        self.refresh()

    def refresh(self) -> None:
        """Read the figures for the chosen period and hand them to the charts."""
        weeks = self.weeks()
        report = self.context.read(lambda s: progress_report(s, weeks=weeks))
        self.report = report
        self._stale = False
        self.stack.setCurrentIndex(1 if report.is_empty else 0)
        self.headline.setText("" if report.is_empty else self._headline(report, weeks))
        self.held_chart.set_points(
            self._weekly(
                report.held_per_week,
                self.tr("%n conversation held"),
                self.tr("%n conversations held"),
            ),
            self.tr("No conversations held in these weeks yet."),
        )
        self.names_chart.set_points(
            [
                ChartPoint(_week_label(week), value, self._ratio_tooltip(week, value))
                for week, value in report.names_per_conversation
            ],
            self.tr("No names from conversations in these weeks yet."),
        )
        self.network_chart.set_points(
            self._weekly(report.network_size, self.tr("%n contact"), self.tr("%n contacts")),
            self.tr("No contacts yet."),
        )
        first = report.funnel[0].conversations if report.funnel else 0
        self.funnel_chart.set_points(
            [
                ChartPoint(
                    status_label(stage),
                    count,
                    fill(
                        self.tr("%1: %2 of %3"),
                        status_label(stage),
                        format_number(count),
                        format_number(first),
                    ),
                )
                for stage, count in report.funnel
            ],
            self.tr("No conversations asked in these weeks yet."),
        )

    def _weekly(self, series: list[WeekValue], one: str, many: str) -> list[ChartPoint]:
        return [
            ChartPoint(
                _week_label(week),
                value,
                fill(
                    self.tr("Week of %1: %2"), _long_date(week), counted(int(value or 0), one, many)
                ),
            )
            for week, value in series
        ]

    def _ratio_tooltip(self, week: date, value: float | None) -> str:
        text = (
            self.tr("no conversations held")
            if value is None
            else fill(self.tr("%1 names per conversation"), format_number(value, 1))
        )
        return fill(self.tr("Week of %1: %2"), _long_date(week), text)

    def _headline(self, report: ProgressReport, weeks: int) -> str:
        parts = [
            counted(report.conversations_held, self.tr("%n conversation held"),
                    self.tr("%n conversations held")),
            counted(report.names_gained, self.tr("%n name gained"), self.tr("%n names gained")),
            counted(report.contacts_added, self.tr("%n contact added"),
                    self.tr("%n contacts added")),
        ]  # fmt: skip
        return fill(self.tr("In the last %1 weeks: %2"), str(weeks), "  ·  ".join(parts))


def _week_label(week: date) -> str:
    """ "3 Mar": short enough for an axis, in the user's locale."""
    return QLocale().toString(QDate(week.year, week.month, week.day), "d MMM")


def _long_date(week: date) -> str:
    return QLocale().toString(QDate(week.year, week.month, week.day), QLocale.FormatType.LongFormat)

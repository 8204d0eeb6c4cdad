"""The Progress tab: the charts get the figures of the data file, for the chosen period."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.progress import progress_report
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.progress.chart_base import ChartPoint, nice_step, ticks
from netplanner.gui.progress.funnel_chart import FunnelChart
from netplanner.gui.progress.tab import ProgressTab
from tests.gui.probes import showing_empty_state


def make_tab(qtbot, context: AppContext) -> ProgressTab:
    tab = ProgressTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    return tab


def test_the_charts_show_the_example_network(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.show()  # read when shown
    expected = demo_context.read(lambda s: progress_report(s, weeks=12))
    assert not showing_empty_state(tab)
    assert tab.held_chart.values() == [value for _, value in expected.held_per_week]
    assert sum(tab.held_chart.values()) == 2
    assert tab.names_chart.values() == [value for _, value in expected.names_per_conversation]
    assert 2.0 in tab.names_chart.values()
    assert tab.network_chart.values()[-1] == 12
    assert len(tab.network_chart.points()) == 12
    assert [(p.label, p.value) for p in tab.funnel_chart.points()] == [
        ("Asked", 4), ("Scheduled", 3), ("Held", 2), ("Thanked", 1),
    ]  # fmt: skip
    assert tab.funnel_chart.value_text(2) == "2  ·  50%"
    assert tab.headline.text() == (
        "In the last 12 weeks: 2 conversations held  ·  2 names gained  ·  12 contacts added"
    )
    last = tab.held_chart.points()[-1]
    assert last.tooltip.startswith("Week of ") and "conversation" in last.tooltip
    tab.grab()  # paints without errors


def test_an_empty_data_file_shows_a_friendly_empty_state(qtbot, context: AppContext) -> None:
    tab = make_tab(qtbot, context)
    tab.show()
    assert showing_empty_state(tab)
    assert tab.empty_title.isVisibleTo(tab) and "Nothing to show yet" in tab.empty_title.text()
    assert tab.held_chart.values() == [0] * 12 and tab.held_chart.is_empty()
    assert tab.funnel_chart.is_empty()


def test_choosing_a_period_redraws_and_is_remembered(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.show()
    tab.period.setCurrentIndex(tab.period.findData(52))
    assert len(tab.held_chart.points()) == 52 and len(tab.network_chart.points()) == 52
    assert sum(tab.held_chart.values()) == 2
    assert tab.headline.text().startswith("In the last 52 weeks")
    again = make_tab(qtbot, demo_context)
    assert again.weeks() == 52


def test_changes_refresh_a_shown_tab_and_wait_for_a_hidden_one(qtbot, context: AppContext) -> None:
    tab = make_tab(qtbot, context)
    tab.show()
    assert showing_empty_state(tab)
    context.write(
        lambda s: create_contact(s, ContactInput(name="Anna de Vries")), changes=Change.CONTACTS
    )
    assert not showing_empty_state(tab)
    assert tab.network_chart.values()[-1] == 1
    tab.hide()
    context.write(
        lambda s: create_contact(s, ContactInput(name="Şükrü Yılmaz")), changes=Change.CONTACTS
    )
    assert tab.network_chart.values()[-1] == 1, "a hidden tab does no work"
    tab.show()
    assert tab.network_chart.values()[-1] == 2


def test_dark_palette_bars_use_the_palette_highlight(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    dark = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#4f8fe6"),
        (QPalette.ColorRole.Mid, "#5f6368"),
    ):
        dark.setColor(role, QColor(color))
    tab.setPalette(dark)
    tab.show()
    chart = tab.held_chart
    assert chart.is_dark()
    image = chart.grab().toImage()
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert "#4f8fe6" in colors, "bars in the palette's highlight"
    assert "#17181a" in colors, "the card in the palette's base"


def test_a_bar_tells_its_value_on_hover(qtbot, context: AppContext) -> None:
    tab = make_tab(qtbot, context)
    tab.show()
    chart = tab.held_chart
    chart.set_points([ChartPoint("1 Mar", 0, "zero"), ChartPoint("8 Mar", 3, "three")])
    chart.grab()  # lays out the hover areas
    assert chart.tooltip_at(QPoint(chart.width() - 40, chart.height() // 2)) == "three"


def test_ticks_are_round_numbers() -> None:
    assert ticks(6) == [0, 2, 4, 6]
    assert ticks(7) == [0, 2, 4, 6, 8]
    assert ticks(0) == [0, 1]
    assert ticks(312) == [0, 100, 200, 300, 400]
    assert ticks(1.8, integer=False) == [0, 0.5, 1.0, 1.5, 2.0]
    assert nice_step(3, integer=True) == 1


def test_the_funnel_shares_are_of_the_first_stage(qtbot) -> None:
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.set_points([ChartPoint("Asked", 8), ChartPoint("Held", 3), ChartPoint("Thanked", 0)])
    assert [chart.value_text(i) for i in range(3)] == ["8  ·  100%", "3  ·  38%", "0  ·  0%"]
    chart.set_points([ChartPoint("Asked", 0)], "No conversations asked")
    assert chart.is_empty() and chart.describe() == "No conversations asked"

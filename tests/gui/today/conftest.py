"""Fixtures for the Today tab: the example network at a fixed moment, and a shown tab."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from netplanner.core.demo.example import load_demo
from netplanner.gui.context import AppContext
from netplanner.gui.today.tab import TodayTab

#: A Thursday morning; the example network is dated relative to it.
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    """The tab's fixed "now"."""
    return NOW


@pytest.fixture
def today_context(make_context, database) -> AppContext:
    with database.transaction() as session:
        load_demo(session, NOW)
    return make_context(database)


@pytest.fixture
def today_tab(today_context: AppContext, qtbot) -> TodayTab:
    tab = TodayTab(today_context, clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    return tab


@pytest.fixture
def empty_tab(context: AppContext, qtbot) -> TodayTab:
    tab = TodayTab(context, clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.show()
    return tab

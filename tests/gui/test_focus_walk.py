"""Keyboard users and low vision (WCAG 2.1 AA): Tab goes through every tab of the window
and out of every list and table, and wherever it stops, the focus can be seen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from netplanner.gui.main_window import MainWindow
from netplanner.gui.shortcuts_dialog import plain_text
from tests.gui.focus_walk import (
    describe,
    focus_shows,
    out_of_order,
    tab_stops,
    themed,
)
from tests.gui.probes import shown


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tab_leaves_every_table_and_every_focus_shows(qtbot, demo_context, scheme) -> None:
    with themed(scheme):
        window = shown(qtbot, MainWindow(demo_context), 1200, 760)
        window.contacts_tab.show_contact(2)  # forms filled, so every field is shown
        window.conversations_tab.show_conversation(2)
        trapped, unseen, disorder, views = [], [], [], 0
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            tab = plain_text(window.tabs.tabText(index))

            def check(widget, tab=tab) -> None:
                if not focus_shows(window, widget):
                    unseen.append(f"{tab}: {describe(widget)}")

            stops, came_back = tab_stops(window, window.tabs.tabBar(), check)
            if not came_back:
                trapped.append(f"{tab}: {describe(QApplication.focusWidget())}")
            assert len(stops) >= 5, (tab, [describe(stop) for stop in stops])
            disorder += [f"{tab}: {step}" for step in out_of_order(window, stops)]
            views += sum(isinstance(stop, QAbstractItemView) for stop in stops)
        assert trapped == []
        assert disorder == [], "\n".join(disorder)
        assert unseen == [], "\n".join(unseen)
        assert views >= 7  # the tables and lists were among the stops

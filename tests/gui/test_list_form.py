"""What the tabs with a list and a form share (``netplanner.gui.list_form``)."""

from __future__ import annotations

import pytest

from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.contacts.tab import ContactsTab
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.goals.tab import GoalsTab
from netplanner.gui.today.tab import TodayTab
from tests.gui.probes import shown

TABS = (ContactsTab, ConversationsTab, GoalsTab, BanksTab, TodayTab)


@pytest.mark.parametrize("tab_class", TABS, ids=lambda tab_class: tab_class.__name__)
def test_each_tab_keeps_the_width_the_user_gave_its_list(
    qtbot, demo_context: AppContext, tab_class
) -> None:
    tab = shown(qtbot, tab_class(demo_context), 1100, 700)
    first = tab.splitter.sizes()
    tab.splitter.moveSplitter(first[0] - 40, 1)  # as a drag of the handle does
    moved = tab.splitter.sizes()
    assert moved[0] == first[0] - 40
    tab.close()

    assert shown(qtbot, tab_class(demo_context), 1100, 700).splitter.sizes() == moved

"""Today from the keyboard: every link is one Tab stop, highlighted, and Enter opens it;
Tab goes down the rows before the side panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from netplanner.gui.today.tab import TodayTab
from tests.gui.probes import seen as as_read


def _press_tab(qtbot) -> QLabel | None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_each_link_is_one_tab_stop_with_the_link_highlighted(
    today_tab: TodayTab, today_context, qtbot
) -> None:
    row = next(a for a in today_tab.overdue.row_actions if a.item.conversation_id is not None)
    who = next(w for w in today_tab.overdue.focus_chain if "the conversation" in w.text())
    qtbot.waitExposed(today_tab)
    today_tab.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[tuple[object, str]] = []
    while QApplication.focusWidget() is not row.done_button and len(seen) < 40:
        widget = _press_tab(qtbot)
        text = widget.selectedText() if isinstance(widget, QLabel) else ""
        seen.append((widget, text))
    on_who = [as_read(text) for widget, text in seen if widget is who]
    # Two links, two stops, each showing which link Enter opens: no empty stop first.
    assert on_who == [row.item.contact_name, "the conversation"]
    assert all(text for widget, text in seen if isinstance(widget, QLabel))
    with qtbot.waitSignal(today_context.events.open_conversation_requested) as opened:
        who.setFocus(Qt.FocusReason.BacktabFocusReason)  # Shift+Tab into it: its last link
        qtbot.keyClick(who, Qt.Key.Key_Return)
    assert opened.args == [row.item.conversation_id]


def test_tab_goes_down_the_rows_before_the_side_panel(today_tab: TodayTab, qtbot) -> None:
    qtbot.waitExposed(today_tab)
    today_tab.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    order = []
    for _ in range(80):
        widget = _press_tab(qtbot)
        if widget is today_tab.routines.thank_you:
            break
        if widget not in order:
            order.append(widget)
    rows = [w for section in today_tab.sections for w in section.focus_chain]
    assert order == rows + [s.more_button for s in today_tab.sections if s.more_button.isVisible()]

"""A follow-up changed elsewhere (another window, a coach on the practice server) after
the Today tab showed it: Done or Snooze on the old row is refused in one line and
overwrites nothing; the tab then shows the follow-up as it is now."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from netplanner.core.followups.stored import mark_done, snooze
from netplanner.core.models import FollowUp
from netplanner.gui.context import AppContext
from netplanner.gui.today.tab import TodayTab
from tests.gui.probes import row_texts
from tests.gui.today.test_today_tab import _row


def _stored(context: AppContext, start: str) -> FollowUp:
    return context.read(
        lambda s: s.scalars(select(FollowUp).where(FollowUp.what.like(f"{start}%"))).one()
    )


def test_done_on_a_follow_up_snoozed_elsewhere_is_refused_and_shows_it_moved(
    now: datetime, today_tab: TodayTab, today_context: AppContext, prompts, qtbot
) -> None:
    eva = _stored(today_context, "Ask Eva")
    next_week = now + timedelta(days=5)
    with today_context.database.transaction() as session:  # elsewhere, this tab not told
        snooze(session, eva.id, next_week)
    row = _row(today_tab.today, "Ask Eva")
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    assert len(prompts.errors) == 1
    assert "Someone else changed this follow-up" in prompts.errors[0]
    eva = _stored(today_context, "Ask Eva")
    assert eva.done_at is None and eva.due_at == next_week
    # Shown as it is now: no longer today, but later this week; Done there works.
    assert row_texts(today_tab.today) == []
    row = _row(today_tab.this_week, "Ask Eva")
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    assert len(prompts.errors) == 1
    assert _stored(today_context, "Ask Eva").done_at == now


def test_snooze_on_a_follow_up_done_elsewhere_is_refused(
    now: datetime, today_tab: TodayTab, today_context: AppContext, prompts
) -> None:
    linkedin = _stored(today_context, "Update my LinkedIn")
    with today_context.database.transaction() as session:
        mark_done(session, linkedin.id, now - timedelta(hours=1))
    row = _row(today_tab.overdue, "LinkedIn")
    row.snooze_menu.actions()[1].trigger()  # For 3 days
    assert len(prompts.errors) == 1 and "Someone else changed" in prompts.errors[0]
    stored = _stored(today_context, "Update my LinkedIn")
    assert stored.done_at == now - timedelta(hours=1) and stored.due_at == linkedin.due_at
    assert not any("LinkedIn" in text for s in today_tab.sections for text in row_texts(s))

"""The Today tab as a user sees it: sections, Done, Snooze, Dismiss, routines, adding."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from netplanner.core.followups.routine_settings import load_routine_settings
from netplanner.core.followups.stored import open_follow_ups
from netplanner.core.models import Conversation, FollowUp
from netplanner.gui.today.rows import TodaySection
from netplanner.gui.today.tab import TodayTab
from tests.gui.probes import row_texts


def _row(section: TodaySection, text: str):
    """The actions of the row whose wording contains ``text``."""
    return next(
        a for a, t in zip(section.row_actions, row_texts(section), strict=True) if text in t
    )


def test_shows_the_example_network_in_the_right_sections(today_tab: TodayTab) -> None:
    tab = today_tab
    assert tab.overdue.isVisible() and tab.overdue.heading.text() == "Overdue (3)"
    assert row_texts(tab.overdue) == [
        "Get back in touch · Bert Jansen",
        # due yesterday at nine; the 3B7 nudge came due at ten (the ask went out at ten)
        "Update my LinkedIn headline to 'UX researcher – healthcare apps'",
        "No reply yet: ask a second person to think along · Gijs de Boer",
    ]
    assert row_texts(tab.today) == [
        "Ask Eva which healthcare software makers have UX researchers I could talk to · Eva Mulder"
    ]
    assert row_texts(tab.this_week) == [
        "Read Toegankelijk.nu's latest accessibility report before the call · Şükrü Yılmaz",
        "Informational conversation · Şükrü Yılmaz",
    ]
    assert row_texts(tab.thank_yous) == ["Send a thank-you · Carla Smit"]
    assert tab.thank_yous.heading.text() == "Thank-yous to send (1)"
    assert "3 overdue" in tab.summary.text() and "1 thank-you to send" in tab.summary.text()
    assert not tab.empty_label.isVisible()
    # Suggestions can be dismissed; the user's own follow-ups and conversations cannot.
    nudge = _row(tab.overdue, "No reply yet")
    assert nudge.dismiss_button.isVisible()
    assert not _row(tab.overdue, "LinkedIn").dismiss_button.isVisible()
    assert _row(tab.this_week, "Informational").done_button is None


def test_done_removes_the_item_and_stores_it(
    now, today_tab: TodayTab, today_context, qtbot
) -> None:
    row = _row(today_tab.today, "Ask Eva")
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    assert row_texts(today_tab.today) == []
    assert today_tab.today.empty_label.isVisibleTo(today_tab)
    done = today_context.read(
        lambda s: s.scalars(select(FollowUp).where(FollowUp.what.like("Ask Eva%"))).one()
    )
    assert done.done_at == now


def test_done_on_a_thank_you_marks_the_conversation_thanked(
    now, today_tab: TodayTab, today_context, qtbot
) -> None:
    row = _row(today_tab.thank_yous, "thank-you")
    with qtbot.waitSignal(today_context.events.conversations_changed):
        qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    assert row_texts(today_tab.thank_yous) == []
    carla = today_context.read(
        lambda s: s.scalars(select(Conversation).where(Conversation.status == "thanked")).all()
    )
    assert len(carla) == 2 and any(c.thanked_at == now for c in carla)


def test_snooze_moves_a_suggestion_to_a_later_section(
    now, today_tab: TodayTab, today_context
) -> None:
    row = _row(today_tab.overdue, "No reply yet")
    three_days = row.snooze_menu.actions()[1]
    assert three_days.text() == "For 3 days"
    three_days.trigger()
    assert not any("No reply yet" in t for t in row_texts(today_tab.overdue))
    assert row_texts(today_tab.this_week) == [
        "Read Toegankelijk.nu's latest accessibility report before the call · Şükrü Yılmaz",
        "No reply yet: ask a second person to think along · Gijs de Boer",
        "Informational conversation · Şükrü Yılmaz",
    ]
    (stored,) = [
        f
        for f in today_context.read(open_follow_ups)
        if (f.suggestion_key or "").startswith("nudge:")
    ]
    assert stored.due_at == (now + timedelta(days=3)).replace(hour=9)
    # Not suggested again on the next refresh.
    today_tab.refresh()
    assert sum("No reply yet" in t for s in today_tab.sections for t in row_texts(s)) == 1


def test_dismiss_hides_a_suggestion_for_good(
    now, today_tab: TodayTab, today_context, qtbot
) -> None:
    row = _row(today_tab.overdue, "Get back in touch")
    qtbot.mouseClick(row.dismiss_button, Qt.MouseButton.LeftButton)
    assert today_tab.overdue.heading.text() == "Overdue (2)"
    # The keyboard focus stays in place: on the row that moved up.
    assert today_tab.focusWidget() is today_tab.overdue.row_actions[0].done_button
    stored = today_context.read(
        lambda s: s.scalars(select(FollowUp).where(FollowUp.kind == "stay_in_touch")).one()
    )
    assert stored.done_at is not None and stored.suggestion_key.startswith("touch:")
    again = TodayTab(today_context, clock=lambda: now)
    qtbot.addWidget(again)
    assert not any("Get back in touch" in t for t in row_texts(again.overdue))


def test_a_switched_off_routine_stops_suggesting(
    today_tab: TodayTab, today_context, now, qtbot
) -> None:
    today_tab.routines.three_b_seven.setChecked(False)
    assert not any("No reply yet" in t for t in row_texts(today_tab.overdue))
    # Kept in the data file: a new tab (or `netplanner today`) sees the same choice.
    assert today_context.read(load_routine_settings).three_b_seven is False
    again = TodayTab(today_context, clock=lambda: now)
    qtbot.addWidget(again)
    assert not again.routines.three_b_seven.isChecked()
    assert not any("No reply yet" in t for t in row_texts(again.overdue))
    today_tab.routines.thank_you.setChecked(False)
    assert not today_tab.thank_yous.isVisible()
    today_tab.routines.stay_in_touch.setChecked(False)
    assert row_texts(today_tab.overdue) == [
        "Update my LinkedIn headline to 'UX researcher – healthcare apps'"
    ]
    assert not today_tab.routines.weeks.isEnabled()
    today_tab.routines.three_b_seven.setChecked(True)
    assert any("No reply yet" in t for t in row_texts(today_tab.overdue))


def test_names_and_conversations_open_in_their_tabs(
    today_tab: TodayTab, today_context, qtbot
) -> None:
    events = today_context.events
    row = _row(today_tab.thank_yous, "thank-you")
    labels = [label for label in row.parent().findChildren(QLabel) if "contact:" in label.text()]
    carla = row.item.contact_id
    who = next(label for label in labels if f'contact:{carla}"' in label.text())
    with qtbot.waitSignal(events.open_contact_requested) as opened:
        who.linkActivated.emit(f"contact:{carla}")
    assert opened.args == [carla]
    conversation = _row(today_tab.this_week, "Informational")
    with qtbot.waitSignal(events.open_conversation_requested) as shown:
        qtbot.mouseClick(conversation.open_button, Qt.MouseButton.LeftButton)
    assert shown.args == [conversation.item.conversation_id]


def test_add_a_follow_up_about_a_contact(now, today_tab: TodayTab, today_context, qtbot) -> None:
    today_tab.new_item()
    form = today_tab.add_form
    assert form.isVisible() and form.what_edit.hasFocus()
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.message.isVisible() and "Say what" in form.message.text()
    qtbot.keyClicks(form.what_edit, "Send Irene the article")
    qtbot.keyClicks(form.contact_picker.lineEdit(), "Nobody Known")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert "no contact called" in form.message.text()
    assert len(today_context.read(open_follow_ups)) == 3
    form.contact_picker.lineEdit().clear()
    qtbot.keyClicks(form.contact_picker.lineEdit(), "Irene Kok")
    qtbot.keyClick(form.what_edit, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert row_texts(today_tab.this_week)[0] == "Send Irene the article · Irene Kok"
    stored = [f for f in today_context.read(open_follow_ups) if f.what.startswith("Send Irene")]
    assert stored[0].contact_name == "Irene Kok" and stored[0].kind == "manual"
    assert stored[0].due_at.astimezone().date() == now.date() + timedelta(days=1)


def test_nothing_due_shows_a_friendly_sentence(empty_tab: TodayTab) -> None:
    assert empty_tab.empty_label.isVisible()
    assert "Nothing is due" in empty_tab.empty_label.text()
    assert "plan a conversation" in empty_tab.empty_label.text()
    assert not any(section.isVisible() for section in empty_tab.sections)


def test_refreshes_on_show_after_a_change_elsewhere(today_tab: TodayTab, today_context) -> None:
    today_tab.hide()
    with today_context.transaction() as session:
        for conversation in session.scalars(select(Conversation)):
            if conversation.status == "held":
                conversation.status = "thanked"
    today_context.events.conversations_changed.emit()
    assert row_texts(today_tab.thank_yous) == ["Send a thank-you · Carla Smit"]  # not yet
    today_tab.show()
    assert row_texts(today_tab.thank_yous) == []


def test_routines_switched_in_an_older_version_are_carried_into_the_file(
    today_context, settings, now, qtbot
) -> None:
    settings.setValue("followups/thank_you", False)  # where older versions kept them
    settings.setValue("followups/stay_in_touch_weeks", 4)
    tab = TodayTab(today_context, clock=lambda: now)
    qtbot.addWidget(tab)
    assert not tab.routines.thank_you.isChecked() and tab.routines.weeks.value() == 4
    stored = today_context.read(load_routine_settings)
    assert (stored.thank_you, stored.three_b_seven, stored.stay_in_touch_weeks) == (False, True, 4)
    assert not settings.contains("followups/thank_you")

"""Issue 21's frictions in the conversation form, and the bank that follows the kind:
a date and time typed as a whole, answers that never move the rows under the mouse,
the tab opening on what comes next, the think-along bank for a think-along talk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import (
    ConversationInput,
    QuestionChoice,
    create_conversation,
    get_conversation,
)
from netplanner.core.goals import GoalInput, create_goal
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.events import Change

MARCH_15 = QDateTime(QDate(2026, 3, 15), QTime(14, 30))


def _active(qtbot, tab: ConversationsTab) -> None:
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)


def _typed_form(edit) -> str:
    """March 15th, 2:30 pm as the field shows dates (the locale's order), plain spaces."""
    return QLocale().toString(MARCH_15, edit.displayFormat()).replace("\u202f", " ")


@pytest.mark.parametrize("how", ["select all", "tab in"])
def test_a_date_and_time_typed_as_a_whole_changes_the_day_too(qtbot, tab, how) -> None:
    _active(qtbot, tab)
    form = tab.form
    tab.new_item()
    form.when_edit.undated.setChecked(False)
    edit = form.when_edit.edit
    form.kind_combo.setFocus()
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_Tab)  # in the real order: status, then date
    edit.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into the field: its first section
    assert edit.hasFocus()
    if how == "select all":
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, _typed_form(edit))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.dateTime() == MARCH_15
    assert form.values(1).starts_at == datetime(2026, 3, 15, 14, 30).astimezone(UTC)


def test_typing_the_first_part_keeps_the_rest_and_nonsense_changes_nothing(qtbot, tab) -> None:
    _active(qtbot, tab)
    form = tab.form
    tab.new_item()
    form.when_edit.undated.setChecked(False)
    edit = form.when_edit.edit
    edit.setDateTime(QDateTime(QDate(2026, 1, 12), QTime(9, 0)))
    first_is_day = edit.displayFormat().lower().startswith("d")
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, "5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    expected = QDate(2026, 1, 5) if first_is_day else QDate(2026, 5, 12)
    assert edit.dateTime() == QDateTime(expected, QTime(9, 0))
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "99 99 2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.dateTime() == QDateTime(expected, QTime(9, 0))
    assert edit.lineEdit().text() == edit.textFromDateTime(edit.dateTime())


def test_typing_an_answer_never_moves_the_rows_under_the_mouse(
    qtbot, context, tab, type_text
) -> None:
    with context.transaction() as session:
        carla = create_contact(session, ContactInput("Carla de Graaf")).id
        talk = create_conversation(
            session,
            ConversationInput(carla, status="held"),
            [QuestionChoice(f"What made you choose step {n} of your career?") for n in (1, 2, 3)],
        ).id
    context.events.announce(Change.EVERYTHING)  # as a write in the window would
    tab.show_conversation(talk)
    chosen = tab.form.picker.chosen_list
    chosen.setCurrentRow(0)
    rows = [chosen.visualItemRect(chosen.item(row)) for row in range(3)]
    type_text(tab.form.picker.answer_edit, "Zoë: a long answer " * 12)
    qtbot.wait(20)
    assert [chosen.visualItemRect(chosen.item(row)) for row in range(3)] == rows
    assert chosen.currentRow() == 0
    assert tab.save()
    stored = context.read(lambda s: get_conversation(s, talk))
    assert stored.questions[0].answer.startswith("Zoë: a long answer")


def _plan(session, name: str, status: str, when: datetime | None, **fields) -> int:
    contact = create_contact(session, ContactInput(name)).id
    return create_conversation(
        session, ConversationInput(contact, status=status, starts_at=when, **fields)
    ).id


def test_the_tab_opens_on_the_next_planned_conversation(qtbot, context) -> None:
    now = datetime.now(UTC)
    with context.transaction() as session:
        _plan(session, "Held Yesterday", "held", now - timedelta(days=1))
        _plan(session, "Later On", "scheduled", now + timedelta(days=10))
        next_one = _plan(session, "Next Up", "scheduled", now + timedelta(days=3))
        _plan(session, "Just An Idea", "idea", None)
    tab = ConversationsTab(context)
    qtbot.addWidget(tab)
    assert tab.form.conversation_id == next_one
    assert tab.form.title_label.text() == "Conversation with Next Up"
    assert tab.table.selectionModel().selectedRows()[0].data() == "Next Up"


def test_without_a_date_ahead_it_opens_on_an_ask_and_with_nothing_planned_empty(
    qtbot, context
) -> None:
    with context.transaction() as session:
        _plan(session, "Just An Idea", "idea", None)
        asked = _plan(session, "Asked Already", "asked", None)
    tab = ConversationsTab(context)
    qtbot.addWidget(tab)
    assert tab.form.conversation_id == asked
    with context.transaction() as session:
        for row in (asked, asked - 1):
            get_conversation(session, row).status = "cancelled"
    empty = ConversationsTab(context)
    qtbot.addWidget(empty)
    assert empty.form.conversation_id is None
    assert empty.form.title_label.text() == "New conversation"


def test_the_bank_offered_follows_the_kind_of_conversation(qtbot, context, tab) -> None:
    with context.transaction() as session:
        dutch = create_goal(session, GoalInput(target_role="Beleidsadviseur", language="nl")).id
        carla = create_contact(session, ContactInput("Carla de Graaf")).id
        thinking = create_conversation(
            session, ConversationInput(carla, kind="think_along", goal_id=dutch)
        ).id
        english = create_conversation(session, ConversationInput(carla, kind="think_along")).id
    context.events.announce(Change.EVERYTHING)  # as a write in the window would
    bank = tab.form.picker.bank_combo
    tab.show_conversation(thinking)
    assert bank.currentText().startswith("Meedenken")
    tab.form.kind_combo.setCurrentIndex(tab.form.kind_combo.findData("informational"))
    assert bank.currentText().startswith("Informatiegesprek")
    tab.form.kind_combo.setCurrentIndex(tab.form.kind_combo.findData("think_along"))
    assert bank.currentText().startswith("Meedenken")
    tab.save()
    tab.show_conversation(english)  # no goal: the window's language
    assert bank.currentText().startswith("Think along")

"""The Conversations tab as a user meets it: plan, choose questions, note answers, delete."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QListWidgetItem

from netplanner.core.banks import update_question
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import get_contact, update_contact
from netplanner.core.conversations import (
    delete_conversation,
    get_conversation,
    list_conversation_rows,
)
from netplanner.gui.conversations.chosen_list import SourceRole
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.conversations.table_model import COL_CONTACT

LEFT = Qt.MouseButton.LeftButton


def _bank_questions(tab: ConversationsTab) -> list[QListWidgetItem]:
    bank_list = tab.form.picker.bank_list
    items = [bank_list.item(row) for row in range(bank_list.count())]
    return [item for item in items if item.data(SourceRole) is not None]


def _choose_bank(tab: ConversationsTab, name_start: str) -> None:
    combo = tab.form.picker.bank_combo
    position = combo.findText(name_start, Qt.MatchFlag.MatchStartsWith)
    assert position >= 0, name_start
    combo.setCurrentIndex(position)


def _click_row(qtbot, tab: ConversationsTab, name: str) -> None:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_CONTACT).data() == name)
    rect = tab.table.visualRect(model.index(row, COL_CONTACT))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())


def _stored(context, conversation_id: int):
    return context.read(lambda s: get_conversation(s, conversation_id))


def test_plan_a_conversation_with_three_bank_questions(tab, context, qtbot) -> None:
    form, picker = tab.form, tab.form.picker
    qtbot.mouseClick(tab.plan_button, LEFT)
    assert form.title_label.text() == "New conversation"
    assert form.goal_combo.currentText() == "— no goal —"
    qtbot.keyClicks(form.contact_combo.lineEdit(), "Carla Smit")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("informational"))
    assert "does the work you want" in form.kind_combo.toolTip()
    assert form.when_edit.undated.isChecked()
    qtbot.mouseClick(form.when_edit.undated, LEFT)
    assert form.when_edit.edit.isEnabled()
    form.when_edit.edit.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(14, 30)))

    _choose_bank(tab, "Informational conversation")
    first, second, third = _bank_questions(tab)[:3]
    picker.bank_list.setFocus()  # Enter adds while the list has the focus
    for item in (first, second, third):
        picker.bank_list.setCurrentItem(item)
        qtbot.keyClick(picker.bank_list, Qt.Key.Key_Return)
    assert picker.chosen_list.count() == 3
    picker.bank_list.setCurrentItem(second)
    qtbot.keyClick(picker.bank_list, Qt.Key.Key_Return)  # the same question twice: refused
    assert picker.chosen_list.count() == 3
    assert "already" in picker.status_label.text()
    picker.chosen_list.setCurrentRow(2)
    qtbot.mouseClick(picker.up_button, LEFT)
    assert form.is_dirty and "not saved" in form.title_label.text()

    with qtbot.waitSignal(context.events.conversations_changed):
        qtbot.mouseClick(form.save_button, LEFT)

    rows = context.read(list_conversation_rows)
    assert [row.contact_name for row in rows] == ["Carla Smit"]
    stored = _stored(context, rows[0].id)
    assert stored.kind == "informational" and stored.status == "idea"
    assert stored.duration_minutes == 45
    assert stored.starts_at == datetime(2026, 11, 24, 14, 30).astimezone(UTC)
    assert [q.text for q in stored.questions] == [first.text(), third.text(), second.text()]
    assert [q.source_question_id for q in stored.questions] == [
        first.data(SourceRole),
        third.data(SourceRole),
        second.data(SourceRole),
    ]
    assert not form.is_dirty
    assert form.title_label.text() == "Conversation with Carla Smit"
    assert tab.model.rowCount() == 1 and tab.table.currentIndex().row() == 0
    assert "Saved" in form.message_label.text()

    # Editing the bank later does not rewrite what this conversation asks.
    with context.transaction() as session:
        update_question(session, first.data(SourceRole), "A reworded question?", "work")
    assert _stored(context, rows[0].id).questions[0].text == first.text()


def test_write_your_own_question(tab, context, qtbot) -> None:
    form, picker = tab.form, tab.form.picker
    tab.new_item()
    qtbot.keyClicks(form.contact_combo.lineEdit(), "Dmitri Ivanov")
    qtbot.keyClicks(picker.own_edit, "What surprised you most in your first year?")
    qtbot.keyClick(picker.own_edit, Qt.Key.Key_Return)
    assert picker.own_edit.text() == ""
    qtbot.keyClicks(picker.own_edit, "what surprised you most in your first year?")
    qtbot.mouseClick(picker.own_button, LEFT)
    assert picker.chosen_list.count() == 1  # same words, other case: not added twice
    assert "already" in picker.status_label.text()
    qtbot.mouseClick(form.save_button, LEFT)

    stored = _stored(context, context.read(list_conversation_rows)[0].id)
    assert [(q.text, q.source_question_id) for q in stored.questions] == [
        ("What surprised you most in your first year?", None)
    ]


def test_saving_without_a_known_contact_says_why(tab, context, prompts, qtbot) -> None:
    tab.new_item()
    qtbot.keyClicks(tab.form.contact_combo.lineEdit(), "Nobody Known")
    qtbot.mouseClick(tab.form.save_button, LEFT)
    assert prompts.errors and "Contacts tab" in prompts.errors[0]
    assert context.read(list_conversation_rows) == []


def test_note_answers_and_outcome_after_it_is_held(
    demo_tab, demo_context, conversation_id, type_text, qtbot
) -> None:
    tab, form, picker = demo_tab, demo_tab.form, demo_tab.form.picker
    _click_row(qtbot, tab, "Şükrü Yılmaz")
    assert form.title_label.text() == "Conversation with Şükrü Yılmaz"
    form.status_combo.setCurrentIndex(form.status_combo.findData("held"))
    assert not picker.answer_edit.isEnabled()
    picker.chosen_list.setCurrentRow(0)
    assert picker.answer_edit.isEnabled()
    qtbot.keyClicks(picker.answer_edit, "Mostly usability tests, ")
    type_text(picker.answer_edit, "ook met Şükrü's team")
    picker.chosen_list.setCurrentRow(2)
    assert picker.answer_edit.toPlainText() == ""
    qtbot.keyClicks(picker.answer_edit, "Through a bank's design team.")
    picker.chosen_list.setCurrentRow(0)
    assert picker.answer_edit.toPlainText() == "Mostly usability tests, ook met Şükrü's team"
    qtbot.keyClicks(form.outcome_edit, "Send him the article on screen readers.")
    qtbot.mouseClick(form.save_button, LEFT)

    stored = _stored(demo_context, conversation_id(demo_context, "Şükrü Yılmaz"))
    assert stored.status == "held"
    assert stored.outcome == "Send him the article on screen readers."
    answers = [q.answer for q in stored.questions]
    assert answers[0] == "Mostly usability tests, ook met Şükrü's team"
    assert answers[2] == "Through a bank's design team."
    assert answers[1] == answers[3] == ""


def test_delete_asks_first_and_says_what_goes(
    demo_tab, demo_context, prompts, conversation_id, qtbot
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    _click_row(qtbot, tab, "Carla Smit")
    prompts.confirm_answers = [False]
    qtbot.mouseClick(tab.form.delete_button, LEFT)
    assert prompts.asked[-1][0] == "confirm"
    assert "Carla Smit" in prompts.asked[-1][1] and "answers" in prompts.asked[-1][1]
    assert tab.model.contains(carla) and _stored(demo_context, carla)

    prompts.confirm_answers = [True]
    with qtbot.waitSignal(demo_context.events.conversations_changed):
        qtbot.mouseClick(tab.form.delete_button, LEFT)
    assert carla not in [row.id for row in demo_context.read(list_conversation_rows)]
    assert tab.model.rowCount() == 3 and not tab.model.contains(carla)
    assert tab.form.conversation_id is None
    assert not tab.form.delete_button.isEnabled()


def test_filters_and_show_conversation_clears_what_hides_it(
    demo_tab, demo_context, conversation_id
) -> None:
    tab = demo_tab
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("upcoming"))
    assert tab.model.rowCount() == 2
    assert tab.count_label.text() == "2 of 4 shown"
    tab.search_edit.setText("video")
    assert tab.model.rowCount() == 1
    anna = conversation_id(demo_context, "Anna de Vries")
    tab.show_conversation(anna)
    assert tab.filter_combo.currentData() == "all" and tab.search_edit.text() == ""
    assert tab.form.conversation_id == anna
    assert tab.model.id_at(tab.table.currentIndex().row()) == anna
    assert tab.count_label.text() == "4 conversations"


def test_unsaved_changes_are_not_lost_when_choosing_another_row(
    demo_tab, demo_context, prompts, conversation_id, qtbot
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    _click_row(qtbot, tab, "Carla Smit")
    qtbot.keyClick(tab.form.place_edit, Qt.Key.Key_End)
    qtbot.keyClicks(tab.form.place_edit, " (second floor)")
    prompts.choose_answers = [None]  # closes the question: keep editing
    _click_row(qtbot, tab, "Anna de Vries")
    assert tab.form.conversation_id == carla and tab.form.is_dirty
    assert tab.model.id_at(tab.table.currentIndex().row()) == carla
    prompts.choose_answers = [0]  # save
    _click_row(qtbot, tab, "Anna de Vries")
    assert tab.form.conversation_id == conversation_id(demo_context, "Anna de Vries")
    assert _stored(demo_context, carla).place == "MedApp Studio, Amersfoort (second floor)"


def test_refreshes_when_a_contact_is_renamed_elsewhere(
    demo_tab, demo_context, conversation_id
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    tab.show_conversation(carla)
    with demo_context.transaction() as session:
        contact = get_contact(session, _stored(demo_context, carla).contact_id)
        update_contact(session, contact.id, ContactInput(name="Carla Smit-de Wit"))
    demo_context.events.contacts_changed.emit()
    assert tab.model.index(tab.model.row_of(carla), COL_CONTACT).data() == "Carla Smit-de Wit"
    assert tab.form.contact_combo.currentText() == "Carla Smit-de Wit"
    assert not tab.form.is_dirty


def test_new_conversation_preselects_the_active_goal(demo_tab) -> None:
    demo_tab.new_item()
    assert demo_tab.form.goal_combo.currentText().startswith("UX researcher")
    assert demo_tab.form.contact_combo.currentText() == ""
    assert demo_tab.form.duration_spin.value() == 45


def test_changes_while_hidden_are_shown_when_the_tab_is_shown_again(
    demo_tab, demo_context, conversation_id
) -> None:
    tab = demo_tab
    tab.hide()
    carla = conversation_id(demo_context, "Carla Smit")
    with demo_context.transaction() as session:
        contact_id = _stored(demo_context, carla).contact_id
        update_contact(session, contact_id, ContactInput(name="Carla Smit-de Wit"))
        delete_conversation(session, conversation_id(demo_context, "Gijs de Boer"))
    demo_context.events.contacts_changed.emit()
    demo_context.events.conversations_changed.emit()
    tab.show()
    assert tab.model.rowCount() == 3
    assert tab.model.index(tab.model.row_of(carla), COL_CONTACT).data() == "Carla Smit-de Wit"
    assert tab.form.contact_combo.findText("Carla Smit-de Wit") >= 0

"""The question picker: banks in the goal's language first, categories, keyboard use."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core.goals import GoalInput, create_goal
from netplanner.gui.conversations.chosen_list import ChosenRole, SourceRole
from netplanner.gui.conversations.question_picker import QuestionPicker


def _picker(context, qtbot) -> QuestionPicker:
    picker = QuestionPicker(context)
    qtbot.addWidget(picker)
    picker.resize(700, 500)
    picker.show()
    return picker


def _question_rows(picker: QuestionPicker) -> list[int]:
    bank_list = picker.bank_list
    return [r for r in range(bank_list.count()) if bank_list.item(r).data(SourceRole) is not None]


def test_banks_in_the_goals_language_come_first(context, qtbot) -> None:
    picker = _picker(context, qtbot)
    picker.set_preferred_language("nl")
    assert picker.bank_combo.itemText(0).endswith("(Dutch)")
    picker.set_preferred_language("en")
    assert picker.bank_combo.itemText(0).endswith("(English)")


def test_form_follows_the_goal_language(tab, context, qtbot) -> None:
    with context.transaction() as session:
        create_goal(session, GoalInput(target_role="Beleidsmedewerker", language="nl"))
    context.events.goals_changed.emit()
    form = tab.form
    form.goal_combo.setCurrentIndex(form.goal_combo.findText("Beleidsmedewerker"))
    assert form.picker.bank_combo.currentText().endswith("(Dutch)")


def test_category_filter_and_headers(context, qtbot) -> None:
    picker = _picker(context, qtbot)
    everything = picker.bank_list.count()
    headers = everything - len(_question_rows(picker))
    assert headers >= 2  # one header a category
    picker.category_combo.setCurrentIndex(picker.category_combo.findData("referrals"))
    assert 0 < picker.bank_list.count() < everything
    assert len(_question_rows(picker)) == picker.bank_list.count()  # no headers when filtered


def test_keyboard_and_double_click(context, prompts, qtbot) -> None:
    picker = _picker(context, qtbot)
    rows = _question_rows(picker)
    first = picker.bank_list.item(rows[0])
    rect = picker.bank_list.visualItemRect(first)
    viewport = picker.bank_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert [c.text for c in picker.choices()] == [first.text()]
    assert first.data(ChosenRole)  # ticked in the bank list
    picker.bank_list.clearSelection()
    for row in rows[1:3]:
        picker.bank_list.item(row).setSelected(True)
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)  # several at once
    assert len(picker.choices()) == 3
    picker.chosen_list.setCurrentRow(2)
    with qtbot.waitActive(picker):
        picker.activateWindow()
    picker.chosen_list.setFocus()  # the list's keys work while it has the focus
    qtbot.keyClick(picker.chosen_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert picker.choices()[1].text == picker.bank_list.item(rows[2]).text()
    qtbot.keyClicks(picker.answer_edit, "They said yes.")
    picker.chosen_list.setFocus()
    prompts.confirm_answers = [False]
    qtbot.keyClick(picker.chosen_list, Qt.Key.Key_Delete)  # has an answer: asks, keeps
    assert len(picker.choices()) == 3 and prompts.asked[-1][0] == "confirm"
    picker.chosen_list.setCurrentRow(0)
    qtbot.keyClick(picker.chosen_list, Qt.Key.Key_Delete)  # no answer: just goes
    assert [c.answer for c in picker.choices()] == ["They said yes.", ""]


def test_new_item_puts_the_cursor_in_the_contact_picker(tab, qtbot) -> None:
    tab.activateWindow()
    tab.new_item()
    qtbot.waitUntil(lambda: tab.form.contact_combo.hasFocus(), timeout=1000)
    tab.focus_search()
    qtbot.waitUntil(lambda: tab.search_edit.hasFocus(), timeout=1000)

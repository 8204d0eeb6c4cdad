"""Building a conversation's question list: dragging, the keyboard, a suggested set."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QListWidgetItem

from netplanner.core.conversations import get_conversation, list_conversation_rows
from netplanner.gui.conversations.chosen_list import (
    CategoryRole,
    ChosenQuestionsList,
    ChosenRole,
    SourceRole,
)
from netplanner.gui.conversations.drag import QUESTION_MIME
from netplanner.gui.conversations.question_picker import QuestionPicker
from netplanner.gui.conversations.tab import ConversationsTab

COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton


def _bank_items(picker: QuestionPicker) -> list[QListWidgetItem]:
    items = [picker.bank_list.item(row) for row in range(picker.bank_list.count())]
    return [item for item in items if item.data(SourceRole) is not None]


def _drag_from_bank(picker: QuestionPicker, items: list[QListWidgetItem]) -> QMimeData:
    """What a drag from the bank list carries: the list model's own mimeData."""
    indexes = [picker.bank_list.indexFromItem(item) for item in items]
    return picker.bank_list.model().mimeData(indexes)


def _drop(target, mime: QMimeData, row: int) -> bool:
    """Drag ``mime`` over ``target`` (a list widget) and drop it on the top edge of ``row``.

    Returns whether the list accepted the drag while it moved over it.
    """
    rect = target.visualItemRect(target.item(row))
    position = QPointF(rect.center().x(), rect.top() + 2)
    actions = COPY | Qt.DropAction.MoveAction
    modifiers = Qt.KeyboardModifier.NoModifier
    viewport = target.viewport()
    QApplication.sendEvent(
        viewport, QDragEnterEvent(position.toPoint(), actions, mime, LEFT, modifiers)
    )
    move = QDragMoveEvent(position.toPoint(), actions, mime, LEFT, modifiers)
    QApplication.sendEvent(viewport, move)
    if move.isAccepted():
        QApplication.sendEvent(viewport, QDropEvent(position, actions, mime, LEFT, modifiers))
    else:
        QApplication.sendEvent(viewport, QDragLeaveEvent())
    return move.isAccepted()


def _texts(picker: QuestionPicker) -> list[str]:
    return [choice.text for choice in picker.choices()]


def _new_conversation(tab: ConversationsTab, qtbot, name: str = "Carla Smit") -> QuestionPicker:
    tab.new_item()
    qtbot.keyClicks(tab.form.contact_combo.lineEdit(), name)
    return tab.form.picker


def _stored_texts(context) -> list[str]:
    row = context.read(list_conversation_rows)[0]
    return [q.text for q in context.read(lambda s: get_conversation(s, row.id)).questions]


def test_drop_bank_questions_where_the_cursor_is(tab, context, qtbot) -> None:
    picker = _new_conversation(tab, qtbot)
    q = _bank_items(picker)
    picker.chosen_list.set_choices([])
    for item in q[:3]:
        picker.bank_list.setCurrentItem(item)
        picker.add_selected()
    mime = _drag_from_bank(picker, [q[5], q[4]])
    assert mime.hasFormat(QUESTION_MIME)
    assert picker.chosen_list.dropMimeData(1, mime, COPY)  # two at once, in bank order
    assert _texts(picker) == [q[0].text(), q[4].text(), q[5].text(), q[1].text(), q[2].text()]
    assert picker.chosen_list.currentRow() == 2

    _drop(picker.chosen_list, _drag_from_bank(picker, [q[7]]), row=0)  # on the top edge
    assert _texts(picker)[0] == q[7].text()
    assert q[7].data(ChosenRole)  # ticked in the bank list
    assert tab.form.is_dirty

    qtbot.mouseClick(tab.form.save_button, LEFT)
    assert _stored_texts(context) == _texts(picker)
    assert len(_texts(picker)) == 6


def test_a_question_already_chosen_is_not_dropped_twice(tab, qtbot) -> None:
    picker = _new_conversation(tab, qtbot)
    q = _bank_items(picker)
    picker.chosen_list.dropMimeData(0, _drag_from_bank(picker, [q[0], q[1]]), COPY)
    assert picker.chosen_list.dropMimeData(0, _drag_from_bank(picker, [q[1]]), COPY)
    assert _texts(picker) == [q[0].text(), q[1].text()]
    assert "Already in the list" in picker.status_label.text()
    picker.chosen_list.dropMimeData(2, _drag_from_bank(picker, [q[1], q[2]]), COPY)
    assert _texts(picker) == [q[0].text(), q[1].text(), q[2].text()]
    assert "1 already" in picker.status_label.text()


def test_only_questions_and_own_rows_are_accepted(tab, qtbot) -> None:
    picker = _new_conversation(tab, qtbot)
    plain = QMimeData()
    plain.setText("Some text from another program?")
    assert QUESTION_MIME in picker.chosen_list.mimeTypes()
    assert not picker.chosen_list.dropMimeData(0, plain, COPY)
    picker.chosen_list.dropMimeData(0, _drag_from_bank(picker, _bank_items(picker)[:1]), COPY)
    assert not _drop(picker.chosen_list, plain, row=0)  # refused while dragging over
    assert len(picker.choices()) == 1
    picker.chosen_list.set_choices([])
    other = ChosenQuestionsList()
    other.addItem("Someone else's row")
    foreign = other.model().mimeData([other.model().index(0, 0)])
    assert not picker.chosen_list.dropMimeData(0, foreign, COPY)
    assert picker.choices() == []


def test_reorder_by_dragging_and_the_saved_order(tab, context, qtbot) -> None:
    picker = _new_conversation(tab, qtbot)
    q = _bank_items(picker)
    picker.chosen_list.dropMimeData(0, _drag_from_bank(picker, q[:4]), COPY)
    first = picker.chosen_list.model().mimeData([picker.chosen_list.model().index(0, 0)])
    assert picker.chosen_list.dropMimeData(3, first, Qt.DropAction.MoveAction)  # before row 3
    assert _texts(picker) == [q[1].text(), q[2].text(), q[0].text(), q[3].text()]
    assert picker.chosen_list.currentRow() == 2

    last = picker.chosen_list.model().mimeData([picker.chosen_list.model().index(3, 0)])
    _drop(picker.chosen_list, last, row=0)  # a real drop event at the top
    assert _texts(picker) == [q[3].text(), q[1].text(), q[2].text(), q[0].text()]
    qtbot.mouseClick(tab.form.save_button, LEFT)
    assert _stored_texts(context) == [q[3].text(), q[1].text(), q[2].text(), q[0].text()]


def test_drag_back_to_the_bank_removes_and_asks_about_an_answer(tab, prompts, qtbot) -> None:
    picker = _new_conversation(tab, qtbot)
    q = _bank_items(picker)
    picker.chosen_list.dropMimeData(0, _drag_from_bank(picker, q[:2]), COPY)
    picker.chosen_list.setCurrentRow(0)
    qtbot.keyClicks(picker.answer_edit, "A long story.")
    chosen = picker.chosen_list.model()

    prompts.confirm_answers = [False]
    _drop(picker.bank_list, chosen.mimeData([chosen.index(0, 0)]), row=3)
    qtbot.waitUntil(lambda: bool(prompts.asked))
    assert "answer" in prompts.asked[-1][1] and len(picker.choices()) == 2

    _drop(picker.bank_list, chosen.mimeData([chosen.index(1, 0)]), row=3)  # no answer: goes
    qtbot.waitUntil(lambda: len(picker.choices()) == 1)
    assert _texts(picker) == [q[0].text()]
    assert len(prompts.asked) == 1


def test_keyboard_only(tab, context, qtbot) -> None:
    """Tab into the bank list, arrows and Enter add, Ctrl+Up moves, Ctrl+S saves."""
    tab.activateWindow()
    picker = _new_conversation(tab, qtbot)
    qtbot.waitUntil(lambda: tab.form.contact_combo.hasFocus())
    for _ in range(40):
        if picker.bank_list.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert picker.bank_list.hasFocus()
    assert "Enter" in picker.bank_list.toolTip() and "drag" in picker.bank_list.toolTip()
    bank = picker.bank_list
    qtbot.keyClick(bank, Qt.Key.Key_Down)  # the first question (headers are skipped)
    first = bank.currentItem()
    qtbot.keyClick(bank, Qt.Key.Key_Return)
    qtbot.keyClick(bank, Qt.Key.Key_Down)
    qtbot.keyClick(bank, Qt.Key.Key_Down)
    third = bank.currentItem()
    qtbot.keyClick(bank, Qt.Key.Key_Enter)
    assert _texts(picker) == [first.text(), third.text()]
    for _ in range(5):
        if picker.chosen_list.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert picker.chosen_list.hasFocus() and picker.chosen_list.currentRow() == 1
    assert "Ctrl+Up" in picker.chosen_list.toolTip()
    qtbot.keyClick(picker.chosen_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _texts(picker) == [third.text(), first.text()]
    qtbot.keyClick(picker.chosen_list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not tab.form.is_dirty
    assert _stored_texts(context) == [third.text(), first.text()]


def test_suggest_a_set_for_the_planned_time(tab, prompts, qtbot) -> None:
    picker = _new_conversation(tab, qtbot)
    tab.form.duration_spin.setValue(30)
    assert "8 questions" in picker.suggest_button.toolTip()
    qtbot.mouseClick(picker.suggest_button, LEFT)
    assert len(picker.choices()) == 8 and prompts.asked == []  # empty list: nothing to ask
    assert "Suggested 8 questions for a 30-minute conversation" in picker.status_label.text()
    categories = {item.data(SourceRole): item.data(CategoryRole) for item in _bank_items(picker)}
    chosen = [categories[c.source_question_id] for c in picker.choices()]
    assert chosen[0] == "work" and chosen[-1] == "referrals"
    assert len(set(chosen)) >= 6
    assert tab.form.is_dirty

    picker.chosen_list.setCurrentRow(0)
    qtbot.keyClicks(picker.answer_edit, "Meetings, mostly.")
    tab.form.duration_spin.setValue(20)
    prompts.confirm_answers = [False]
    qtbot.mouseClick(picker.suggest_button, LEFT)  # asks first; cancelled: nothing changes
    assert "Replace the 8 chosen questions" in prompts.asked[-1][1]
    assert "Answers you noted" in prompts.asked[-1][1]
    assert len(picker.choices()) == 8
    prompts.confirm_answers = [True]
    qtbot.mouseClick(picker.suggest_button, LEFT)
    assert len(picker.choices()) == 6
    assert picker.choices()[0].answer == "Meetings, mostly."  # same question: answer kept


def test_suggest_with_an_empty_bank_says_so(context, qtbot) -> None:
    from netplanner.core.banks import create_bank

    with context.transaction() as session:
        bank_id = create_bank(session, "Empty", "en").id
    picker = QuestionPicker(context)
    qtbot.addWidget(picker)
    picker.bank_combo.setCurrentIndex(picker.bank_combo.findData(bank_id))
    assert not picker.suggest_button.isEnabled()
    assert picker.suggest_set() == 0 and "no questions" in picker.status_label.text()

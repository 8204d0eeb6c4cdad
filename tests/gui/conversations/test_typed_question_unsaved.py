"""A question typed under "Write your own question…" but not added yet is an unsaved
change (issue 16): showing another conversation asks Save / Discard / Keep editing, and
Save adds it to the conversation it was typed for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core.conversations import get_conversation
from netplanner.gui.conversations.table_model import COL_CONTACT
from netplanner.gui.unsaved import DISCARD, KEEP_EDITING, SAVE

QUESTION = "Hoe ben je bij Zoë's team terechtgekomen — 明天?"


def _click_row(qtbot, tab, name: str) -> None:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_CONTACT).data() == name)
    rect = tab.table.visualRect(model.index(row, COL_CONTACT))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _questions(context, conversation_id: int) -> list[str]:
    conversation = context.read(lambda s: get_conversation(s, conversation_id))
    return [question.text for question in conversation.questions]


def _type_question(qtbot, tab, type_text) -> None:
    own = tab.form.picker.own_edit
    own.setFocus()
    type_text(own, QUESTION)
    assert tab.form.is_dirty
    assert "(not saved yet)" in tab.form.title_label.text()


def test_keep_editing_then_save_adds_the_typed_question(
    demo_tab, demo_context, prompts, conversation_id, qtbot, type_text
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    _click_row(qtbot, tab, "Carla Smit")
    before = _questions(demo_context, carla)
    _type_question(qtbot, tab, type_text)

    prompts.choose_answers = [KEEP_EDITING]
    _click_row(qtbot, tab, "Anna de Vries")
    assert [kind for kind, _ in prompts.asked] == ["choose"]
    assert QUESTION in prompts.asked[0][1]  # the question says what would be lost
    assert tab.form.conversation_id == carla
    assert tab.form.picker.own_edit.text() == QUESTION

    prompts.choose_answers = [SAVE]
    _click_row(qtbot, tab, "Anna de Vries")
    assert _questions(demo_context, carla) == [*before, QUESTION]
    assert tab.form.conversation_id == conversation_id(demo_context, "Anna de Vries")
    assert tab.form.picker.own_edit.text() == ""  # not carried over to Anna's conversation


def test_discard_forgets_the_typed_question(
    demo_tab, demo_context, prompts, conversation_id, qtbot, type_text
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    _click_row(qtbot, tab, "Carla Smit")
    before = _questions(demo_context, carla)
    _type_question(qtbot, tab, type_text)
    prompts.choose_answers = [DISCARD]
    _click_row(qtbot, tab, "Anna de Vries")
    assert _questions(demo_context, carla) == before
    assert tab.form.picker.own_edit.text() == ""
    assert not tab.form.is_dirty


def test_the_save_button_adds_the_typed_question_too(
    demo_tab, demo_context, conversation_id, qtbot, type_text
) -> None:
    tab = demo_tab
    carla = conversation_id(demo_context, "Carla Smit")
    _click_row(qtbot, tab, "Carla Smit")
    before = _questions(demo_context, carla)
    _type_question(qtbot, tab, type_text)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert _questions(demo_context, carla) == [*before, QUESTION]
    assert not tab.form.is_dirty

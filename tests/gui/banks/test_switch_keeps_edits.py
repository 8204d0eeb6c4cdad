"""In the banks tab, picking another question or bank while the editor holds unsaved
text asks first (as the other tabs do), instead of silently replacing the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netplanner.core import banks as service
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.gui.unsaved import DISCARD, KEEP_EDITING, SAVE

CHANGED = " — ook bij Zoë? 🙂"


def _click_row(tab, qtbot, row: int) -> None:
    table = tab.pane.table
    rect = table.visualRect(tab.question_model.index(row, QuestionModel.COL_TEXT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _texts(context, bank_id: int) -> list[str]:
    return [q.text for q in context.read(lambda s: service.get_bank(s, bank_id)).questions]


@pytest.fixture
def tab(context, make_tab, own_bank):
    bank_id = own_bank(questions=("What do you do all day?", "How did you get there?"))
    tab = make_tab(context)
    tab.select_bank(bank_id)
    tab.bank_id = bank_id
    return tab


def _edit_first(tab, qtbot, type_text) -> None:
    _click_row(tab, qtbot, 0)
    editor = tab.pane.editor
    editor.text_edit.end(False)
    type_text(editor.text_edit, CHANGED)


@pytest.mark.parametrize("answer", [SAVE, DISCARD, KEEP_EDITING])
def test_picking_another_question_asks_about_the_changed_one(
    tab, context, prompts, qtbot, type_text, answer
) -> None:
    _edit_first(tab, qtbot, type_text)
    first = tab.pane.editor.editing_id
    prompts.choose_answers = [answer]
    _click_row(tab, qtbot, 1)
    assert [kind for kind, _ in prompts.asked] == ["choose"]
    assert "question 1" in prompts.asked[0][1]
    stored = _texts(context, tab.bank_id)
    editor = tab.pane.editor
    if answer == KEEP_EDITING:
        assert editor.editing_id == first == tab.current_question_id()
        assert editor.text_edit.text() == "What do you do all day?" + CHANGED
        assert stored[0] == "What do you do all day?"
        return
    assert editor.text_edit.text() == "How did you get there?"
    assert tab.current_question_id() == editor.editing_id != first
    expected = "What do you do all day?" + (CHANGED if answer == SAVE else "")
    assert stored[0] == expected.strip()


def test_a_typed_new_question_is_offered_before_it_is_replaced(
    tab, context, prompts, qtbot, type_text
) -> None:
    type_text(tab.pane.editor.text_edit, "Wie zou ik nog meer moeten spreken?")
    prompts.choose_answers = [SAVE]
    _click_row(tab, qtbot, 0)
    assert "Wie zou ik nog meer moeten spreken?" in prompts.asked[0][1]
    assert _texts(context, tab.bank_id)[-1] == "Wie zou ik nog meer moeten spreken?"
    assert tab.pane.editor.text_edit.text() == "What do you do all day?"


def test_another_bank_asks_and_keep_editing_stays(
    tab, context, prompts, qtbot, type_text, own_bank
) -> None:
    other = own_bank("Other questions", questions=("What would you do differently?",))
    _edit_first(tab, qtbot, type_text)
    prompts.choose_answers = [KEEP_EDITING]
    tab.select_bank(other)
    assert tab.current_bank_id() == tab.bank_id
    assert tab.pane.editor.text_edit.text().endswith(CHANGED)
    prompts.choose_answers = [SAVE]
    tab.select_bank(other)
    assert tab.current_bank_id() == other
    assert _texts(context, tab.bank_id)[0] == ("What do you do all day?" + CHANGED).strip()


def test_a_search_that_hides_the_changed_question_keeps_it_in_the_editor(
    tab, prompts, qtbot, type_text
) -> None:
    _edit_first(tab, qtbot, type_text)
    qtbot.keyClicks(tab.pane.search_edit, "get there")
    assert tab.pane.editor.text_edit.text() == "What do you do all day?" + CHANGED
    assert prompts.asked == []

"""The Question banks tab on real widgets, driven like a user would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from netplanner.core import banks as service
from netplanner.gui.banks.bank_dialog import BankDialog, BankFields
from netplanner.gui.banks.bank_list_model import BankListModel
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.context import AppContext

RETURN = Qt.Key.Key_Return


def _tab(context: AppContext, qtbot) -> BanksTab:
    tab = BanksTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()  # shortcuts (Alt+Up) only fire in the active window
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    return tab


def _stored(context: AppContext, bank_id: int) -> list[tuple[str, str]]:
    bank = context.read(lambda s: service.get_bank(s, bank_id))
    return [(q.category, q.text) for q in bank.questions]


def _click_row(tab: BanksTab, qtbot, row: int) -> None:
    table = tab.pane.table
    rect = table.visualRect(tab.question_model.index(row, QuestionModel.COL_TEXT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type_question(tab: BanksTab, qtbot, text: str) -> None:
    qtbot.keyClicks(tab.pane.editor.text_edit, text)
    qtbot.keyClick(tab.pane.editor.text_edit, RETURN)


def _own_bank(tab: BanksTab, qtbot) -> int:
    tab.ask_bank_fields = lambda initial, save: save(
        BankFields("My questions", "en", "For designers")
    )
    with qtbot.waitSignal(tab.context.events.banks_changed):
        qtbot.mouseClick(tab.new_bank_button, Qt.MouseButton.LeftButton)
    bank_id = tab.current_bank_id()
    assert bank_id is not None
    return bank_id


def test_opens_with_the_english_built_in_banks_first(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    assert tab.bank_model.rowCount() == 4
    assert tab.bank_model.index(0).data(BankListModel.LanguageRole) == "en"
    assert tab.pane.title_label.text() == tab.bank_model.index(0).data()
    assert "Came with NetPlanner" in tab.pane.meta_label.text()
    assert tab.question_model.rowCount() == 25


def test_own_bank_add_edit_move_and_delete_questions(
    context: AppContext,
    qtbot,
    prompts,
) -> None:
    tab = _tab(context, qtbot)
    bank_id = _own_bank(tab, qtbot)
    assert tab.pane.title_label.text() == "My questions"
    assert "Came with NetPlanner" not in tab.pane.meta_label.text()

    for text in ("What do you do all day", "How did you start", "Who else should I meet"):
        _type_question(tab, qtbot, text)
    assert [text for _, text in _stored(context, bank_id)] == [
        "What do you do all day",
        "How did you start",
        "Who else should I meet",
    ]
    assert tab.question_model.rowCount() == 3
    assert tab.pane.editor.text_edit.text() == ""  # ready for the next one

    # Edit the second question's text and category.
    _click_row(tab, qtbot, 1)
    editor = tab.pane.editor
    assert editor.text_edit.text() == "How did you start"
    assert editor.save_button.isVisible()
    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "How did you get into this field")
    editor.set_category("path")
    qtbot.keyClick(editor.text_edit, RETURN)
    assert _stored(context, bank_id)[1] == ("path", "How did you get into this field")
    assert tab.current_question_id() == tab.question_model.question_at(1).id

    # Move the third question up: the stored order changes, the selection follows it.
    _click_row(tab, qtbot, 2)
    moved = tab.current_question_id()
    qtbot.mouseClick(tab.pane.up_button, Qt.MouseButton.LeftButton)
    assert [text for _, text in _stored(context, bank_id)] == [
        "What do you do all day",
        "Who else should I meet",
        "How did you get into this field",
    ]
    assert tab.current_question_id() == moved
    tab.pane.table.setFocus()
    qtbot.keyClick(tab.pane.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _stored(context, bank_id)[0][1] == "Who else should I meet"
    assert tab.current_question_id() == moved
    assert not tab.pane.up_button.isEnabled()

    # Delete asks first; "no" keeps the question.
    prompts.confirm_answers = [False]
    qtbot.mouseClick(tab.pane.delete_button, Qt.MouseButton.LeftButton)
    assert len(_stored(context, bank_id)) == 3
    assert "Who else should I meet" in prompts.asked[-1][1]
    prompts.confirm_answers = [True]
    qtbot.mouseClick(tab.pane.delete_button, Qt.MouseButton.LeftButton)
    assert [text for _, text in _stored(context, bank_id)] == [
        "What do you do all day",
        "How did you get into this field",
    ]
    assert tab.question_model.rowCount() == 2


def test_every_write_tells_the_other_views(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    _own_bank(tab, qtbot)
    with qtbot.waitSignal(context.events.banks_changed):
        _type_question(tab, qtbot, "Anything else")


def test_delete_bank_says_what_goes_and_removes_it(
    context: AppContext,
    qtbot,
    prompts,
) -> None:
    tab = _tab(context, qtbot)
    doomed = tab.current_bank_id()
    qtbot.mouseClick(tab.delete_bank_button, Qt.MouseButton.LeftButton)  # answered "no"
    assert len(context.read(service.list_bank_rows)) == 4
    kind, text = prompts.asked[-1]
    assert kind == "confirm"
    assert "25" in text and "copies" in text

    prompts.confirm_answers = [True]
    qtbot.mouseClick(tab.delete_bank_button, Qt.MouseButton.LeftButton)
    remaining = context.read(service.list_bank_rows)
    assert doomed not in [row.id for row in remaining]
    assert tab.bank_model.rowCount() == 3
    assert tab.current_bank_id() in [row.id for row in remaining]


def test_category_filter_and_search_narrow_the_table(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    pane = tab.pane
    pane.category_filter.setCurrentIndex(pane.category_filter.findData("advice"))
    shown = {
        tab.question_model.index(row, 0).data(QuestionModel.CategoryRole)
        for row in range(tab.question_model.rowCount())
    }
    assert shown == {"advice"}
    assert "of 25" in pane.count_label.text()

    pane.category_filter.setCurrentIndex(0)
    qtbot.keyClicks(pane.search_edit, "PITFALLS")
    assert tab.question_model.rowCount() == 1
    assert "pitfalls" in tab.question_model.question_at(0).text


def test_edit_bank_renames_a_built_in_bank(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    bank_id = tab.current_bank_id()
    seen: list[BankFields | None] = []

    def answer(initial: BankFields | None, save: Callable[[BankFields], bool]) -> bool:
        seen.append(initial)
        return save(BankFields("Mijn vragen", "nl", "Aangepast"))

    tab.ask_bank_fields = answer
    qtbot.mouseClick(tab.edit_bank_button, Qt.MouseButton.LeftButton)
    assert seen[0] is not None and seen[0].language == "en"
    bank = context.read(lambda s: service.get_bank(s, bank_id))
    assert (bank.name, bank.language, bank.description) == ("Mijn vragen", "nl", "Aangepast")
    assert tab.current_bank_id() == bank_id  # kept although its place in the list moved
    assert tab.pane.title_label.text() == "Mijn vragen"


def test_refresh_from_elsewhere_keeps_bank_and_question(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    tab.select_bank(tab.bank_model.bank_at(2).id)
    _click_row(tab, qtbot, 4)
    question_id = tab.current_question_id()
    with context.transaction() as session:
        service.update_question(session, question_id, "Changed elsewhere", "other")
    context.events.banks_changed.emit()
    assert tab.current_bank_id() == tab.bank_model.bank_at(2).id
    assert tab.current_question_id() == question_id
    assert tab.question_model.question_at(4).text == "Changed elsewhere"


def test_new_item_goes_to_the_editor_or_starts_a_bank(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    _click_row(tab, qtbot, 0)
    tab.new_item()
    assert tab.current_question_id() is None
    assert tab.pane.editor.editing_id is None
    assert tab.pane.editor.text_edit.text() == ""
    qtbot.waitUntil(tab.pane.editor.text_edit.hasFocus, timeout=1000)
    tab.focus_search()
    qtbot.waitUntil(tab.pane.search_edit.hasFocus, timeout=1000)

    with context.transaction() as session:
        for row in service.list_bank_rows(session):
            service.delete_bank(session, row.id)
    context.events.banks_changed.emit()
    assert tab.current_bank_id() is None
    asked: list[BankFields | None] = []
    tab.ask_bank_fields = lambda initial, _save: bool(asked.append(initial))  # cancelled
    tab.new_item()
    assert asked == [None]


def test_bank_dialog_needs_a_name(qtbot) -> None:
    dialog = BankDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Sector questions")
    dialog.set_language("nl")
    dialog.description_edit.setPlainText("  For the care sector  ")
    assert ok.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == BankFields("Sector questions", "nl", "For the care sector")


def test_bank_dialog_shows_the_current_fields(qtbot) -> None:
    dialog = BankDialog(BankFields("Mine", "nl", "About it"))
    qtbot.addWidget(dialog)
    assert dialog.values() == BankFields("Mine", "nl", "About it")
    assert dialog.windowTitle() == "Edit question bank"


def _type_unicode(widget, text: str) -> None:
    """Types non-ASCII text one key event at a time (keyClicks would abort Qt)."""
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def test_accented_question_is_found_without_accents(context: AppContext, qtbot, prompts) -> None:
    tab = _tab(context, qtbot)
    bank_id = _own_bank(tab, qtbot)
    _type_unicode(tab.pane.editor.text_edit, "Wat zou Şükrü Yılmaz doen?")
    qtbot.keyClick(tab.pane.editor.text_edit, RETURN)
    _type_question(tab, qtbot, "Something else")
    assert _stored(context, bank_id)[0][1] == "Wat zou Şükrü Yılmaz doen?"
    qtbot.keyClicks(tab.pane.search_edit, "sukru DOEN")
    assert tab.question_model.rowCount() == 1
    assert "1 of 2" in tab.pane.count_label.text()

    # The Delete key on the table deletes the selected question, after asking.
    _click_row(tab, qtbot, 0)
    prompts.confirm_answers = [True]
    qtbot.keyClick(tab.pane.table, Qt.Key.Key_Delete)
    assert [text for _, text in _stored(context, bank_id)] == ["Something else"]


def test_added_question_stays_visible_under_a_category_filter(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    bank_id = _own_bank(tab, qtbot)
    pane = tab.pane
    pane.category_filter.setCurrentIndex(pane.category_filter.findData("trends"))
    _type_question(tab, qtbot, "What changes do you expect")
    assert _stored(context, bank_id) == [("trends", "What changes do you expect")]
    assert tab.question_model.rowCount() == 1


def test_escape_leaves_edit_mode(context: AppContext, qtbot) -> None:
    tab = _tab(context, qtbot)
    _click_row(tab, qtbot, 2)
    editor = tab.pane.editor
    assert editor.editing_id is not None
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Escape)
    assert editor.editing_id is None
    assert tab.current_question_id() is None
    assert editor.text_edit.text() == ""

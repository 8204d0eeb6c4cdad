"""The bank list's language filter and the search across all banks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core.banks import BankRow
from netplanner.gui.banks.bank_data import SearchEntry
from netplanner.gui.banks.bank_list_model import BankListModel
from netplanner.gui.banks.search_model import QuestionSearchModel
from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.context import AppContext

DISPLAY = Qt.ItemDataRole.DisplayRole


def _languages(tab: BanksTab) -> list[str]:
    model = tab.bank_model
    return [model.index(row).data(BankListModel.LanguageRole) for row in range(model.rowCount())]


def test_language_filter_model_keeps_the_sort_order() -> None:
    model = BankListModel("en")
    model.set_banks(
        [
            BankRow(1, "Zebra", "nl", False, 1),
            BankRow(2, "Apple", "en", False, 2),
            BankRow(3, "Built in", "nl", True, 5),
        ]
    )
    model.set_language_filter("nl")
    assert [model.bank_at(r).id for r in range(model.rowCount())] == [3, 1]
    assert model.row_of(2) is None
    assert model.total_count() == 3
    model.set_language_filter(None)
    assert model.rowCount() == 3


def test_search_model_groups_results_by_bank() -> None:
    model = QuestionSearchModel("nl")
    model.set_entries(
        [
            SearchEntry(1, "Work", "en", 10, 0, "work", "What gives you energy?"),
            SearchEntry(2, "Werk", "nl", 20, 1, "work", "Wat geeft je energie?"),
            SearchEntry(2, "Werk", "nl", 21, 0, "advice", "Waar haal jij énergie uit?"),
            SearchEntry(2, "Werk", "nl", 22, 2, "advice", "Wie ken je nog?"),
        ]
    )
    assert model.rowCount() == 0  # nothing while the search is blank
    model.set_search("ENERG")
    assert [model.entry_at(r).question_id for r in range(3)] == [21, 20, 10]  # Dutch first
    banks = [model.index(r, QuestionSearchModel.COL_BANK).data(DISPLAY) for r in range(3)]
    assert banks == ["Werk", "", "Work"]
    assert model.bank_count() == 2
    model.set_language_filter("en")
    assert [model.entry_at(r).question_id for r in range(model.rowCount())] == [10]


def test_language_filter_narrows_the_list_and_is_remembered(
    context: AppContext, qtbot, make_tab
) -> None:
    tab = make_tab(context)
    combo = tab.language_filter
    assert combo.currentText() == "All languages"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All languages",
        "English",
        "Dutch",
    ]
    combo.setCurrentIndex(combo.findData("nl"))
    assert _languages(tab) == ["nl", "nl"]
    assert tab.pane.meta_label.text().startswith("Dutch")  # a Dutch bank is now shown
    tab.bank_list.setCurrentIndex(tab.bank_model.index(1))
    second = tab.current_bank_id()

    combo.setCurrentIndex(combo.findData("en"))
    assert _languages(tab) == ["en", "en"]
    combo.setCurrentIndex(0)
    assert tab.bank_model.rowCount() == 4

    combo.setCurrentIndex(combo.findData("nl"))
    tab.bank_list.setCurrentIndex(tab.bank_model.index(1))
    assert tab.current_bank_id() == second
    again = make_tab(context)  # the next time the tab opens
    assert again.language_filter.currentData() == "nl"
    assert _languages(again) == ["nl", "nl"]


def test_search_across_banks_finds_both_languages_and_opens_the_question(
    context: AppContext, qtbot, make_tab
) -> None:
    tab = make_tab(context)
    first_bank = tab.current_bank_id()
    qtbot.keyClicks(tab.search_all_edit, "ENERG")
    assert tab.right.currentWidget() is tab.results
    model = tab.search_model
    found = {model.entry_at(r).text: model.entry_at(r).bank_name for r in range(model.rowCount())}
    assert found == {
        "Which part of your work gives you the most energy?": (
            "Informational conversation: the work from the inside"
        ),
        "Welke onderdelen van je werk geven je de meeste energie?": (
            "Informatiegesprek: het vak van binnenuit"
        ),
    }
    assert tab.results.heading.text() == "2 questions found in 2 banks"
    assert tab.current_bank_id() == first_bank  # searching does not change the bank

    # Double-click the Dutch one: its bank opens with the question selected.
    dutch_row = next(r for r in range(2) if model.entry_at(r).language == "nl")
    wanted = model.entry_at(dutch_row)
    table = tab.results.table
    qtbot.waitUntil(table.isVisible, timeout=1000)
    rect = table.visualRect(model.index(dutch_row, QuestionSearchModel.COL_TEXT))
    # QTest's double-click comes without the press a real one starts with: click first.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.right.currentWidget() is tab.pane
    assert tab.search_all_edit.text() == ""
    assert tab.current_bank_id() == wanted.bank_id
    assert tab.current_question_id() == wanted.question_id
    assert tab.pane.editor.text_edit.text() == wanted.text

    # Enter on a result does the same, even when the bank is filtered out of the list.
    tab.language_filter.setCurrentIndex(tab.language_filter.findData("nl"))
    qtbot.keyClicks(tab.search_all_edit, "energy")
    assert model.rowCount() == 0  # the filter applies to the search too
    assert tab.results.heading.text() == "No question in the shown banks matches."
    tab.language_filter.setCurrentIndex(0)
    assert model.rowCount() == 1
    english = model.entry_at(0)
    table.setFocus()
    table.setCurrentIndex(model.index(0, QuestionSearchModel.COL_TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert tab.current_bank_id() == english.bank_id
    assert tab.current_question_id() == english.question_id


def test_search_sees_questions_added_meanwhile(
    context: AppContext, qtbot, make_tab, own_bank, type_text
) -> None:
    tab = make_tab(context)
    qtbot.keyClicks(tab.search_all_edit, "quist zoe")
    assert tab.search_model.rowCount() == 0
    bank_id = own_bank("Zoë's questions", "nl", ("Wat zou Zoë Quist aanraden?",))
    assert tab.search_model.rowCount() == 1
    tab.search_all_edit.clear()
    type_text(tab.search_all_edit, "ZOË QUIST")
    assert tab.search_model.entry_at(0).bank_id == bank_id

    # Picking a bank in the list (even the one selected) leaves the results for that bank.
    current = tab.bank_list.visualRect(tab.bank_list.currentIndex())
    qtbot.mouseClick(tab.bank_list.viewport(), Qt.MouseButton.LeftButton, pos=current.center())
    assert tab.search_all_edit.text() == ""
    assert tab.right.currentWidget() is tab.pane
    qtbot.keyClicks(tab.search_all_edit, "quist")
    tab.bank_list.setCurrentIndex(tab.bank_model.index(1))
    assert tab.search_all_edit.text() == ""
    assert tab.current_bank_id() == tab.bank_model.bank_at(1).id

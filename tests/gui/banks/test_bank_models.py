"""The banks tab's item models, without any widget."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core import banks as service
from netplanner.core.banks import BankRow
from netplanner.gui.banks.bank_data import QuestionItem, read_bank_detail
from netplanner.gui.banks.bank_list_model import BankListModel
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.storage.database import Database

DISPLAY = Qt.ItemDataRole.DisplayRole


def _bank_model(database: Database, language: str) -> BankListModel:
    model = BankListModel(language)
    with database.session() as session:
        model.set_banks(service.list_bank_rows(session))
    return model


def test_built_in_banks_are_listed_with_their_question_counts(database: Database) -> None:
    model = _bank_model(database, "en")
    assert model.rowCount() == 4
    counts = [model.index(row).data(BankListModel.CountRole) for row in range(4)]
    assert sum(counts) == 78
    first = model.index(0)
    assert first.data(BankListModel.BuiltinRole) is True
    assert "25" in first.data(BankListModel.DetailRole)
    assert "English" in first.data(BankListModel.DetailRole)


def test_banks_in_the_interface_language_come_first(database: Database) -> None:
    english = _bank_model(database, "en")
    dutch = _bank_model(database, "nl")
    languages = [english.index(r).data(BankListModel.LanguageRole) for r in range(4)]
    assert languages == ["en", "en", "nl", "nl"]
    languages = [dutch.index(r).data(BankListModel.LanguageRole) for r in range(4)]
    assert languages == ["nl", "nl", "en", "en"]


def test_own_banks_come_after_the_built_in_ones_by_name() -> None:
    model = BankListModel("en")
    model.set_banks(
        [
            BankRow(1, "zebra", "en", False, 0),
            BankRow(2, "Apple", "nl", False, 2),
            BankRow(3, "Built in", "nl", True, 5),
        ]
    )
    assert [model.index(r).data(DISPLAY) for r in range(3)] == ["Built in", "zebra", "Apple"]
    assert model.row_of(2) == 2
    assert model.row_of(99) is None


def test_questions_are_shown_in_position_order(database: Database) -> None:
    items = [
        QuestionItem(10, 2, "advice", "Third"),
        QuestionItem(11, 0, "work", "First"),
        QuestionItem(12, 1, "work", "Second"),
    ]
    model = QuestionModel()
    model.set_questions(items)
    texts = [model.index(r, QuestionModel.COL_TEXT).data(DISPLAY) for r in range(3)]
    assert texts == ["First", "Second", "Third"]
    numbers = [model.index(r, QuestionModel.COL_POSITION).data(DISPLAY) for r in range(3)]
    assert numbers == ["1", "2", "3"]
    # The category is written once per group of questions in the same category.
    categories = [model.index(r, QuestionModel.COL_CATEGORY).data(DISPLAY) for r in range(3)]
    assert categories == ["The work itself", "", "Advice"]


def test_built_in_bank_questions_follow_their_stored_positions(database: Database) -> None:
    with database.session() as session:
        bank_id = service.list_bank_rows(session)[0].id
        detail = read_bank_detail(session, bank_id)
    model = QuestionModel()
    model.set_questions(list(reversed(detail.questions)))
    positions = [model.question_at(row).position for row in range(model.rowCount())]
    assert positions == sorted(positions)
    assert model.rowCount() == len(detail.questions) > 0


def test_category_filter_keeps_only_that_category() -> None:
    model = QuestionModel()
    model.set_questions(
        [
            QuestionItem(1, 0, "work", "What do you do?"),
            QuestionItem(2, 1, "advice", "What would you advise?"),
            QuestionItem(3, 2, "advice", "What should I read?"),
        ]
    )
    model.set_category_filter("advice")
    assert model.rowCount() == 2
    assert {model.index(r, 0).data(QuestionModel.CategoryRole) for r in range(2)} == {"advice"}
    assert model.row_of(1) is None
    assert model.is_filtered()
    model.set_category_filter(None)
    assert model.rowCount() == 3
    assert not model.is_filtered()


def test_search_ignores_case_and_accents_and_needs_every_word() -> None:
    model = QuestionModel()
    model.set_questions(
        [
            QuestionItem(1, 0, "work", "Wat doet een Café-eigenaar op maandag?"),
            QuestionItem(2, 1, "work", "Hoe ziet jouw week eruit?"),
            QuestionItem(3, 2, "other", "Ken je iemand bij het cafe om de hoek?"),
        ]
    )
    model.set_search("CAFE")
    assert [model.question_at(r).id for r in range(model.rowCount())] == [1, 3]
    model.set_search("café maandag")
    assert [model.question_at(r).id for r in range(model.rowCount())] == [1]
    model.set_search("  ")
    assert model.rowCount() == 3

"""The contacts table model on its own: loading, searching, sorting, counting (no widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, list_contact_rows
from netplanner.core.text import fold, matches_all_terms
from netplanner.gui.contacts.table_model import (
    COL_INTRODUCED_BY,
    COL_NAME,
    COL_ORGANISATION,
    COL_ROLE,
    COL_SPECIALISM,
    COL_TAGS,
    ContactsTableModel,
    IdRole,
)
from netplanner.gui.contacts.texts import count_label
from netplanner.storage.database import Database

COLUMNS = [COL_NAME, COL_ROLE, COL_SPECIALISM, COL_ORGANISATION, COL_INTRODUCED_BY, COL_TAGS]
FIELDS = ["name", "role", "specialism", "organisation", "introduced_by", "tags"]


def load(database: Database) -> ContactsTableModel:
    model = ContactsTableModel()
    with database.session() as session:
        model.set_rows(list_contact_rows(session))
    return model


def names(model: ContactsTableModel) -> list[str]:
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def test_rows_come_from_the_data_file_sorted_by_name(demo_database: Database) -> None:
    model = load(demo_database)
    assert model.rowCount() == model.total_count() == 12
    assert model.columnCount() == 6
    shown = names(model)
    assert shown[0] == "Anna de Vries"
    # Letters without a Unicode decomposition sort with their base letter.
    assert (
        shown.index("Joost van Dijk") < shown.index("Łukasz Wójcik") < shown.index("Şükrü Yılmaz")
    )
    carla = shown.index("Carla Smit")
    assert model.index(carla, COL_INTRODUCED_BY).data() == "Anna de Vries"
    assert model.index(carla, COL_TAGS).data() == "ux, healthcare"
    assert model.index(carla, COL_NAME).data(IdRole) == model.contact_at(carla).id
    assert model.headerData(COL_ORGANISATION, Qt.Orientation.Horizontal) == "Organisation"


def test_every_word_must_match_somewhere(demo_database: Database) -> None:
    model = load(demo_database)
    model.set_search("research utrecht")
    assert names(model) == ["Joost van Dijk"]  # role "Researcher", "Hogeschool Utrecht"
    model.set_search("ux   healthcare")
    assert sorted(names(model)) == ["Carla Smit", "Hanna Meijer"]
    model.set_search("ux nobody-has-this")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() == 12


def test_search_ignores_case_and_accents(database: Database) -> None:
    with database.transaction() as session:
        for name in ("Zoë Jansen", "Şükrü Yılmaz", "Łukasz Wójcik", "Bert"):
            create_contact(session, ContactInput(name=name))
    model = load(database)
    for typed, expected in [
        ("zoe", "Zoë Jansen"),
        ("ZOË", "Zoë Jansen"),
        ("sukru yilmaz", "Şükrü Yılmaz"),
        ("lukasz wojcik", "Łukasz Wójcik"),
    ]:
        model.set_search(typed)
        assert names(model) == [expected], typed


def test_typing_on_narrows_the_same_way_as_a_fresh_search(demo_database: Database) -> None:
    typed = load(demo_database)
    for end in range(1, len("ux health") + 1):
        typed.set_search("ux health"[:end])
        fresh = load(demo_database)
        fresh.set_search("ux health"[:end])
        assert names(typed) == names(fresh)
    typed.set_search("ux")  # deleting letters widens again
    assert len(names(typed)) == 3


@pytest.mark.parametrize(("column", "field"), list(zip(COLUMNS, FIELDS, strict=True)))
def test_sort_by_each_column_both_ways(demo_database: Database, column: int, field: str) -> None:
    model = load(demo_database)
    model.sort(column, Qt.SortOrder.AscendingOrder)
    up = [model.contact_at(row) for row in range(model.rowCount())]
    values = [fold(getattr(row, field)) for row in up]
    filled = [value for value in values if value]
    assert filled == sorted(filled)
    assert values == filled + [""] * (len(values) - len(filled)), "empty cells go last"
    model.sort(column, Qt.SortOrder.DescendingOrder)
    down = [model.contact_at(row) for row in range(model.rowCount())]
    assert down == up[::-1]
    with demo_database.session() as session:
        model.set_rows(list_contact_rows(session))  # read again: sorted as before
    assert [model.contact_at(row) for row in range(model.rowCount())] == down


def test_sorting_keeps_the_search_and_persistent_indexes(demo_database: Database) -> None:
    model = load(demo_database)
    model.set_search("ux")
    carla = QPersistentModelIndex(model.index(names(model).index("Carla Smit"), COL_NAME))
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Şükrü Yılmaz", "Hanna Meijer", "Carla Smit"]
    assert carla.isValid() and carla.data() == "Carla Smit"


def test_counts_and_count_label(demo_database: Database) -> None:
    model = load(demo_database)
    assert count_label(model.visible_count(), model.total_count()) == "12 contacts"
    model.set_search("ux health")
    assert count_label(model.visible_count(), model.total_count()) == "2 of 12 contacts"
    model.set_search("vries")
    assert count_label(model.visible_count(), model.total_count()) == "1 of 12 contacts"
    assert count_label(1, 1) == "1 contact"
    assert count_label(0, 12) == "No matches among 12 contacts"
    assert count_label(0, 0) == "No contacts yet"


def test_lookups_by_id(demo_database: Database) -> None:
    model = load(demo_database)
    anna = model.contact_at(0)
    assert model.row_of(anna.id) == 0 and model.find(anna.id) == anna
    model.set_search("bert")
    assert model.row_of(anna.id) is None  # hidden, but still known
    assert model.find(anna.id) == anna
    assert model.contact_at(5) is None


def test_search_agrees_with_the_core_rules(demo_database: Database) -> None:
    """The model folds and matches its own (faster) way; it must find what core finds."""
    model = load(demo_database)
    rows = model.all_rows()
    haystacks = {row.id: fold(row.search_text) for row in rows}
    for typed in ["ux", "UX researcher utrecht", "healthcare ux", "zorg", "Şükrü", "de", "x y"]:
        model.set_search(typed)
        shown = {model.contact_at(i).id for i in range(model.rowCount())}
        assert shown == {i for i, text in haystacks.items() if matches_all_terms(text, typed)}
    assert [" ".join(fold(row.search_text).split()) for row in rows] == [
        " ".join(text.split()) for text in model._search_texts
    ]


def test_search_texts_are_laid_out_again_after_a_sort(demo_database: Database) -> None:
    """The texts are copied into each new sort order; searches find the same rows."""
    model = load(demo_database)
    model.prepare_search_texts()
    assert model.search_texts_ready
    model.set_search("e")
    expected = {row.id for row in map(model.contact_at, range(model.rowCount()))}
    for column in (COL_ORGANISATION, COL_ROLE, COL_NAME):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert not model.search_texts_ready, "scattered until laid out again"
        before = list(model._search_texts)
        model.prepare_search_texts()
        assert model.search_texts_ready
        assert model._search_texts == before
        assert all(a is not b for a, b in zip(model._search_texts, before, strict=True))
        for typed in ("e", "ux health", "Şükrü", "e", ""):
            model.set_search(typed)
        model.set_search("e")
        assert {row.id for row in map(model.contact_at, range(model.rowCount()))} == expected
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)  # the same order: nothing to do
    assert model.search_texts_ready


def test_a_nul_in_a_field_is_searched_like_any_other_character(database: Database) -> None:
    with database.session() as session:
        create_contact(session, ContactInput(name="Null\x00Byte", organisation="Zero"))
        create_contact(session, ContactInput(name="Plain Name", organisation="Acme"))
        session.commit()
    model = load(database)
    model.prepare_search_texts()
    model.sort(COL_ORGANISATION, Qt.SortOrder.AscendingOrder)
    model.prepare_search_texts()  # copies can't be cut at NULs: the other way round
    assert model.search_texts_ready and len(model._search_texts) == 2
    model.set_search("zero")
    assert names(model) == ["Null\x00Byte"]
    model.set_search("acme")
    assert names(model) == ["Plain Name"]

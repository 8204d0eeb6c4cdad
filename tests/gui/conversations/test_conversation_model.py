"""The conversations table model on its own: no widgets, plain rows."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from netplanner.core.conversations import ConversationRow, list_conversation_rows
from netplanner.gui.conversations.table_model import (
    COL_CONTACT,
    COL_STATUS,
    COL_WHEN,
    FILTER_ALL,
    FILTER_HELD_AND_AFTER,
    FILTER_UPCOMING,
    ConversationTableModel,
    IdRole,
)
from tests.gui.probes import visible_ids


def _row(
    id: int, name: str, status: str, when: datetime | None, place: str = ""
) -> ConversationRow:
    return ConversationRow(id, id, name, "informational", status, when, place)


ROWS = [
    _row(1, "Anna de Vries", "thanked", datetime(2026, 3, 1, 9, tzinfo=UTC), "Café Lebowski"),
    _row(2, "Carla Smit", "held", datetime(2026, 3, 10, 13, tzinfo=UTC), "MedApp Studio"),
    _row(3, "Gijs de Boer", "asked", None),
    _row(4, "Şükrü Yılmaz", "scheduled", datetime(2026, 4, 2, 15, tzinfo=UTC), "Video call"),
    _row(5, "Zoë Jansen", "idea", None, "Utrecht"),
    _row(6, "Bert Jansen", "cancelled", datetime(2026, 2, 1, 8, tzinfo=UTC)),
]


def _names(model: ConversationTableModel) -> list[str]:
    return [model.index(r, COL_CONTACT).data() for r in range(model.rowCount())]


def test_loads_rows_with_labels_and_ids() -> None:
    model = ConversationTableModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 6
    assert model.columnCount() == 5
    row = model.row_of(2)
    assert model.index(row, COL_STATUS).data() == "Held"
    assert model.index(row, COL_CONTACT).data(IdRole) == 2
    undated = model.row_of(3)
    assert model.index(undated, COL_WHEN).data() == "not planned yet"
    assert "2026" in model.index(row, COL_WHEN).data()


def test_status_filter_groups() -> None:
    model = ConversationTableModel()
    model.set_rows(ROWS)
    model.set_status_filter(FILTER_UPCOMING)
    assert sorted(visible_ids(model)) == [3, 4, 5]
    model.set_status_filter(FILTER_HELD_AND_AFTER)
    assert sorted(visible_ids(model)) == [1, 2]
    model.set_status_filter("cancelled")
    assert visible_ids(model) == [6]
    model.set_status_filter(FILTER_ALL)
    assert model.rowCount() == 6
    assert model.total_count() == 6


def test_sort_by_when_keeps_undated_together_at_one_end() -> None:
    model = ConversationTableModel()
    model.set_rows(ROWS)
    model.sort(COL_WHEN, Qt.SortOrder.AscendingOrder)
    assert visible_ids(model) == [6, 1, 2, 4, 3, 5]
    model.sort(COL_WHEN, Qt.SortOrder.DescendingOrder)
    assert visible_ids(model) == [5, 3, 4, 2, 1, 6]


def test_sort_by_contact_ignores_case_and_accents() -> None:
    model = ConversationTableModel()
    model.set_rows(ROWS)
    model.sort(COL_CONTACT, Qt.SortOrder.AscendingOrder)
    assert _names(model) == [
        "Anna de Vries",
        "Bert Jansen",
        "Carla Smit",
        "Gijs de Boer",
        "Şükrü Yılmaz",
        "Zoë Jansen",
    ]


def test_sort_by_status_follows_the_life_of_a_conversation() -> None:
    model = ConversationTableModel()
    model.set_rows(ROWS)
    model.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert visible_ids(model) == [5, 3, 4, 2, 1, 6]


def test_search_matches_name_and_place_without_accents() -> None:
    model = ConversationTableModel()
    model.set_rows(ROWS)
    model.set_search("sukru")
    assert visible_ids(model) == [4]
    model.set_search("jansen")
    assert sorted(visible_ids(model)) == [5, 6]
    model.set_search("video")
    assert visible_ids(model) == [4]
    model.set_search("zoe utrecht")
    assert visible_ids(model) == [5]
    model.set_status_filter(FILTER_HELD_AND_AFTER)
    assert visible_ids(model) == []
    model.set_search("")
    assert sorted(visible_ids(model)) == [1, 2]


def test_filter_survives_sorting_and_reload() -> None:
    model = ConversationTableModel()
    model.set_rows(ROWS)
    model.set_status_filter(FILTER_UPCOMING)
    model.sort(COL_CONTACT, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Zoë Jansen", "Şükrü Yılmaz", "Gijs de Boer"]
    model.set_rows(ROWS[:4])
    assert _names(model) == ["Şükrü Yılmaz", "Gijs de Boer"]


def test_loads_from_the_demo_data_file(demo_database) -> None:
    with demo_database.session() as session:
        rows = list_conversation_rows(session)
    model = ConversationTableModel()
    model.set_rows(rows)
    assert model.rowCount() == 4
    assert "Carla Smit" in _names(model)


def test_many_rows_filter_and_sort_quickly() -> None:
    import time

    rows = [
        _row(
            i,
            f"Person {i}",
            ("idea", "held", "asked")[i % 3],
            datetime(2026, 1, 1, tzinfo=UTC).replace(minute=i % 60) if i % 4 else None,
        )
        for i in range(30_000)
    ]
    model = ConversationTableModel()
    start = time.perf_counter()
    model.set_rows(rows)
    model.sort(COL_WHEN, Qt.SortOrder.AscendingOrder)
    model.set_status_filter(FILTER_UPCOMING)
    model.set_search("person 12")
    assert time.perf_counter() - start < 3
    assert model.rowCount() > 0

"""The preview's item models, without widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.gui.transfer.import_models import DuplicateRow, DuplicatesModel, TextTableModel


def test_duplicates_model_keeps_the_users_choice_per_row(qapp) -> None:
    model = DuplicatesModel()
    model.set_rows(
        [
            DuplicateRow(8, "Daan Bakker", 4, "Daan Bakker (Gemeente Utrecht)", "the same name"),
            DuplicateRow(13, "Hanna Meyer (Moodwise)", 9, "Hanna Meijer (Moodwise)", "similar"),
        ]
    )
    merge = model.index(0, model.COL_MERGE)
    assert model.flags(merge) & Qt.ItemFlag.ItemIsUserCheckable
    assert merge.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.merge_choices() == {}
    assert model.setData(merge, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.merge_choices() == {8: 4}
    model.set_all(True)
    assert model.merge_choices() == {8: 4, 13: 9} and model.merge_count() == 2
    model.set_all(False)
    assert model.merge_choices() == {}
    # Only the tick box can be changed.
    assert not model.setData(model.index(0, model.COL_IMPORTED), "x")


def test_text_rows_are_shown_on_one_line_with_the_whole_text_as_tooltip(qapp) -> None:
    model = TextTableModel(["Row", "Why"])
    model.set_rows([("9", "no name\non this row")])
    index = model.index(0, 1)
    assert index.data() == "no name on this row"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "no name\non this row"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Why"

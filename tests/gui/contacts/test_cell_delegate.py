"""The contacts table's own delegate must paint exactly what Qt's standard one paints."""

from __future__ import annotations

from PySide6.QtWidgets import QStyledItemDelegate

from netplanner.gui.contacts.cell_delegate import ContactCellDelegate
from netplanner.gui.contacts.table_model import COL_NAME
from netplanner.gui.context import AppContext
from tests.gui.contacts.test_tab import ids_by_name, make_tab


def test_cells_look_the_same_as_with_qts_delegate(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.resize(900, 500)  # narrow enough that long texts are cut with "…"
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_contact(ids_by_name(demo_context)["Şükrü Yılmaz"])  # a selected row
    tab.table.setFocus()
    assert isinstance(tab.table.itemDelegate(), ContactCellDelegate)
    ours = tab.table.grab().toImage()
    tab.table.setItemDelegate(QStyledItemDelegate(tab.table))
    standard = tab.table.grab().toImage()
    assert ours.size() == standard.size()
    assert ours == standard
    row = tab.table.currentIndex().row()
    assert tab.model.cell_text(row, COL_NAME) == "Şükrü Yılmaz"
    assert tab.model.cell_text(len(ids_by_name(demo_context)), COL_NAME) == ""  # no such row

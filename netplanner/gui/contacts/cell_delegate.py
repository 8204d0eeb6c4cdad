"""Paints the contacts table's cells with one call into Python per cell.

Qt's own delegate asks the model for seven roles per cell (font, alignment, colour,
check state, icon, text, background), each a call from C++ into Python. This table
only ever has text, so the delegate fills in just that: a keystroke in the search box
repaints some 150 cells, and those calls were a good part of its time (tests/bench).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from netplanner.gui.contacts.table_model import ContactsTableModel

_HAS_TEXT = QStyleOptionViewItem.ViewItemFeature.HasDisplay


class ContactCellDelegate(QStyledItemDelegate):
    """Text-only cells read straight from ``model``; painting is Qt's as before."""

    def __init__(self, model: ContactsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cell_text = model.cell_text

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        option.index = index  # type: ignore[assignment]  # (Qt takes a persistent one too)
        text = self._cell_text(index.row(), index.column())
        if text:
            option.features |= _HAS_TEXT
            option.text = text

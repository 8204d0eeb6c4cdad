"""Pieces of the import preview: its tables, and the pages whose rows can be left out."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.transfer.import_models import TextTableModel


def view_of(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A read-only table of whole rows for ``model``."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def fit_number_column(view: QTableView, numbers: list[str], checkable: bool = False) -> None:
    """Column 0 just wide enough for the longest row number and the heading (and the
    tick box in front of it).

    Measured here, not by Qt's "resize to contents", which measures a thousand rows.
    """
    metrics = view.fontMetrics()
    longest = max(numbers, key=len, default="")
    heading = str(view.model().headerData(0, Qt.Orientation.Horizontal) or "")
    width = max(metrics.horizontalAdvance(longest), metrics.horizontalAdvance(heading)) + 16
    if checkable:
        width += metrics.height() + 12
    view.horizontalHeader().resizeSection(0, width)


def ticked_page(view: QTableView, model: TextTableModel, hint: str) -> QWidget:
    """``view`` under a line saying rows can be unticked, with "tick all" and "untick all"."""
    page = QWidget()
    label = QLabel(hint)
    label.setWordWrap(True)
    tick_all = QPushButton(QCoreApplication.translate("ImportPreviewDialog", "Tick all"))
    untick_all = QPushButton(QCoreApplication.translate("ImportPreviewDialog", "Untick all"))
    for button in (tick_all, untick_all):
        button.setAutoDefault(False)  # Enter imports
    tick_all.clicked.connect(lambda: model.set_all_included(True))
    untick_all.clicked.connect(lambda: model.set_all_included(False))
    top = QHBoxLayout()
    top.addWidget(label, 1)
    top.addWidget(tick_all)
    top.addWidget(untick_all)
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(view, 1)
    return page

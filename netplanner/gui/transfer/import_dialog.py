"""The import preview: what an import will do, before it does anything.

Counts (created, updated, skipped, rejected), the rejected rows with their row
number and reason, and the likely duplicates, each with a "Merge with …" tick box
(unticked: the row becomes a new contact). Import or Cancel; nothing is written
until the user clicks Import (the flow does the writing).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.numbers import format_number
from netplanner.gui.plural import counted
from netplanner.gui.transfer.import_models import DuplicateRow, DuplicatesModel, TextTableModel


@dataclass
class ImportPreview:
    """What the dialog shows, in plain text rows (the flow builds it from the plan)."""

    source: str  # "LinkedIn connections", "vCard file", …
    file_name: str
    unit: str = "row"  # "row" (spreadsheets) or "card" (vCard): what the numbers count
    created: list[tuple[str, str, str]] = field(default_factory=list)  # row, name, organisation
    updated: list[tuple[str, str, str]] = field(default_factory=list)  # row, name, what changes
    skipped: list[tuple[str, str]] = field(default_factory=list)  # row, reason
    rejected: list[tuple[str, str]] = field(default_factory=list)  # row, reason
    duplicates: list[DuplicateRow] = field(default_factory=list)
    #: What the user should know about the whole file (read as Windows-1252, …).
    notes: list[str] = field(default_factory=list)


def _table(model, accessible_name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _fit_number_column(view: QTableView, numbers: list[str]) -> None:
    """Column 0 just wide enough for the longest row number and the heading.

    Measured here, not by Qt's "resize to contents", which measures a thousand rows.
    """
    metrics = view.fontMetrics()
    longest = max(numbers, key=len, default="")
    heading = str(view.model().headerData(0, Qt.Orientation.Horizontal) or "")
    width = max(metrics.horizontalAdvance(longest), metrics.horizontalAdvance(heading)) + 16
    view.horizontalHeader().resizeSection(0, width)


class ImportPreviewDialog(QDialog):
    """Shows an :class:`ImportPreview`; ``merge_choices()`` holds the ticked duplicates."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import: %1").replace("%1", preview.source))
        self.setMinimumSize(720, 500)
        self.resize(860, 600)
        heading = QLabel(self.tr("What importing “%1” will do").replace("%1", preview.file_name))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)

        self.count_labels: dict[str, QLabel] = {}
        counts = QGridLayout()
        counts.setHorizontalSpacing(10)
        counts.setColumnStretch(1, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, key in enumerate(("created", "updated", "skipped", "rejected")):
            number = QLabel()
            number.setFont(bold)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QLabel()
            text.setWordWrap(True)
            counts.addWidget(number, row, 0)
            counts.addWidget(text, row, 1)
            self.count_labels[key] = number
            self.count_labels[key + "_text"] = text

        self.tabs = QTabWidget()
        row_heading = self.tr("Card") if preview.unit == "card" else self.tr("Row")
        self.duplicates_model = DuplicatesModel(row_heading, self)
        self.duplicates_model.set_rows(preview.duplicates)
        self.duplicates_view = _table(self.duplicates_model, self.tr("Likely duplicates"))
        header = self.duplicates_view.horizontalHeader()
        _fit_number_column(self.duplicates_view, [str(row.row) for row in preview.duplicates])
        header.setSectionResizeMode(DuplicatesModel.COL_MERGE, QHeaderView.ResizeMode.Stretch)
        for column in (DuplicatesModel.COL_IMPORTED, DuplicatesModel.COL_REASON):
            self.duplicates_view.resizeColumnToContents(column)
            header.resizeSection(column, min(max(header.sectionSize(column), 120), 280))
        duplicates_page = QWidget()
        explain = QLabel(
            self.tr(
                "These rows look like someone you already have. Tick “Merge with …” to update "
                "that contact from the row; leave it unticked to add the row as a new contact."
            )
        )
        explain.setWordWrap(True)
        tick_all = QPushButton(self.tr("Merge &all"))
        tick_none = QPushButton(self.tr("Merge &none"))
        for button in (tick_all, tick_none):
            button.setAutoDefault(False)  # Enter imports; it never ticks every row
        tick_all.clicked.connect(lambda: self.duplicates_model.set_all(True))
        tick_none.clicked.connect(lambda: self.duplicates_model.set_all(False))
        tick_row = QHBoxLayout()
        tick_row.addWidget(tick_all)
        tick_row.addWidget(tick_none)
        tick_row.addStretch(1)
        page_layout = QVBoxLayout(duplicates_page)
        page_layout.addWidget(explain)
        page_layout.addWidget(self.duplicates_view, 1)
        page_layout.addLayout(tick_row)

        self.rejected_model = TextTableModel([row_heading, self.tr("Why it is left out")], self)
        self.rejected_model.set_rows(preview.rejected)
        self.skipped_model = TextTableModel([row_heading, self.tr("Why it is skipped")], self)
        self.skipped_model.set_rows(preview.skipped)
        self.created_model = TextTableModel(
            [row_heading, self.tr("Name"), self.tr("Organisation")], self
        )
        self.created_model.set_rows(preview.created)
        self.updated_model = TextTableModel(
            [row_heading, self.tr("Contact"), self.tr("What the file adds")], self
        )
        self.updated_model.set_rows(preview.updated)
        self.rejected_view = _table(self.rejected_model, self.tr("Rejected rows"))
        skipped_view = _table(self.skipped_model, self.tr("Skipped rows"))
        created_view = _table(self.created_model, self.tr("New contacts"))
        updated_view = _table(self.updated_model, self.tr("Contacts that are completed"))
        for view, rows in (
            (self.rejected_view, preview.rejected),
            (skipped_view, preview.skipped),
            (created_view, preview.created),
            (updated_view, preview.updated),
        ):
            _fit_number_column(view, [row[0] for row in rows])
            view.horizontalHeader().setStretchLastSection(True)
        created_view.horizontalHeader().resizeSection(1, 240)
        updated_view.horizontalHeader().resizeSection(1, 240)

        self._pages = [
            (duplicates_page, len(preview.duplicates), self.tr("&Look like someone you have (%1)")),
            (self.rejected_view, len(preview.rejected), self.tr("&Rejected (%1)")),
            (created_view, len(preview.created), self.tr("Ne&w (%1)")),
            (updated_view, len(preview.updated), self.tr("&Completed (%1)")),
            (skipped_view, len(preview.skipped), self.tr("S&kipped (%1)")),
        ]
        for page, count, title in self._pages:
            index = self.tabs.addTab(page, title.replace("%1", format_number(count)))
            self.tabs.setTabVisible(index, count > 0)
        self.nothing = QLabel(self.tr("There is nothing in this file to add to your contacts."))
        self.nothing.setWordWrap(True)
        self.nothing.setVisible(not (preview.created or preview.updated or preview.duplicates))
        self.tabs.setVisible(any(count for _page, count, _title in self._pages))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(not self.nothing.isVisible())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        # How the file was read (as Windows-1252, …): said before anything is imported.
        self.notes = QLabel("\n".join(preview.notes))
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setVisible(bool(preview.notes))
        layout.addWidget(self.notes)
        layout.addLayout(counts)
        layout.addWidget(self.nothing)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.duplicates_model.dataChanged.connect(self._update_counts)
        self._update_counts()
        self.import_button.setFocus()  # Enter imports; Tab leads to the choices

    def merge_choices(self) -> dict[int, int]:
        """{row number in the file: existing contact id} for every ticked duplicate."""
        return self.duplicates_model.merge_choices()

    def counts(self) -> dict[str, int]:
        """The numbers shown, counting the duplicates as the user chose so far."""
        merged = self.duplicates_model.merge_count()
        return {
            "created": len(self.preview.created) + len(self.preview.duplicates) - merged,
            "updated": len(self.preview.updated) + merged,
            "skipped": len(self.preview.skipped),
            "rejected": len(self.preview.rejected),
        }

    def _update_counts(self) -> None:
        numbers = self.counts()
        texts: dict[str, tuple[str, str]] = {
            "created": (
                self.tr("new contact will be created"),
                self.tr("new contacts will be created"),
            ),
            "updated": (
                self.tr("contact you already have will be completed with what the file adds"),
                self.tr("contacts you already have will be completed with what the file adds"),
            ),
            "skipped": (
                self.tr("skipped: already in your contacts, or twice in the file"),
                self.tr("skipped: already in your contacts, or twice in the file"),
            ),
            "rejected": (
                self.tr("rejected: it cannot become a contact (see why below)"),
                self.tr("rejected: they cannot become contacts (see why below)"),
            ),
        }
        for key, (one, many) in texts.items():
            self.count_labels[key].setText(str(numbers[key]))
            self.count_labels[key + "_text"].setText(counted(numbers[key], one, many))
        self.import_button.setText(
            counted(
                numbers["created"] + numbers["updated"],
                self.tr("&Import %n contact"),
                self.tr("&Import %n contacts"),
            )
            if not self.nothing.isVisible()
            else self.tr("&Import")
        )

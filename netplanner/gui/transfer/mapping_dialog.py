"""The column mapping of a spreadsheet (CSV) import: which column holds what.

One row per column of the file, with an example value and a drop-down of
NetPlanner fields; below, the first rows of the file as they would be imported.
The dialog works on a plain list (one field key or None per column); the import
flow turns it into the reader's ``ColumnMapping``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.imports.notes import notes_in
from netplanner.gui.today.texts import warning_color
from netplanner.gui.transfer.field_labels import field_label, ignore_label
from netplanner.gui.translation import ui_language
from netplanner.interchange.column_mapping import FIELDS, IDENTIFYING_FIELDS, is_field, is_multi
from netplanner.interchange.generic_csv import contact_from_cells
from netplanner.messages import fill

#: What the preview rows show, in this order (when any row has it).
PREVIEW_FIELDS = (
    "name", "role", "organisation", "email", "phone", "website", "city", "birthday",
    "specialism", "sector", "region", "how_we_know", "notes", "tags", "linkedin_url",
)  # fmt: skip
#: How many rows of the file the preview shows.
PREVIEW_ROWS = 5


def mapped_row(values: Sequence[str], fields: Sequence[str | None]) -> dict[str, str]:
    """One row of the file as the import will read it ({} when it has no name)."""
    contact = contact_from_cells(list(values), list(fields))
    if contact is None:
        return {}
    row = {
        "name": contact.name,
        "role": contact.role,
        "organisation": contact.organisation,
        "email": ", ".join(contact.emails),
        "phone": ", ".join(contact.phones),
        "website": ", ".join(contact.websites),
        "city": contact.city,
        "birthday": contact.birthday,
        "specialism": contact.specialism,
        "sector": contact.sector,
        "region": contact.region,
        "how_we_know": contact.how_we_know,
        # As the import will write them: NetPlanner's labels in the window's language.
        "notes": notes_in(contact.notes, ui_language()),
        "tags": ", ".join(contact.tags),
        "linkedin_url": contact.linkedin_url,
    }
    return {key: value for key, value in row.items() if value}


def mapping_problem(fields: Sequence[str | None]) -> str:
    """Why the mapping cannot be used yet (translated), or "" when it can."""
    chosen = [field for field in fields if field is not None]
    if not any(field in IDENTIFYING_FIELDS for field in chosen):
        return QCoreApplication.translate(
            "MappingDialog",
            "Choose the column that holds the name (or the first and last name, or at "
            "least the e-mail address): a contact needs a name.",
        )
    doubles = [
        field for field, count in Counter(chosen).items() if count > 1 and not is_multi(field)
    ]
    if doubles:
        return fill(
            QCoreApplication.translate(
                "MappingDialog", "Two columns are set to “%1”. Set one of them to “%2”."
            ),
            field_label(doubles[0]),
            ignore_label(),
        )
    return ""


class MappingDialog(QDialog):
    """Say what each column of a spreadsheet holds, seeing the result as you choose."""

    def __init__(
        self,
        file_name: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        fields: Sequence[str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.header = list(header)
        self.rows = [list(row) for row in rows[:PREVIEW_ROWS]]
        self.setWindowTitle(self.tr("Import a spreadsheet: columns"))
        self.setMinimumSize(640, 520)
        self.resize(900, 680)  # room for the preview rows; smaller screens get the minimum
        intro = QLabel(
            fill(
                self.tr(
                    "What does each column of “%1” hold? NetPlanner guessed from the column "
                    "names; correct what is wrong. Columns set to “%2” are left out."
                ),
                file_name,
                ignore_label(),
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.combos: list[QComboBox] = []
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("Holds"), self.tr("For example"))
        ):
            heading = QLabel(text)
            heading.setFont(bold)
            grid.addWidget(heading, 0, column)
        for index, name in enumerate(self.header):
            combo = QComboBox()
            combo.addItem(ignore_label(), None)
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            for field in fields[index : index + 1]:  # a known export's own choice
                if field is not None and combo.findData(field) < 0 and is_field(field):
                    combo.addItem(field_label(field), field)
            shown_name = name.replace("&", "&&")  # a buddy label reads "&" as a shortcut
            label = QLabel(shown_name or fill(self.tr("(column %1)"), str(index + 1)))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            combo.setAccessibleName(fill(self.tr("What column “%1” holds"), name))
            example = QLabel(self._example(index))
            example.setTextFormat(Qt.TextFormat.PlainText)
            example.setEnabled(False)  # greyed: an example, not something to edit
            example.setMinimumWidth(120)
            grid.addWidget(label, index + 1, 0)
            grid.addWidget(combo, index + 1, 1)
            grid.addWidget(example, index + 1, 2)
            self.combos.append(combo)
        grid.setRowStretch(len(self.header) + 1, 1)
        columns = QWidget()
        columns.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(columns)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.preview = QTableWidget()
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setWordWrap(False)
        self.preview.setAccessibleName(self.tr("The first rows as they will be imported"))
        preview_label = QLabel(self.tr("&The first rows as they will be imported:"))
        preview_label.setBuddy(self.preview)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(preview_label)
        lower_layout.addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            f"color: {warning_color(self.palette()).name()}; font-weight: bold;"
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Continue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.set_fields(fields)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._update)

    def _example(self, column: int) -> str:
        """The first value of ``column`` that is not empty, shortened."""
        for row in self.rows:
            if column < len(row) and row[column].strip():
                value = " ".join(row[column].split())
                return value if len(value) <= 40 else value[:39] + "…"
        return ""

    # -- the mapping ---------------------------------------------------------------------------
    def set_fields(self, fields: Sequence[str | None]) -> None:
        """Show ``fields`` (one field key or None per column) in the drop-downs."""
        for index, combo in enumerate(self.combos):
            field = fields[index] if index < len(fields) else None
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.blockSignals(False)
        self._update()

    def fields(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _update(self) -> None:
        fields = self.fields()
        problem = mapping_problem(fields)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        self._fill_preview(fields)

    def _fill_preview(self, fields: list[str | None]) -> None:
        mapped = [mapped_row(row, fields) for row in self.rows]
        shown = ["name"] + [
            field for field in PREVIEW_FIELDS[1:] if any(field in row for row in mapped)
        ]
        self.preview.clear()
        self.preview.setColumnCount(len(shown))
        self.preview.setRowCount(len(mapped))
        self.preview.setHorizontalHeaderLabels([field_label(field) for field in shown])
        for row_index, row in enumerate(mapped):
            for column, field in enumerate(shown):
                value = row.get(field, "")
                item = QTableWidgetItem(" ".join(value.split()))
                item.setToolTip(value)
                if not row and field == "name":
                    item.setText(self.tr("(no name or e-mail address: this row is left out)"))
                    item.setForeground(self.palette().placeholderText())
                self.preview.setItem(row_index, column, item)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.resizeColumnsToContents()
        for column in range(len(shown)):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        header.setStretchLastSection(True)

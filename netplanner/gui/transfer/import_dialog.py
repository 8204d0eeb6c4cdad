"""The import preview: what an import will do, before it does anything.

At the top, the counts (created, completed, skipped, rejected, left out) and which
columns of the file are used for what; below, a tab per outcome: the likely
duplicates, each with a "Merge with …" tick box (unticked: the row becomes a new
contact); the rows that cannot be read in full; the rejected rows with their number
and reason; the new contacts with the columns people recognise (name, role,
organisation, e-mail, phone); the contacts completed; the skipped rows; and the
columns. Every row that would be written has a tick box: untick a junk row to leave it
out. Import or Cancel; nothing is written until the user clicks Import (the flow does
the writing). For a spreadsheet, "Choose columns…" goes back to say what the columns
hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.numbers import format_number
from netplanner.gui.plural import counted
from netplanner.gui.transfer.import_models import DuplicateRow, DuplicatesModel, TextTableModel
from netplanner.gui.transfer.import_pages import fit_number_column, ticked_page, view_of
from netplanner.messages import fill

#: The result of the dialog when the user wants to choose the columns again.
CHOOSE_COLUMNS = 2


@dataclass
class ImportPreview:
    """What the dialog shows, in plain text rows (the flow builds it from the plan)."""

    source: str  # "LinkedIn connections", "vCard file", …
    file_name: str
    unit: str = "row"  # "row" (spreadsheets) or "card" (vCard): what the numbers count
    #: row, name, role, organisation, e-mail, phone
    created: list[tuple[str, ...]] = field(default_factory=list)
    updated: list[tuple[str, str, str]] = field(default_factory=list)  # row, name, what changes
    skipped: list[tuple[str, str]] = field(default_factory=list)  # row, reason
    skipped_in_file: int = 0  # of the skipped rows, those repeating a row of the file
    rejected: list[tuple[str, str]] = field(default_factory=list)  # row, reason
    duplicates: list[DuplicateRow] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # row, what was not read
    #: column (or vCard property), what it fills, its kind, rows with a value
    columns: list[tuple[str, str, str, str]] = field(default_factory=list)
    layout: str = ""  # "Google Contacts", … when the file was recognised
    #: Whether "Choose columns…" is offered (spreadsheets).
    columns_can_change: bool = False
    #: What the user should know about the whole file (read as Windows-1252, …).
    notes: list[str] = field(default_factory=list)


class ImportPreviewDialog(QDialog):
    """Shows an :class:`ImportPreview`; ``merge_choices()`` holds the ticked duplicates and
    ``left_out()`` the unticked rows."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(fill(self.tr("Import: %1"), preview.source))
        self.setMinimumSize(720, 520)
        self.resize(980, 640)
        heading = QLabel(fill(self.tr("What importing “%1” will do"), preview.file_name))
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
        for row, key in enumerate(("created", "updated", "skipped", "rejected", "left_out")):
            number = QLabel()
            number.setFont(bold)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QLabel()
            text.setWordWrap(True)
            counts.addWidget(number, row, 0)
            counts.addWidget(text, row, 1)
            self.count_labels[key] = number
            self.count_labels[key + "_text"] = text
        self.columns_line = QLabel(self._columns_text())
        self.columns_line.setWordWrap(True)
        self.columns_line.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QTabWidget()
        self._build_pages()
        self.nothing = QLabel(self.tr("There is nothing in this file to add to your contacts."))
        self.nothing.setWordWrap(True)
        self._nothing_to_do = not (preview.created or preview.updated or preview.duplicates)
        self.nothing.setVisible(self._nothing_to_do)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_columns_button = QPushButton(self.tr("C&hoose columns…"))
        self.choose_columns_button.setAutoDefault(False)
        self.choose_columns_button.setToolTip(self.tr("Say again what each column holds"))
        self.choose_columns_button.clicked.connect(lambda: self.done(CHOOSE_COLUMNS))
        self.buttons.addButton(self.choose_columns_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.choose_columns_button.setVisible(preview.columns_can_change)
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
        layout.addWidget(self.columns_line)
        layout.addWidget(self.nothing)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        for model in (self.duplicates_model, self.created_model, self.updated_model):
            model.dataChanged.connect(self._update_counts)
        self._update_counts()
        self.import_button.setFocus()  # Enter imports; Tab leads to the choices

    # -- building ----------------------------------------------------------------------------
    def _build_pages(self) -> None:
        preview = self.preview
        row_heading = self.tr("Card") if preview.unit == "card" else self.tr("Row")
        self.duplicates_model = DuplicatesModel(row_heading, self)
        self.duplicates_model.set_rows(preview.duplicates)
        self.duplicates_view = view_of(self.duplicates_model, self.tr("Likely duplicates"))
        header = self.duplicates_view.horizontalHeader()
        fit_number_column(
            self.duplicates_view, [str(row.row) for row in preview.duplicates], checkable=True
        )
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
        self.warnings_model = TextTableModel([row_heading, self.tr("What could not be read")], self)
        self.warnings_model.set_rows(preview.warnings)
        self.created_model = TextTableModel(
            [
                row_heading,
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Organisation"),
                self.tr("E-mail"),
                self.tr("Phone"),
            ],
            self,
            checkable=True,
        )
        self.created_model.set_rows(preview.created)
        self.updated_model = TextTableModel(
            [row_heading, self.tr("Contact"), self.tr("What the file adds")], self, checkable=True
        )
        self.updated_model.set_rows(preview.updated)
        self.columns_model = TextTableModel(
            [
                self.tr("Property") if preview.unit == "card" else self.tr("Column in the file"),
                self.tr("Used for"),
                self.tr("Kind"),
                self.tr("Cards with a value")
                if preview.unit == "card"
                else self.tr("Rows with a value"),
            ],
            self,
            number_column=False,
        )
        self.columns_model.set_rows(preview.columns)
        self.rejected_view = view_of(self.rejected_model, self.tr("Rejected rows"))
        skipped_view = view_of(self.skipped_model, self.tr("Skipped rows"))
        warnings_view = view_of(self.warnings_model, self.tr("Rows read in part"))
        self.created_view = view_of(self.created_model, self.tr("New contacts"))
        updated_view = view_of(self.updated_model, self.tr("Contacts that are completed"))
        columns_view = view_of(self.columns_model, self.tr("Columns of the file"))
        for view, rows, checkable in (
            (self.rejected_view, preview.rejected, False),
            (skipped_view, preview.skipped, False),
            (warnings_view, preview.warnings, False),
            (self.created_view, preview.created, True),
            (updated_view, preview.updated, True),
        ):
            fit_number_column(view, [row[0] for row in rows], checkable=checkable)
            view.horizontalHeader().setStretchLastSection(True)
        for column, width in ((1, 200), (2, 170), (3, 170), (4, 190)):
            self.created_view.horizontalHeader().resizeSection(column, width)
        updated_view.horizontalHeader().resizeSection(1, 240)
        columns_view.horizontalHeader().resizeSection(0, 260)
        columns_view.horizontalHeader().resizeSection(1, 320)
        columns_view.horizontalHeader().setStretchLastSection(True)

        leave_out_hint = self.tr("Untick a row to leave it out of the import.")
        self._pages = [
            (duplicates_page, len(preview.duplicates), self.tr("&Look like someone you have (%1)")),
            (self.rejected_view, len(preview.rejected), self.tr("&Rejected (%1)")),
            (warnings_view, len(preview.warnings), self.tr("Rea&d in part (%1)")),
            (
                ticked_page(self.created_view, self.created_model, leave_out_hint),
                len(preview.created),
                self.tr("Ne&w (%1)"),
            ),
            (
                ticked_page(updated_view, self.updated_model, leave_out_hint),
                len(preview.updated),
                self.tr("&Completed (%1)"),
            ),
            (skipped_view, len(preview.skipped), self.tr("S&kipped (%1)")),
            (
                columns_view,
                len(preview.columns),
                self.tr("Pro&perties (%1)") if preview.unit == "card" else self.tr("Colu&mns (%1)"),
            ),
        ]
        for page, count, title in self._pages:
            index = self.tabs.addTab(page, fill(title, format_number(count)))
            self.tabs.setTabVisible(index, count > 0)

    def _columns_text(self) -> str:
        columns = self.preview.columns
        if not columns:
            return ""
        used = sum(1 for column in columns if column[1] != self._left_out_label())
        numbers = (format_number(used), format_number(len(columns) - used))
        if self.preview.unit == "card":
            text = self.tr("vCard properties used: %1; left out: %2 (see Properties).")
        elif self.preview.layout:
            text = self.tr(
                "Recognised as an export of %3. Columns used: %1; left out: %2 (see Columns)."
            )
        else:
            text = self.tr("Columns used: %1; left out: %2 (see Columns).")
        return fill(text, numbers[0], numbers[1], self.preview.layout)

    @staticmethod
    def _left_out_label() -> str:
        from netplanner.gui.transfer.field_labels import left_out_label

        return left_out_label()

    # -- what the user chose ------------------------------------------------------------------
    def merge_choices(self) -> dict[int, int]:
        """{row number in the file: existing contact id} for every ticked duplicate."""
        return self.duplicates_model.merge_choices()

    def left_out(self) -> list[int]:
        """The rows (numbers in the file) the user unticked."""
        models = (self.created_model, self.updated_model, self.duplicates_model)
        return sorted(row for model in models for row in model.left_out())

    def counts(self) -> dict[str, int]:
        """The numbers shown, counting the duplicates as the user chose so far."""
        merged = self.duplicates_model.merge_count()
        duplicates = self.duplicates_model.included_count()
        return {
            "created": self.created_model.included_count() + duplicates - merged,
            "updated": self.updated_model.included_count() + merged,
            "skipped": len(self.preview.skipped),
            "rejected": len(self.preview.rejected),
            "left_out": len(self.left_out()),
        }

    def _update_counts(self) -> None:
        numbers = self.counts()
        in_file = self.preview.skipped_in_file
        known = numbers["skipped"] - in_file
        skipped_text = fill(
            self.tr("skipped: %1 twice in the file, %2 already in your contacts with nothing new"),
            format_number(in_file),
            format_number(known),
        )
        texts: dict[str, tuple[str, str]] = {
            "created": (
                self.tr("new contact will be created"),
                self.tr("new contacts will be created"),
            ),
            "updated": (
                self.tr("contact you already have will be completed with what the file adds"),
                self.tr("contacts you already have will be completed with what the file adds"),
            ),
            "skipped": (skipped_text, skipped_text),
            "rejected": (
                self.tr("rejected: it cannot become a contact (see why below)"),
                self.tr("rejected: they cannot become contacts (see why below)"),
            ),
            "left_out": (
                self.tr("left out by you (unticked)"),
                self.tr("left out by you (unticked)"),
            ),
        }
        for key, (one, many) in texts.items():
            self.count_labels[key].setText(format_number(numbers[key]))
            self.count_labels[key + "_text"].setText(counted(numbers[key], one, many))
            shown = key in ("created", "updated") or numbers[key] > 0
            self.count_labels[key].setVisible(shown)
            self.count_labels[key + "_text"].setVisible(shown)
        writes = numbers["created"] + numbers["updated"]
        self.import_button.setText(
            counted(writes, self.tr("&Import %n contact"), self.tr("&Import %n contacts"))
            if not self._nothing_to_do
            else self.tr("&Import")
        )
        self.import_button.setEnabled(writes > 0)

"""The import flow: pick a file, read it, (map the columns), preview, import in one write.

A spreadsheet from a program NetPlanner knows (Google Contacts, Outlook, Thunderbird)
goes straight to the preview, which lists what each column is used for; any other
spreadsheet first asks what its columns hold (remembered per set of columns), and the
preview can go back to that question. After the import the window shows the people who
came in (:attr:`ImportFlow.imported`).

Every question goes through ``context.prompts`` or :mod:`files` (the open-file
question); the two dialogs of the flow are shown through :meth:`ImportFlow.run_dialog`,
which tests replace to drive a dialog instead of showing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from netplanner.gui.context import AppContext
from netplanner.gui.error_text import error_text, message_text
from netplanner.gui.events import Change
from netplanner.gui.plural import counted
from netplanner.gui.transfer import files
from netplanner.gui.transfer.import_progress import ImportCancelled, ImportProgress
from netplanner.messages import fill
from netplanner.storage.reasons import os_reason

if TYPE_CHECKING:
    from netplanner.gui.transfer.import_dialog import ImportPreviewDialog


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a big file is read and compared with the contacts."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ImportKind(StrEnum):
    LINKEDIN = "linkedin"
    VCARD = "vcard"
    CSV = "csv"


class ImportFlow(QObject):
    """Runs imports for the window; ``parent`` is what the dialogs belong to."""

    #: The ids of the contacts an import created or completed (the window shows them).
    imported = Signal(list)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent
        #: The dialogs of the last import (for tests and screenshots).
        self.preview_dialog: ImportPreviewDialog | None = None
        self.mapping_dialog: QDialog | None = None

    # -- what the user reads -------------------------------------------------------------------
    def source_name(self, kind: ImportKind) -> str:
        return {
            ImportKind.LINKEDIN: self.tr("LinkedIn connections"),
            ImportKind.VCARD: self.tr("vCard file"),
            ImportKind.CSV: self.tr("Spreadsheet (CSV)"),
        }[kind]

    def _file_filter(self, kind: ImportKind) -> str:
        return {
            ImportKind.LINKEDIN: self.tr("LinkedIn export (Connections.csv *.csv);;All files (*)"),
            ImportKind.VCARD: self.tr("vCard files (*.vcf *.vcard);;All files (*)"),
            ImportKind.CSV: self.tr("Spreadsheets (*.csv *.txt);;All files (*)"),
        }[kind]

    def run_dialog(self, dialog: QDialog) -> bool | int:
        """Show ``dialog`` modally; True when the user accepted it (or the dialog's own
        result, such as the preview's "choose the columns again")."""
        result = dialog.exec()
        return True if result == QDialog.DialogCode.Accepted else result

    # -- entry points ---------------------------------------------------------------------------
    def ask_and_import(self, kind: ImportKind) -> Any:
        """Ask for a file of ``kind`` and import it; the import summary, or None."""
        settings = self.context.settings
        path = files.ask_open_file(
            self._parent,
            fill(self.tr("Import %1"), self.source_name(kind)),
            files.last_folder(settings, files.IMPORT_FOLDER_KEY),
            self._file_filter(kind),
        )
        if path is None:
            return None
        files.remember_folder(settings, files.IMPORT_FOLDER_KEY, path)
        return self.import_file(kind, path)

    def import_dropped(self, path: Path) -> Any:
        """A file dropped on the window: a vCard, a LinkedIn export or another CSV."""
        if path.suffix.lower() in (".vcf", ".vcard"):
            return self.import_file(ImportKind.VCARD, path)
        from netplanner.gui.transfer import readers

        kind = ImportKind.LINKEDIN if readers.looks_like_linkedin(path) else ImportKind.CSV
        return self.import_file(kind, path)

    def import_file(self, kind: ImportKind, path: Path) -> Any:
        """Read ``path``, preview, and import what the user agrees to; the summary or None."""
        from netplanner.gui.transfer import readers
        from netplanner.gui.transfer.import_dialog import CHOOSE_COLUMNS, ImportPreviewDialog
        from netplanner.gui.translation import ui_language

        title = self.tr("Not imported")
        ask_columns = False
        while True:
            try:
                if kind == ImportKind.CSV:
                    read_result = self._read_csv(path, ask_columns)
                    if read_result is None:
                        return None
                else:
                    with busy():
                        read_result = readers.read_file(kind.value, path)
            except readers.ImportFileError as error:
                self.context.prompts.error(title, error_text(error))
                return None
            except OSError as error:
                self.context.prompts.error(
                    title,
                    fill(
                        self.tr("Could not read %1: %2"),
                        str(path),
                        message_text(os_reason(error)),
                    ),
                )
                return None
            with busy():
                plan = self.context.read(
                    partial(readers.plan_import, read=read_result, language=ui_language())
                )
                can_change = kind == ImportKind.CSV and read_result.layout != "LinkedIn"
                preview = readers.preview_of(plan, self.source_name(kind), path.name, can_change)
                dialog = ImportPreviewDialog(preview, self._parent)
            self.preview_dialog = dialog
            answer = self.run_dialog(dialog)
            if answer == CHOOSE_COLUMNS and can_change:
                ask_columns = True
                continue
            if answer is not True:
                return None
            return self._apply(plan, dialog.merge_choices(), dialog.left_out(), kind, path)

    def _read_csv(self, path: Path, ask: bool = False) -> Any:
        """Read a spreadsheet: a known export as its program meant its columns, unless the
        user chose otherwise for these columns before; any other (or when ``ask``) after
        asking what the columns hold (remembered per header)."""
        from netplanner.gui.transfer import readers
        from netplanner.gui.transfer.csv_mappings import remember_fields, remembered_fields
        from netplanner.gui.transfer.mapping_dialog import MappingDialog

        with busy():
            table = readers.peek_csv(path)
        fields = remembered_fields(self.context.settings, table.header)
        layout = readers.recognise_layout(table.header)
        if layout is not None and layout.name == "LinkedIn":
            with busy():
                return readers.read_file("linkedin", path)
        if not ask and (fields is not None or layout is not None):
            chosen = fields if fields is not None else list(layout.mapping.fields)
        else:
            if fields is None:
                fields = list(table.guessed.fields)
            dialog = MappingDialog(path.name, table.header, table.rows, fields, self._parent)
            self.mapping_dialog = dialog
            if self.run_dialog(dialog) is not True:
                return None
            chosen = dialog.fields()
            remember_fields(self.context.settings, table.header, chosen)
        with busy():
            return readers.read_csv(path, table.header, chosen)

    # -- writing -------------------------------------------------------------------------------
    def _apply(
        self,
        plan: Any,
        merge_choices: dict[int, int],
        left_out: list[int],
        kind: ImportKind,
        path: Path,
    ) -> Any:
        from netplanner.gui.transfer import readers

        total = max(readers.plan_size(plan) - len(left_out), 0)
        progress = ImportProgress(self._parent, fill(self.tr("Importing %1…"), path.name), total)
        label = counted(total, self.tr("Import %n contact"), self.tr("Import %n contacts"))
        try:
            summary = self.context.write(
                lambda s: readers.apply_import(s, plan, merge_choices, progress.update, left_out),
                changes=Change.CONTACTS,
                label=label,
                failure_title=self.tr("Not imported"),
            )
        except ImportCancelled:
            progress.close()
            self.context.prompts.inform(
                self.tr("Import cancelled"),
                self.tr("The import was cancelled. Nothing was imported."),
            )
            return None
        progress.close()
        if summary is None:
            return None  # the error was shown; the transaction was rolled back
        self.context.prompts.inform(
            self.tr("Import done"), readers.summary_text(summary, self.source_name(kind))
        )
        people = sorted({*summary.created_ids, *summary.updated_ids})
        if people:
            self.imported.emit(people)
        return summary

"""Printing from the banks tab: a booklet of question banks, or a blank prep sheet.

ReportLab is heavy, so the printing modules are imported when the user first prints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from netplanner.gui.banks.bank_data import read_bank_contents
from netplanner.gui.banks.export_paths import (
    last_folder,
    print_language,
    remember_folder,
    render_to,
    safe_file_name,
    with_suffix,
)
from netplanner.gui.context import AppContext
from netplanner.gui.error_text import error_text, message_text
from netplanner.messages import fill
from netplanner.storage.output_files import OutputFileError
from netplanner.storage.reasons import os_reason


class BankPrinting(QObject):
    """PDF exports of the banks tab; ``notify`` shows a short message in the tab."""

    def __init__(self, context: AppContext, parent: QWidget, notify: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.context = context
        self._notify = notify

    def print_booklet(self, current: tuple[int, str] | None, shown: list[int]) -> Path | None:
        """A booklet of the ``current`` bank (id, name) or of all ``shown`` banks."""
        if current is None and not shown:
            return None
        bank_ids = [current[0]] if current is not None else shown
        name = current[1] if current is not None else ""
        if current is not None and len(shown) > 1:
            answer = self.context.prompts.choose(
                self.tr("Print booklet"),
                self.tr("Which question banks go into the booklet?"),
                [
                    self.tr("This bank"),
                    fill(self.tr("All shown banks (%1)"), str(len(shown))),
                    self.tr("Cancel"),
                ],
            )
            if answer == 1:
                bank_ids, name = shown, ""
            elif answer != 0:
                return None
        file_name = safe_file_name(name, ".pdf", "") if name else ""
        if not file_name:
            file_name = safe_file_name(self.tr("question-banks"), ".pdf", "question-banks")
        path = self._ask(self.tr("Save booklet"), file_name)
        if path is None:
            return None
        contents = self.context.read(lambda s: read_bank_contents(s, bank_ids))
        language, page_size = print_language(), self.context.page_size

        def render(out: BinaryIO) -> None:
            from netplanner.printing.booklet import render_booklet

            render_booklet(contents, out, page_size=page_size, language=language)

        return self._write(path, render)

    def blank_sheet(self) -> Path | None:
        """A prep sheet with empty lines, to fill in by hand."""
        path = self._ask(
            self.tr("Save blank prep sheet"),
            safe_file_name(self.tr("blank-prep-sheet"), ".pdf", "blank-prep-sheet"),
        )
        if path is None:
            return None
        language, page_size = print_language(), self.context.page_size

        def render(out: BinaryIO) -> None:
            from netplanner.printing.blank_sheet import render_blank_sheet

            render_blank_sheet(out, page_size=page_size, language=language)

        return self._write(path, render)

    # -- helpers -----------------------------------------------------------------------------
    def _ask(self, title: str, file_name: str) -> Path | None:
        suggested = last_folder(self.context.settings) / file_name
        chosen = self.context.prompts.save_file(title, suggested, self.tr("PDF files (*.pdf)"))
        return with_suffix(Path(chosen), ".pdf") if chosen is not None else None

    def _write(self, path: Path, render: Callable[[BinaryIO], None]) -> Path | None:
        try:
            render_to(path, render)
        except (OSError, ValueError) as error:  # disk trouble; a page size it cannot print
            reason = message_text(os_reason(error)) if isinstance(error, OSError) else None
            text = (
                error_text(error)  # the guard's or the writer's own sentence
                if isinstance(error, OutputFileError)
                else fill(self.tr("Could not write %1: %2"), str(path), reason or str(error))
            )
            self.context.prompts.error(self.tr("Not saved"), text)
            return None
        remember_folder(self.context.settings, path)
        self._notify(fill(self.tr("Saved %1."), path.name))
        return path

"""Export a conversation's prep sheet as a PDF: ask where, render, never leave half a file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from netplanner.core.errors import NetPlannerError
from netplanner.core.sheets.data import PrepSheetData
from netplanner.core.sheets.reading import prep_sheet_data
from netplanner.gui import folders
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.table_model import local_date_time
from netplanner.gui.error_text import error_text, message_text
from netplanner.gui.file_names import file_words
from netplanner.gui.translation import ui_language
from netplanner.messages import fill
from netplanner.storage.output_files import OutputFileError, render_output
from netplanner.storage.reasons import os_reason

LAST_FOLDER_KEY = folders.EXPORT_FOLDER_KEY
_log = logging.getLogger(__name__)


def suggested_file_name(contact_name: str, starts_at: datetime | None) -> str:
    """'prep-sheet-Carla-Smit-2026-11-24.pdf' in the window's language ('voorbereiding-…' in
    Dutch): letters of any script kept, the rest dashes."""
    name = file_words(contact_name, "")[:60].strip("-")
    #: The start of a prep sheet's file name, before the person's name and the date
    #: ("prep-sheet-Carla-Smit-2026-11-24.pdf"): letters and dashes, no spaces.
    prefix = QCoreApplication.translate("SheetExport", "prep-sheet")
    parts = [file_words(prefix, "prep-sheet")]
    if name:
        parts.append(name)
    if starts_at is not None:
        parts.append(local_date_time(starts_at).date().toString("yyyy-MM-dd"))
    return "-".join(parts) + ".pdf"


def export_folder(context: AppContext) -> Path:
    """The folder of the last export, else the user's Documents, else their home."""
    return folders.last_folder(context.settings)


def write_atomically(target: Path, render: Callable[[str], None]) -> None:
    """Call ``render(path)`` on a private temporary file next to ``target``, then rename it.

    The target passes the guard of :mod:`netplanner.storage.output_files` first (never
    the data file, a backup, a folder or a device: ``OutputRefusedError``). A failure
    (disk full, folder gone, a bug in rendering) removes the temporary file, so the
    target is either the complete new PDF (0600) or left as it was.
    """
    render_output(target, render)


def ask_pdf_path(context: AppContext, title: str, name: str) -> Path | None:
    """Ask where to save a PDF (``name`` in the last export folder suggested); the path
    chosen, ending in .pdf, or None when the user cancelled."""
    chosen = context.prompts.save_file(
        title,
        export_folder(context) / name,
        QCoreApplication.translate("SheetExport", "PDF files (*.pdf)"),
    )
    if chosen is None:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def export_prep_sheet(context: AppContext, conversation_id: int) -> Path | None:
    """Ask for a file name and write the sheet there; returns the path or None (cancelled
    or failed — failures are shown to the user through ``context.prompts``)."""
    try:
        data = context.read(
            lambda session: prep_sheet_data(session, conversation_id, ui_language())
        )
    except NetPlannerError as error:
        context.prompts.error(
            QCoreApplication.translate("SheetExport", "Prep sheet not saved"), error_text(error)
        )
        return None
    target = ask_pdf_path(
        context,
        QCoreApplication.translate("SheetExport", "Save prep sheet"),
        suggested_file_name(data.contact_name, data.starts_at),
    )
    if target is None or not write_sheet(context, data, target):
        return None
    context.settings.setValue(LAST_FOLDER_KEY, str(target.parent))
    return target


def write_sheet(context: AppContext, data: PrepSheetData, target: Path) -> bool:
    """Render ``data`` into ``target`` whole or not at all; False (and the user told
    why) when that failed."""
    from netplanner.printing.prep_sheet import render_prep_sheet  # ReportLab is heavy

    page_size = context.page_size  # read here, in the window's thread

    def render(path: str) -> None:
        render_prep_sheet(data, path, page_size=page_size, language=data.language)

    try:
        write_atomically(target, render)
    except OutputFileError as error:  # the guard's or the writer's own sentence
        context.prompts.error(
            QCoreApplication.translate("SheetExport", "Prep sheet not saved"), error_text(error)
        )
        return False
    except OSError as error:
        reason = message_text(os_reason(error))
        if not target.parent.is_dir():
            reason = fill(
                QCoreApplication.translate("SheetExport", "The folder %1 does not exist."),
                str(target.parent),
            )
        context.prompts.error(
            QCoreApplication.translate("SheetExport", "Prep sheet not saved"),
            fill(
                QCoreApplication.translate(
                    "SheetExport", "The prep sheet could not be saved as %1. %2"
                ),
                str(target),
                reason,
            ),
        )
        return False
    except Exception as error:  # a bug while rendering: tell the user instead of vanishing
        _log.exception("rendering the prep sheet failed")
        context.prompts.error(
            QCoreApplication.translate("SheetExport", "Prep sheet not saved"),
            fill(
                QCoreApplication.translate(
                    "SheetExport", "Something went wrong while making the prep sheet: %1"
                ),
                error_text(error),
            ),
        )
        return False
    return True

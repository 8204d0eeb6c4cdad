"""Print a prep sheet: make the PDF in NetPlanner's print folder and open it in the
system's PDF viewer, whose print dialog knows the user's printers.

Why not a print preview inside NetPlanner: QtPrintSupport (in PySide6-Essentials) has
QPrintPreviewDialog, but it previews what QPainter draws, and the sheet is a ReportLab
PDF. Putting a PDF's pages on a QPrinter needs QtPdf, which only PySide6-Addons brings
(a much larger download). Drawing the sheet a second time with QPainter would give two
layouts to keep alike. The viewer shows exactly the PDF that Export saves.

The print folder is NetPlanner's cache folder (readable by the user only): a sheet holds
notes about people. Sheets older than two days are removed at the next print.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from netplanner.core.errors import NetPlannerError
from netplanner.core.sheets.reading import prep_sheet_data
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.sheet_export import suggested_file_name, write_sheet
from netplanner.gui.error_text import error_text, message_text
from netplanner.gui.translation import ui_language
from netplanner.messages import fill
from netplanner.storage.reasons import os_reason

KEEP_SECONDS = 2 * 24 * 3600


def print_folder() -> Path:
    """The folder printed sheets are made in, created readable by the user only."""
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    folder = Path(cache or Path.home() / ".cache" / "NetPlanner") / "print"
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def remove_old_sheets(folder: Path, now: float | None = None) -> int:
    """Delete the PDFs in ``folder`` older than two days; how many were deleted."""
    limit = (time.time() if now is None else now) - KEEP_SECONDS
    removed = 0
    for path in folder.glob("*.pdf"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except OSError:
            continue  # open in a viewer on Windows, or gone already: try next time
    return removed


def free_name(path: Path) -> Path:
    """``path``, or when an earlier print of it is still open in a viewer that locks it
    (Windows), ``name-2.pdf``, ``name-3.pdf``…"""
    try:
        path.unlink(missing_ok=True)
        return path
    except OSError:
        pass
    for number in range(2, 100):
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
    return path


def print_target(context: AppContext, title: str, name: str) -> Path | None:
    """Where a PDF to print called ``name`` goes: the print folder, whose old prints are
    removed first; None (and the user told, under ``title``) when there is no folder."""
    try:
        folder = print_folder()
    except OSError as error:
        context.prompts.error(
            title,
            fill(
                QCoreApplication.translate(
                    "SheetPrint", "NetPlanner could not make its print folder: %1"
                ),
                message_text(os_reason(error)),
            ),
        )
        return None
    remove_old_sheets(folder)
    return free_name(folder / name)


def print_prep_sheet(context: AppContext, conversation_id: int) -> Path | None:
    """Make the sheet's PDF and open it in the PDF viewer; the PDF's path, or None when
    it could not be made (the user was told why). When the viewer does not open, the
    user is told where the PDF is, and its path is still returned."""
    title = QCoreApplication.translate("SheetPrint", "Prep sheet not printed")
    try:
        data = context.read(
            lambda session: prep_sheet_data(session, conversation_id, ui_language())
        )
    except NetPlannerError as error:
        context.prompts.error(title, error_text(error))
        return None
    target = print_target(context, title, suggested_file_name(data.contact_name, data.starts_at))
    if target is None or not write_sheet(context, data, target):
        return None
    if not context.prompts.show_file(target):
        context.prompts.error(
            title,
            fill(
                QCoreApplication.translate(
                    "SheetPrint",
                    "No program to show PDF files was found. The prep sheet is saved as %1; "
                    "open it with a PDF viewer to print it.",
                ),
                str(target),
            ),
        )
    return target

"""Print the week: one PDF with the prep sheet of every conversation in a period."""

from __future__ import annotations

import logging
import re
from collections import Counter
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from netplanner.core.errors import NetPlannerError
from netplanner.core.followups.today import conversations_to_print
from netplanner.core.sheets.data import PrepSheetData
from netplanner.core.sheets.reading import prep_sheets_data
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.sheet_export import (
    LAST_FOLDER_KEY,
    ask_pdf_path,
    write_atomically,
)
from netplanner.gui.conversations.sheet_print import print_target
from netplanner.gui.error_text import error_text, message_text
from netplanner.gui.file_names import file_words
from netplanner.gui.plural import counted
from netplanner.gui.translation import ui_language
from netplanner.messages import fill

if TYPE_CHECKING:
    from netplanner.gui.today.side_panel import PrintWeekBox
from netplanner.storage.output_files import OutputFileError
from netplanner.storage.reasons import os_reason

_log = logging.getLogger(__name__)


def _date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def suggested_name(first: date, last: date) -> str:
    """'prep-sheets-2026-11-09-to-2026-11-15.pdf', in the window's language."""
    #: A file name for the prep sheets of several days: %1 is the first day, %2 the last
    #: (2026-11-09). Letters and dashes, no spaces.
    template = QCoreApplication.translate("PrintWeek", "prep-sheets-%1-to-%2")
    if "%1" not in template or "%2" not in template:
        template = "prep-sheets-%1-to-%2"
    days = {"%1": f"{first:%Y-%m-%d}", "%2": f"{last:%Y-%m-%d}"}
    parts = [days.get(piece) or file_words(piece, "") for piece in re.split("(%1|%2)", template)]
    return "-".join(part for part in parts if part) + ".pdf"


def export_week(
    context: AppContext,
    first: date,
    last: date,
    parent: QWidget | None = None,
    *,
    to_print: bool = False,
) -> tuple[Path, int] | None:
    """Gather the sheets (with progress) and write one PDF; (path, sheets) or None.

    Saving asks where; printing (``to_print``) makes the PDF in the print folder and
    opens it in the system's PDF viewer, as printing one prep sheet does. None when there
    is nothing to print, the user cancelled, or it failed; each case is told to the user
    through ``context.prompts``.
    """
    title = (
        QCoreApplication.translate("PrintWeek", "Prep sheets not printed")
        if to_print
        else QCoreApplication.translate("PrintWeek", "Prep sheets not saved")
    )
    ids = context.read(lambda session: conversations_to_print(session, first, last))
    if not ids:
        context.prompts.inform(
            QCoreApplication.translate("PrintWeek", "Nothing to print"),
            fill(
                QCoreApplication.translate(
                    "PrintWeek", "No conversations are planned from %1 to %2."
                ),
                _date_text(first),
                _date_text(last),
            ),
        )
        return None
    if to_print:
        target = print_target(context, title, suggested_name(first, last))
    else:
        target = _chosen_target(context, title, suggested_name(first, last))
    if target is None:
        return None

    progress = QProgressDialog(
        QCoreApplication.translate("PrintWeek", "Gathering the prep sheets…"),
        QCoreApplication.translate("PrintWeek", "Cancel"),
        0,
        len(ids) + 1,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("PrintWeek", "Print the week"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setValue(0)
    try:
        sheets = _gather(context, ids, progress)
        if sheets is None:
            return None
        progress.setLabelText(QCoreApplication.translate("PrintWeek", "Making the PDF…"))
        progress.setCancelButton(None)  # ReportLab cannot be stopped halfway
        QApplication.processEvents()
        _render(context, sheets, target)
    except NetPlannerError as error:
        context.prompts.error(title, error_text(error))
        return None
    except OutputFileError as error:  # the guard's or the writer's own sentence
        context.prompts.error(title, error_text(error))
        return None
    except OSError as error:
        reason = message_text(os_reason(error))
        context.prompts.error(
            title,
            fill(
                QCoreApplication.translate(
                    "PrintWeek", "The prep sheets could not be saved as %1. %2"
                ),
                str(target),
                reason,
            ),
        )
        return None
    except Exception as error:  # a bug while rendering: tell the user instead of vanishing
        _log.exception("rendering the week's prep sheets failed")
        context.prompts.error(
            title,
            fill(
                QCoreApplication.translate(
                    "PrintWeek", "Something went wrong while making the prep sheets: %1"
                ),
                error_text(error),
            ),
        )
        return None
    finally:
        progress.close()
        progress.deleteLater()
    if to_print:
        if not context.prompts.show_file(target):
            context.prompts.error(
                title,
                fill(
                    QCoreApplication.translate(
                        "PrintWeek",
                        "No program to show PDF files was found. The prep sheets are saved as "
                        "%1; open it with a PDF viewer to print them.",
                    ),
                    str(target),
                ),
            )
    else:
        context.settings.setValue(LAST_FOLDER_KEY, str(target.parent))
    return target, len(sheets)


def export_period(
    context: AppContext,
    box: PrintWeekBox,
    parent: QWidget,
    first: date | None,
    last: date | None,
    *,
    to_print: bool,
) -> None:
    """Open (``to_print``) or save the prep sheets of the period, by default the dates in
    ``box``, and say in the box what came of it. The texts are the Today tab's."""
    if first is None or last is None:
        first, last = box.period()
    result = export_week(context, first, last, parent, to_print=to_print)
    if result is None:
        return
    path, count = result
    if to_print:
        one = QCoreApplication.translate("TodayTab", "%n prep sheet opened to print")
        many = QCoreApplication.translate("TodayTab", "%n prep sheets opened to print")
        box.say(counted(count, one, many))
    else:
        one = QCoreApplication.translate("TodayTab", "%n prep sheet saved to %1")
        many = QCoreApplication.translate("TodayTab", "%n prep sheets saved to %1")
        box.say(counted(count, one, many, str(path)))


def _chosen_target(context: AppContext, title: str, name: str) -> Path | None:
    """Ask where to save the PDF (in the last export folder); None when cancelled or the
    folder does not exist (the user is told)."""
    target = ask_pdf_path(
        context, QCoreApplication.translate("PrintWeek", "Save the prep sheets"), name
    )
    if target is None:
        return None
    if not target.parent.is_dir():
        context.prompts.error(
            title,
            fill(
                QCoreApplication.translate("PrintWeek", "The folder %1 does not exist."),
                str(target.parent),
            ),
        )
        return None
    return target


def _gather(
    context: AppContext, ids: list[int], progress: QProgressDialog
) -> list[PrepSheetData] | None:
    sheets: list[PrepSheetData] = []
    language = ui_language()
    for start in range(0, len(ids), _GATHER_BATCH):
        if progress.wasCanceled():
            return None
        batch = ids[start : start + _GATHER_BATCH]
        sheets += context.read(
            partial(prep_sheets_data, conversation_ids=batch, fallback_language=language)
        )
        progress.setValue(len(sheets))
        QApplication.processEvents()
    return None if progress.wasCanceled() else sheets


#: Sheets read together between two updates of the progress bar.
_GATHER_BATCH = 10


def _render(context: AppContext, sheets: list[PrepSheetData], target: Path) -> None:
    from netplanner.printing.prep_sheet import render_prep_sheets  # ReportLab is heavy

    language = Counter(sheet.language for sheet in sheets).most_common(1)[0][0]

    page_size = context.page_size  # read here, in the window's thread

    def render(path: str) -> None:
        render_prep_sheets(sheets, path, page_size=page_size, language=language)

    write_atomically(target, render)

"""File ▸ Export: contacts as CSV or vCard, upcoming conversations as .ics, everything as
JSON; and File ▸ Import ▸ Restore from JSON archive (into an empty data file only).

Each export asks where (through ``context.prompts.save_file``, starting in the folder
of the last export), writes the file whole or not at all (the writers do), and says
what it wrote; a failure is shown and leaves no half file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from netplanner.gui.context import AppContext
from netplanner.gui.error_text import error_text, message_text
from netplanner.gui.events import Change
from netplanner.gui.file_names import file_name
from netplanner.gui.plural import counted
from netplanner.gui.transfer import files
from netplanner.gui.translation import ui_language
from netplanner.messages import fill
from netplanner.storage.output_files import OutputFileError
from netplanner.storage.reasons import os_reason


def csv_delimiter() -> str:
    """ ";" where the computer writes numbers with a decimal comma (Dutch, German…
    regional settings): Excel there splits a double-clicked CSV file at semicolons."""
    from PySide6.QtCore import QLocale

    locale = QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale()
    return ";" if locale.decimalPoint() == "," else ","


class TransferExports(QObject):
    """The export actions (and the archive restore) of the File menu."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent

    # -- the four exports ----------------------------------------------------------------------
    def export_csv(self) -> Path | None:
        from netplanner.interchange.csv_export import write_contacts_csv

        delimiter = csv_delimiter()
        return self._export(
            self.tr("Export contacts as CSV"),
            #: The start of a default file name: letters and dashes, no spaces.
            file_name(self.tr("netplanner-contacts"), "netplanner-contacts", ".csv"),
            self.tr("Spreadsheets (*.csv);;All files (*)"),
            lambda session, path: write_contacts_csv(session, path, delimiter),
            lambda n: counted(
                n, self.tr("Exported %n contact to %1."), self.tr("Exported %n contacts to %1.")
            ),
        )

    def export_vcard(self) -> Path | None:
        from netplanner.interchange.vcard_export import write_contacts_vcard

        return self._export(
            self.tr("Export contacts as vCard"),
            file_name(self.tr("netplanner-contacts"), "netplanner-contacts", ".vcf"),
            self.tr("vCard files (*.vcf);;All files (*)"),
            write_contacts_vcard,
            lambda n: counted(
                n, self.tr("Exported %n contact to %1."), self.tr("Exported %n contacts to %1.")
            ),
        )

    def export_ics(self) -> Path | None:
        from netplanner.interchange.ics_export import (
            upcoming_conversations,
            write_conversations_ics,
        )

        if not self.context.read(upcoming_conversations):
            self.context.prompts.inform(
                self.tr("Nothing to export"),
                self.tr(
                    "There are no upcoming conversations with a date and time yet. Give a "
                    "planned conversation a date, then export again."
                ),
            )
            return None
        return self._export(
            self.tr("Export upcoming conversations to a calendar"),
            file_name(self.tr("netplanner-conversations"), "netplanner-conversations", ".ics"),
            self.tr("Calendar files (*.ics);;All files (*)"),
            lambda session, path: write_conversations_ics(
                session, path, fallback_language=ui_language()
            ),
            lambda n: counted(
                n,
                self.tr(
                    "Exported %n upcoming conversation to %1. Open the file with your "
                    "calendar program to add it."
                ),
                self.tr(
                    "Exported %n upcoming conversations to %1. Open the file with your "
                    "calendar program to add them."
                ),
            ),
        )

    def export_archive(self) -> Path | None:
        from netplanner.interchange.json_archive import write_archive

        def write(session: Session, path: Path) -> int:
            data = write_archive(session, path)
            return len(data.get("contacts", []))

        return self._export(
            self.tr("Export everything as JSON"),
            file_name(self.tr("netplanner-archive"), "netplanner-archive", ".json"),
            self.tr("NetPlanner archives (*.json);;All files (*)"),
            write,
            lambda n: self.tr(
                "Saved everything in %1. Keep it somewhere safe: with Import ▸ Restore from "
                "JSON archive it fills an empty data file again."
            ),
        )

    def _export(
        self,
        title: str,
        suggested: str,
        file_filter: str,
        write: Callable[[Session, Path], int],
        message: Callable[[int], str],
    ) -> Path | None:
        """Ask where, write, and tell; the path written, or None."""
        settings = self.context.settings
        folder = files.last_folder(settings, files.EXPORT_FOLDER_KEY)
        chosen = self.context.prompts.save_file(title, folder / suggested, file_filter)
        if chosen is None:
            return None
        path = files.with_suffix(Path(chosen), Path(suggested).suffix)
        failed = self.tr("Not exported")
        try:
            # A write that is no undo step: the first export gives the data file the
            # namespace of its exported UIDs, nothing the user would take back.
            count = self.context.write(
                lambda s: write(s, path),
                changes=Change.NOTHING_SHOWN,
                failure_title=failed,
                undoable=False,
            )
        except (OSError, ValueError) as error:
            reason = message_text(os_reason(error)) if isinstance(error, OSError) else error
            text = (
                error_text(error)  # the guard's or the writer's own sentence
                if isinstance(error, OutputFileError)
                else fill(self.tr("Could not write %1: %2"), str(path), str(reason))
            )
            self.context.prompts.error(failed, text)
            return None
        if count is None:
            return None  # the reason was shown
        files.remember_folder(settings, files.EXPORT_FOLDER_KEY, path)
        self.context.prompts.inform(self.tr("Exported"), fill(message(count), path.name))
        return path

    # -- restoring an archive ------------------------------------------------------------------
    def restore_archive(self) -> bool:
        """Fill an empty data file from a JSON archive; True when it was restored."""
        from netplanner.interchange.json_archive import (
            ArchiveError,
            read_archive_file,
            restore_archive,
            user_records,
        )

        failed = self.tr("Not restored")
        held = self.context.read(user_records)
        if held:
            self.context.prompts.error(failed, self._not_empty_text(held))
            return False
        settings = self.context.settings
        path = files.ask_open_file(
            self._parent,
            self.tr("Restore from JSON archive"),
            files.last_folder(settings, files.IMPORT_FOLDER_KEY),
            self.tr("NetPlanner archives (*.json);;All files (*)"),
        )
        if path is None:
            return False
        files.remember_folder(settings, files.IMPORT_FOLDER_KEY, path)
        try:
            data = read_archive_file(path)
            summary = self.context.write(
                lambda s: restore_archive(s, data, path.name),
                changes=Change.EVERYTHING,
                failure_title=failed,
                undoable=False,
            )
        except ArchiveError as error:
            self.context.prompts.error(failed, error_text(error))
            return False
        if summary is None:
            return False
        # Steps taken before the restore do not fit the restored data.
        self.context.undo_stack.clear()
        self.context.prompts.inform(
            self.tr("Restored"),
            fill(
                self.tr(
                    "Restored from %1: %2 contacts, %3 conversations, %4 goals, %5 question "
                    "banks and %6 follow-ups."
                ),
                path.name,
                str(summary.contacts),
                str(summary.conversations),
                str(summary.goals),
                str(summary.banks),
                str(summary.follow_ups),
            ),
        )
        return True

    def _not_empty_text(self, held: dict[str, int]) -> str:
        """Why nothing is restored: what the data file holds already, and what to do."""
        words = {
            "contacts": (self.tr("%n contact"), self.tr("%n contacts")),
            "conversations": (self.tr("%n conversation"), self.tr("%n conversations")),
            "goals": (self.tr("%n goal"), self.tr("%n goals")),
            "follow-ups": (self.tr("%n follow-up"), self.tr("%n follow-ups")),
            "own question banks": (
                self.tr("%n question bank of your own"),
                self.tr("%n question banks of your own"),
            ),
        }
        parts = [counted(n, *words[key]) for key, n in held.items() if key in words]
        listed = ", ".join(parts) or self.tr("things you made")
        return fill(
            self.tr(
                "This data file already holds %1. An archive is only restored into an empty "
                "data file, so nothing gets mixed up or lost. To restore it, start NetPlanner "
                "with a new data file (netplanner --db NEW-FILE.sqlite3) and restore there."
            ),
            listed,
        )

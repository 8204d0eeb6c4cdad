"""Sharing a bank: export it to a bank file, import one back (update or copy).

The tab calls these and refreshes itself afterwards; every question goes through
``context.prompts`` (and ``file_prompts`` for opening a file), so tests script them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from netplanner.core import banks as service
from netplanner.core.banks import BankContent, question_identity
from netplanner.core.enums import QuestionCategory
from netplanner.gui.banks import file_prompts
from netplanner.gui.banks.export_paths import (
    last_folder,
    remember_folder,
    safe_file_name,
    with_suffix,
)
from netplanner.gui.context import AppContext
from netplanner.gui.error_text import error_text, message_text
from netplanner.gui.events import Change
from netplanner.gui.file_names import file_words
from netplanner.gui.folders import IMPORT_FOLDER_KEY
from netplanner.gui.labels import category_label
from netplanner.gui.plural import counted
from netplanner.messages import fill
from netplanner.storage.reasons import os_reason


def without_duplicates(content: BankContent) -> tuple[BankContent, int]:
    """``content`` keeping the first of questions that are the same (as the core
    compares them); also how many were dropped."""
    seen: set[str] = set()
    kept: list[tuple[str, str]] = []
    for category, text in content.questions:
        identity = question_identity(text)
        if identity not in seen:
            seen.add(identity)
            kept.append((category, text))
    return dataclasses.replace(content, questions=kept), len(content.questions) - len(kept)


def _existing_bank(session: Session, key: str) -> tuple[int, str] | None:
    bank = service.find_bank_by_key(session, key)
    return (bank.id, bank.name) if bank is not None else None


class BankSharing(QObject):
    """Export and import of bank files for the banks tab.

    ``notify`` shows a short message in the tab (a file written, a bank imported).
    """

    def __init__(self, context: AppContext, parent: QWidget, notify: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent
        self._notify = notify

    def _filter(self) -> str:
        return self.tr("Question banks (*.json);;All files (*)")

    # -- export ------------------------------------------------------------------------------
    def export_bank(self, bank_id: int, bank_name: str) -> Path | None:
        """Ask where, then write the bank file; the path written, or None."""
        settings = self.context.settings
        #: A file name for a bank whose name cannot be one (letters and dashes, no spaces).
        fallback = file_words(self.tr("question-bank"), "question-bank")
        suggested = last_folder(settings) / safe_file_name(bank_name, ".json", fallback)
        chosen = self.context.prompts.save_file(
            self.tr("Export question bank"), suggested, self._filter()
        )
        if chosen is None:
            return None
        path = with_suffix(Path(chosen), ".json")
        from netplanner.storage.output_files import check_output

        try:
            check_output(path)  # before the share key is written: a refused target changes nothing
        except OSError as error:
            self.context.prompts.error(self.tr("Not exported"), error_text(error))
            return None
        # A write: the bank gets its share key here, so a later import recognises it.
        content = self.context.write(
            lambda s: service.bank_content(s, bank_id),
            changes=Change.NOTHING_SHOWN,
            failure_title=self.tr("Not exported"),
            undoable=False,  # bookkeeping the user never sees; nothing to take back
        )
        if content is None:
            return None
        from netplanner.interchange.bank_file import write_bank_file

        labels = {category.value: category_label(category.value) for category in QuestionCategory}
        try:
            write_bank_file(content, path, labels)
        except OSError as error:
            text = (
                error_text(error)  # the guard's or the writer's own sentence
                if error.strerror is None
                else fill(
                    self.tr("Could not write %1: %2"), str(path), message_text(os_reason(error))
                )
            )
            self.context.prompts.error(self.tr("Not exported"), text)
            return None
        remember_folder(settings, path)
        self._notify(fill(self.tr("Exported “%1” to %2."), bank_name, path.name))
        return path

    # -- import ------------------------------------------------------------------------------
    def import_bank(self) -> int | None:
        """Ask for a bank file and import it; the id of the new or updated bank, or None."""
        from netplanner.interchange.bank_file import BankFileError, read_bank_file

        settings = self.context.settings
        path = file_prompts.ask_open_file(
            self._parent,
            self.tr("Import question bank"),
            last_folder(settings, IMPORT_FOLDER_KEY),
            self._filter(),
        )
        if path is None:
            return None
        try:
            content = read_bank_file(path)
        except BankFileError as error:
            self.context.prompts.error(self.tr("Not imported"), error_text(error))
            return None
        remember_folder(settings, path, IMPORT_FOLDER_KEY)
        content, dropped = without_duplicates(content)

        replace_id: int | None = None
        existing = self.context.read(lambda s: _existing_bank(s, content.key))
        if existing is not None:
            answer = self.context.prompts.choose(
                self.tr("Import question bank"),
                fill(self.tr("You already have this bank: “%1”."), existing[1]),
                [self.tr("Update my bank"), self.tr("Import as a copy"), self.tr("Cancel")],
                detail=self.tr(
                    "Update replaces the questions of your bank with the ones in the file. "
                    "A copy leaves your bank as it is."
                ),
            )
            if answer == 0:
                replace_id = existing[0]
            elif answer == 1:
                content = dataclasses.replace(content, name=content.name + self.tr(" (copy)"))
            else:
                return None

        label = self.tr("Import bank") if replace_id is None else self.tr("Update bank")
        changes = Change.BANKS
        if replace_id is not None:  # conversations keep copies of the questions replaced
            changes |= Change.CONVERSATIONS
        bank_id = self.context.write(
            lambda s: service.import_bank(s, content, replace_bank_id=replace_id).id,
            changes=changes,
            label=label,
            failure_title=self.tr("Not imported"),
        )
        if bank_id is None:
            return None
        message = counted(
            len(content.questions),
            self.tr("Imported “%1” with %n question."),
            self.tr("Imported “%1” with %n questions."),
            content.name,
        )
        if dropped:
            message += " " + counted(
                dropped,
                self.tr("%n duplicate question was left out."),
                self.tr("%n duplicate questions were left out."),
            )
        self._notify(message)
        return bank_id

"""What the banks tab does with whole banks: new, edit, delete, share and print.

A mixin of :class:`netplanner.gui.banks.tab.BanksTab` (see ``question_actions`` for the
questions); it uses the tab's widgets, models and refresh helpers declared below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from netplanner.core import banks as service
from netplanner.core.errors import NetPlannerError
from netplanner.gui.banks.bank_data import read_bank_detail
from netplanner.gui.banks.bank_dialog import BankDialog, BankFields, SaveFields
from netplanner.gui.banks.question_actions import done
from netplanner.gui.events import Change
from netplanner.gui.plural import counted
from netplanner.gui.stale_form import reload_keeping_typed

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from PySide6.QtWidgets import QLineEdit
    from sqlalchemy.orm import Session

    from netplanner.gui.banks.bank_data import BankDetail
    from netplanner.gui.banks.bank_list_model import BankListModel
    from netplanner.gui.banks.bank_pane import BankPane
    from netplanner.gui.banks.booklet_export import BankPrinting
    from netplanner.gui.banks.sharing import BankSharing
    from netplanner.gui.context import AppContext

T = TypeVar("T")


class BankActions:
    """The bank buttons and the "Share & print" menu of the banks tab."""

    if TYPE_CHECKING:
        context: AppContext
        pane: BankPane
        bank_model: BankListModel
        search_all_edit: QLineEdit
        sharing: BankSharing
        printing: BankPrinting
        ask_bank_fields: Callable[[BankFields | None, SaveFields], bool]
        _detail: BankDetail | None

        def _write(
            self,
            work: Callable[[Session], T],
            *,
            label: str,
            changes: Change = ...,
            reload: Callable[[], object] | None = ...,
        ) -> T | None: ...
        def _own_write(self) -> AbstractContextManager[None]: ...
        def _changed(self, bank_id: int | None, question_id: int | None) -> None: ...
        def _show_bank_anyway(self, bank_id: int) -> None: ...
        def current_question_id(self) -> int | None: ...

    # -- bank actions ------------------------------------------------------------------------
    # The dialog writes the fields itself when OK is clicked and stays open when the write
    # fails, so what was typed is never lost (issue 16).
    def new_bank(self) -> None:
        created: list[int] = []

        def save(fields: BankFields, _dialog: BankDialog | None = None) -> bool:
            bank_id = self._write(
                lambda s: (
                    service.create_bank(s, fields.name, fields.language, fields.description).id
                ),
                label=QCoreApplication.translate("BanksTab", "New bank"),
            )
            if bank_id is None:
                return False
            created.append(bank_id)
            return True

        if self.ask_bank_fields(None, save) and created:
            self._changed(created[-1], None)
            self.pane.editor.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_bank(self) -> None:
        detail = self._detail
        if detail is None:
            return
        #: The version of the bank the dialog shows: a save over a newer one is refused,
        #: and *Reload* moves it on to the one it then shows.
        shown = [detail.version]

        def show_stored(dialog: BankDialog) -> None:
            try:
                now = self.context.read(lambda s: read_bank_detail(s, detail.id))
            except NetPlannerError:  # deleted meanwhile: the next save says so
                return
            shown[0] = now.version
            dialog.show_fields(BankFields(now.name, now.language, now.description))
            self._changed(detail.id, self.current_question_id())

        def save(fields: BankFields, dialog: BankDialog | None = None) -> bool:
            loaded_version = shown[0]
            saved = self._write(
                lambda s: (
                    service.update_bank(
                        s,
                        detail.id,
                        fields.name,
                        fields.language,
                        fields.description,
                        loaded_version=loaded_version,
                    ).id
                ),
                label=QCoreApplication.translate("BanksTab", "Edit bank"),
                reload=(
                    None
                    if dialog is None
                    else lambda: reload_keeping_typed(dialog, lambda: show_stored(dialog))
                ),
            )
            return saved is not None

        initial = BankFields(detail.name, detail.language, detail.description)
        if self.ask_bank_fields(initial, save):
            self._changed(detail.id, self.current_question_id())

    def delete_bank(self) -> None:
        detail = self._detail
        if detail is None:
            return
        count = len(detail.questions)
        if not self.context.prompts.confirm(
            QCoreApplication.translate("BanksTab", "Delete question bank"),
            counted(
                count,
                QCoreApplication.translate(
                    "BanksTab", "Delete the question bank “%1” and its %n question?"
                ),
                QCoreApplication.translate(
                    "BanksTab", "Delete the question bank “%1” and its %n questions?"
                ),
                detail.name,
            ),
            confirm_label=QCoreApplication.translate("BanksTab", "Delete bank"),
            detail=QCoreApplication.translate(
                "BanksTab",
                "Conversations keep the questions already chosen for them: they hold copies.",
            ),
        ):
            return
        banks = self.bank_model.banks()
        row = self.bank_model.row_of(detail.id) or 0
        neighbours = banks[row + 1 : row + 2] or banks[max(0, row - 1) : row]
        if self._write(
            lambda s: done(service.delete_bank(s, detail.id)),
            label=QCoreApplication.translate("BanksTab", "Delete bank"),
            # Conversations keep their copies, no longer linked to the bank's questions.
            changes=Change.BANKS | Change.CONVERSATIONS,
        ):
            self._changed(neighbours[0].id if neighbours else None, None)

    # -- sharing and printing ----------------------------------------------------------------
    def export_bank(self) -> None:
        if self._detail is not None:
            self.sharing.export_bank(self._detail.id, self._detail.name)

    def import_bank(self) -> None:
        with self._own_write():
            bank_id = self.sharing.import_bank()
        if bank_id is not None:
            self._changed(bank_id, None)
            self.search_all_edit.clear()
            self._show_bank_anyway(bank_id)

    def print_booklet(self) -> None:
        detail = self._detail
        current = (detail.id, detail.name) if detail is not None else None
        self.printing.print_booklet(current, [bank.id for bank in self.bank_model.banks()])

"""What the banks tab does with questions: add, save, delete, move.

A mixin of :class:`netplanner.gui.banks.tab.BanksTab`, kept apart so each file holds
one concern; it uses the tab's widgets, models and refresh helpers declared below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from netplanner.core import banks as service
from netplanner.core.errors import NetPlannerError
from netplanner.gui.events import Change
from netplanner.gui.stale_form import reload_keeping_typed
from netplanner.messages import fill

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import contextmanager

    from sqlalchemy.orm import Session

    from netplanner.gui.banks.bank_data import BankDetail, QuestionItem
    from netplanner.gui.banks.bank_pane import BankPane
    from netplanner.gui.banks.question_model import QuestionModel
    from netplanner.gui.context import AppContext

T = TypeVar("T")


def done(_result: object) -> bool:
    """Turns a service call that returns None into True, so ``context.write`` can show
    success (it returns None when the write failed)."""
    return True


class QuestionActions:
    """Adding, saving, deleting and moving the questions of the selected bank."""

    if TYPE_CHECKING:
        context: AppContext
        pane: BankPane
        question_model: QuestionModel
        _detail: BankDetail | None

        def may_leave(self) -> bool: ...
        @contextmanager
        def _quietly(self) -> Iterator[None]: ...
        def _leave_edit_mode(self) -> None: ...

        def _write(
            self,
            work: Callable[[Session], T],
            *,
            label: str,
            changes: Change = ...,
            reload: Callable[[], object] | None = ...,
        ) -> T | None: ...
        def _changed(self, bank_id: int | None, question_id: int | None) -> None: ...
        def _reload(self, bank_id: int | None, question_id: int | None) -> None: ...
        def stored_question(self, question_id: int | None) -> QuestionItem | None: ...
        def _load_editor(self, question_id: int | None) -> None: ...
        def current_question_id(self) -> int | None: ...
        def select_question(self, question_id: int | None) -> None: ...

    def add_question(self) -> None:
        editor, detail = self.pane.editor, self._detail
        text, category = editor.text(), editor.category()
        if detail is None or not text:
            return
        question_id = self._write(
            lambda s: service.add_question(s, detail.id, text, category).id,
            label=QCoreApplication.translate("BanksTab", "Add question"),
        )
        if question_id is None:
            return
        editor.set_add_mode(clear=True)
        self._changed(detail.id, None)
        self._reveal(question_id)
        self.pane.table.scrollTo(
            self.question_model.index(self.question_model.row_of(question_id) or 0, 0)
        )

    def save_question(self) -> bool:
        """Save the edited question; True when it was saved."""
        editor, detail = self.pane.editor, self._detail
        question_id, text, category = editor.editing_id, editor.text(), editor.category()
        if detail is None or question_id is None or not text:
            return False
        if not editor.is_changed():
            return False
        loaded_version = editor.loaded_version
        if self._write(
            lambda s: (
                service.update_question(
                    s, question_id, text, category, loaded_version=loaded_version
                ).id
            ),
            label=QCoreApplication.translate("BanksTab", "Edit question"),
            reload=lambda: reload_keeping_typed(
                editor, lambda: self._show_stored_question(detail.id, question_id)
            ),
        ):
            self._changed(detail.id, question_id)
            self._reveal(question_id)
            self.select_question(question_id)
            self._load_editor(question_id)
            return True
        return False

    def _show_stored_question(self, bank_id: int, question_id: int) -> None:
        """Reload: the bank read again, and the edited question in the editor as it is
        now (the filters cleared when they hide it)."""
        self._reload(bank_id, question_id)
        with self._quietly():
            self._reveal(question_id)
            self.select_question(question_id)
        stored = self.stored_question(question_id)
        if stored is not None:
            self.pane.editor.load(stored)
        else:  # gone meanwhile
            self.pane.editor.set_add_mode(clear=True)

    # -- the list-plus-form steps of the questions (see netplanner.gui.list_form) -------------
    def shown_id(self) -> int | None:
        return self.pane.editor.editing_id

    def has_unsaved_edits(self) -> bool:
        return self._detail is not None and self.pane.editor.has_unsaved_text()

    def save(self) -> bool:
        """Save the edited question or add the typed one; True when the bank has it."""
        editor = self.pane.editor
        problem = ""
        if not editor.text():
            problem = QCoreApplication.translate(
                "BanksTab", "A question needs a text: type one, or discard the change."
            )
        elif editor.duplicate_number() is not None:
            problem = fill(
                QCoreApplication.translate(
                    "BanksTab", "Question %1 in this bank already says this."
                ),
                str(editor.duplicate_number()),
            )
        if problem:
            self.context.prompts.error(
                QCoreApplication.translate("BanksTab", "Question not saved"), problem
            )
            return False
        if editor.editing_id is not None:
            return self.save_question()
        self.add_question()
        return not editor.has_unsaved_text()

    def _unsaved_question(self) -> str:
        editor = self.pane.editor
        if editor.editing_id is not None:
            return fill(
                QCoreApplication.translate("BanksTab", "Save the changes to question %1 first?"),
                str(editor.editing_number),
            )
        return fill(
            QCoreApplication.translate("BanksTab", "Add the question “%1” to the bank first?"),
            editor.text(),
        )

    def _discard(self) -> None:
        editor = self.pane.editor
        if editor.editing_id is not None:
            self._load_editor(editor.editing_id)
        else:
            editor.set_add_mode(clear=True)

    def _keep_editing(self) -> None:
        self.pane.editor.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, question_id: int) -> bool:
        self._load_editor(question_id)
        return True

    def _select_row(self, question_id: int | None) -> None:
        self.select_question(question_id)

    def _show_new(self) -> None:
        self._leave_edit_mode()

    def _may_leave_question(self, back: Callable[[], None], on: Callable[[], None]) -> bool:
        """The user picked another question or bank while the editor holds unsaved text:
        ``back`` selects what was selected while they answer, ``on`` what they picked
        once the text is saved or discarded. True when the editor may show the new pick."""
        with self._quietly():
            back()
        if not self.may_leave():
            return False
        with self._quietly():
            on()
        return True

    def delete_question(self) -> None:
        question_id, detail = self.current_question_id(), self._detail
        if question_id is None or detail is None:
            return
        row = self.question_model.row_of(question_id) or 0
        item = self.question_model.question_at(row)
        if not self.context.prompts.confirm(
            QCoreApplication.translate("BanksTab", "Delete question"),
            fill(
                QCoreApplication.translate("BanksTab", "Delete question %1, “%2”?"),
                str(item.position + 1),
                item.text,
            ),
            confirm_label=QCoreApplication.translate("BanksTab", "Delete question"),
            detail=QCoreApplication.translate(
                "BanksTab", "Conversations that already use it keep their own copy."
            ),
        ):
            return
        visible = self.question_model.visible_questions()
        neighbours = visible[row + 1 : row + 2] or visible[max(0, row - 1) : row]
        if self._write(
            lambda s: done(service.delete_question(s, question_id)),
            label=QCoreApplication.translate("BanksTab", "Delete question"),
            # Conversations keep their copy, no longer linked to the question.
            changes=Change.BANKS | Change.CONVERSATIONS,
        ):
            self._changed(detail.id, neighbours[0].id if neighbours else None)

    def move_question(self, direction: int) -> None:
        """Move the selected question past its visible neighbour (-1 up, 1 down)."""
        question_id, detail = self.current_question_id(), self._detail
        if question_id is None or detail is None:
            return
        visible = self.question_model.visible_questions()
        row = self.question_model.row_of(question_id)
        if row is None or not 0 <= row + direction < len(visible):
            return
        # Jump over questions hidden by the filter, so the move shows in the table.
        offset = visible[row + direction].position - visible[row].position
        if self._write(
            lambda s: done(service.move_question(s, question_id, offset)),
            label=QCoreApplication.translate("BanksTab", "Move question"),
        ):
            self._changed(detail.id, question_id)

    def _reveal(self, question_id: int) -> None:
        """Clear the filters when they hide ``question_id`` (just added or recategorised)."""
        if self.question_model.row_of(question_id) is None:
            self.pane.search_edit.clear()
            self.pane.category_filter.setCurrentIndex(0)

    def _same_question(self, bank_id: int, text: str) -> tuple[int, int] | None:
        """(id, number) of the question in the bank that ``text`` repeats, or None."""

        def find(session: Session) -> tuple[int, int] | None:
            question = service.find_duplicate(session, bank_id, text)
            return (question.id, question.position + 1) if question is not None else None

        try:
            return self.context.read(find)
        except NetPlannerError:  # the bank was deleted meanwhile
            return None

"""The Question banks tab: pick a bank on the left, edit its questions on the right.

The left side also filters the banks by language, searches all banks (the results
replace the right side while the search box is filled) and shares and prints banks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from netplanner.core import banks as service
from netplanner.gui.banks.bank_actions import BankActions
from netplanner.gui.banks.bank_data import (
    BankDetail,
    QuestionItem,
    read_all_questions,
    read_bank_detail,
)
from netplanner.gui.banks.bank_dialog import BankFields, SaveFields, ask_bank_fields
from netplanner.gui.banks.bank_list_model import BankListModel, ui_language
from netplanner.gui.banks.bank_list_view import BankListPanel
from netplanner.gui.banks.bank_pane import BankPane
from netplanner.gui.banks.booklet_export import BankPrinting
from netplanner.gui.banks.question_actions import QuestionActions
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.gui.banks.search_model import QuestionSearchModel
from netplanner.gui.banks.search_results import SearchResults
from netplanner.gui.banks.sharing import BankSharing
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.list_form import ListFormTab
from netplanner.gui.list_keys import delete_action, move_actions

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")

# Asks the user for a bank's fields (gets the current ones, None for a new bank) and
# writes them with the given ``SaveFields``; True once written, False when cancelled.
BankFieldsAsker = Callable[[BankFields | None, SaveFields], bool]

LANGUAGE_FILTER_KEY = "banks/language_filter"


class BanksTab(BankActions, QuestionActions, ListFormTab):
    """The banks on the left; the chosen bank's questions, and the editor of one, on the
    right (the list-plus-form steps for the questions are in ``QuestionActions``)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._default_language = ui_language()
        #: Replaceable in tests: the dialog for a bank's name, language and description.
        self.ask_bank_fields: BankFieldsAsker = lambda initial, save: ask_bank_fields(
            self, initial, self._default_language, save
        )
        self.bank_model = BankListModel(self._default_language, self)
        self.question_model = QuestionModel(self)
        self.search_model = QuestionSearchModel(self._default_language, self)
        self._search_stale = True  # the search model's questions need reading again
        self._detail: BankDetail | None = None
        self._writing = False  # a write of this tab, which shows its result itself
        self._build()
        self._restore_language_filter()
        self._connect()
        context.events.banks_changed.connect(self._on_banks_changed)
        self._reload(None, None)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        left = self.bank_panel = BankListPanel(self.bank_model)
        self.bank_list = left.view
        self.language_filter = left.language_filter
        self.search_all_edit = left.search_edit
        self.sharing = BankSharing(self.context, self, left.show_message)
        self.printing = BankPrinting(self.context, self, left.show_message)
        self.new_bank_button = left.new_button
        self.edit_bank_button = left.edit_button
        self.delete_bank_button = left.delete_button

        self.pane = BankPane(self.question_model)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.results = SearchResults(self.search_model)
        self.right = QStackedWidget()
        for page in (self.empty_label, self.pane, self.results):
            self.right.addWidget(page)

        self.splitter = self._splitter(
            "banks/splitter", (left, self.right), stretch=(0, 1), sizes=(330, 770)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.delete_bank_button, self.pane.category_filter)

    def _connect(self) -> None:
        pane, editor = self.pane, self.pane.editor
        left = self.bank_panel
        self.bank_list.selectionModel().currentRowChanged.connect(self._on_bank_row_changed)
        self.language_filter.currentIndexChanged.connect(self._on_language_filter)
        self.search_all_edit.textChanged.connect(self._on_search_all)
        self.bank_list.clicked.connect(lambda _index: self.search_all_edit.clear())
        self.results.open_requested.connect(self.open_question)
        left.export_action.triggered.connect(self.export_bank)
        left.import_action.triggered.connect(self.import_bank)
        left.booklet_action.triggered.connect(self.print_booklet)
        left.blank_sheet_action.triggered.connect(self.printing.blank_sheet)
        self.new_bank_button.clicked.connect(self.new_bank)
        self.edit_bank_button.clicked.connect(self.edit_bank)
        self.delete_bank_button.clicked.connect(self.delete_bank)
        pane.category_filter.currentIndexChanged.connect(self._on_filter_changed)
        pane.search_edit.textChanged.connect(self._on_filter_changed)
        pane.table.selectionModel().selectionChanged.connect(self._on_question_selection)
        pane.up_button.clicked.connect(lambda: self.move_question(-1))
        pane.down_button.clicked.connect(lambda: self.move_question(1))
        pane.delete_button.clicked.connect(self.delete_question)
        editor.add_requested.connect(self.add_question)
        editor.save_requested.connect(self.save_question)
        editor.leave_requested.connect(self._leave_edit_mode)
        where = self.tr("Question banks")
        up, down = self.tr("Move the question up"), self.tr("Move the question down")
        move_actions(pane, self.move_question, where, up, down, with_children=True)
        delete_action(pane.table, self.delete_question, where, self.tr("Delete the question"))
        delete_action(self.bank_list, self.delete_bank, where, self.tr("Delete the bank"))

    # -- public ------------------------------------------------------------------------------
    def new_item(self) -> None:
        """Add a question to the selected bank; without a bank, start a new bank."""
        self.search_all_edit.clear()
        if self._detail is None:
            self.new_bank()
            return
        self._leave_edit_mode()
        self.pane.editor.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pane.editor.text_edit.selectAll()

    def focus_search(self) -> None:
        """Ctrl+F: search the open bank; without one, search all banks."""
        in_bank = self.right.currentWidget() is self.pane
        edit = self.pane.search_edit if in_bank else self.search_all_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def current_bank_id(self) -> int | None:
        return self._detail.id if self._detail else None

    def current_question_id(self) -> int | None:
        rows = self.pane.table.selectionModel().selectedRows()
        return self.question_model.question_at(rows[0].row()).id if rows else None

    def select_bank(self, bank_id: int) -> None:
        row = self.bank_model.row_of(bank_id)
        if row is not None:
            self.bank_list.setCurrentIndex(self.bank_model.index(row, 0))

    def open_question(self, bank_id: int, question_id: int) -> None:
        """Show ``question_id`` in its bank (from the search across all banks)."""
        self.search_all_edit.clear()
        self._show_bank_anyway(bank_id)
        if self.question_model.row_of(question_id) is None:
            self._reveal(question_id)
        self.select_question(question_id)
        self.pane.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_question(self, question_id: int | None) -> None:
        table = self.pane.table
        row = self.question_model.row_of(question_id)
        if row is None:
            table.clearSelection()
            return
        index = self.question_model.index(row, QuestionModel.COL_TEXT)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)

    # -- writing and refreshing ---------------------------------------------------------------
    def _write(
        self,
        work: Callable[[Session], T],
        *,
        label: str,
        changes: Change = Change.BANKS,
        reload: Callable[[], object] | None = None,
    ) -> T | None:
        """A write of the tab's own, announced to the others; the tab then shows the
        result with :meth:`_changed`, where the write left the user. ``reload``: what shows
        the item as it is now when the write is refused as stale (``AppContext.write``)."""
        with self._own_write():
            return self.context.write(work, changes=changes, label=label, reload=reload)

    @contextmanager
    def _own_write(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def _changed(self, bank_id: int | None, question_id: int | None) -> None:
        """After a committed write of this tab: show ``bank_id`` and ``question_id``."""
        self._reload(bank_id, question_id)

    def _on_banks_changed(self) -> None:
        """Banks changed elsewhere (or a step was undone): keep what is selected."""
        if not self._writing:
            self._reload(self.current_bank_id(), self.current_question_id())

    def _reload(self, bank_id: int | None, question_id: int | None) -> None:
        editing = self.pane.editor.editing_id
        with self._quietly():
            self.bank_model.set_banks(self.context.read(service.list_bank_rows))
            self._search_stale = True
            self._load_search_entries()
            row = self.bank_model.row_of(bank_id)
            if row is None and self.bank_model.rowCount():
                row = 0
            if row is not None:
                self.bank_list.setCurrentIndex(self.bank_model.index(row, 0))
            self._show_bank(self.bank_model.bank_at(row).id if row is not None else None)
            self.select_question(question_id)
        if self.current_question_id() != editing:
            self._load_editor(self.current_question_id())
        else:
            stored = self.stored_question(editing)
            if stored is not None:
                self.pane.editor.follow(stored)
        self._update_actions()

    def stored_question(self, question_id: int | None) -> QuestionItem | None:
        """``question_id`` as last read, shown or hidden by the filters."""
        questions = self._detail.questions if self._detail is not None else ()
        return next((item for item in questions if item.id == question_id), None)

    def _show_bank(self, bank_id: int | None) -> None:
        detail = None
        if bank_id is not None:
            detail = self.context.read(lambda s: read_bank_detail(s, bank_id))
        self._detail = detail
        if detail is not None:
            self.pane.show_detail(detail)
            self.pane.editor.set_bank(
                detail.language, lambda text: self._same_question(detail.id, text)
            )
        else:
            self.pane.editor.set_bank(None, None)
        self.question_model.set_questions(
            detail.questions if detail else (), detail.language if detail else None
        )
        self._update_right()

    def _show_bank_anyway(self, bank_id: int) -> None:
        """Select ``bank_id``, showing all languages when the filter hides it."""
        if self.bank_model.row_of(bank_id) is None:
            self.language_filter.setCurrentIndex(0)
        self.select_bank(bank_id)

    def _update_right(self) -> None:
        """Search results while searching all banks, else the bank, else a note."""
        if self.search_model.is_searching():
            self.right.setCurrentWidget(self.results)
            return
        if self._detail is not None:
            self.right.setCurrentWidget(self.pane)
            return
        if self.bank_model.total_count():
            self.empty_label.setText(
                self.tr("No question bank in this language. Choose “All languages” above.")
            )
        else:
            self.empty_label.setText(
                self.tr("No question bank yet. Click “New bank…” to make one.")
            )
        self.right.setCurrentWidget(self.empty_label)

    # -- filters of the bank list --------------------------------------------------------
    def _restore_language_filter(self) -> None:
        saved = str(self.context.settings.value(LANGUAGE_FILTER_KEY, "") or "")
        index = self.language_filter.findData(saved) if saved else 0
        self.language_filter.setCurrentIndex(max(0, index))
        language = self.language_filter.currentData()
        self.bank_model.set_language_filter(language)
        self.search_model.set_language_filter(language)

    def _on_language_filter(self) -> None:
        language = self.language_filter.currentData()
        self.context.settings.setValue(LANGUAGE_FILTER_KEY, language or "")
        bank_id = self.current_bank_id()
        self.bank_model.set_language_filter(language)
        self.search_model.set_language_filter(language)
        row = self.bank_model.row_of(bank_id)
        if row is None and self.bank_model.rowCount():
            row = 0
        if row is None:
            self._show_bank(None)
            self._load_editor(None)
        else:
            with self._quietly():
                self.bank_list.setCurrentIndex(self.bank_model.index(row, 0))
            if self.bank_model.bank_at(row).id != bank_id:
                self._show_bank(self.bank_model.bank_at(row).id)
                self._load_editor(None)
        self._update_actions()

    def _on_search_all(self, text: str) -> None:
        self._load_search_entries(force=bool(text.strip()))
        self.search_model.set_search(text)
        self._update_right()

    def _load_search_entries(self, *, force: bool = False) -> None:
        """Read every bank's questions for the search, only while (or when) searching."""
        if self._search_stale and (force or self.search_model.is_searching()):
            self.search_model.set_entries(self.context.read(read_all_questions))
            self._search_stale = False

    def _on_bank_row_changed(self) -> None:
        if self._syncing:
            return
        index = self.bank_list.currentIndex()
        bank_id = index.data(BankListModel.IdRole) if index.isValid() else None
        if bank_id == self.current_bank_id():
            return
        if self.pane.editor.is_changed() and not self._may_leave_question(
            lambda: self.select_bank(self.current_bank_id() or -1),
            lambda: self.select_bank(bank_id),
        ):
            return
        self.search_all_edit.clear()  # the user picked a bank: show it, not the results
        self._show_bank(bank_id)
        self._load_editor(None)
        self._update_actions()

    def _on_filter_changed(self) -> None:
        pane = self.pane
        selected = self.current_question_id()
        with self._quietly():
            self.question_model.set_category_filter(pane.category_filter.currentData())
            self.question_model.set_search(pane.search_edit.text())
            self.select_question(selected)
        # A changed question the filter hides stays in the editor, changes and all.
        if self.current_question_id() != pane.editor.editing_id and not pane.editor.is_changed():
            self._load_editor(self.current_question_id())
        category = pane.category_filter.currentData()
        if category and pane.editor.editing_id is None:
            pane.editor.set_category(category)  # so a new question shows under the filter
        self._update_actions()

    def _on_question_selection(self) -> None:
        if self._syncing:
            return
        target, editing = self.current_question_id(), self.pane.editor.editing_id
        if (
            target != editing
            and self.has_unsaved_edits()
            and not self._may_leave_question(
                lambda: self.select_question(editing), lambda: self.select_question(target)
            )
        ):
            return
        self._load_editor(target)
        self._update_actions()

    def _load_editor(self, question_id: int | None) -> None:
        row = self.question_model.row_of(question_id)
        if row is None:
            self.pane.editor.set_add_mode(clear=False)
        else:
            self.pane.editor.load(self.question_model.question_at(row))

    def _leave_edit_mode(self) -> None:
        self.pane.table.clearSelection()
        self.pane.editor.set_add_mode(clear=True)
        self.pane.editor.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_actions(self) -> None:
        has_bank = self._detail is not None
        self.edit_bank_button.setEnabled(has_bank)
        self.delete_bank_button.setEnabled(has_bank)
        self.bank_panel.export_action.setEnabled(has_bank)
        self.bank_panel.booklet_action.setEnabled(bool(self.bank_model.rowCount()))
        row = self.question_model.row_of(self.current_question_id())
        pane = self.pane
        pane.delete_button.setEnabled(row is not None)
        pane.up_button.setEnabled(row is not None and row > 0)
        pane.down_button.setEnabled(row is not None and row < self.question_model.rowCount() - 1)
        pane.update_count()

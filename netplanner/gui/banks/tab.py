"""The Question banks tab: pick a bank on the left, edit its questions on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.core import banks as service
from netplanner.gui.banks.bank_data import BankDetail, read_bank_detail
from netplanner.gui.banks.bank_dialog import BankFields, ask_bank_fields
from netplanner.gui.banks.bank_list_model import BankListModel, ui_language
from netplanner.gui.banks.bank_list_view import BankListPanel
from netplanner.gui.banks.bank_pane import BankPane
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.gui.context import AppContext
from netplanner.gui.plural import counted

#: Asks the user for a bank's fields; gets the current ones (None for a new bank).
BankFieldsAsker = Callable[[BankFields | None], BankFields | None]


class BanksTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._default_language = ui_language()
        #: Replaceable in tests: the dialog for a bank's name, language and description.
        self.ask_bank_fields: BankFieldsAsker = lambda initial: ask_bank_fields(
            self, initial, self._default_language
        )
        self.bank_model = BankListModel(self._default_language, self)
        self.question_model = QuestionModel(self)
        self._detail: BankDetail | None = None
        self._keep: tuple[int | None, int | None] | None = None
        self._reloading = False
        self._build()
        self._connect()
        context.events.banks_changed.connect(self._on_banks_changed)
        self._reload(None, None)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        left = BankListPanel(self.bank_model)
        self.bank_list = left.view
        self.new_bank_button = left.new_button
        self.edit_bank_button = left.edit_button
        self.delete_bank_button = left.delete_button

        self.pane = BankPane(self.question_model)
        self.empty_label = QLabel(self.tr("No question bank yet. Click “New bank…” to make one."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(self.pane)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 770])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.delete_bank_button, self.pane.category_filter)

    def _connect(self) -> None:
        pane, editor = self.pane, self.pane.editor
        self.bank_list.selectionModel().currentRowChanged.connect(self._on_bank_row_changed)
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
        for keys, offset in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), pane)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda o=offset: self.move_question(o))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), pane.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_question)

    # -- public ------------------------------------------------------------------------------
    def new_item(self) -> None:
        """Add a question to the selected bank; without a bank, start a new bank."""
        if self._detail is None:
            self.new_bank()
            return
        self._leave_edit_mode()
        self.pane.editor.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pane.editor.text_edit.selectAll()

    def focus_search(self) -> None:
        self.pane.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pane.search_edit.selectAll()

    def current_bank_id(self) -> int | None:
        return self._detail.id if self._detail else None

    def current_question_id(self) -> int | None:
        rows = self.pane.table.selectionModel().selectedRows()
        return self.question_model.question_at(rows[0].row()).id if rows else None

    def select_bank(self, bank_id: int) -> None:
        row = self.bank_model.row_of(bank_id)
        if row is not None:
            self.bank_list.setCurrentIndex(self.bank_model.index(row, 0))

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

    # -- bank actions ------------------------------------------------------------------------
    def new_bank(self) -> None:
        fields = self.ask_bank_fields(None)
        if fields is None:
            return
        bank_id = self.context.write(
            lambda s: service.create_bank(s, fields.name, fields.language, fields.description).id
        )
        if bank_id is not None:
            self._changed(bank_id, None)
            self.pane.editor.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_bank(self) -> None:
        detail = self._detail
        if detail is None:
            return
        fields = self.ask_bank_fields(BankFields(detail.name, detail.language, detail.description))
        if fields is None:
            return
        done = self.context.write(
            lambda s: (
                service.update_bank(
                    s, detail.id, fields.name, fields.language, fields.description
                ).id
            )
        )
        if done is not None:
            self._changed(detail.id, self.current_question_id())

    def delete_bank(self) -> None:
        detail = self._detail
        if detail is None:
            return
        count = len(detail.questions)
        if not self.context.prompts.confirm(
            self.tr("Delete question bank"),
            counted(
                count,
                self.tr("Delete the question bank “%1” and its %n question?"),
                self.tr("Delete the question bank “%1” and its %n questions?"),
            ).replace("%1", detail.name),
            confirm_label=self.tr("Delete bank"),
            detail=self.tr(
                "Conversations keep the questions already chosen for them: they hold copies."
            ),
        ):
            return
        banks = self.bank_model.banks()
        row = self.bank_model.row_of(detail.id) or 0
        neighbours = banks[row + 1 : row + 2] or banks[max(0, row - 1) : row]
        if self.context.write(lambda s: _done(service.delete_bank(s, detail.id))):
            self._changed(neighbours[0].id if neighbours else None, None)

    # -- question actions --------------------------------------------------------------------
    def add_question(self) -> None:
        editor, detail = self.pane.editor, self._detail
        text, category = editor.text(), editor.category()
        if detail is None or not text:
            return
        question_id = self.context.write(
            lambda s: service.add_question(s, detail.id, text, category).id
        )
        if question_id is None:
            return
        editor.set_add_mode(clear=True)
        self._changed(detail.id, None)
        self._reveal(question_id)
        self.pane.table.scrollTo(
            self.question_model.index(self.question_model.row_of(question_id) or 0, 0)
        )

    def save_question(self) -> None:
        editor, detail = self.pane.editor, self._detail
        question_id, text, category = editor.editing_id, editor.text(), editor.category()
        if detail is None or question_id is None or not text:
            return
        if not editor.is_changed():
            return
        if self.context.write(lambda s: service.update_question(s, question_id, text, category).id):
            self._changed(detail.id, question_id)
            self._reveal(question_id)
            self.select_question(question_id)
            self._load_editor(question_id)

    def delete_question(self) -> None:
        question_id, detail = self.current_question_id(), self._detail
        if question_id is None or detail is None:
            return
        row = self.question_model.row_of(question_id) or 0
        item = self.question_model.question_at(row)
        if not self.context.prompts.confirm(
            self.tr("Delete question"),
            self.tr("Delete question %1, “%2”?")
            .replace("%1", str(item.position + 1))
            .replace("%2", item.text),
            confirm_label=self.tr("Delete question"),
            detail=self.tr("Conversations that already use it keep their own copy."),
        ):
            return
        visible = self.question_model.visible_questions()
        neighbours = visible[row + 1 : row + 2] or visible[max(0, row - 1) : row]
        if self.context.write(lambda s: _done(service.delete_question(s, question_id))):
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
        if self.context.write(lambda s: _done(service.move_question(s, question_id, offset))):
            self._changed(detail.id, question_id)

    # -- refreshing --------------------------------------------------------------------------
    def _changed(self, bank_id: int | None, question_id: int | None) -> None:
        """After a committed write: tell everyone; our own refresh keeps these ids."""
        self._keep = (bank_id, question_id)
        self.context.events.banks_changed.emit()

    def _on_banks_changed(self) -> None:
        keep, self._keep = self._keep, None
        bank_id, question_id = keep or (self.current_bank_id(), self.current_question_id())
        self._reload(bank_id, question_id)

    def _reload(self, bank_id: int | None, question_id: int | None) -> None:
        editing = self.pane.editor.editing_id
        self._reloading = True
        try:
            self.bank_model.set_banks(self.context.read(service.list_bank_rows))
            row = self.bank_model.row_of(bank_id)
            if row is None and self.bank_model.rowCount():
                row = 0
            if row is not None:
                self.bank_list.setCurrentIndex(self.bank_model.index(row, 0))
            self._show_bank(self.bank_model.bank_at(row).id if row is not None else None)
            self.select_question(question_id)
        finally:
            self._reloading = False
        if self.current_question_id() != editing:
            self._load_editor(self.current_question_id())
        self._update_actions()

    def _show_bank(self, bank_id: int | None) -> None:
        detail = None
        if bank_id is not None:
            detail = self.context.read(lambda s: read_bank_detail(s, bank_id))
        self._detail = detail
        self.right.setCurrentWidget(self.pane if detail else self.empty_label)
        if detail is not None:
            self.pane.show_detail(detail)
        self.question_model.set_questions(detail.questions if detail else ())

    def _on_bank_row_changed(self) -> None:
        if self._reloading:
            return
        index = self.bank_list.currentIndex()
        bank_id = index.data(BankListModel.IdRole) if index.isValid() else None
        if bank_id == self.current_bank_id():
            return
        self._show_bank(bank_id)
        self._load_editor(None)
        self._update_actions()

    def _on_filter_changed(self) -> None:
        pane = self.pane
        selected = self.current_question_id()
        self._reloading = True
        try:
            self.question_model.set_category_filter(pane.category_filter.currentData())
            self.question_model.set_search(pane.search_edit.text())
            self.select_question(selected)
        finally:
            self._reloading = False
        if self.current_question_id() != pane.editor.editing_id:
            self._load_editor(self.current_question_id())
        category = pane.category_filter.currentData()
        if category and pane.editor.editing_id is None:
            pane.editor.set_category(category)  # so a new question shows under the filter
        self._update_actions()

    def _on_question_selection(self) -> None:
        if self._reloading:
            return
        self._load_editor(self.current_question_id())
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

    def _reveal(self, question_id: int) -> None:
        """Clear the filters when they hide ``question_id`` (just added or recategorised)."""
        if self.question_model.row_of(question_id) is None:
            self.pane.search_edit.clear()
            self.pane.category_filter.setCurrentIndex(0)

    def _update_actions(self) -> None:
        has_bank = self._detail is not None
        self.edit_bank_button.setEnabled(has_bank)
        self.delete_bank_button.setEnabled(has_bank)
        row = self.question_model.row_of(self.current_question_id())
        pane = self.pane
        pane.delete_button.setEnabled(row is not None)
        pane.up_button.setEnabled(row is not None and row > 0)
        pane.down_button.setEnabled(row is not None and row < self.question_model.rowCount() - 1)
        pane.update_count()


def _done(_result: object) -> bool:
    """Turns a service call that returns None into True, so ``context.write`` can show
    success (it returns None when the write failed)."""
    return True

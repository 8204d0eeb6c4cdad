"""The editor under the questions table: add a new question or change the selected one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from netplanner.core.checks.questions.checker import check_question
from netplanner.core.enums import QuestionCategory
from netplanner.gui.banks.bank_data import QuestionItem
from netplanner.gui.banks.check_feedback import CheckFeedback, warning_icon
from netplanner.gui.labels import category_label
from netplanner.gui.stale_form import remember_shown
from netplanner.gui.wrap_height import keep_wrapped_lines_whole
from netplanner.messages import fill

#: Finds the question in the bank that is the same as ``text``; returns its id and its
#: number (1-based), or None.
DuplicateLookup = Callable[[str], tuple[int, int] | None]

#: How long typing must pause before the question is checked.
CHECK_DELAY_MS = 150


class QuestionEditor(QGroupBox):
    """Two modes: *add* (no question selected; Return adds) and *edit* (Return saves).

    Escape leaves edit mode. While the user types, the open-question checker and the
    duplicate lookup run (after a short pause); a duplicate cannot be added, a flagged
    question can (the user decides). The widget only reports what the user asked for;
    the tab does the writing.
    """

    add_requested = Signal()
    save_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: QuestionItem | None = None
        self._language: str | None = None
        self._lookup: DuplicateLookup | None = None
        self._same: tuple[int, int] | None = None  # (id, number) of the same question
        self._duplicate: int | None = None  # number of the same question, if another one
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self.category_combo = QComboBox()
        for category in QuestionCategory:
            self.category_combo.addItem(category_label(category.value), category.value)
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Type a question and press Enter"))
        # Also what labels the text on the clipboard when a stale save is reloaded.
        self.text_edit.setAccessibleName(self.tr("Question text"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(220)
        self.warning_action = self.text_edit.addAction(
            warning_icon(), QLineEdit.ActionPosition.LeadingPosition
        )
        self.warning_action.setVisible(False)
        self.feedback = CheckFeedback()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the text as a new question at the end of the bank"))
        self.save_button = QPushButton(self.tr("S&ave changes"))
        self.save_button.setToolTip(self.tr("Save the changed text and category (Enter)"))
        self.new_button = QPushButton(self.tr("New question"))
        self.new_button.setToolTip(self.tr("Stop editing and type a new question (Esc)"))

        category_label_widget = QLabel(self.tr("Categ&ory:"))
        category_label_widget.setBuddy(self.category_combo)
        text_label = QLabel(self.tr("Question te&xt:"))
        text_label.setBuddy(self.text_edit)
        grid = QGridLayout(self)
        grid.addWidget(category_label_widget, 0, 0)
        grid.addWidget(self.category_combo, 0, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(text_label, 1, 0)
        grid.addWidget(self.text_edit, 1, 1)
        grid.addWidget(self.add_button, 1, 2)
        grid.addWidget(self.save_button, 1, 3)
        grid.addWidget(self.new_button, 0, 3)
        grid.addWidget(self.feedback, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        keep_wrapped_lines_whole(self)  # no taller than needed, but the tip's lines whole

        self.text_edit.returnPressed.connect(self._on_return)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.category_combo.currentIndexChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.feedback.suggestion_chosen.connect(self.use_suggestion)
        self.save_button.clicked.connect(self.save_requested)
        self.new_button.clicked.connect(self.leave_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_escape)
        self.set_add_mode(clear=True)

    # -- state -------------------------------------------------------------------------------
    @property
    def editing_id(self) -> int | None:
        return self._editing.id if self._editing else None

    @property
    def loaded_version(self) -> int | None:
        """The version of the edited question as shown: a save over a newer one is refused."""
        return self._editing.version if self._editing else None

    @property
    def editing_number(self) -> int | None:
        """The number (1-based) the edited question has in its bank."""
        return self._editing.position + 1 if self._editing else None

    def text(self) -> str:
        return self.text_edit.text().strip()

    def category(self) -> str:
        return str(self.category_combo.currentData())

    def set_category(self, category: str) -> None:
        index = self.category_combo.findData(category)
        if index >= 0:
            self.category_combo.setCurrentIndex(index)

    def set_bank(self, language: str | None, lookup: DuplicateLookup | None) -> None:
        """The bank the questions go into: its language (for the checker) and how to
        find duplicates in it."""
        self._language, self._lookup = language, lookup
        self.check_now()

    def load(self, item: QuestionItem) -> None:
        """Edit mode on ``item``: its text and category in the fields."""
        self._editing = item
        self.setTitle(fill(self.tr("Edit question %1"), str(item.position + 1)))
        self.text_edit.setText(item.text)
        self.text_edit.setCursorPosition(0)
        self.set_category(item.category)
        self.save_button.setVisible(True)
        self.new_button.setVisible(True)
        self.check_now()
        remember_shown(self)

    def follow(self, item: QuestionItem) -> None:
        """The edited question as just read again. Unchanged here, the editor shows it as
        it is now. Changed here, the typed text stays; when the stored text and category
        are still the ones the editor loaded (only its place moved), the editor takes the
        new version, so the save is not refused; else the save is refused and offers to
        reload (someone else changed what the user is changing)."""
        old = self._editing
        if old is None or item.id != old.id or item == old:
            return
        if not self.is_changed():
            cursor = self.text_edit.cursorPosition()
            self.load(item)
            self.text_edit.setCursorPosition(min(cursor, len(item.text)))
        elif (item.text, item.category) == (old.text, old.category):
            self._editing = item
            self.setTitle(fill(self.tr("Edit question %1"), str(item.position + 1)))

    def set_add_mode(self, *, clear: bool) -> None:
        """Back to adding; ``clear`` empties the text (the category stays for the next one)."""
        was_editing = self._editing is not None
        self._editing = None
        self.setTitle(self.tr("New question"))
        if clear or was_editing:
            self.text_edit.clear()
        self.save_button.setVisible(False)
        self.new_button.setVisible(False)
        self.check_now()

    def is_changed(self) -> bool:
        item = self._editing
        return item is not None and (self.text() != item.text or self.category() != item.category)

    def has_unsaved_text(self) -> bool:
        """Text the bank does not hold yet: the edited question changed, or a new question
        typed but not added. (A new text the bank already has is nothing to lose.)"""
        if self._check_timer.isActive():
            self.check_now()
        if self._editing is not None:
            return self.is_changed()
        return bool(self.text()) and self._same is None

    def duplicate_number(self) -> int | None:
        """The number of another question in the bank with the same text, if any."""
        if self._check_timer.isActive():
            self.check_now()
        return self._duplicate

    # -- checking ----------------------------------------------------------------------------
    def check_now(self) -> None:
        """Check the text at once (normally this runs after a pause in typing)."""
        self._check_timer.stop()
        text = self.text()
        findings = check_question(text, self._language) if text else []
        self._same = self._lookup(text) if text and self._lookup is not None else None
        # The question being edited is "the same" as its own text: not a duplicate.
        other = self._same is not None and self._same[0] != self.editing_id
        self._duplicate = self._same[1] if self._same is not None and other else None
        self.feedback.show_result(text, findings, self._duplicate)
        self.warning_action.setVisible(bool(findings))
        self.warning_action.setToolTip(self.feedback.tooltip_for(findings) if findings else "")
        self._update_buttons()

    def use_suggestion(self, suggestion: str | None = None) -> None:
        """Replace the text with the checker's suggestion."""
        suggestion = suggestion or self.feedback.suggestion()
        if suggestion:
            self.text_edit.setText(suggestion)
            self.check_now()
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reactions ---------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._update_buttons()
        self._check_timer.start()

    def _update_buttons(self) -> None:
        has_text = bool(self.text())
        # Adding needs a text no question has (the edited one included); saving a text
        # no other question has.
        self.add_button.setEnabled(has_text and self._same is None)
        self.save_button.setEnabled(has_text and self._duplicate is None and self.is_changed())
        self.save_button.setDefault(self._editing is not None)
        self.add_button.setDefault(self._editing is None)

    def _on_return(self) -> None:
        if self._check_timer.isActive():
            self.check_now()  # Return right after typing: decide on the current text
        if self._editing is None:
            if self.add_button.isEnabled():
                self.add_requested.emit()
        elif self.text() and self._duplicate is None:
            self.save_requested.emit()

    def _on_add_clicked(self) -> None:
        if self._check_timer.isActive():
            self.check_now()
        if self.add_button.isEnabled():
            self.add_requested.emit()

    def _on_escape(self) -> None:
        if self._editing is not None:
            self.leave_requested.emit()

"""The conversation form: planning fields, the questions, and what came of it.

The form only shows and collects values; the tab does the saving, so the form
can be filled and read in tests without touching the data file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.contacts import list_contact_rows
from netplanner.core.conversations import ConversationInput, QuestionChoice
from netplanner.core.enums import ConversationKind, ConversationStatus
from netplanner.core.goals import goal_title, list_goals
from netplanner.core.models import Conversation
from netplanner.gui.context import AppContext
from netplanner.gui.conversations import plan_fields
from netplanner.gui.conversations.fields import ContactPicker, WhenEdit, text_box
from netplanner.gui.conversations.form_buttons import FormButtons
from netplanner.gui.conversations.mode_hold import ModeHoldLine
from netplanner.gui.conversations.plan_section import PlanSection, QuestionsRoom
from netplanner.gui.conversations.question_picker import QuestionPicker
from netplanner.gui.live.opening import mode_is_open
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.gui.stale_form import remember_shown
from netplanner.messages import fill

DEFAULT_DURATION = 45


class ConversationForm(QWidget):
    """Shows one conversation (or a new one) and tells whether the user changed anything."""

    save_clicked = Signal()
    delete_clicked = Signal()
    export_clicked = Signal()
    print_clicked = Signal()
    names_clicked = Signal()
    #: Start conversation mode for the conversation shown.
    start_clicked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conversation_id: int | None = None
        #: The version of the conversation as shown: a save over a newer one is refused.
        self.loaded_version: int | None = None
        self._dirty = False
        self._loading = False
        self._goal_languages: dict[int, str] = {}
        self._active_goal_id: int | None = None
        self._saved_title = ""
        self._build()
        self.reload_contacts()
        self.reload_goals()
        self.clear()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)

        self.contact_combo = ContactPicker()
        self.kind_combo = plan_fields.kind_combo()
        self.goal_combo = plan_fields.goal_combo()
        self.status_combo = plan_fields.status_combo()
        self.when_edit = WhenEdit()
        self.duration_spin = plan_fields.duration_spin()
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("An address, a café, or a video call link"))
        self.purpose_edit = text_box(2, self.tr("What do you want to get out of it?"))
        self.notes_edit = text_box(
            4, self.tr("Your preparation: what you know about them, what to mention")
        )
        self.outcome_edit = text_box(4, self.tr("What came of it: names, advice, what to do next"))
        self.picker = QuestionPicker(self.context)

        self.plan_section = PlanSection(self.context.settings)
        plan_box = self.plan_section.build_box(
            self.tr("Plan"),
            (self.tr("Cont&act:"), self.contact_combo, self.contact_combo),
            [
                (self.tr("&Kind:"), self.kind_combo, self.kind_combo),
                (self.tr("Goa&l:"), self.goal_combo, self.goal_combo),
                (self.tr("Stat&us:"), self.status_combo, self.status_combo),
                (self.tr("&Date and time:"), self.when_edit, self.when_edit.edit),
                (self.tr("Duration:"), self.duration_spin, self.duration_spin),
                (self.tr("Place or &medium:"), self.place_edit, self.place_edit),
                (self.tr("Pu&rpose:"), self.purpose_edit, self.purpose_edit),
                (self.tr("&Notes:"), self.notes_edit, self.notes_edit),
            ],
        )

        questions_box = QGroupBox(self.tr("Questions"))
        QVBoxLayout(questions_box).addWidget(self.picker)

        after = QFormLayout()
        outcome_label = QLabel(self.tr("&Outcome:"))
        outcome_label.setBuddy(self.outcome_edit)
        after.addRow(outcome_label, self.outcome_edit)
        after_box = QGroupBox(self.tr("Afterwards"))
        after_box.setLayout(after)

        self.content = content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title_label)
        column.addWidget(plan_box)
        column.addWidget(questions_box, 1)
        column.addWidget(after_box)
        self._scroll = scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Never narrower than the form needs (the splitter shrinks the list instead);
        # if the whole window is too small, scroll sideways rather than clip.
        scroll.setMinimumWidth(
            content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

        self.buttons = FormButtons()
        self.save_button = self.buttons.save
        self.delete_button = self.buttons.delete
        self.export_button = self.buttons.export
        self.names_button = self.buttons.names
        self.start_button = self.buttons.start
        self.print_button = self.buttons.print
        self.message_label = self.buttons.message_label

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mode_line = ModeHoldLine()
        layout.addWidget(self.mode_line)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save_clicked)
        describe_shortcut(save_shortcut, self.tr("Conversations"), self.tr("Save the conversation"))
        self.save_button.clicked.connect(self.save_clicked)
        self.delete_button.clicked.connect(self.delete_clicked)
        self.export_button.clicked.connect(self.export_clicked)
        self.print_button.clicked.connect(self.print_clicked)
        self.names_button.clicked.connect(self.names_clicked)
        self.start_button.clicked.connect(self.start_clicked)
        self.status_combo.currentIndexChanged.connect(self._show_names_button)

        for signal in (
            self.contact_combo.currentTextChanged,
            self.kind_combo.currentIndexChanged,
            self.goal_combo.currentIndexChanged,
            self.status_combo.currentIndexChanged,
            self.when_edit.changed,
            self.duration_spin.valueChanged,
            self.place_edit.textChanged,
            self.purpose_edit.textChanged,
            self.notes_edit.textChanged,
            self.outcome_edit.textChanged,
            self.picker.changed,
        ):
            signal.connect(self._mark_dirty)
            signal.connect(self._update_summary)  # cheap: one line of text
        # A question typed but not added yet is an unsaved change too (issue 16).
        self.picker.own_edit.textChanged.connect(self._own_question_edited)
        self.duration_spin.valueChanged.connect(self.picker.set_duration)
        # Folded, the questions take the visible height under the plan's summary.
        self._room = QuestionsRoom(scroll, self.plan_section, (self.title_label, plan_box))
        self._room.give_to(questions_box)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.goal_combo.currentIndexChanged.connect(self._goal_changed)

    # -- the plan in short ---------------------------------------------------------------------
    def _update_summary(self) -> None:
        """The plan in one line, for the folded section."""
        parts = [self.kind_combo.currentText(), self.status_combo.currentText()]
        when = self.when_edit.value()
        if when is None:
            parts.append(self.tr("date not fixed yet"))
        else:
            parts.append(self.when_edit.edit.text())
        if self.duration_spin.value():
            parts.append(self.duration_spin.text())
        if self.place_edit.text().strip():
            parts.append(self.place_edit.text().strip())
        if self.goal_combo.currentData() is not None:
            parts.append(self.goal_combo.currentText())
        self.plan_section.set_summary(" · ".join(parts))

    # -- lists from the data file -------------------------------------------------------------
    def reload_contacts(self) -> None:
        was_loading, self._loading = self._loading, True
        self.contact_combo.set_contacts(self.context.read(list_contact_rows))
        self._loading = was_loading
        self._update_title()

    def reload_goals(self) -> None:
        goals = self.context.read(list_goals)
        was_loading, self._loading = self._loading, True
        current = self.goal_combo.currentData()
        self.goal_combo.clear()
        self.goal_combo.addItem(self.tr("— no goal —"), None)
        for goal in goals:
            self.goal_combo.addItem(goal_title(goal), goal.id)
            self.goal_combo.setItemData(
                self.goal_combo.count() - 1, goal_title(goal), Qt.ItemDataRole.ToolTipRole
            )
        self._goal_languages = {goal.id: goal.language for goal in goals}
        self._active_goal_id = next((goal.id for goal in goals if goal.active), None)
        self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(current)))
        self._loading = was_loading
        self._goal_changed()

    # -- showing ------------------------------------------------------------------------------
    def clear(self) -> None:
        """An empty form for a new conversation (the active goal preselected)."""
        self._loading = True
        self.conversation_id = None
        self.loaded_version = None
        self._saved_title = ""
        self.contact_combo.set_contact_id(None)
        self._set_combo(self.kind_combo, ConversationKind.INFORMATIONAL.value)
        self._set_combo(self.goal_combo, self._active_goal_id)
        self._set_combo(self.status_combo, ConversationStatus.IDEA.value)
        self.when_edit.set_value(None)
        self.duration_spin.setValue(DEFAULT_DURATION)
        for box in (self.place_edit, self.purpose_edit, self.notes_edit, self.outcome_edit):
            box.clear()
        self.picker.set_choices([])
        self.picker.own_edit.clear()
        self._loaded()

    def load(self, conversation: Conversation) -> None:
        """Show a conversation read with ``core.conversations.get_conversation``."""
        self._loading = True
        self.conversation_id = conversation.id
        self.loaded_version = conversation.version
        self._saved_title = conversation.contact.name
        self.contact_combo.set_contact_id(conversation.contact_id)
        self._set_combo(self.kind_combo, conversation.kind)
        self._set_combo(self.goal_combo, conversation.goal_id)
        self._set_combo(self.status_combo, conversation.status)
        self.when_edit.set_value(conversation.starts_at)
        self.duration_spin.setValue(conversation.duration_minutes or 0)
        self.place_edit.setText(conversation.place)
        self.place_edit.setCursorPosition(0)  # show the start of a long address
        self.purpose_edit.setPlainText(conversation.purpose)
        self.notes_edit.setPlainText(conversation.notes)
        self.outcome_edit.setPlainText(conversation.outcome)
        self.picker.set_choices(
            [QuestionChoice(q.text, q.source_question_id, q.answer) for q in conversation.questions]
        )
        self.picker.own_edit.clear()
        self._loaded()

    def _loaded(self) -> None:
        self._update_summary()
        self._loading = False
        self._dirty = False
        self.message_label.clear()
        self.delete_button.setEnabled(self.conversation_id is not None)
        self._show_names_button()
        self._kind_changed()
        self._goal_changed()
        self._update_title()
        self.show_mode_hold()
        remember_shown(self)

    def show_mode_hold(self) -> None:
        """Read-only while conversation mode writes this conversation (``mode_hold``)."""
        self.mode_line.apply(self, mode_is_open(self.context, self.conversation_id))

    def _show_names_button(self) -> None:
        """Names are gained in a conversation that took place."""
        held = self.status_combo.currentData() in ("held", "thanked", "closed")
        self.names_button.setVisible(self.conversation_id is not None and held)
        planned = self.status_combo.currentData() in ("asked", "scheduled")
        self.start_button.setVisible(self.conversation_id is not None and planned)

    @staticmethod
    def _set_combo(combo: QComboBox, data: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    # -- reading ------------------------------------------------------------------------------
    @property
    def is_dirty(self) -> bool:
        """True while something typed is not saved, a question typed under "Write your
        own question…" and not added yet included."""
        return self._dirty or bool(self.typed_question())

    def has_other_changes(self) -> bool:
        """Changes besides a typed question: to the fields or the chosen questions."""
        return self._dirty

    def typed_question(self) -> str:
        """The question typed under "Write your own question…" and not added yet."""
        return self.picker.chosen.typed_question()

    def add_typed_question(self) -> None:
        """Add the typed question to the chosen ones (before saving)."""
        self.picker.chosen.add_typed_question()

    @property
    def saved_contact_name(self) -> str:
        """The contact of the conversation as stored (the picker may show another)."""
        return self._saved_title

    def contact_id(self) -> int | None:
        return self.contact_combo.contact_id()

    def is_blank(self) -> bool:
        """A new form the user has not touched (nothing to save or lose)."""
        return self.conversation_id is None and not self.is_dirty

    def values(self, contact_id: int) -> ConversationInput:
        duration = self.duration_spin.value()
        return ConversationInput(
            contact_id=contact_id,
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            goal_id=self.goal_combo.currentData(),
            starts_at=self.when_edit.value(),
            duration_minutes=duration or None,
            place=self.place_edit.text(),
            purpose=self.purpose_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            outcome=self.outcome_edit.toPlainText(),
        )

    def question_choices(self) -> list[QuestionChoice]:
        return self.picker.choices()

    def show_question(self, text: str) -> bool:
        """Select a chosen question (an answer found by search) and scroll it into view."""
        found = self.picker.select_question(text)
        if found:
            self._scroll.ensureWidgetVisible(self.picker.chosen_list, 0, 40)
        return found

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def focus_contact(self) -> None:
        self.contact_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.contact_combo.lineEdit().selectAll()

    # -- reacting -----------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if self._loading or self._dirty:
            return
        self._dirty = True
        self.message_label.clear()
        self._update_title()

    def _own_question_edited(self) -> None:
        if not self._loading:
            self._update_title()

    def _update_title(self) -> None:
        if self.conversation_id is None:
            title = self.tr("New conversation")
        else:
            name = self.contact_combo.name_of(self.contact_id() or -1) or self._saved_title
            title = fill(self.tr("Conversation with %1"), name)
        if self.is_dirty:
            title = fill(self.tr("%1 (not saved yet)"), title)
        self.title_label.setText(title)

    def _kind_changed(self) -> None:
        tip = self.kind_combo.currentData(Qt.ItemDataRole.ToolTipRole)
        self.kind_combo.setToolTip(tip or "")
        self.picker.set_kind(self.kind_combo.currentData())

    def _goal_changed(self) -> None:
        goal_id = self.goal_combo.currentData()
        self.goal_combo.setToolTip(self.goal_combo.currentText())
        self.picker.set_preferred_language(self._goal_languages.get(goal_id) if goal_id else None)

"""The Conversations tab: the list on the left, the form of one conversation on the right."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from netplanner.core.answers import search_answers
from netplanner.core.conversations import (
    ConversationRow,
    create_conversation,
    delete_conversation,
    get_conversation,
    list_conversation_rows,
    update_conversation,
)
from netplanner.core.enums import UPCOMING_STATUSES, ConversationStatus
from netplanner.core.errors import NotFoundError
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.answers_shown import show_stored_answers
from netplanner.gui.conversations.form import ConversationForm
from netplanner.gui.conversations.list_panel import ConversationList
from netplanner.gui.conversations.sheet_export import export_prep_sheet
from netplanner.gui.conversations.sheet_print import print_prep_sheet
from netplanner.gui.events import Change
from netplanner.gui.list_form import ListFormTab
from netplanner.gui.list_keys import delete_action
from netplanner.gui.live.opening import open_conversation_mode
from netplanner.gui.live.window import ConversationModeWindow
from netplanner.gui.stale_form import reload_keeping_typed
from netplanner.messages import fill

ANSWER_LIMIT = 200  # found answers shown at most; more words narrow it down


def local_now() -> datetime:
    return datetime.now().astimezone()


def next_planned(rows: list[ConversationRow], now: datetime) -> int | None:
    """The conversation to show first: the next one planned from today on (one earlier
    today, not marked held yet, counts), else an ask or appointment without a date,
    else an idea; None when nothing is planned."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    upcoming = [row for row in rows if row.status in UPCOMING_STATUSES]
    dated = [row for row in upcoming if row.starts_at is not None and row.starts_at >= today]
    if dated:
        return min(dated, key=lambda row: (row.starts_at, row.id)).id
    undated = [row for row in upcoming if row.starts_at is None]
    undated.sort(key=lambda row: (row.status == ConversationStatus.IDEA.value, -row.id))
    return undated[0].id if undated else None


class ConversationsTab(ListFormTab):
    """Plan conversations, choose their questions, note answers, export the prep sheet."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale_rows = self._stale_contacts = self._stale_answers = False  # while hidden
        self.form = ConversationForm(context)
        self._build()
        events = context.events
        events.conversations_changed.connect(self._data_changed)
        events.answers_changed.connect(self._answers_changed)
        events.contacts_changed.connect(self._contacts_changed)
        events.banks_changed.connect(self.form.picker.reload_banks)
        events.goals_changed.connect(self.form.reload_goals)
        events.conversation_mode_toggled.connect(self._mode_toggled)
        self.form.save_clicked.connect(self.save)
        self.form.delete_clicked.connect(self.delete_current)
        self.form.export_clicked.connect(self.export_sheet)
        self.form.print_clicked.connect(self.print_sheet)
        self.form.names_clicked.connect(self.record_names)
        self.form.start_clicked.connect(self.start_conversation)
        self._reload_rows()
        first = next_planned(self.context.read(list_conversation_rows), local_now())
        if first is not None:  # the tab opens on what comes next, not on an empty form
            self.show_conversation(first)

    def _build(self) -> None:
        self.list = ConversationList()
        # The parts tests and the window reach for, under short names.
        self.model = self.list.model
        self.table = self.list.table
        where, what = self.tr("Conversations"), self.tr("Delete the conversation")
        delete_action(self.table, self.delete_current, where, what)
        self.filter_combo = self.list.filter_combo
        self.search_edit = self.list.search_edit
        self.plan_button = self.list.plan_button
        self.count_label = self.list.count_label
        self.splitter = self._splitter(
            "conversations/splitter", (self.list, self.form), stretch=(2, 3), sizes=(500, 600)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.list.conversation_chosen.connect(self._pick)
        self.list.answer_search_requested.connect(self._search_answers)
        self.list.answer_chosen.connect(self.open_answer)
        self.plan_button.clicked.connect(self.new_item)
        self.answer_edit = self.list.answer_edit
        self.answers_view = self.list.answers_view
        # Ctrl+Shift+F is the main window's Edit > Search answers…, which opens this tab.

    # -- public API (used by the main window) -------------------------------------------------
    def new_item(self) -> None:
        """Plan a new conversation: an empty form, the cursor in the contact picker."""
        self._catch_up()
        super().new_item()

    def focus_search(self) -> None:
        if self.list.showing_answers():  # the answer search is the one in charge
            self.list.focus_answer_search()
            return
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_conversation(self, conversation_id: int) -> None:
        """Select and show a conversation, clearing filters that hide it."""
        self._catch_up()
        if not self.model.contains(conversation_id):
            self._reload_rows()
        if not self.model.contains(conversation_id):
            return
        self.list.reveal(conversation_id)
        if conversation_id == self.form.conversation_id and self.form.is_dirty:
            self.list.select_id(conversation_id)  # already shown, with changes: keep them
            return
        if conversation_id != self.form.conversation_id and not self.may_leave():
            return
        self._load(conversation_id)
        self.list.select_id(conversation_id)

    def open_answer(self, conversation_id: int, question: str) -> None:
        """Show the conversation of a found answer with that question selected."""
        if conversation_id != self.form.conversation_id:
            self.show_conversation(conversation_id)
        if conversation_id == self.form.conversation_id:
            self.form.show_question(question)

    def export_sheet(self) -> None:
        """Export the prep sheet of the conversation in the form (saved first if changed)."""
        conversation_id = self._sheet_conversation(self.tr("Export prep sheet"))
        if conversation_id is None:
            return
        path = export_prep_sheet(self.context, conversation_id)
        if path is not None:
            # The form's message line is narrow: the file's name there (a whole path
            # wrapped it over four lines and moved the form), the folder in the status bar.
            self._tell(
                fill(self.tr("Prep sheet saved to %1"), str(path)),
                fill(self.tr("Prep sheet saved as %1"), path.name),
            )

    def print_sheet(self) -> None:
        """Open the prep sheet in the system's PDF viewer to print it (saved first)."""
        conversation_id = self._sheet_conversation(self.tr("Print prep sheet"))
        if conversation_id is None:
            return
        if print_prep_sheet(self.context, conversation_id) is not None:
            self._tell(self.tr("The prep sheet is open in your PDF viewer: print it from there."))

    def _sheet_conversation(self, title: str) -> int | None:
        """The conversation whose sheet to make, saved first; None (user told) if none."""
        self._catch_up()
        if self.form.is_blank() or (
            self.form.is_dirty
            and self.form.contact_id() is None
            and self.form.conversation_id is None
        ):
            self.context.prompts.inform(
                title,
                self.tr("Select a conversation first, or plan one and choose its contact."),
            )
            return None
        if self.form.is_dirty and not self.save():
            return None
        return self.form.conversation_id

    def _tell(self, message: str, short: str | None = None) -> None:
        """``message`` in the status bar, and ``short`` (or it) on the form."""
        self.form.show_message(short or message)
        self.form.message_label.setToolTip(message if short else "")
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def record_names(self) -> list[int]:
        """After a conversation took place: add the people they mentioned (saved first)."""
        if self.form.is_dirty and not self.save():
            return []
        if self.form.conversation_id is None:
            return []
        from netplanner.gui.names.dialog import open_record_names

        return open_record_names(self.context, self.form.conversation_id, self)

    def start_conversation(self) -> ConversationModeWindow | None:
        """Conversation mode for the conversation in the form (saved first)."""
        if self.form.is_dirty and not self.save():
            return None
        if self.form.conversation_id is None:
            return None
        return open_conversation_mode(self.context, self.form.conversation_id, self)

    def visible_row_count(self) -> int:
        self._catch_up()
        return self.model.rowCount()

    # -- writing ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; returns False when nothing was saved (the user has been told)."""
        if self.form.mode_line.held:  # the mode writes it (see conversations.mode_hold)
            self.form.show_message(self.tr("Not saved: conversation mode has it open."))
            return False
        contact_id = self.form.contact_id()
        if contact_id is None:
            self.context.prompts.error(
                self.tr("Not saved"),
                self.tr(
                    "Choose the contact from the list: type part of their name and pick "
                    "them. Add new people in the Contacts tab first."
                ),
            )
            self.form.focus_contact()
            return False
        self.form.add_typed_question()  # typed under "Write your own question…"
        data = self.form.values(contact_id)
        questions = self.form.question_choices()
        existing, loaded_version = self.form.conversation_id, self.form.loaded_version
        if existing is None:
            saved = self.context.write(
                lambda s: create_conversation(s, data, questions).id,
                changes=Change.CONVERSATIONS,
                label=self.tr("Plan conversation"),
            )
        else:
            saved = self.context.write(
                lambda s: (
                    update_conversation(
                        s, existing, data, questions, loaded_version=loaded_version
                    ).id
                ),
                changes=Change.CONVERSATIONS,
                label=self.tr("Save conversation"),
                reload=lambda: reload_keeping_typed(self.form, lambda: self._load(existing)),
            )
        if saved is None:
            return False
        self._after_write(saved)
        self.form.show_message(self.tr("Saved."))
        return True

    def delete_current(self) -> None:
        conversation_id = self.form.conversation_id
        if conversation_id is None:
            return
        count = len(self.form.question_choices())
        if count == 1:
            detail = self.tr(
                "Its question and the answer you noted go with it, and so do its notes and outcome."
            )
        else:
            detail = fill(
                self.tr(
                    "Its %1 questions and the answers you noted go with it, and so do "
                    "its notes and outcome."
                ),
                str(count),
            )
        confirmed = self.context.prompts.confirm(
            self.tr("Delete conversation"),
            fill(self.tr("Delete the conversation with %1?"), self.form.saved_contact_name),
            confirm_label=self.tr("Delete"),
            detail=detail,
        )
        if not confirmed:
            return
        deleted = self.context.write(
            lambda s: delete_conversation(s, conversation_id) or True,
            # Its follow-ups go with it, and its introductions are forgotten.
            changes=Change.CONVERSATIONS | Change.CONTACTS | Change.FOLLOW_UPS,
            label=fill(self.tr("Delete conversation with %1"), self.form.saved_contact_name),
        )
        if deleted is None:
            return
        self.form.clear()
        self._after_write(None)
        self.form.show_message(self.tr("Conversation deleted."))

    def _after_write(self, selected_id: int | None) -> None:
        """The list is read again already (the write announced its change): show
        ``selected_id`` as stored."""
        if selected_id is not None:
            self._load(selected_id)
            self.show_conversation(selected_id)

    # -- reading ------------------------------------------------------------------------------
    def _load(self, conversation_id: int) -> bool:
        try:
            conversation = self.context.read(lambda s: get_conversation(s, conversation_id))
        except NotFoundError:
            return False
        self.form.load(conversation)
        return True

    def _reload_rows(self) -> None:
        self.list.select_id(self.form.conversation_id)
        self.list.set_rows(self.context.read(list_conversation_rows))

    def _search_answers(self, text: str | None = None) -> None:
        """Run the answer search again (after a change) or for new words."""
        words = self.list.answer_text() if text is None else text
        if words:
            hits = self.context.read(lambda s: search_answers(s, words, ANSWER_LIMIT))
            self.list.show_answer_hits(hits, ANSWER_LIMIT)

    def _data_changed(self) -> None:
        """Conversations changed (here or in another tab): show the current state."""
        if not self.isVisible():  # with many rows this costs time: do it when shown
            self._stale_rows = True
            return
        self._refresh()

    def _answers_changed(self) -> None:
        """Only what was said in a conversation: the list shows none of it (as it was)."""
        self._stale_answers = True
        if self.isVisible():
            self._catch_up()

    def _refresh(self) -> None:
        self._stale_rows = self._stale_answers = False
        self._reload_rows()
        self._search_answers()
        shown = self.form.conversation_id
        if shown is None or (self.form.is_dirty and self.model.contains(shown)):
            return
        if not self._load(shown):
            self.form.clear()
            self.form.show_message(self.tr("The conversation shown here was deleted."))

    def _mode_toggled(self, conversation_id: int, _open: bool) -> None:
        """Conversation mode opened or closed: the form shows it read-only or not."""
        if conversation_id == self.form.conversation_id:
            self.form.show_mode_hold()

    def _contacts_changed(self) -> None:
        if not self.isVisible():
            self._stale_contacts = self._stale_rows = True
            return
        self._stale_contacts = False
        self.form.reload_contacts()
        self._refresh()

    def _catch_up(self) -> None:
        """Apply changes that arrived while the tab was hidden."""
        if self._stale_contacts:
            self._stale_contacts = False
            self.form.reload_contacts()
        if self._stale_rows:
            self._refresh()
        elif self._stale_answers:
            self._stale_answers = False
            self._search_answers()
            show_stored_answers(self.context, self.form)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    # -- the list-plus-form steps (see netplanner.gui.list_form) ------------------------------
    def shown_id(self) -> int | None:
        return self.form.conversation_id

    def has_unsaved_edits(self) -> bool:
        return self.form.is_dirty

    def _unsaved_question(self) -> str:
        typed = self.form.typed_question()
        if typed and not self.form.has_other_changes():
            return fill(
                self.tr(
                    "You typed the question “%1” but did not add it to this "
                    "conversation. Add it and save the conversation?"
                ),
                typed,
            )
        return self.tr("You changed this conversation. Save the changes first?")

    def _discard(self) -> None:
        """Show the conversation as stored (or an empty form for a new one)."""
        shown = self.form.conversation_id
        if shown is None or not self._load(shown):
            self.form.clear()

    def _select_row(self, conversation_id: int | None) -> None:
        self.list.select_id(conversation_id)

    def _show_new(self) -> None:
        self.form.clear()
        self.form.focus_contact()

"""Conversation mode: one calm window for while the conversation takes place.

The person and the chain that led to them at the top, one question at a time in large
type, the answer box under it (it keeps the keyboard), what comes next at the side,
the time left and, gently, when a phase runs over or when it is time to ask whom else
to talk to. Everything typed is written as it is typed (``saver``), the mode's place
and the names noted as they change (``core.live_conversation.state``): closing the
window, or losing the program, loses nothing and needs no question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from netplanner.core.errors import NotFoundError
from netplanner.core.live_conversation.plan import (
    SMALL_TALK,
    Item,
    Phase,
    arrange,
    as_stored,
    budget,
    conversation_language,
    items_of,
    park,
    question_key,
)
from netplanner.core.live_conversation.reading import LiveConversation, read_live
from netplanner.core.live_conversation.state import (
    LiveState,
    finish_state,
    load_state,
    save_state,
)
from netplanner.core.live_conversation.writing import (
    add_question,
    end_conversation,
    set_answer,
    set_notes,
)
from netplanner.gui.bidi import isolated
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.live.layout import ModeWidgets, build_layout
from netplanner.gui.live.saver import AnswerSaver
from netplanner.gui.live.timing import time_status, whole_minutes
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.gui.translation import ui_language
from netplanner.messages import fill

Clock = Callable[[], datetime]
#: How often the time shown is brought up to date (ms).
TICK_MS = 15_000


class ConversationModeWindow(ModeWidgets):
    #: The conversation was marked held (its id); the names noted go to *Record names*.
    ended = Signal(int, list)
    #: The window was closed (ended or not).
    closed = Signal()

    def __init__(
        self,
        context: AppContext,
        conversation_id: int,
        *,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.conversation_id = conversation_id
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.live: LiveConversation = context.read(lambda s: read_live(s, conversation_id))
        state = context.read(lambda s: load_state(s, conversation_id))
        self.language = conversation_language(self.live, ui_language())
        self.items: list[Item] = arrange(items_of(self.live, self.language), state.order)
        self.skipped: set[str] = set(state.skipped)
        self.names: list[str] = list(state.names)
        self.started_at = state.started_at or self.clock()
        self.budget = budget(self.live.duration_minutes)
        keys = [item.key for item in self.items]
        self.index = keys.index(state.current) if state.current in keys else 0
        self._showing = False  # True while the answer box is filled from an item
        self.saver = AnswerSaver(
            context,
            conversation_id,
            fill(self.tr("Notes in the conversation with %1"), self.live.contact_name),
            self,
        )
        self.setWindowTitle(fill(self.tr("Conversation with %1"), self.live.contact_name))
        build_layout(self)  # sets the widgets named below (answer_edit, question_label, …)
        self._shortcuts()
        self.answer_edit.textChanged.connect(self._typed)
        self.panel.name_noted.connect(self._note_name)
        self.panel.name_removed.connect(self._remove_name)
        self.panel.question_added.connect(self.add_question)
        self.panel.item_chosen.connect(self._go_to_key)
        self.panel.done.connect(self.focus_answer)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.show_time)
        self._ticker.start()
        for signal in (context.events.answers_changed, context.events.conversations_changed):
            signal.connect(self._stored_changed)
        self._save_state()  # the start is kept: the thank-you counts from it
        self._show_item()

    # -- keys ---------------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        where = self.tr("Conversation mode")
        for keys, slot, what in (
            (("Ctrl+Return", "Alt+Right"), self.next_item, self.tr("Next question")),
            (("Alt+Left",), self.previous_item, self.tr("Previous question")),
            (("Ctrl+L",), self.later, self.tr("Ask this question later")),
            (("Ctrl+K",), self.skip, self.tr("Skip this question")),
            (("Ctrl+N",), self._to_names, self.tr("Note a name they mention")),
            (("Ctrl+I",), self._to_question, self.tr("Add a question")),
            (("Ctrl+E",), self.ask_end, self.tr("End the conversation")),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                describe_shortcut(shortcut, where, what)

    def focus_answer(self) -> None:
        self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _to_names(self) -> None:
        self.panel.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _to_question(self) -> None:
        self.panel.question_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the item shown -----------------------------------------------------------------------
    @property
    def current(self) -> Item:
        return self.items[self.index]

    def item_text(self, item: Item) -> str:
        if item.key != SMALL_TALK:
            return item.text
        if self.live.introducer:
            return fill(
                self.tr("Small talk: how do you both know %1?"), isolated(self.live.introducer)
            )
        return self.tr("A little small talk to begin with")

    def phase_name(self, phase: Phase) -> str:
        return {
            Phase.SMALL_TALK: self.tr("Small talk"),
            Phase.QUESTIONS: self.tr("Your questions"),
            Phase.NEXT_STEPS: self.tr("Next steps"),
        }[phase]

    def _show_item(self) -> None:
        item = self.current
        self._showing = True
        self.question_label.setText(self.item_text(item))
        self.answer_edit.setPlainText(item.answer)
        self.answer_edit.moveCursor(self.answer_edit.textCursor().MoveOperation.End)
        self._showing = False
        self.answer_edit.setPlaceholderText(
            self.tr("Notes on the small talk; they go in the conversation's notes.")
            if item.key == SMALL_TALK
            else self.tr("Their answer, in a few words. It is kept as you type.")
        )
        self.position_label.setText(
            fill(
                self.tr("%1 · %2 of %3"),
                self.phase_name(item.phase),
                str(self.index + 1),
                str(len(self.items)),
            )
        )
        self.skipped_label.setVisible(item.key in self.skipped)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.items) - 1)
        self.later_button.setEnabled(item.phase != Phase.SMALL_TALK)
        self.panel.show_coming(
            [(i, self.item_text(i), i.key in self.skipped) for i in self.items[self.index + 1 :]]
        )
        self.panel.show_names(tuple(self.names))
        self.show_time()
        self.focus_answer()

    def show_time(self) -> None:
        """The time left, the phase's share, and the gentle signs."""
        phase = self.current.phase
        status = time_status(self.budget, self.started_at, self.clock(), phase)
        minutes = whole_minutes(status.left)
        self.time_label.setText(
            fill(self.tr("%1 min left"), str(minutes))
            if status.left > 0
            else fill(self.tr("%1 min over the planned time"), str(minutes))
        )
        for each, label in self.phase_labels.items():
            label.setText(
                fill(
                    self.tr("%1 · %2 min"),
                    ("● " if each == phase else "") + self.phase_name(each),
                    str(whole_minutes(self.budget.seconds[each])),
                )
            )
            font = label.font()
            font.setBold(each == phase)
            label.setFont(font)
        over = status.phase_over > 0 and phase != Phase.NEXT_STEPS
        self.sign_label.setVisible(over)
        if over:
            self.sign_label.setText(
                fill(
                    self.tr("%1: %2 min over its share of the time. Move on when it suits you."),
                    self.phase_name(phase),
                    str(whole_minutes(status.phase_over)),
                )
            )
        asked = any(i.answer for i in self.items if i.phase == Phase.NEXT_STEPS)
        nearly_up = status.left <= self.budget.seconds[Phase.NEXT_STEPS]
        remind = nearly_up and not asked and phase != Phase.NEXT_STEPS
        self.reminder_label.setVisible(remind)
        if remind:
            whom = next(i for i in self.items if i.phase == Phase.NEXT_STEPS)
            self.reminder_label.setText(
                fill(self.tr("Time is nearly up. Before you end, ask: “%1”"), whom.text)
            )

    # -- moving -------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.items) or not self.saver.flush():
            return
        self.index = index
        self._save_state()
        self._show_item()

    def _go_to_key(self, key: str) -> None:
        self.go_to(next(i for i, item in enumerate(self.items) if item.key == key))

    def next_item(self) -> None:
        self.go_to(self.index + 1)

    def previous_item(self) -> None:
        self.go_to(self.index - 1)

    def later(self) -> None:
        """Park the question: last of its phase; the next one is shown."""
        if self.current.phase == Phase.SMALL_TALK or not self.saver.flush():
            return
        self.items = park(self.items, self.current.key)
        self._save_state()
        self._show_item()

    def skip(self) -> None:
        self.skipped.add(self.current.key)
        if self.index < len(self.items) - 1:
            self.go_to(self.index + 1)
        else:
            self._save_state()
            self._show_item()

    # -- writing ------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._showing:
            return
        text = self.answer_edit.toPlainText()
        item = self.current
        self.items[self.index] = replace(item, answer=text)
        conversation_id = self.conversation_id
        if item.key == SMALL_TALK:
            self.saver.later(lambda s: set_notes(s, conversation_id, text))
        elif item.question_id is not None:
            question_id = item.question_id
            self.saver.later(lambda s: set_answer(s, question_id, text))
        elif text.strip():  # a standard next-step prompt becomes a question once answered
            wording, key = item.text, item.key
            self.saver.later(
                lambda s: add_question(s, conversation_id, wording, text),
                lambda question_id: self._became_question(key, cast(int, question_id)),
            )
        else:
            self.saver.later(lambda s: None)

    def _became_question(self, key: str, question_id: int) -> None:
        for position, item in enumerate(self.items):
            if item.key == key:
                self.items[position] = replace(
                    item, key=question_key(question_id), question_id=question_id
                )
        self._save_state()

    def add_question(self, text: str) -> None:
        """A question that comes up: saved, and asked next."""
        if not self.saver.flush():
            return
        conversation_id = self.conversation_id
        question_id = self.saver.write_now(lambda s: add_question(s, conversation_id, text))
        if question_id is None:
            return  # told; the text stays in the field
        self.panel.question_edit.clear()
        new = Item(question_key(question_id), Phase.QUESTIONS, text, question_id)
        self.items.insert(self.index + 1, new)
        self._save_state()
        self._show_item()

    def _note_name(self, name: str) -> None:
        self.names.append(name)
        self._save_state()
        self.panel.show_names(tuple(self.names))

    def _remove_name(self, row: int) -> None:
        if 0 <= row < len(self.names):
            del self.names[row]
            self._save_state()
            self.panel.show_names(tuple(self.names))

    def _save_state(self) -> None:
        state = LiveState(
            started_at=self.started_at,
            order=tuple(item.key for item in self.items),
            skipped=frozenset(self.skipped),
            current=self.current.key,
            names=tuple(self.names),
        )
        conversation_id = self.conversation_id
        self.context.write(
            lambda s: save_state(s, conversation_id, state),
            undoable=False,  # the mode's own bookkeeping, outside the undo log
            changes=Change.NOTHING_SHOWN,
        )

    def _stored_changed(self) -> None:
        """Show what is stored after someone else's write: an undo or redo in the main
        window takes back (or puts back) what was typed here. What this window wrote,
        or is about to write, it shows already (as typed: the stored text is trimmed)."""
        if self.saver.writing or self.saver.is_pending() or getattr(self, "_ended", False):
            return
        conversation_id, key = self.conversation_id, self.current.key
        try:
            live = self.context.read(lambda s: read_live(s, conversation_id))
        except NotFoundError:
            return  # deleted: a write from here says so
        items = as_stored(self.items, items_of(live, self.language))
        if items != self.items:
            self.live, self.items = live, items
            keys = [item.key for item in items]
            self.index = keys.index(key) if key in keys else min(self.index, len(items) - 1)
            self._save_state()
            self._show_item()

    # -- the end ------------------------------------------------------------------------------
    def ask_end(self) -> None:
        """Show the end panel: the outcome in a line, then *Mark held*."""
        if not self.saver.flush():
            return
        self.end_panel.setVisible(True)
        self.outcome_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_end(self) -> None:
        self.end_panel.setVisible(False)
        self.focus_answer()

    def end(self) -> bool:
        """Mark the conversation held at the time it took place; close the window."""
        if not self.saver.flush():
            return False
        conversation_id, started = self.conversation_id, self.started_at
        ended_at, outcome = self.clock(), self.outcome_edit.text()

        def work(session) -> bool:
            end_conversation(session, conversation_id, started, ended_at, outcome)
            finish_state(session, conversation_id)  # the names noted stay, for Record names
            return True

        done = self.context.write(
            work,
            # Held: the thank-you is due a day after it (Today, follow-ups).
            changes=Change.CONVERSATIONS | Change.FOLLOW_UPS,
            label=fill(self.tr("End the conversation with %1"), self.live.contact_name),
            failure_title=self.tr("Not ended"),
        )
        if done is None:
            return False
        self._ended = True
        self.close()
        self.ended.emit(conversation_id, list(self.names))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing to ask: everything typed is written already (the last moment now)."""
        self._ticker.stop()
        self.saver.flush()
        if not getattr(self, "_ended", False):
            self._save_state()
        super().closeEvent(event)
        self.closed.emit()

"""One small signal hub: tabs learn about changes here instead of calling each other.

A write says what it changes (:class:`Change`) and :class:`netplanner.gui.context.AppContext`
announces it here once the write is committed, and again when the step is undone or
redone. No widget emits a ``*_changed`` signal itself: a write that forgot one would
leave another tab showing the old state.
"""

from __future__ import annotations

from enum import Flag, auto

from PySide6.QtCore import QObject, Signal


class Change(Flag):
    """What a write changes, in the terms of the views that show it."""

    #: Bookkeeping no view shows (a bank's share key, the namespace of exported ids);
    #: only a write that is no undo step may say so.
    NOTHING_SHOWN = 0
    CONTACTS = auto()  # people, their details, who introduced whom
    CONVERSATIONS = auto()  # conversations, their questions and answers
    #: What was said in one conversation, as conversation mode writes it while it is
    #: typed: answers, questions added, the notes. Only the views that show a
    #: conversation's answers hear it (its form, the answer search, the mode itself); the
    #: lists, Today, Progress and the status bar do not show them and need not read again
    #: twice a second. ``CONVERSATIONS`` covers it: those views listen to both.
    ANSWERS = auto()
    GOALS = auto()
    BANKS = auto()  # question banks and their questions
    FOLLOW_UPS = auto()  # follow-ups, and names put off for now ("Not now" on Today)
    #: A new data file's worth: the example network, a restored archive or backup.
    EVERYTHING = CONTACTS | CONVERSATIONS | ANSWERS | GOALS | BANKS | FOLLOW_UPS


class DataEvents(QObject):
    """Emitted after a write is committed; every view that shows the data listens."""

    contacts_changed = Signal()
    conversations_changed = Signal()
    #: Only what was said in a conversation changed (:attr:`Change.ANSWERS`); not emitted
    #: along with ``conversations_changed``, which covers it.
    answers_changed = Signal()
    goals_changed = Signal()
    banks_changed = Signal()
    follow_ups_changed = Signal()
    #: Ask the window to show a conversation (id) in the Conversations tab.
    open_conversation_requested = Signal(int)
    #: Ask the window to show a contact (id) in the Contacts tab.
    open_contact_requested = Signal(int)
    #: Conversation mode was opened (True) or closed (False) on a conversation (id).
    conversation_mode_toggled = Signal(int, bool)

    def announce(self, changes: Change) -> None:
        """Emit the signal of each kind of data in ``changes``, each once, contacts first
        (a view showing conversations shows their contacts' names too)."""
        if Change.CONVERSATIONS in changes:
            changes &= ~Change.ANSWERS  # covered: the answers' views hear conversations too
        for change, signal in (
            (Change.CONTACTS, self.contacts_changed),
            (Change.CONVERSATIONS, self.conversations_changed),
            (Change.ANSWERS, self.answers_changed),
            (Change.GOALS, self.goals_changed),
            (Change.BANKS, self.banks_changed),
            (Change.FOLLOW_UPS, self.follow_ups_changed),
        ):
            if change in changes:
                signal.emit()

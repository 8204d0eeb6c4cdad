"""One small signal hub: tabs learn about changes here instead of calling each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Emitted by the GUI after a write is committed; every view that shows the data listens."""

    contacts_changed = Signal()
    conversations_changed = Signal()
    banks_changed = Signal()
    goals_changed = Signal()
    #: Ask the window to show a conversation (id) in the Conversations tab.
    open_conversation_requested = Signal(int)
    #: Ask the window to show a contact (id) in the Contacts tab.
    open_contact_requested = Signal(int)

    def everything_changed(self) -> None:
        """After a change that touches it all (example data, a restore)."""
        self.contacts_changed.emit()
        self.conversations_changed.emit()
        self.banks_changed.emit()
        self.goals_changed.emit()

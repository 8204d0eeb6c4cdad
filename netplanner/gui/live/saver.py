"""Answers written while they are typed.

Each change is written half a second after the last keystroke (a killed program loses
at most that), and at once when the user moves on or closes the window. Every write of
one conversation joins the same undo step (``AppContext.write(merge_key=...)``): one
Ctrl+Z takes back what was typed in it, not one keystroke.

The writes say they change :attr:`Change.ANSWERS`, not ``CONVERSATIONS``: what was said
in a conversation, which only the views showing its answers read again, not every list
of conversations twice a second while the user types (the bench's *conversation mode*
figure).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer
from sqlalchemy.orm import Session

from netplanner.gui.context import AppContext
from netplanner.gui.events import Change

T = TypeVar("T")

#: Milliseconds of quiet before a typed answer is written.
DELAY_MS = 500


class AnswerSaver(QObject):
    def __init__(
        self, context: AppContext, conversation_id: int, label: str, parent: QObject
    ) -> None:
        super().__init__(parent)  # deleted with its window
        self.context = context
        self.merge_key = ("conversation mode", conversation_id)
        self.label = label
        #: True while this saver's own write is announced (the window need not read it).
        self.writing = False
        self._pending: Callable[[Session], object] | None = None
        self._after: Callable[[object], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def later(
        self, work: Callable[[Session], object], after: Callable[[object], None] | None = None
    ) -> None:
        """Write ``work`` soon (replacing a write still waiting); ``after`` gets its result."""
        self._pending, self._after = work, after
        self._timer.start()

    def is_pending(self) -> bool:
        return self._pending is not None

    def flush(self) -> bool:
        """Write what waits now; False when the write failed (the user was told)."""
        self._timer.stop()
        work, after = self._pending, self._after
        self._pending = self._after = None
        if work is None:
            return True
        result = self.write_now(lambda session: (work(session),))  # a result of None: no failure
        if result is None:
            return False
        if after is not None:
            after(result[0])
        return True

    def write_now(self, work: Callable[[Session], T]) -> T | None:
        """Write ``work`` in the conversation's undo step; None when it failed (told)."""
        self.writing = True
        try:
            return self.context.write(
                work, changes=Change.ANSWERS, label=self.label, merge_key=self.merge_key
            )
        finally:
            self.writing = False

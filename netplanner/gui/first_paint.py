"""The window's first paint: work that can wait for it, and the benchmark's marker.

A person judges the start by when the window shows their contacts. What they do not
see yet (the rest of a long list below the fold, the single-instance server, the daily
backup, the File > Import/Export menus) waits here until the contacts table has
painted once, then runs on the next turn of the event loop, in the order it was queued.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from netplanner import process_clock

#: Work waits no longer than this for a paint that may never come (a window started
#: minimised, or hidden behind a dialog): the server and the backup still happen.
PAINT_WAIT_MS = 3000


class FirstPaint(QObject):
    """Runs queued work once ``widget`` has painted with ``ready()`` true; with ``mark``,
    stamps that paint for the benchmark when the environment asks for it.

    After that, ``later`` runs its work at once: code that queues work need not know
    whether the window has been painted yet.
    """

    def __init__(
        self, widget: QWidget, ready: Callable[[], bool] = lambda: True, *, mark: bool = False
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._ready = ready
        self._pending: list[Callable[[], object]] | None = []
        # The window's own (``mark``) writes the benchmark's marker, if that is asked for.
        self._marking = mark and process_clock.marker_file() is not None
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self.run_pending)

    @property
    def painted(self) -> bool:
        return self._pending is None

    def later(self, work: Callable[[], object]) -> None:
        """Run ``work`` after the first paint (at once when that has happened)."""
        if self._pending is None:
            work()
        else:
            self._pending.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._widget
            and event.type() == QEvent.Type.Paint
            and self._pending is not None
            and self._ready()
        ):
            if self._marking:
                process_clock.mark_first_paint()
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self.run_pending)
        return False

    def run_pending(self) -> None:
        """Run what waited for the paint (also called when the paint never comes: a
        window that closes at once still gets its server and backup logic run)."""
        todo, self._pending = self._pending or [], None
        for work in todo:
            work()

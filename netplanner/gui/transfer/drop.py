"""Dropping a file on the main window imports it (a vCard, a LinkedIn export, a CSV).

An event filter on the window, so the window's own code stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

#: File name endings a drop is accepted for.
DROPPABLE = (".vcf", ".vcard", ".csv")


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file with an importable ending in ``mime``, else None."""
    if not mime.hasUrls():
        return None
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in DROPPABLE else None


class FileDropFilter(QObject):
    """Accepts a dragged importable file over the watched window; hands it to ``on_drop``."""

    def __init__(self, parent: QObject, on_drop: Callable[[Path], object]) -> None:
        super().__init__(parent)
        self._on_drop = on_drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if dropped_file(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_file(event.mimeData())
            if path is None:
                return False
            event.acceptProposedAction()
            # After the drop is done: a dialog opened inside it would hold up the drag source
            # (the file manager) until the dialog closes.
            QTimer.singleShot(0, lambda: self._on_drop(path))
            return True
        return super().eventFilter(watched, event)

"""Keep a widget of wrapped lines as tall as those lines need at the width it has.

Not every layout asks a child for its height at its actual width: a group box, or a
widget holding word-wrapped labels inside a splitter pane, gets the height for the
width it would like. Where the pane is narrower (larger text, a long Dutch sentence) the
labels wrap onto more lines than there is room for, and the last line is cut in half.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _FitHeight(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() == QEvent.Type.Resize:
            need = watched.heightForWidth(watched.width())
            if need > 0 and need != watched.minimumHeight():
                watched.setMinimumHeight(need)
        return False


def keep_wrapped_lines_whole(widget: QWidget) -> None:
    """From now on, ``widget`` is at least as tall as its lines need at its width."""
    widget.installEventFilter(_FitHeight(widget))

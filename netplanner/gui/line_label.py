"""A one-line text that repaints only itself when it changes.

``QLabel.setText`` always asks the layout to recalculate (``updateGeometry``), and a
relayout of a busy window on every keystroke of a search costs more than the search
itself (measured with ``python3 run.py bench``: about 6 ms of 15 per keystroke with
30,000 contacts). A count under a list does not need it: its height is one line and
its width is what the layout gives it; text that does not fit is elided and shown
whole in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStyleOption, QWidget


class LineLabel(QWidget):
    """Like a one-line QLabel, without relayout on ``setText``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        self._update_tooltip()
        self.update()

    def _elided(self) -> str:
        return self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())

    def _update_tooltip(self) -> None:
        self.setToolTip(self._text if self._elided() != self._text else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text), metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # Drawn by the style with the widget's palette: follows light and dark themes.
        self.style().drawItemText(
            painter, self.rect(), int(flags), option.palette, self.isEnabled(), self._elided()
        )
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self.updateGeometry()  # a new font changes the line height

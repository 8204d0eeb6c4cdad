"""A row of buttons that folds onto more lines where large text makes it too wide.

With large text a row of Dutch buttons ("Vragenbank verwijderen" and its neighbours)
is wider than a pane can be; rather than cutting the labels or pushing the window off
the screen, the buttons go onto as many lines as they need. At the usual text size the
row never folds: it asks for its whole width, as a plain row of buttons does.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from netplanner.gui.text_scale import text_scale


class ButtonRow(QWidget):
    """``buttons`` side by side where they fit, else on as few lines as they need."""

    def __init__(self, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._arranged: tuple[int, tuple[bool, ...]] | None = None
        self._arrange(len(buttons))
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _shown(self) -> list[QPushButton]:
        return [button for button in self.buttons if not button.isHidden()] or self.buttons

    def _width(self, buttons: list[QPushButton]) -> int:
        spacing = self._grid.horizontalSpacing() * max(0, len(buttons) - 1)
        return sum(button.sizeHint().width() for button in buttons) + spacing

    def _line_height(self) -> int:
        return max((button.sizeHint().height() for button in self.buttons), default=0)

    def _columns_for(self, width: int) -> int:
        """The most buttons a line of ``width`` holds, each line as wide as its widest."""
        shown = self._shown()
        for columns in range(len(shown), 1, -1):
            widest = [
                max(button.sizeHint().width() for button in shown[start::columns])
                for start in range(columns)
            ]
            if sum(widest) + self._grid.horizontalSpacing() * (columns - 1) <= width:
                return columns
        return 1

    def _arrange(self, columns: int) -> None:
        """Shown buttons ``columns`` to a line, in order; hidden ones after them."""
        key = (columns, tuple(button.isHidden() for button in self.buttons))
        if key == self._arranged:
            return
        self._arranged = key
        shown = self._shown()
        ordered = shown + [button for button in self.buttons if button not in shown]
        for button in self.buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(ordered):
            self._grid.addWidget(button, index // columns, index % columns)

    def minimumSizeHint(self) -> QSize:
        # At the usual size the whole row; larger text may fold it (see the module).
        widest = max((button.sizeHint().width() for button in self._shown()), default=0)
        folding = round(self._width(self._shown()) / text_scale(self))
        return QSize(max(widest, folding), self._line_height())

    def sizeHint(self) -> QSize:
        return QSize(self._width(self._shown()), self._line_height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = math.ceil(len(self._shown()) / self._columns_for(width))
        return lines * self._line_height() + (lines - 1) * self._grid.verticalSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button shown or hidden
            self._fit()
        return super().event(event)

    def _fit(self) -> None:
        self._arrange(self._columns_for(self.width()))
        need = self.heightForWidth(self.width())
        if need != self.minimumHeight():  # layouts around do not all ask heightForWidth
            self.setMinimumHeight(need)

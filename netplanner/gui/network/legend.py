"""A small legend: what each fill colour means, with how many people have it.

One word-wrapping rich-text label of coloured chips, so it wraps on a narrow
window instead of forcing the tab wide.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from netplanner.gui.network import colours


class Legend(QLabel):
    """Chips in the nodes' colours; entries with nobody in them are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.entries: list[str] = []

    def set_entries(self, entries: list[tuple[QColor, str, int]]) -> None:
        locale = QLocale()
        shown = [(c, f"{label} ({locale.toString(n)})") for c, label, n in entries if n]
        self.entries = [text for _colour, text in shown]
        chips = [
            f'<span style="background-color:{colour.name()}; color:{colours.TEXT.name()}">'
            f"&nbsp;&nbsp;{html.escape(text).replace(' ', '&nbsp;')}&nbsp;&nbsp;</span>"
            for colour, text in shown
        ]
        self.setText(" &nbsp; ".join(chips))
        self.setAccessibleName(", ".join(self.entries))

"""How much larger than usual the text is, for sizes written in pixels.

Widths such as a splitter's first sizes or a pane's minimum are chosen at the usual text
size (9 pt at 96 dpi, 12 pixels to the em). A user who makes text larger without scaling
the whole screen (a larger font, or ``QT_FONT_DPI``/Xft.dpi with high-DPI scaling off)
needs them larger in step, or labels and buttons lose letters. With high-DPI scaling on,
Qt scales pixels and text alike and this factor stays 1.
"""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWidget

USUAL_EM = 12.0
"""Pixels to the em of the usual text size: 9 pt at 96 dpi."""


def text_scale(widget: QWidget) -> float:
    """The text's size against the usual, at least 1 (smaller text keeps the sizes)."""
    return max(1.0, QFontInfo(widget.font()).pixelSize() / USUAL_EM)


def scaled(widget: QWidget, pixels: int) -> int:
    """``pixels`` chosen at the usual text size, at ``widget``'s text size."""
    return round(pixels * text_scale(widget))

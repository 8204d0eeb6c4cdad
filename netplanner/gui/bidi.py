"""Names in any script inside the window's own lines ("4. <name> — role, organisation").

Two things keep such a line readable when a name is Arabic or Hebrew:

- the *paragraph* direction comes from the window's layout direction, not from the
  first letter of the line: Qt (and the Unicode algorithm) otherwise takes the first
  strong letter, so a line that starts with "4. أحمد" became a right-to-left line with
  the number at its right end and the line pushed to the right edge;
- each name (and any other text the user typed) is an isolate (FSI … PDI), so it
  neither takes the number, dash or comma next to it into its own direction nor is
  taken into the line's.

``text_option`` sets the direction where we paint text ourselves (delegates);
``in_direction`` starts a label's text with a direction mark (LRM or RLM), which both
QLabel's plain text and its rich text take as the paragraph's direction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

FSI, PDI = "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"
_OPENERS = ("\u2066", "\u2067", FSI)  # LRI, RLI, FSI


def isolated(text: str) -> str:
    """``text`` as its own run of direction (nothing for an empty text)."""
    return f"{FSI}{text}{PDI}" if text else ""


def closed(text: str) -> str:
    """``text`` with every isolate it opens closed again: a text cut short (elided)
    may have lost the PDI of its last name."""
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == PDI and depth:
            depth -= 1
    return text + PDI * depth


def in_direction(text: str, direction: Qt.LayoutDirection) -> str:
    """``text`` read as a paragraph in ``direction`` (a label's, or the window's)."""
    mark = RLM if direction == Qt.LayoutDirection.RightToLeft else LRM
    return mark + text


def text_option(
    direction: Qt.LayoutDirection, alignment: Qt.AlignmentFlag, *, wrap: bool = False
) -> QTextOption:
    """How to paint a line in ``direction``; ``alignment`` Left means the line's start."""
    option = QTextOption(alignment)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    return option

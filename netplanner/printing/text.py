"""User text and labels into paragraphs, safely, in whatever script they are written.

Every user string is plain text, never markup: ``para`` makes it a ``Paragraph`` from
``user_text`` (XML-escaped, newlines to ``<br/>``, NFC), so ``<b>``, ``&`` or
``<img src=...>`` print literally and nothing is fetched; ``escape`` also sets Chinese,
Japanese and Korean characters in the fallback font. Text that needs shaping or
right-to-left ordering (:func:`script_fonts.needs_layout`) becomes a
``shaped_text.ShapedParagraph`` instead. Long unbreakable words are split (ReportLab's
``splitLongWords``, on by default, and ``ShapedParagraph`` alike), so huge input cannot
overflow.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from netplanner.printing.glyph_fallback import markup
from netplanner.printing.script_fonts import needs_layout

if TYPE_CHECKING:  # imported when first needed: it loads HarfBuzz
    from netplanner.printing.shaped_text import ShapedParagraph

EMPTY = "—"

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape(text: str) -> str:
    """``text`` safe inside ReportLab's paragraph markup: ``&``, ``<`` and ``>`` escaped,
    and characters DejaVu lacks (Chinese, Japanese, Korean) set in the fallback font
    (:func:`netplanner.printing.glyph_fallback.markup`).

    ``html.escape`` does what ``xml.sax.saxutils.escape`` does, whose module imports
    ``urllib`` and with it ``ssl`` (a fortieth of a second of a prep sheet's whole process).
    """
    return markup(html.escape(text, quote=False))


def plain_text(value: object) -> str:
    """User text tidied for printing: "" for None, NFC (so an accent typed as a separate
    mark sits on its letter), unified newlines, no control characters, no outer spaces."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _CONTROL_CHARS.sub("", text).strip()


def user_text(value: object) -> str:
    """Paragraph markup that shows ``value`` literally (escaped; newlines kept as breaks)."""
    return escape(plain_text(value)).replace("\n", "<br/>")


def para(
    value: object,
    style: ParagraphStyle,
    *,
    empty: str = "",
    rtl: bool | None = None,
    bullet: str | None = None,
) -> Paragraph | ShapedParagraph:
    """A paragraph of user text ``value`` (``empty`` when there is none) in ``style``.

    Its direction is its first strong character's, unless ``rtl`` says (False for a line
    we compose around the user's words, in English or Dutch). ``bullet`` (our own text,
    e.g. a number) is drawn at the style's ``bulletIndent``."""
    text = plain_text(value) or empty
    if needs_layout(text):
        from netplanner.printing.shaped_text import ShapedParagraph

        return ShapedParagraph(text, style, rtl=rtl, bulletText=bullet)
    return Paragraph(escape(text).replace("\n", "<br/>"), style, bulletText=bullet)


def label(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own wording (no markup in it either)."""
    return Paragraph(escape(text), style)


def plain_table(
    rows: Sequence[list[Any]], widths: list[float], font: str, style: list[Any]
) -> Table:
    """A table whose rows may split across pages (long user text must never be
    too tall for a page) and whose default cell font is ours, not Helvetica."""
    table = Table(rows, colWidths=widths, splitInRow=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *style]))
    return table

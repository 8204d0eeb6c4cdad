"""Real glyphs for the characters DejaVu Sans lacks: Chinese, Japanese and Korean.

ReportLab draws a text in the one font it is given and draws an empty box (the
font's ``.notdef``) for every character that font has no glyph for; it has no
per-character fallback. So the runs of characters that the DejaVu faces lack and
the fallback font (Droid Sans Fallback, see :mod:`netplanner.printing.fonts`)
has are printed in the fallback font:

- in paragraph markup, wrapped in ``<font name="...">…</font>`` by ``markup``
  (``prep_sheet.escape`` does this for every paragraph text);
- on the canvas, drawn run by run by ``draw_string`` and measured by
  ``string_width``, so right-aligned and shortened text stays in place.

Characters neither font has stay in the main font (and print as before).

Speed: the fallback font is parsed only when a text has a character that it
must print. Which characters DejaVu has comes from the character maps of the
DejaVu faces, loaded anyway; text that is all ASCII, or all below U+1100 (the
fallback has nothing there that DejaVu lacks: a test checks it), is decided
without even that. A sheet in Latin, Greek or Cyrillic letters never loads it.
A character counts as lacking when any of the three faces lacks it, so a run is
set the same whichever face the text is in (for CJK they all lack it).
"""

from __future__ import annotations

from itertools import groupby

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from netplanner.printing.fonts import (
    FALLBACK,
    font_face,
    register_fallback_font,
    register_fonts,
)

#: Below this character the fallback font has no glyph that DejaVu lacks.
FALLBACK_FROM = "\u1100"  # the first Hangul jamo

_main_maps: tuple[dict[int, int], ...] | None = None  # the DejaVu faces' character maps
_fallback_map: dict[int, int] | None = None  # the fallback's character map, once loaded


def dejavu_maps() -> tuple[dict[int, int], ...]:
    """The character maps (code point to glyph) of the regular, bold and oblique faces."""
    global _main_maps
    if _main_maps is None:
        names = register_fonts()
        faces = (names.regular, names.bold, names.italic)
        _main_maps = tuple(font_face(name).charToGlyph for name in faces)
    return _main_maps


def fallback_chars() -> dict[int, int]:
    """The fallback font's character map; registers (parses) the font on first use."""
    global _fallback_map
    if _fallback_map is None:
        _fallback_map = font_face(register_fallback_font()).charToGlyph
    return _fallback_map


def _lacking(char: str, maps: tuple[dict[int, int], ...]) -> bool:
    """Whether some DejaVu face lacks ``char`` (only looked at from ``FALLBACK_FROM`` on)."""
    code = ord(char)
    return char >= FALLBACK_FROM and not all(code in cmap for cmap in maps)


#: The blocks of Chinese, Japanese and Korean, where the fallback's glyphs are (Hangul
#: jamo, CJK radicals to ideographs, Hangul syllables, compatibility ideographs, CJK
#: punctuation forms, fullwidth forms, kana supplements, ideograph extensions B and
#: on). Outside them it has only a few Deseret letters (a test checks), so a text whose
#: other characters DejaVu lacks (an emoji, Thai) never loads a font that could not
#: draw them either.
_CJK_BLOCKS = (
    (0x1100, 0x11FF), (0x2E80, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE6F), (0xFF00, 0xFFEF),
    (0x1AFF0, 0x1B16F), (0x20000, 0x3134F),
)  # fmt: skip


def in_cjk_block(char: str) -> bool:
    code = ord(char)
    return any(first <= code <= last for first, last in _CJK_BLOCKS)


def needs_fallback(text: str) -> bool:
    """Whether ``text`` has a character that DejaVu lacks and the fallback may have.

    Decided from DejaVu's character maps and the CJK blocks alone: never loads the
    fallback font.
    """
    if text.isascii() or max(text) < FALLBACK_FROM:
        return False
    maps = dejavu_maps()
    return any(_lacking(char, maps) and in_cjk_block(char) for char in set(text))


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into runs ``(in_fallback, chunk)``, in order; their chunks join to ``text``.

    ``in_fallback`` is true for a run of characters to print in the fallback font:
    characters that a DejaVu face lacks and the fallback has.
    """
    if not needs_fallback(text):
        return [(False, text)]
    maps, fallback = dejavu_maps(), fallback_chars()

    def in_fallback(char: str) -> bool:
        return _lacking(char, maps) and ord(char) in fallback

    return [(key, "".join(chunk)) for key, chunk in groupby(text, key=in_fallback)]


def markup(text: str) -> str:
    """Paragraph markup ``text`` (already escaped) with fallback runs in the fallback font.

    Escapes (``&amp;``, ``&lt;``, ``<br/>``) are ASCII and never inside a run.
    """
    parts = runs(text)
    if len(parts) == 1 and not parts[0][0]:
        return text
    return "".join(f'<font name="{FALLBACK}">{s}</font>' if fb else s for fb, s in parts)


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` as ``draw_string`` prints it in ``font`` (a DejaVu face)."""
    from netplanner.printing.script_fonts import needs_layout

    if needs_layout(text):
        from netplanner.printing.shaped_text import line_width

        return line_width(text, font, size)
    return sum(stringWidth(s, FALLBACK if fb else font, size) for fb, s in runs(text))


def draw_string(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    align: str = "left",
) -> None:
    """Draw ``text`` in ``font`` (a DejaVu face), with its fallback runs in the fallback font.

    ``align`` is "left" (``x`` is where the text starts), "right" (where it ends) or
    "centre". Leaves the canvas set to ``font`` and ``size``. Text in a script that
    needs shaping or bidi ordering goes through ``shaped_text.draw_line``.
    """
    from netplanner.printing.script_fonts import needs_layout

    if needs_layout(text):
        from netplanner.printing.shaped_text import draw_line

        if align not in ("left", "right", "centre"):
            raise ValueError(f"align must be 'left', 'right' or 'centre', not {align!r}")
        draw_line(canv, x, y, text, font, size, align)
        canv.setFont(font, size)
        return
    parts = [(FALLBACK if fb else font, chunk) for fb, chunk in runs(text)]
    widths = [stringWidth(chunk, name, size) for name, chunk in parts]
    if align == "right":
        x -= sum(widths)
    elif align == "centre":
        x -= sum(widths) / 2
    elif align != "left":
        raise ValueError(f"align must be 'left', 'right' or 'centre', not {align!r}")
    for (name, chunk), width in zip(parts, widths, strict=True):
        canv.setFont(name, size)
        canv.drawString(x, y, chunk)
        x += width
    canv.setFont(font, size)

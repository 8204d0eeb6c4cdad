"""Paragraphs and single lines in any script, shaped and ordered by :mod:`shaping`.

``ShapedParagraph`` stands in for ReportLab's ``Paragraph`` where a text needs it
(``prep_sheet.para`` decides): the same style attributes (font, size, leading, colour,
indents, spacing), lines broken at spaces (inside a word only when the word alone is
wider than the line), a paragraph whose first strong character is right-to-left aligned
to the right, and a bullet (``bulletText``: the booklet's question numbers) drawn where
``Paragraph`` draws it, at the style's ``bulletIndent`` on the first line, always from the
left like the marks beside it. ``draw_line`` and ``line_width`` do the same for one line
on the canvas (the footer, labels).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from netplanner.printing.shaping import Piece, line_pieces, shape_paragraph

_ZERO_WIDTH_BREAKS = ("Mn", "Me", "Mc")


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    width: float  # points
    rtl: bool  # the base direction of its paragraph


def _advances(text: str, runs, size: float) -> list[float]:  # type: ignore[no-untyped-def]
    """Each character's share of the line, in points: a cluster's advance on its first."""
    advances = [0.0] * len(text)
    for run in runs:
        for glyph in run.glyphs:
            advances[glyph.cluster] += glyph.advance * size / 1000
    return advances


def _breaks(text: str, advances: list[float], width: float) -> list[tuple[int, int]]:
    """(start, end) of each line: greedy, at spaces; inside a word only when it alone is
    too wide, and then never before a mark or inside a cluster. Trailing spaces left out."""
    lines: list[tuple[int, int]] = []
    count = len(text)
    start = 0
    while start < count:
        while start < count and text[start] == " ":
            start += 1
        if start >= count:
            break
        x, last_space, end = 0.0, -1, count
        for index in range(start, count):
            if text[index] == " ":
                last_space = index
            x += advances[index]
            if x > width and index > start and text[index] != " ":
                if last_space > start:
                    end = last_space
                else:
                    end = index
                    while end > start + 1 and (
                        advances[end] == 0 or unicodedata.category(text[end]) in _ZERO_WIDTH_BREAKS
                    ):
                        end -= 1
                break
        visible = end
        while visible > start and text[visible - 1] == " ":
            visible -= 1
        lines.append((start, visible))
        start = end
    return lines


def layout_lines(
    text: str, face: str, size: float, width: float | None, rtl: bool | None = None
) -> list[Line]:
    """``text`` (NFC; "\\n" starts a new paragraph) in lines at most ``width`` points wide
    (None: one line per paragraph); each paragraph right to left if ``rtl``, left to right
    if False, as its first strong character says if None."""
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append(Line((), 0.0, False))
            continue
        base, runs = shape_paragraph(paragraph, face, rtl)
        advances = _advances(paragraph, runs, size)
        spans = [(0, len(paragraph.rstrip(" ")))] if width is None else None
        for start, end in spans or _breaks(paragraph, advances, width or 0.0):
            pieces = tuple(line_pieces(runs, start, end))
            lines.append(Line(pieces, sum(p.width(size) for p in pieces), bool(base)))
    return lines


def draw_pieces(canv: Canvas, x: float, y: float, pieces: tuple[Piece, ...], size: float) -> None:
    """Draw ``pieces`` left to right from ``x`` on the baseline ``y``."""
    for piece in pieces:
        text = canv.beginText(x, y)
        text.setFont(piece.font, size)
        text.textOut(piece.shaped())
        canv.drawText(text)
        x += piece.width(size)


def line_width(text: str, face: str, size: float) -> float:
    """Width of ``text`` as ``draw_line`` prints it (newlines count as spaces)."""
    return sum(line.width for line in layout_lines(text.replace("\n", " "), face, size, None))


def draw_line(
    canv: Canvas, x: float, y: float, text: str, face: str, size: float, align: str = "left"
) -> None:
    """Draw ``text`` as one line; ``align`` as in ``glyph_fallback.draw_string``."""
    line = layout_lines(text.replace("\n", " "), face, size, None)[0]
    if align == "right":
        x -= line.width
    elif align == "centre":
        x -= line.width / 2
    draw_pieces(canv, x, y, line.pieces, size)


class ShapedParagraph(Flowable):
    """A paragraph of plain text (not markup) in any script; see the module docstring."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        rtl: bool | None = None,
        lines: list[Line] | None = None,
        bulletText: str | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = rtl
        self.bulletText = bulletText
        self._lines = lines
        self._fixed = lines is not None  # the lines of a split part: never laid out again
        self._laid_out_for = -1.0

    def _inner(self, width: float) -> float:
        return max(1.0, width - self.style.leftIndent - self.style.rightIndent)

    def _layout(self, width: float) -> list[Line]:
        inner = self._inner(width)
        if self._lines is None or (not self._fixed and self._laid_out_for != inner):
            st = self.style
            self._lines = layout_lines(self.text, st.fontName, st.fontSize, inner, self.rtl)
            self._laid_out_for = inner
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width, self.height = availWidth, len(lines) * self.style.leading
        return self.width, self.height

    def minWidth(self) -> float:
        words = self.text.replace("\n", " ").split(" ")
        st = self.style
        widest = max((line_width(w, st.fontName, st.fontSize) for w in words if w), default=0)
        return widest + st.leftIndent + st.rightIndent

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        # A style that forbids widows (the booklet's questions) never leaves one line alone
        # on either side, as ReportLab's Paragraph does with allowWidows=allowOrphans=0.
        strict = not getattr(self.style, "allowWidows", 1)
        if len(lines) - fit == 1 and (fit > 2 or strict):
            fit -= 1  # no widow: take a second line along
        if fit < 2 and (len(lines) > 2 or strict):
            return []  # no orphan: move on whole
        if fit < 1:
            return []
        rest = ParagraphStyle(f"{self.style.name}-rest", parent=self.style, spaceBefore=0)
        first = ParagraphStyle(f"{self.style.name}-first", parent=self.style, spaceAfter=0)
        return [
            ShapedParagraph(
                self.text, first, rtl=self.rtl, lines=lines[:fit], bulletText=self.bulletText
            ),
            ShapedParagraph(self.text, rest, rtl=self.rtl, lines=lines[fit:]),
        ]

    def draw(self) -> None:
        st = self.style
        canv = self.canv
        inner = self._inner(self.width)
        canv.saveState()
        canv.setFillColor(st.textColor)
        y = self.height - st.fontSize
        if self.bulletText:
            self._draw_bullet(y)
        for line in self._lines or []:
            x = st.leftIndent
            if st.alignment == TA_CENTER:
                x += (inner - line.width) / 2
            elif line.rtl or st.alignment == TA_RIGHT:
                x += inner - line.width
            draw_pieces(canv, x, y, line.pieces, st.fontSize)
            y -= st.leading
        canv.restoreState()

    def _draw_bullet(self, baseline: float) -> None:
        from netplanner.printing.glyph_fallback import draw_string

        st = self.style
        canv = self.canv
        canv.saveState()
        canv.setFillColor(st.bulletColor)
        y = baseline + getattr(st, "bulletOffsetY", 0)  # as Paragraph reads it
        draw_string(
            canv, st.bulletIndent, y, self.bulletText or "", st.bulletFontName, st.bulletFontSize
        )
        canv.restoreState()

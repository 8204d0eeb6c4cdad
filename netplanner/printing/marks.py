"""Things to tick and write on: squares, the "must ask" star, a question with its lines.

A question on the prep sheet is one block that never splits: its square to tick once
asked, a star to fill in for the questions that must be asked (there is rarely time for
all of them), its number and text, then either the answer already known, printed in
place of the lines, or ``lines`` writing lines.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from netplanner.printing.glyph_fallback import draw_string, string_width
from netplanner.printing.styles import INDENT, MUTED, RULE, TEXT

BOX = 2.6 * mm  # side of a square to tick
MARK_LINE = 0.6
STAR_X = 4.2 * mm  # where the star starts, after the square
STAR = "\u2606"  # an empty star: fill it in for a question you must ask


def draw_box(canv: Canvas, x: float, y: float, color: Color = MUTED, size: float = BOX) -> None:
    """An empty square with its lower left corner at (``x``, ``y``)."""
    canv.saveState()
    canv.setStrokeColor(color)
    canv.setLineWidth(MARK_LINE)
    canv.rect(x, y, size, size, stroke=1, fill=0)
    canv.restoreState()


def draw_star(canv: Canvas, x: float, y: float, color: Color = MUTED, size: float = BOX) -> None:
    """An empty star (DejaVu's ☆) filling the ``size`` square at (``x``, ``y``)."""
    from netplanner.printing.fonts import register_fonts

    font = register_fonts().regular
    canv.saveState()
    canv.setFillColor(color)
    canv.setFont(font, size * 1.25)
    canv.drawString(x - 0.1 * size, y + 0.02 * size, STAR)
    canv.restoreState()


def rules(canv: Canvas, x: float, width: float, top: float, count: int, pitch: float) -> None:
    """``count`` writing lines under ``top``, ``pitch`` apart, from ``x``."""
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    for line in range(1, count + 1):
        y = top - line * pitch
        canv.line(x, y, x + width, y)
    canv.restoreState()


class QuestionBlock(Flowable):
    """One question: marks, number, text, then its answer or its writing lines."""

    def __init__(
        self,
        number: int,
        text: Flowable,
        answer: Flowable | None,
        *,
        lines: int,
        pitch: float,
        number_font: str,
        number_size: float,
        gap: float = 1.0 * mm,
        mark_drop: float | None = None,
    ) -> None:
        super().__init__()
        self.number = number
        self.text = text
        self.answer = answer
        self.lines = lines
        self.pitch = pitch
        self.number_font = number_font
        self.number_size = number_size
        self.gap = gap  # above the block
        # How far below the block's top the number and marks sit (default: on the text's
        # first baseline; the blank sheet puts them on its line for the question).
        self.mark_drop = mark_drop
        self._text_height = self._answer_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = availWidth - INDENT
        self._text_height = self.text.wrap(inner, availHeight)[1]
        if self.answer is not None:
            self._answer_height = self.answer.wrap(inner, availHeight)[1] + 1.5 * mm
        else:
            self._answer_height = self.lines * self.pitch
        self.width = availWidth
        self.height = self.gap + self._text_height + self._answer_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a question never leaves its writing space

    def draw(self) -> None:
        canv = self.canv
        top = self.height - self.gap
        size = self.number_size
        baseline = top - (size if self.mark_drop is None else self.mark_drop)
        draw_box(canv, 0, baseline - 0.3)
        draw_star(canv, STAR_X, baseline - 0.3)
        canv.saveState()
        canv.setFillColor(TEXT)
        number = f"{self.number}."
        right = INDENT - 1.6 * mm
        draw_string(canv, right, baseline, number, self.number_font, size, align="right")
        canv.restoreState()
        self.text.drawOn(canv, INDENT, top - self._text_height)
        below = top - self._text_height
        if self.answer is not None:
            self.answer.drawOn(canv, INDENT, below - self._answer_height)
        else:
            rules(canv, INDENT, self.width - INDENT, below, self.lines, self.pitch)


class Heading(Flowable):
    """A section heading, with a legend of the marks at the right when ``legend`` is given
    ((text next to the square, text next to the star))."""

    def __init__(
        self,
        title: Flowable,
        legend: tuple[str, str] | None,
        font: str,
        size: float,
        *,
        space_before: float = 1.5 * mm,
    ) -> None:
        super().__init__()
        self.title = title
        self.legend = legend
        self.font = font
        self.size = size
        self.space_before = space_before

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.title.wrap(availWidth * 0.6, availHeight)[1]
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.space_before

    def draw(self) -> None:
        canv = self.canv
        self.title.drawOn(canv, 0, 0)
        if not self.legend:
            return
        asked, must = self.legend
        y = self.height - self.size - 1.5
        gap = 1.5 * mm
        x = self.width - string_width(must, self.font, self.size)
        canv.saveState()
        canv.setFillColor(MUTED)
        draw_string(canv, x, y, must, self.font, self.size)
        x -= gap + BOX
        draw_star(canv, x, y - 0.3)
        x -= 4 * mm + string_width(asked, self.font, self.size)
        draw_string(canv, x, y, asked, self.font, self.size)
        draw_box(canv, x - gap - BOX, y - 0.3)
        canv.restoreState()

"""Pieces shared by the question booklet and the blank prep sheet.

The prep sheet's own building blocks (``user_text``, tables, the ask box, the
notes and reminder) live in :mod:`netplanner.printing.prep_sheet` and are
reused from there; this module adds what only paper-first documents need:
squares to tick, stacked blocks that never split, and the document setup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from netplanner.printing.document import fit_text
from netplanner.printing.flowables import RuledLines
from netplanner.printing.glyph_fallback import draw_string

if TYPE_CHECKING:
    from netplanner.printing.shaped_text import ShapedParagraph

TICK_SIZE = 7.0  # points: side of a tick square next to 9-10 pt text
TICK_LINE = 0.6


class Ticked(Flowable):
    """A paragraph with an empty square to tick, drawn in its left indent level
    with the first line. The paragraph's ``leftIndent`` must leave room for it.

    Splits like its paragraph (only long ones do: see the styles' widow and
    orphan settings); the continuation carries no square.
    """

    def __init__(
        self, paragraph: Paragraph | ShapedParagraph, color: Color, *, x: float = 0.0
    ) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.color = color
        self.x = x

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.paragraph.wrap(availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraph.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.paragraph.split(availWidth, availHeight)
        if len(parts) < 2:
            return []
        first = cast("Paragraph | ShapedParagraph", parts[0])
        return [Ticked(first, self.color, x=self.x), *parts[1:]]

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
        font_size = self.paragraph.style.fontSize
        baseline = self.height - font_size  # where ReportLab puts the first line
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.color)
        canv.setLineWidth(TICK_LINE)
        # From just below the baseline to about cap height.
        canv.rect(self.x, baseline - 0.06 * font_size, TICK_SIZE, TICK_SIZE, stroke=1, fill=0)
        canv.restoreState()


class Stack(Flowable):
    """Flowables drawn one under the other as a block that does not split.

    Used to keep a heading with what follows it where ``keepWithNext`` is not
    honoured (inside ``BalancedColumns``, which splits its content itself).
    Only a block taller than ``max_height`` splits, inside its last flowable.
    """

    def __init__(self, flowables: list[Flowable], *, max_height: float | None = None) -> None:
        super().__init__()
        self.flowables = flowables
        # Taller than this, the block may come apart rather than not fit at all.
        self.max_height = max_height
        self._placed: list[tuple[Flowable, float]] = []  # flowable, bottom
        self._placed_tops: list[tuple[Flowable, float, float]] = []  # flowable, top, height

    def getSpaceBefore(self) -> float:
        return self.flowables[0].getSpaceBefore() if self.flowables else 0.0

    def getSpaceAfter(self) -> float:
        return self.flowables[-1].getSpaceAfter() if self.flowables else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        tops: list[tuple[Flowable, float, float]] = []
        y = 0.0
        for index, flowable in enumerate(self.flowables):
            if index:
                y += self.flowables[index - 1].getSpaceAfter() + flowable.getSpaceBefore()
            height = flowable.wrap(availWidth, availHeight)[1]
            tops.append((flowable, y, height))
            y += height
        self.width, self.height = availWidth, y
        self._placed_tops = tops
        self._placed = [(f, y - top - h) for f, top, h in tops]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.max_height is None or self.height <= self.max_height or not self.flowables:
            return []
        # Too tall to move on as a whole: keep the start of the last flowable
        # here, or move on if not even that fits (at the top it will).
        *head, last = self.flowables
        _, top, _ = self._placed_tops[-1]
        parts = last.split(availWidth, availHeight - top)
        if len(parts) < 2:
            return []
        return [Stack([*head, parts[0]]), *parts[1:]]

    def draw(self) -> None:
        for flowable, bottom in self._placed:
            flowable.drawOn(self.canv, 0, bottom)


class LabelledLines(RuledLines):
    """Writing lines with a fixed label in front of the first one, e.g. "Place ____".

    The rules start at ``indent``; the label sits in the space before them,
    just above the first rule like handwriting would.
    """

    def __init__(
        self,
        label: str,
        count: int,
        spacing: float,
        color: Color,
        *,
        indent: float,
        font: str,
        size: float,
        label_color: Color,
        thickness: float = 0.5,
    ) -> None:
        super().__init__(count, spacing, color, indent=indent, thickness=thickness)
        self.label = label
        self.font = font
        self.size = size
        self.label_color = label_color

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.label_color)
        label = fit_text(self.label, self.indent - 1.5 * mm, self.font, self.size)
        draw_string(canv, 0, self.height - self.spacing + 3, label, self.font, self.size)
        canv.restoreState()

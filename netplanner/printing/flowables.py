"""Small custom platypus flowables for the prep sheet: writing lines and page bookkeeping."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable


class RuledLines(Flowable):
    """``count`` thin horizontal rules, ``spacing`` apart, to write on by hand.

    Each rule sits at the bottom of its own ``spacing``-high band, so the band
    above it is the writing space. Never split: a question keeps all its lines.
    """

    def __init__(
        self,
        count: int,
        spacing: float,
        color: Color,
        *,
        indent: float = 0.0,
        thickness: float = 0.5,
    ) -> None:
        super().__init__()
        self.count = max(0, count)
        self.spacing = spacing
        self.color = color
        self.indent = indent
        self.thickness = thickness
        self._line_width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._line_width = max(0.0, availWidth - self.indent)
        self.width, self.height = availWidth, self.count * self.spacing
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.color)
        canv.setLineWidth(self.thickness)
        for i in range(1, self.count + 1):
            y = self.height - i * self.spacing
            canv.line(self.indent, y, self.indent + self._line_width, y)
        canv.restoreState()


class PageMarker(Flowable):
    """Invisible; when drawn, calls ``on_draw(page_number)``.

    Placed first in each sheet's story so the footer can number pages per sheet
    when several sheets share one PDF.
    """

    def __init__(self, on_draw: Callable[[int], None]) -> None:
        super().__init__()
        self.on_draw = on_draw
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.on_draw(self.canv.getPageNumber())

"""The page layout shared by the printed documents: frames, running head and footer.

A sheet's first page has the whole frame; its further pages ("next") start lower, under
a small running head naming whose sheet it is and when, so a loose page can be matched
up. Every page's footer says "page 2 of 3", counted per sheet: the total is a PDF form
drawn on each page and defined once the document is complete (``_TotalsCanvas``), so
the document is laid out once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from netplanner.printing.flowables import PageMarker
from netplanner.printing.fonts import FontNames, register_fonts
from netplanner.printing.glyph_fallback import draw_string, string_width
from netplanner.printing.labels import Labels
from netplanner.printing.styles import (
    BOTTOM_MARGIN,
    FOOTER_Y,
    MARGIN,
    MUTED,
    RULE,
    RUNNING_HEAD,
)

Output = str | os.PathLike[str] | BinaryIO
FOOTER_SIZE = 7.5
RUNNING_SIZE = 8


def _frame(template: BaseDocTemplate, top_gap: float, name: str) -> Frame:
    return Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height - top_gap,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


class _TotalsCanvas(Canvas):
    """Defines each sheet's page total (a form the footers draw) before saving."""

    define_totals: Callable[[Canvas], None] | None = None

    def save(self) -> None:
        if self.define_totals is not None:
            self.define_totals(self)
        super().save()


class SheetDocTemplate(BaseDocTemplate):
    """Unpadded frames (content aligns with the margins), the running head on a sheet's
    further pages, and a footer numbering pages per sheet, "page 1 of 2"."""

    def __init__(self, out: Output, *, labels: Labels, fonts: FontNames, **kw: Any) -> None:
        # ReportLab opens a path given as text (its stubs leave os.PathLike out)
        super().__init__(os.fspath(out) if isinstance(out, os.PathLike) else out, **kw)
        self.labels = labels
        self.fonts = fonts
        self.sheet_number = 0
        self.sheet_first_page = 1
        self.sheet_name = ""
        self.sheet_head = ""  # the running head of the sheet's further pages
        self.sheet_pages: dict[int, int] = {}  # sheet number -> its pages
        self.addPageTemplates(
            [
                PageTemplate(id="first", frames=[_frame(self, 0, "body")], pagesize=self.pagesize),
                PageTemplate(
                    id="next",
                    frames=[_frame(self, RUNNING_HEAD, "body")],
                    pagesize=self.pagesize,
                    onPage=self._running_head,
                ),
            ]
        )

    def build(self, flowables: list[Flowable], **kw: Any) -> None:  # type: ignore[override]
        def canvas(*args: Any, **kwargs: Any) -> Canvas:
            made = _TotalsCanvas(*args, **kwargs)
            made.define_totals = self._define_totals
            return made

        super().build(flowables, canvasmaker=canvas, **kw)

    def start_sheet(self, name: str, head: str = "", *, first: bool = True) -> list[Flowable]:
        """Flowables that begin a sheet: a new page (unless ``first``), numbering from 1,
        ``name`` in the footer, ``head`` (or the name) atop its further pages."""

        def mark(page: int) -> None:
            self.sheet_number += 1
            self.sheet_first_page, self.sheet_name = page, name
            self.sheet_head = head or name

        story: list[Flowable] = [] if first else [NextPageTemplate("first"), PageBreak()]
        return [*story, PageMarker(mark), NextPageTemplate("next")]

    def _running_head(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        top = self.pagesize[1] - self.topMargin
        font = self.fonts.regular
        suffix = f" · {self.labels.continued}"  # always shown whole: only the head is cut
        room = self.width - string_width(suffix, font, RUNNING_SIZE)
        text = fit_text(self.sheet_head, room, font, RUNNING_SIZE) + suffix
        canv.saveState()
        canv.setFillColor(MUTED)
        draw_string(canv, self.leftMargin, top - RUNNING_SIZE, text, font, RUNNING_SIZE)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        y = top - RUNNING_HEAD + 2.5 * mm
        canv.line(self.leftMargin, y, self.leftMargin + self.width, y)
        canv.restoreState()

    def footer_text(self, page: int) -> str:
        return self.labels.footer.format(page=page)

    def afterPage(self) -> None:
        """ReportLab hook, run after each page's content: draw the footer."""
        canv = self.canv
        page = canv.getPageNumber() - self.sheet_first_page + 1
        self.sheet_pages[self.sheet_number] = page
        font = self.fonts.regular
        canv.saveState()
        canv.setFillColor(MUTED)
        left = self.footer_text(page) + self.labels.of_pages
        draw_string(canv, self.leftMargin, FOOTER_Y, left, font, FOOTER_SIZE)
        canv.saveState()
        canv.translate(self.leftMargin + string_width(left, font, FOOTER_SIZE), FOOTER_Y)
        canv.doForm(f"np-total-{self.sheet_number}")
        canv.restoreState()
        # Whose sheet this is, so loose pages of a printed week can be matched up.
        used = string_width(left + "999", font, FOOTER_SIZE)
        name = fit_text(self.sheet_name, self.width - used - 12 * mm, font, FOOTER_SIZE)
        draw_string(
            canv, self.leftMargin + self.width, FOOTER_Y, name, font, FOOTER_SIZE, align="right"
        )
        canv.restoreState()

    def _define_totals(self, canv: Canvas) -> None:
        for number, pages in self.sheet_pages.items():
            canv.beginForm(f"np-total-{number}", lowerx=0, lowery=-3, upperx=40, uppery=10)
            canv.setFillColor(MUTED)
            canv.setFont(self.fonts.regular, FOOTER_SIZE)
            canv.drawString(0, 0, str(pages))
            canv.endForm()


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis so it is at most ``width`` points wide
    when drawn with ``draw_string`` (CJK runs measured in the fallback font)."""
    if string_width(text, font, size) <= width:
        return text
    shortest, longest = 0, len(text)  # binary search: names may be thousands of chars
    while shortest < longest:
        middle = (shortest + longest + 1) // 2
        if string_width(text[:middle] + "…", font, size) <= width:
            shortest = middle
        else:
            longest = middle - 1
    return text[:shortest].rstrip() + "…" if shortest else ""


def make_private(path: str | os.PathLike[str]) -> None:
    """Create ``path`` (empty) readable and writable by its owner only, or make it so."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}


def page_size_for(name: object) -> tuple[float, float]:
    """(width, height) of "A4" or "Letter" (any case); ValueError otherwise."""
    size = PAGE_SIZES.get(name.strip().lower()) if isinstance(name, str) else None
    if size is None:
        raise ValueError(f"Unsupported page size {name!r}; use 'A4' or 'Letter'")
    return size


def make_document(
    out: Output,
    *,
    size: tuple[float, float],
    labels: Labels,
    title: str,
    subject: str = "",
    template: type[SheetDocTemplate] = SheetDocTemplate,
) -> SheetDocTemplate:
    """A document with the prep sheet's margins, fonts, footer and metadata (title,
    subject, language).

    A file named by path is made private (0600) before ReportLab writes it: a sheet
    holds notes about people, and ReportLab would create it as the umask says.
    """
    fonts = register_fonts()
    if isinstance(out, (str, os.PathLike)):
        make_private(out)
    return template(
        os.fspath(out) if isinstance(out, (str, os.PathLike)) else out,
        labels=labels,
        fonts=fonts,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        subject=subject,
        author="NetPlanner",
        creator="NetPlanner",
        lang=labels.code,
        initialFontName=fonts.regular,
    )

"""The page layout shared by all prep sheets: one frame and a per-sheet footer."""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from netplanner.printing.flowables import PageMarker
from netplanner.printing.fonts import FontNames, register_fonts
from netplanner.printing.glyph_fallback import draw_string, string_width
from netplanner.printing.labels import Labels
from netplanner.printing.styles import MARGIN, MUTED

Output = str | os.PathLike[str] | BinaryIO


class SheetDocTemplate(BaseDocTemplate):
    """One unpadded frame per page (so content aligns with the margins) and a
    footer drawn at the end of every page, numbering pages per sheet."""

    def __init__(self, out: Output, *, labels: Labels, fonts: FontNames, **kw: object) -> None:
        super().__init__(out, **kw)
        self.labels = labels
        self.fonts = fonts
        self.sheet_first_page = 1
        self.sheet_name = ""
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], pagesize=self.pagesize)])

    def start_sheet(self, name: str) -> PageMarker:
        """Flowable to put first in a sheet's story: page numbering restarts there."""

        def mark(page: int) -> None:
            self.sheet_first_page, self.sheet_name = page, name

        return PageMarker(mark)

    def afterPage(self) -> None:
        """ReportLab hook, run after each page's content: draw the footer."""
        canv = self.canv
        page = canv.getPageNumber() - self.sheet_first_page + 1
        size, y = 7.5, 10 * mm
        font = self.fonts.regular
        canv.saveState()
        canv.setFillColor(MUTED)
        left = self.labels.footer.format(page=page)
        draw_string(canv, self.leftMargin, y, left, font, size)
        # Whose sheet this is, so loose pages of a printed week can be matched up.
        room = self.width - string_width(left, font, size) - 12 * mm
        name = fit_text(self.sheet_name, room, font, size)
        draw_string(canv, self.leftMargin + self.width, y, name, font, size, align="right")
        canv.restoreState()


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
    template: type[SheetDocTemplate] = SheetDocTemplate,
) -> SheetDocTemplate:
    """A document with the prep sheet's margins, fonts, footer and metadata.

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
        bottomMargin=MARGIN,
        title=title,
        author="NetPlanner",
        creator="NetPlanner",
        lang=labels.code,
        initialFontName=fonts.regular,
    )

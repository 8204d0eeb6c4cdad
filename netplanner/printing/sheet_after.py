"""The foot of a prep sheet: lines for notes, the names you got, and what comes after.

"Names you got" is the heart of the method: every person the conversation leads to,
how to reach them, and whether you may say who sent you (what *Record names you got*
asks for afterwards). Beside it, what to do after the conversation: the thank-you,
what you promised to send, when to follow up, what you learned.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from netplanner.printing.glyph_fallback import draw_string, string_width
from netplanner.printing.labels import Labels
from netplanner.printing.marks import BOX, draw_box, rules
from netplanner.printing.styles import ACCENT, LABEL_SIZE, MUTED, RULE
from netplanner.printing.text import plain_table

TITLE_HEIGHT = 3.8 * mm
NOTES_GAP = 2 * mm  # between the last question's lines and the notes' title
CAPTION_SIZE = LABEL_SIZE - 1


def _title(canv: Canvas, text: str, font: str, y: float) -> None:
    canv.saveState()
    canv.setFillColor(ACCENT)
    draw_string(canv, 0, y, text.upper(), font, LABEL_SIZE)
    canv.restoreState()


class _Box(Flowable):
    """A titled box of ``rows`` writing lines ``pitch`` apart."""

    def __init__(self, lab: Labels, bold: str, regular: str, rows: int, pitch: float) -> None:
        super().__init__()
        self.lab, self.bold, self.regular = lab, bold, regular
        self.rows, self.pitch = rows, pitch

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = TITLE_HEIGHT + self.rows * self.pitch
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


class NamesBox(_Box):
    """Rows to write a name and organisation and how to reach them, each with a square to
    tick when they said you may use their name; the columns' captions under the first."""

    def draw(self) -> None:
        canv, lab = self.canv, self.lab
        _title(canv, lab.names_you_got, self.bold, self.height - LABEL_SIZE)
        tick = string_width(lab.may_use_name, self.regular, CAPTION_SIZE) + 2 * mm
        reach = 0.42 * (self.width - tick)
        name = self.width - tick - reach
        below = self.height - TITLE_HEIGHT
        rules(canv, 0, name - 2 * mm, below, self.rows, self.pitch)
        rules(canv, name, reach - 2 * mm, below, self.rows, self.pitch)
        caption = below - self.pitch - CAPTION_SIZE - 0.8
        canv.saveState()
        canv.setFillColor(MUTED)
        draw_string(canv, 0, caption, lab.name_and_organisation, self.regular, CAPTION_SIZE)
        draw_string(canv, name, caption, lab.how_to_reach, self.regular, CAPTION_SIZE)
        right = self.width
        draw_string(
            canv, right, caption, lab.may_use_name, self.regular, CAPTION_SIZE, align="right"
        )
        canv.restoreState()
        for row in range(1, self.rows + 1):
            draw_box(canv, self.width - tick / 2 - BOX / 2, below - row * self.pitch + 1.2)


class AfterBox(_Box):
    """What to do after the conversation: the thank-you to tick, when to follow up, what
    you promised to send, what you learned (the last item gets the rows left over)."""

    def draw(self) -> None:
        canv, lab = self.canv, self.lab
        _title(canv, lab.after, self.bold, self.height - LABEL_SIZE)
        size = LABEL_SIZE + 0.5
        below = self.height - TITLE_HEIGHT
        half = self.width / 2
        # (x, row, text, line to the right?)
        items = [
            (BOX + 1.5 * mm, 1, lab.thanked, False),
            (half, 1, lab.follow_up_on, True),
            (0, 2, lab.promised, True),
            (0, 3, lab.learned, True),
        ]
        draw_box(canv, 0, below - self.pitch + 1.3)
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        for x, row, text, line in items:
            y = below - row * self.pitch
            draw_string(canv, x, y + 1.5, text, self.regular, size)
            if line:
                start = x + string_width(text, self.regular, size) + 1.5 * mm
                canv.line(start, y, self.width if x or row > 1 else half - 3 * mm, y)
        canv.restoreState()
        rules(canv, 0, self.width, below - 3 * self.pitch, self.rows - 3, self.pitch)


def names_and_after(lab: Labels, bold: str, regular: str, width: float, pitch: float) -> Flowable:
    """The names box and the after-section side by side."""
    rows = 3
    gap = 6 * mm
    left = 0.56 * (width - gap)
    cells = [[NamesBox(lab, bold, regular, rows, pitch), AfterBox(lab, bold, regular, rows, pitch)]]
    pad = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), gap),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    table = plain_table(cells, [left + gap, width - left - gap], regular, pad)
    table.spaceBefore = 2 * mm
    return table


class NotesLines(Flowable):
    """Writing lines for notes under a small title, as many as fit above ``reserve``
    points (at most ``most``), none when there is no room: then nothing shows at all."""

    def __init__(self, title: str, font: str, pitch: float, *, reserve: float, most: int) -> None:
        super().__init__()
        self.title, self.font, self.pitch = title, font, pitch
        self.reserve, self.most = reserve, most
        self.count = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room = availHeight - self.reserve - NOTES_GAP - TITLE_HEIGHT
        self.count = max(0, min(self.most, int((room + 0.01) // self.pitch)))
        self.width = availWidth
        self.height = NOTES_GAP + TITLE_HEIGHT + self.count * self.pitch if self.count else 0
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if not self.count:
            return
        _title(self.canv, self.title, self.font, self.height - LABEL_SIZE)
        rules(
            self.canv, 0, self.width, self.height - TITLE_HEIGHT + 1.5 * mm, self.count, self.pitch
        )

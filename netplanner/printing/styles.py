"""Look of the prep sheet: measures, the grey scale plus one accent, paragraph styles.

Designed for black-and-white printers: text is near-black, rules and shading
are light greys, and the single accent colour is dark enough to print as a
dark grey. The measures make a sheet with eight questions fit one page of A4 or
Letter (see ``prep_sheet``): body text 9 pt or more, labels 8 pt, margins of 12 mm
or more, writing lines 6.5 to 7 mm apart.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from netplanner.printing.fonts import FontNames

MARGIN = 12 * mm  # top, left and right
BOTTOM_MARGIN = 12 * mm  # the footer sits in it
FOOTER_Y = 6 * mm  # the footer's baseline
RUNNING_HEAD = 7 * mm  # room a continued sheet's small header takes at the top
PITCH_MIN = 6.5 * mm  # handwriting line pitch: tightest
PITCH_MAX = 7 * mm  # and roomiest
LINE_SPACING = PITCH_MAX  # the booklet's and blank sheet's writing lines
MIN_ANSWER_LINES = 2
MAX_ANSWER_LINES = 5
INDENT = 12 * mm  # where a question's text and lines start: the marks sit before it
LABEL_SIZE = 8

ACCENT = colors.HexColor("#1F4E6B")  # the one accent colour; prints as dark grey
TEXT = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B4B4B4")
SHADE = colors.HexColor("#EEEEEE")

Styles = dict[str, ParagraphStyle]


def make_styles(f: FontNames) -> Styles:
    """Paragraph styles of the prep sheet, by role."""
    base = ParagraphStyle(
        "np-body",
        fontName=f.regular,
        bulletFontName=f.regular,  # the default would be Helvetica
        fontSize=9.5,
        leading=12,
        textColor=TEXT,
    )

    def s(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"np-{name}", parent=base, **kw)

    small = {"fontSize": LABEL_SIZE, "leading": 10.5}
    return {
        "body": base,
        "name": s("name", fontName=f.bold, fontSize=14, leading=16.5),
        "subtitle": s("subtitle", fontSize=9, leading=11, textColor=MUTED),
        "kind": s("kind", fontName=f.bold, textColor=ACCENT, **small),
        "label": s("label", textColor=MUTED, **small),
        "fact": s("fact", fontSize=9, leading=11),
        "box_label": s("box_label", fontName=f.bold, textColor=ACCENT, **small),
        "box_text": s("box_text", fontSize=9.5, leading=12),
        "prompt": s("prompt", fontName=f.italic, fontSize=9, leading=11.5, textColor=MUTED),
        "strip": s("strip", fontSize=9, leading=11.5),
        "section": s("section", fontName=f.bold, fontSize=10.5, leading=13, textColor=ACCENT),
        "question": s("question", leading=11.2),
        "answer": s("answer", fontName=f.italic, leading=11.5),
        # Questions and answers when a full sheet needs the room to fit its page
        "question_compact": s("question_compact", fontSize=9, leading=10.6),
        "answer_compact": s("answer_compact", fontName=f.italic, fontSize=9, leading=10.8),
        "caption": s("caption", textColor=MUTED, **small),
        "running": s("running", textColor=MUTED, **small),
        # The question booklet and the blank sheet
        "heading": s("heading", fontName=f.bold, fontSize=12, leading=15, textColor=ACCENT),
    }

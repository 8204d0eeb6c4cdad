"""Look of the prep sheet: measures, the grey scale plus one accent, paragraph styles.

Designed for black-and-white printers: text is near-black, rules and shading
are light greys, and the single accent colour is dark enough to print as a
dark grey.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from netplanner.printing.fonts import FontNames

MARGIN = 18 * mm
LINE_SPACING = 8 * mm  # handwriting line pitch
ANSWER_LINES = 3
NOTE_LINES = 4  # at least this many lines for handwritten notes
INDENT = 7 * mm  # hanging indent of numbered questions

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
        fontSize=10,
        leading=13.5,
        textColor=TEXT,
    )

    def s(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(f"np-{name}", parent=base, **kw)

    section = s(
        "section",
        fontName=f.bold,
        fontSize=12,
        leading=15,
        textColor=ACCENT,
        spaceBefore=7 * mm,
        spaceAfter=1 * mm,
        keepWithNext=1,
    )
    return {
        "body": base,
        "name": s("name", fontName=f.bold, fontSize=22, leading=26),
        "subtitle": s("subtitle", fontSize=11.5, leading=15, textColor=MUTED, spaceBefore=2),
        "kind": s("kind", fontName=f.bold, fontSize=8, leading=11, textColor=ACCENT, spaceBefore=5),
        "label": s("label", fontSize=8.5, leading=13.5, textColor=MUTED),
        "section": section,
        # The notes section decides its page breaks itself (see prep_sheet).
        "notes_heading": ParagraphStyle("np-notes_heading", parent=section, keepWithNext=0),
        "ask_label": s("ask_label", fontName=f.bold, fontSize=8, leading=11, textColor=ACCENT),
        "ask": s("ask", fontSize=11.5, leading=15.5),
        "question": s(
            "question",
            fontSize=10.5,
            leading=14,
            leftIndent=INDENT,
            bulletIndent=0,
            spaceBefore=4 * mm,
            bulletFontName=f.bold,
            bulletFontSize=10.5,
        ),
        "answer": s("answer", fontName=f.italic, leftIndent=INDENT, spaceBefore=3, textColor=TEXT),
        "notes": s("notes", spaceBefore=2 * mm, spaceAfter=1 * mm),
        "reminder_title": s("reminder_title", fontName=f.bold, fontSize=9.5, leading=13),
        "reminder": s(
            "reminder", fontSize=9, leading=12.5, leftIndent=4 * mm, bulletIndent=0.5 * mm
        ),
    }

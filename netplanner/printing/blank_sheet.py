"""Render an empty prep sheet, for conversations planned with pen and paper.

Same page, fonts, colours and footer as the filled sheet, and the same "My
ask" box, notes lines and reminder (built by :mod:`netplanner.printing.prep_sheet`
itself); where the filled sheet prints a value, this one leaves a line to write on.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from netplanner.core.sheet_data import PrepSheetData
from netplanner.printing.document import Output, SheetDocTemplate, make_document, page_size_for
from netplanner.printing.flowables import RuledLines
from netplanner.printing.glyph_fallback import string_width
from netplanner.printing.labels import Labels, get_labels
from netplanner.printing.parts import TICK_SIZE, LabelledLines, Ticked
from netplanner.printing.prep_sheet import ask_box, escape, notes_and_reminder, plain_table
from netplanner.printing.styles import (
    ACCENT,
    INDENT,
    LINE_SPACING,
    MUTED,
    RULE,
    TEXT,
    Styles,
    make_styles,
)

LABEL_WIDTH = 30 * mm  # as the facts table of the filled sheet
NAME_SPACING = 12 * mm  # room to write the name large
ANSWER_LINES = 2
MAX_QUESTIONS = 200

_EMPTY = PrepSheetData(contact_name="")  # feeds the filled sheet's blocks their blank state


def _field(label: str, st: Styles, *, lines: int = 1, spacing: float = LINE_SPACING) -> Flowable:
    style = st["label"]
    return LabelledLines(
        label,
        lines,
        spacing,
        RULE,
        indent=LABEL_WIDTH,
        font=style.fontName,
        size=style.fontSize,
        label_color=style.textColor,
    )


def _kinds(st: Styles, lab: Labels) -> Flowable:
    """The two kinds of conversation, each with a square to tick."""
    style = ParagraphStyle("np-blank-kind", parent=st["kind"], leftIndent=TICK_SIZE + 2 * mm)
    cells: list[object] = []
    widths: list[float] = []
    for key in ("informational", "think_along"):
        text = lab.kinds[key].upper()
        cells.append(Ticked(Paragraph(escape(text), style), ACCENT))
        text_width = string_width(text, style.fontName, style.fontSize)
        widths.append(style.leftIndent + text_width + 10 * mm)
    pad = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    table = plain_table([cells], widths, style.fontName, pad)
    table.hAlign = "LEFT"
    return table


def _captioned(caption: str, spacing: float, st: Styles) -> list[Flowable]:
    """A full-width line to write on with its caption under it, like a form."""
    style = ParagraphStyle("np-blank-caption", parent=st["label"], fontSize=7.5, leading=10)
    return [RuledLines(1, spacing, MUTED), Paragraph(escape(caption), style)]


def _header(st: Styles, lab: Labels) -> list[Flowable]:
    # Where the filled sheet has the name large with the role under it.
    return [
        *_captioned(lab.name, NAME_SPACING, st),
        *_captioned(lab.role_line, 9 * mm, st),
        Spacer(0, 3 * mm),
        _kinds(st, lab),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=3 * mm),
        Spacer(0, 1 * mm),
        _field(lab.when, st),
        _field(lab.place, st),
        _field(lab.introduced_by, st),
        _field(lab.purpose, st, lines=2),
    ]


def _questions(count: int, st: Styles, lab: Labels) -> list[Flowable]:
    if not count:
        return []
    number = st["question"]
    # The filled sheet's indent, unless the widest number needs more.
    widest = stringWidth(f"{count}.", number.bulletFontName, number.bulletFontSize)
    indent = max(INDENT, widest + 2.5 * mm)
    story: list[Flowable] = [Paragraph(escape(lab.questions), st["section"])]
    for n in range(1, count + 1):
        # The question's own line, a shade darker, then the lines for the answer;
        # like on the filled sheet, the block never splits.
        question = LabelledLines(
            f"{n}.",
            1,
            LINE_SPACING,
            MUTED,
            indent=indent,
            font=number.bulletFontName,
            size=number.bulletFontSize,
            label_color=TEXT,
        )
        answer = RuledLines(ANSWER_LINES, LINE_SPACING, RULE, indent=indent)
        story.append(KeepTogether([Spacer(0, 2 * mm), question, answer]))
    return story


def _story(doc: SheetDocTemplate, question_count: int) -> list[Flowable]:
    st = make_styles(doc.fonts)
    lab = doc.labels
    story: list[Flowable] = [Paragraph(escape(lab.document_title.upper()), st["kind"])]
    story += _header(st, lab)
    story.append(ask_box(_EMPTY, st, lab, doc.width))
    story += _questions(question_count, st, lab)
    story += notes_and_reminder(doc, _EMPTY, st)
    return story


def render_blank_sheet(
    out: Output,
    *,
    page_size: str = "A4",
    language: str = "en",
    question_count: int = 8,
) -> None:
    """Write an empty prep sheet with ``question_count`` numbered questions as a PDF.

    ``out`` is a file path or a binary file object. Raises ``ValueError`` for
    an unknown ``page_size`` ("A4"/"Letter") or ``language`` ("en"/"nl"), or a
    ``question_count`` outside 0–200. With 8 questions the sheet fits on two pages.
    """
    size = page_size_for(page_size)
    labels = get_labels(language)
    if (
        isinstance(question_count, bool)
        or not isinstance(question_count, int)
        or not 0 <= question_count <= MAX_QUESTIONS
    ):
        raise ValueError(f"question_count must be a whole number from 0 to {MAX_QUESTIONS}")
    doc = make_document(out, size=size, labels=labels, title=labels.document_title)
    doc.build(_story(doc, question_count))

"""Render an empty prep sheet, for conversations planned with pen and paper.

The filled sheet's page, fonts, colours and footer, and its method: the two kinds of
conversation to tick, the facts to fill in, a box for the opening line or the ask, the
strip with the reminders and the time plan, numbered questions each with its line and
two lines for the answer, notes lines, the names you got and what comes after. Where the
filled sheet prints a value, this one leaves a line to write on. With eight questions
it fits one page of A4 or Letter.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from netplanner.core.sheets.data import PrepSheetData
from netplanner.printing.document import Output, SheetDocTemplate, make_document, page_size_for
from netplanner.printing.flowables import RuledLines
from netplanner.printing.glyph_fallback import string_width
from netplanner.printing.labels import Labels, get_labels
from netplanner.printing.marks import BOX, Heading, QuestionBlock
from netplanner.printing.parts import LabelledLines, Ticked
from netplanner.printing.sheet_after import NotesLines, names_and_after
from netplanner.printing.sheet_method import method_box, strip
from netplanner.printing.styles import (
    ACCENT,
    LABEL_SIZE,
    MUTED,
    PITCH_MIN,
    RULE,
    Styles,
    make_styles,
)
from netplanner.printing.text import label, plain_table

ANSWER_LINES = 2
MAX_QUESTIONS = 200
PITCH = PITCH_MIN


def _field(text: str, st: Styles, width: float) -> Flowable:
    style = st["label"]
    return LabelledLines(
        text,
        1,
        PITCH,
        RULE,
        indent=width,
        font=style.fontName,
        size=style.fontSize,
        label_color=style.textColor,
    )


def _kinds(st: Styles, lab: Labels) -> Flowable:
    """The two kinds of conversation, each with a square to tick."""
    style = ParagraphStyle("np-blank-kind", parent=st["kind"], leftIndent=BOX + 2 * mm)
    cells: list[object] = []
    widths: list[float] = []
    for key in ("informational", "think_along"):
        text = lab.kinds[key].upper()
        cells.append(Ticked(label(text, style), ACCENT))
        widths.append(
            style.leftIndent + string_width(text, style.fontName, style.fontSize) + 8 * mm
        )
    pad = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    table = plain_table([cells], widths, style.fontName, pad)
    table.hAlign = "LEFT"
    return table


def _header(st: Styles, lab: Labels, width: float) -> list[Flowable]:
    """Lines for the name and the role, the kinds to tick, the facts two by two."""
    caption = ParagraphStyle("np-blank-caption", parent=st["caption"])
    labels = [lab.when, lab.place, lab.introduced_by, lab.phone, lab.email, lab.how_we_know]
    style = st["label"]
    label_width = max(string_width(t, style.fontName, style.fontSize) for t in labels) + 2.5 * mm
    gap = 4 * mm
    half = (width - gap) / 2
    rows = [
        [_field(left, st, label_width), _field(right, st, label_width)]
        for left, right in ((lab.when, lab.phone), (lab.place, lab.email))
    ] + [[_field(lab.introduced_by, st, label_width), _field(lab.how_we_know, st, label_width)]]
    pad = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), gap),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    grid = plain_table(rows, [half + gap, half], style.fontName, pad)
    return [
        RuledLines(1, 8 * mm, MUTED),
        label(f"{lab.name} · {lab.role_line}", caption),
        Spacer(0, 1 * mm),
        _kinds(st, lab),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=1.5 * mm),
        grid,
        LabelledLines(
            lab.purpose,
            1,
            PITCH,
            RULE,
            indent=label_width,
            font=style.fontName,
            size=style.fontSize,
            label_color=style.textColor,
        ),
    ]


def _questions(count: int, st: Styles, lab: Labels) -> list[Flowable]:
    if not count:
        return []
    number = st["question"]
    heading = Heading(
        label(lab.questions.upper(), st["box_label"]),
        (lab.asked, lab.must_ask),
        st["body"].fontName,
        LABEL_SIZE,
    )
    blocks = [
        QuestionBlock(
            n,
            RuledLines(1, PITCH, MUTED),  # the question's own line, a shade darker
            None,
            lines=ANSWER_LINES,
            pitch=PITCH,
            number_font=st["body"].fontName,
            number_size=number.fontSize,
            gap=0,
            mark_drop=PITCH - 3,
        )
        for n in range(1, count + 1)
    ]
    # The heading goes along with the first question: never alone at the foot of a page.
    return [KeepTogether([heading, blocks[0]]), *blocks[1:]]


def _story(doc: SheetDocTemplate, question_count: int) -> list[Flowable]:
    st = make_styles(doc.fonts)
    lab = doc.labels
    width = doc.width
    blank = PrepSheetData(contact_name="")
    story = doc.start_sheet("", lab.document_title)
    story += [label(lab.document_title.upper(), st["kind"])]
    story += _header(st, lab, width)
    story.append(method_box(None, st, lab, width, PITCH))
    story.append(strip(blank, st, lab, width))
    story += _questions(question_count, st, lab)
    foot = names_and_after(lab, doc.fonts.bold, doc.fonts.regular, width, PITCH)
    reserve = foot.wrap(width, doc.height)[1] + foot.getSpaceBefore()
    story.append(NotesLines(lab.notes, doc.fonts.bold, PITCH, reserve=reserve, most=40))
    story.append(foot)
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
    ``question_count`` outside 0–200. With 8 questions the sheet fits one page.
    """
    size = page_size_for(page_size)
    labels = get_labels(language)
    if (
        isinstance(question_count, bool)
        or not isinstance(question_count, int)
        or not 0 <= question_count <= MAX_QUESTIONS
    ):
        raise ValueError(f"question_count must be a whole number from 0 to {MAX_QUESTIONS}")
    doc = make_document(
        out, size=size, labels=labels, title=labels.document_title, subject=labels.blank_subject
    )
    doc.build(_story(doc, question_count))

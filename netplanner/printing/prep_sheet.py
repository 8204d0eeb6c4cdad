"""Render prep sheets (``PrepSheetData``) to a printable PDF with ReportLab platypus.

Every user string is plain text, never markup: it goes through ``user_text``
(XML-escaped, newlines to ``<br/>``) before it reaches a ``Paragraph``, so
``<b>``, ``&`` or ``<img src=...>`` print literally and nothing is fetched;
``escape`` also sets Chinese, Japanese and Korean characters in the fallback font.
Long unbreakable words are split by ReportLab (``splitLongWords``, on by
default) and table rows may split across pages, so huge input cannot overflow.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreakIfNotEmpty,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from netplanner.core.chain_links import chain_in_language
from netplanner.core.sheet_data import PrepSheetData
from netplanner.printing.document import Output, SheetDocTemplate, make_document, page_size_for
from netplanner.printing.flowables import FillLines, RuledLines
from netplanner.printing.glyph_fallback import markup
from netplanner.printing.labels import Labels, format_when, get_labels
from netplanner.printing.styles import (
    ACCENT,
    ANSWER_LINES,
    INDENT,
    LINE_SPACING,
    MUTED,
    NOTE_LINES,
    RULE,
    SHADE,
    Styles,
    make_styles,
)


def escape(text: str) -> str:
    """``text`` safe inside ReportLab's paragraph markup: ``&``, ``<`` and ``>`` escaped,
    and characters DejaVu lacks (Chinese, Japanese, Korean) set in the fallback font
    (:func:`netplanner.printing.glyph_fallback.markup`). Every paragraph text, user
    text or label, goes through here.

    ``html.escape`` does what ``xml.sax.saxutils.escape`` does, whose module imports
    ``urllib`` and with it ``ssl`` (a fortieth of a second of a prep sheet's whole process).
    """
    return markup(html.escape(text, quote=False))


EMPTY = "—"

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def plain_text(value: object) -> str:
    """User text tidied for printing: "" for None, unified newlines, no control characters."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL_CHARS.sub("", text).strip()


def user_text(value: object) -> str:
    """Paragraph markup that shows ``value`` literally (escaped; newlines kept as breaks)."""
    return escape(plain_text(value)).replace("\n", "<br/>")


def _header(sheet: PrepSheetData, st: Styles, lab: Labels) -> list[Flowable]:
    parts = [sheet.contact_role, sheet.contact_specialism, sheet.contact_organisation]
    subtitle = " · ".join(t for t in map(user_text, parts) if t)
    story: list[Flowable] = [Paragraph(user_text(sheet.contact_name) or EMPTY, st["name"])]
    if subtitle:
        story.append(Paragraph(subtitle, st["subtitle"]))
    kind = lab.kinds.get(sheet.kind)
    if kind:
        story.append(Paragraph(escape(kind.upper()), st["kind"]))
    story.append(HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=3 * mm))
    return story


def plain_table(rows: list[list[object]], widths: list[float], font: str, style: list) -> Table:
    """A table whose rows may split across pages (long user text must never be
    too tall for a page) and whose default cell font is ours, not Helvetica."""
    table = Table(rows, colWidths=widths, splitInRow=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *style]))
    return table


def _facts(sheet: PrepSheetData, st: Styles, lab: Labels, width: float) -> Table:
    intro = " — ".join(t for t in map(user_text, (sheet.introduced_by, sheet.how_we_know)) if t)
    chain = user_text(chain_in_language(sheet.chain, lab.code))
    intro = " · ".join(t for t in (intro, chain) if t)
    rows = [
        (lab.when, escape(format_when(sheet.starts_at, sheet.duration_minutes, lab))),
        (lab.place, user_text(sheet.place)),
        (lab.introduced_by, intro),
        (lab.purpose, user_text(sheet.purpose)),
    ]
    data: list[list[object]] = [
        [Paragraph(escape(k), st["label"]), Paragraph(v or EMPTY, st["body"])] for k, v in rows
    ]
    label_width = 30 * mm
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (0, -1), 5.5),  # align 8.5pt label baselines with 10pt values
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
    ]
    return plain_table(data, [label_width, width - label_width], st["body"].fontName, style)


def ask_box(sheet: PrepSheetData, st: Styles, lab: Labels, width: float) -> Table:
    goal = user_text(sheet.goal)
    content: Flowable = Paragraph(goal, st["ask"]) if goal else RuledLines(2, LINE_SPACING, RULE)
    style = [
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
    ]
    label = Paragraph(escape(lab.my_ask.upper()), st["ask_label"])
    table = plain_table([[label], [content]], [width], st["body"].fontName, style)
    table.spaceBefore = 6 * mm
    return table


def _questions(sheet: PrepSheetData, st: Styles, lab: Labels) -> list[Flowable]:
    if not sheet.questions:
        return []
    story: list[Flowable] = [Paragraph(escape(lab.questions), st["section"])]
    for number, question in enumerate(sheet.questions, start=1):
        text = user_text(question.text) or EMPTY
        block: list[Flowable] = [Paragraph(text, st["question"], bulletText=f"{number}.")]
        answer = user_text(question.answer)
        if answer:
            block.append(Paragraph(answer, st["answer"]))
        else:
            block.append(RuledLines(ANSWER_LINES, LINE_SPACING, RULE, indent=INDENT))
        # A question never ends up on another page than its writing space.
        story.append(KeepTogether(block))
    return story


def _reminder(st: Styles, lab: Labels, width: float) -> Table:
    cell: list[Flowable] = [Paragraph(escape(lab.reminder_title), st["reminder_title"])]
    cell += [Paragraph(escape(r), st["reminder"], bulletText="•") for r in lab.reminders]
    style = [
        ("BOX", (0, 0), (-1, -1), 0.8, MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    return plain_table([[cell]], [width], st["body"].fontName, style)


def _height(flowable: Flowable, width: float, max_height: float) -> float:
    """Height ``flowable`` takes in the frame, spacing included."""
    h = flowable.wrap(width, max_height)[1]
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def notes_and_reminder(doc: SheetDocTemplate, sheet: PrepSheetData, st: Styles) -> list[Flowable]:
    """Notes heading, prep notes, writing lines down to the reminder box, the reminder.

    Page breaks are decided up front (CondPageBreak) so that the reminder never
    lands alone on a new page and the heading is never orphaned; the elastic
    lines then fill whatever room is left above the reminder.
    """
    width, height = doc.width, doc.height
    gap = 6 * mm
    reminder = _reminder(st, doc.labels, width)
    tail = gap + reminder.wrap(width, height)[1]  # what the elastic lines must leave free
    fixed_end = NOTE_LINES * LINE_SPACING + tail
    head: list[Flowable] = [Paragraph(escape(doc.labels.notes), st["notes_heading"])]
    notes = user_text(sheet.notes)
    if notes:
        head.append(Paragraph(notes, st["notes"]))
    whole = sum(_height(f, width, height) for f in head) + fixed_end
    # Keep everything on one page if it can be; otherwise at least keep the
    # heading with a few lines of the notes.
    first = whole if whole <= 0.9 * height else _height(head[0], width, height) + 20 * mm
    return [
        CondPageBreak(first),
        *head,
        CondPageBreak(fixed_end),
        RuledLines(NOTE_LINES, LINE_SPACING, RULE),
        FillLines(0, 14, LINE_SPACING, RULE, reserve=tail),
        Spacer(0, gap),
        KeepTogether([reminder]),
    ]


def _sheet_story(doc: SheetDocTemplate, sheet: PrepSheetData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [doc.start_sheet(" ".join(plain_text(sheet.contact_name).split()))]
    story += _header(sheet, st, doc.labels)
    story.append(Spacer(0, 3 * mm))
    story.append(_facts(sheet, st, doc.labels, doc.width))
    story.append(ask_box(sheet, st, doc.labels, doc.width))
    story += _questions(sheet, st, doc.labels)
    story += notes_and_reminder(doc, sheet, st)
    return story


def render_prep_sheets(
    sheets: Iterable[PrepSheetData],
    out: Output,
    *,
    page_size: str = "A4",
    language: str = "en",
) -> None:
    """Write several prep sheets to one PDF, each starting on a new page.

    ``out`` is a file path or a binary file object. Raises ``ValueError`` for
    an unknown ``page_size`` ("A4"/"Letter") or ``language`` ("en"/"nl"), or
    when ``sheets`` is empty.
    """
    size = page_size_for(page_size)
    labels = get_labels(language)
    sheets = list(sheets)
    if not sheets:
        raise ValueError("No prep sheets to render")
    name = " ".join(plain_text(sheets[0].contact_name).split())
    title = f"{labels.document_title} – {name}" if len(sheets) == 1 else labels.document_title
    doc = make_document(out, size=size, labels=labels, title=title)
    fonts = doc.fonts
    styles = make_styles(fonts)
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreakIfNotEmpty())
        story += _sheet_story(doc, sheet, styles)
    doc.build(story)


def render_prep_sheet(
    sheet: PrepSheetData,
    out: Output,
    *,
    page_size: str = "A4",
    language: str = "en",
) -> None:
    """Write one prep sheet as a PDF to ``out`` (path or binary file object)."""
    render_prep_sheets([sheet], out, page_size=page_size, language=language)

"""Render prep sheets (``PrepSheetData``) to a printable PDF with ReportLab platypus.

A sheet follows the method from top to bottom: who and when (``sheet_header``), the
opening line or the ask and a strip with the reminders and the time plan
(``sheet_method``), the questions with a square to tick and a star for "must ask",
notes lines, and the names you got beside what to do after (``sheet_after``).

It fits one page, A4 or Letter, with up to eight questions of ordinary length: that is
designed, not hoped for. ``_fit`` measures the sheet with two writing lines per
question, picks the roomier line pitch (7 mm) when everything fits with it, and shares
the room that is left: notes lines first, then more lines per question, then more notes
lines. A sheet that is longer flows onto further pages (under a running head), where a
question never leaves its lines and a heading never stays behind alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from netplanner.core.sheets.data import PrepSheetData
from netplanner.printing.document import Output, SheetDocTemplate, make_document, page_size_for
from netplanner.printing.labels import Labels, format_period, format_when, get_labels
from netplanner.printing.marks import Heading, QuestionBlock
from netplanner.printing.sheet_after import NOTES_GAP, TITLE_HEIGHT, NotesLines, names_and_after
from netplanner.printing.sheet_header import header
from netplanner.printing.sheet_method import method_box, strip
from netplanner.printing.styles import (
    LABEL_SIZE,
    MAX_ANSWER_LINES,
    MIN_ANSWER_LINES,
    PITCH_MAX,
    PITCH_MIN,
    Styles,
    make_styles,
)
from netplanner.printing.text import EMPTY, label, para, plain_text

#: Room kept free when deciding that a sheet fits one page: measuring is exact, but
#: a line lost to rounding must not push the foot of the sheet onto a second page.
SLACK = 1.5 * mm
NOTES_FIRST = 3  # notes lines a sheet gets before its questions get more than two


def height_of(flowable: Flowable, width: float, height: float) -> float:
    """Height ``flowable`` takes in the frame, spacing included."""
    return flowable.wrap(width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()


@dataclass
class _Parts:
    top: list[Flowable]
    heading: Flowable | None
    questions: list[QuestionBlock]
    foot: Flowable


def _parts(
    doc: SheetDocTemplate, sheet: PrepSheetData, st: Styles, pitch: float, compact: bool = False
) -> _Parts:
    lab, width, fonts = doc.labels, doc.width, doc.fonts
    question, answer = ("question_compact", "answer_compact") if compact else ("question", "answer")
    top = header(sheet, st, lab, width)
    top += [method_box(sheet, st, lab, width, pitch), strip(sheet, st, lab, width)]
    blocks = [
        QuestionBlock(
            number,
            para(q.text, st[question], empty=EMPTY),
            para(q.answer, st[answer]) if plain_text(q.answer) else None,
            lines=MIN_ANSWER_LINES,
            pitch=pitch,
            number_font=fonts.bold,
            number_size=st[question].fontSize,
            gap=0.6 * mm if compact else 1.0 * mm,
        )
        for number, q in enumerate(sheet.questions, start=1)
    ]
    heading = None
    if blocks:
        title = label(lab.questions.upper(), st["box_label"])
        heading = Heading(title, (lab.asked, lab.must_ask), fonts.regular, LABEL_SIZE)
    foot = names_and_after(lab, fonts.bold, fonts.regular, width, pitch)
    return _Parts(top, heading, blocks, foot)


def _fit(doc: SheetDocTemplate, sheet: PrepSheetData, st: Styles) -> tuple[_Parts, float, bool]:
    """The sheet's parts at the line pitch that fits, and whether it fits one page; on
    one page, the questions' lines are shared out (see the module docstring). The last
    try sets the questions a little smaller (9 pt) and closer together."""
    width, height = doc.width, doc.height
    for pitch, compact in ((PITCH_MAX, False), (PITCH_MIN, False), (PITCH_MIN, True)):
        parts = _parts(doc, sheet, st, pitch, compact)
        fixed = [*parts.top, parts.foot] + ([parts.heading] if parts.heading else [])
        used = sum(height_of(f, width, height) for f in fixed)
        used += sum(height_of(q, width, height) for q in parts.questions)
        free = height - used - SLACK
        if free >= 0:
            _share(parts.questions, int(free // pitch))
            return parts, pitch, True
    return _parts(doc, sheet, st, PITCH_MIN), PITCH_MIN, False


def _share(questions: list[QuestionBlock], spare: int) -> None:
    """Hand ``spare`` writing lines out: some to the notes, then to the questions in
    turn up to their most, the rest again to the notes (which take what is left)."""
    spare -= NOTES_FIRST
    most = MAX_ANSWER_LINES if len(questions) <= 4 else MAX_ANSWER_LINES - 1
    open_questions = [q for q in questions if q.answer is None]
    while spare > 0 and open_questions:
        for question in open_questions:
            if spare <= 0:
                break
            if question.lines < most:
                question.lines += 1
                spare -= 1
        open_questions = [q for q in open_questions if q.lines < most]


def running_head(sheet: PrepSheetData, lab: Labels) -> str:
    """What a sheet's further pages say at the top: whose sheet, and when."""
    name = " ".join(plain_text(sheet.contact_name).split()) or EMPTY
    when = format_when(sheet.starts_at, sheet.duration_minutes, lab)
    return f"{name} · {when}" if when else name


def _sheet_story(
    doc: SheetDocTemplate, sheet: PrepSheetData, st: Styles, *, first: bool
) -> list[Flowable]:
    name = " ".join(plain_text(sheet.contact_name).split())
    story = doc.start_sheet(name, running_head(sheet, doc.labels), first=first)
    parts, pitch, one_page = _fit(doc, sheet, st)
    story += parts.top
    if parts.heading is not None:
        # The heading never ends a page alone: it goes along with the first question.
        story.append(KeepTogether([parts.heading, parts.questions[0]]))
        story += parts.questions[1:]
    reserve = height_of(parts.foot, doc.width, doc.height)
    if not one_page:
        # Where the foot goes on to another page, the notes lines go along above it.
        story.append(CondPageBreak(reserve + NOTES_GAP + TITLE_HEIGHT + 3 * pitch))
    story.append(NotesLines(doc.labels.notes, doc.fonts.bold, pitch, reserve=reserve, most=40))
    story.append(parts.foot)
    return story


def _title_and_subject(sheets: list[PrepSheetData], lab: Labels) -> tuple[str, str]:
    if len(sheets) == 1:
        name = " ".join(plain_text(sheets[0].contact_name).split())
        return f"{lab.document_title} – {name}", lab.subject.format(name=name)
    days = sorted(s.starts_at.astimezone().date() for s in sheets if s.starts_at is not None)
    title = lab.documents_title
    if days:
        title += f" {format_period(days[0], days[-1], lab)}"
    return title, lab.subject_many.format(n=len(sheets))


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
    title, subject = _title_and_subject(sheets, labels)
    doc = make_document(out, size=size, labels=labels, title=title, subject=subject)
    styles = make_styles(doc.fonts)
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        story += _sheet_story(doc, sheet, styles, first=index == 0)
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

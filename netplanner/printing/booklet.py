"""Render question banks as a compact booklet to tick the questions worth asking.

Per bank: its name, language and description, then its questions in two
balanced columns, grouped by category in the order a conversation usually runs
(``QuestionCategory``), numbered 1, 2, 3 … through the bank, each with an empty
square to tick. Bank texts are user text and print literally, in any script, through
the prep sheet's own path (``text.para``: shaped and ordered where the script needs it,
in the bundled Noto fonts); our own wording goes through ``text.label``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable
from reportlab.platypus.flowables import BalancedColumns

from netplanner.core.banks import BankContent
from netplanner.core.enums import QuestionCategory
from netplanner.printing.document import Output, SheetDocTemplate, make_document, page_size_for
from netplanner.printing.flowables import PageMarker
from netplanner.printing.fonts import FontNames
from netplanner.printing.labels import Labels, get_labels
from netplanner.printing.parts import TICK_SIZE, Stack, Ticked
from netplanner.printing.styles import ACCENT, MUTED, RULE, Styles, make_styles
from netplanner.printing.text import EMPTY, label, para, plain_text

COLUMN_GAP = 9 * mm
TICK_GAP = 2 * mm  # between the square and the number, and the number and the text
# Start a bank on a new page unless its header and a good first bite fit here.
BANK_NEEDS = 75 * mm

_ORDER = [category.value for category in QuestionCategory]


def _styles(f: FontNames) -> Styles:
    st = make_styles(f)
    base = st["body"]

    def s(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"np-booklet-{name}", parent=base, **kw)

    bank = s("bank", fontName=f.bold, fontSize=16, leading=20, spaceBefore=12 * mm)
    return {
        "kicker": ParagraphStyle("np-booklet-kicker", parent=st["kind"], spaceBefore=0),
        "hint": s("hint", fontName=f.italic, fontSize=8.5, leading=11, textColor=MUTED),
        "bank": bank,
        "first_bank": ParagraphStyle("np-booklet-first_bank", parent=bank, spaceBefore=6 * mm),
        "meta": s("meta", fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=1),
        "description": s("description", fontSize=9.5, leading=13, spaceBefore=2 * mm),
        # Kept with its first question by a Stack: keepWithNext is not honoured
        # inside BalancedColumns, but it documents the intent.
        "category": s(
            "category",
            fontName=f.bold,
            fontSize=9.5,
            leading=12,
            textColor=ACCENT,
            spaceBefore=4.5 * mm,
            spaceAfter=0.5 * mm,
            keepWithNext=1,
        ),
        "question": s(
            "question",
            fontSize=9,
            leading=11.5,
            spaceBefore=1.6 * mm,
            bulletFontName=f.regular,
            bulletFontSize=9,
            bulletColor=MUTED,
            # Short questions never split across columns; only really long ones.
            allowWidows=0,
            allowOrphans=0,
        ),
        "empty": s("empty", fontName=f.italic, textColor=MUTED, spaceBefore=4 * mm),
    }


def group_by_category(questions: Sequence[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(category, texts) in ``QuestionCategory`` order, texts in bank order.

    Unknown categories count as "other"; empty categories are left out.
    """
    groups: dict[str, list[str]] = {category: [] for category in _ORDER}
    for category, text in questions:
        groups[category if category in groups else QuestionCategory.OTHER.value].append(text)
    return [(category, texts) for category, texts in groups.items() if texts]


def _question_style(st: Styles, count: int) -> ParagraphStyle:
    """The question style with room for the square and the widest number."""
    base = st["question"]
    number = stringWidth(f"{count}.", base.bulletFontName, base.bulletFontSize)
    return ParagraphStyle(
        f"{base.name}-{count}",
        parent=base,
        bulletIndent=TICK_SIZE + TICK_GAP,
        leftIndent=TICK_SIZE + 2 * TICK_GAP + max(number, 12.0),
    )


def _header(bank: BankContent, st: Styles, lab: Labels, *, first: bool) -> list[Flowable]:
    language = lab.language_names.get(bank.language, plain_text(bank.language))
    meta = f"{language} · {lab.count_questions(len(bank.questions))}"
    story: list[Flowable] = [
        para(bank.name, st["first_bank" if first else "bank"], empty=EMPTY),
        para(meta, st["meta"], rtl=False),
    ]
    if plain_text(bank.description):
        story.append(para(bank.description, st["description"]))
    story.append(
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=3 * mm, spaceAfter=1 * mm)
    )
    return story


def _questions(bank: BankContent, st: Styles, lab: Labels, frame_height: float) -> Flowable:
    groups = group_by_category(bank.questions)
    if not groups:
        return label(lab.no_questions, st["empty"])
    style = _question_style(st, len(bank.questions))
    items: list[Flowable] = []
    number = 0
    for category, texts in groups:
        heading = label(lab.categories[category], st["category"])
        for index, text in enumerate(texts):
            number += 1
            question = para(text, style, empty=EMPTY, bullet=f"{number}.")
            item: Flowable = Ticked(question, MUTED)
            # A category heading never ends a column: it comes with its first question.
            if index == 0:
                item = Stack([heading, item], max_height=frame_height / 3)
            items.append(item)
    return BalancedColumns(
        items,
        nCols=2,
        needed=30 * mm,
        innerPadding=COLUMN_GAP,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        endSlack=0,  # never shrink the last column to make it fit
        vLinesStrokeColor=RULE,
        vLinesStrokeWidth=0.4,
    )


class BookletDocTemplate(SheetDocTemplate):
    """Pages number through the whole booklet; the footer names the bank at the
    top of the page, so a loose page that starts mid-bank says whose questions
    these are (a bank starting lower down has its own header on the page)."""

    bank_in_progress = ""

    def beforePage(self) -> None:
        """ReportLab hook, run as a page begins."""
        self.sheet_name = self.bank_in_progress

    def start_bank(self, name: str) -> PageMarker:
        """Flowable to put where a bank begins."""

        def mark(page: int) -> None:
            if self.frame._atTop or not self.sheet_name:  # type: ignore[attr-defined]
                self.sheet_name = name
            self.bank_in_progress = name

        return PageMarker(mark)


def _bank_story(
    doc: BookletDocTemplate, bank: BankContent, st: Styles, *, first: bool
) -> list[Flowable]:
    story: list[Flowable] = [] if first else [CondPageBreak(BANK_NEEDS)]
    story.append(doc.start_bank(" ".join(plain_text(bank.name).split())))
    story += _header(bank, st, doc.labels, first=first)
    story.append(_questions(bank, st, doc.labels, doc.height))
    return story


def render_booklet(
    banks: Sequence[BankContent],
    out: Output,
    *,
    page_size: str = "A4",
    language: str = "en",
) -> None:
    """Write a question booklet of ``banks`` (in the given order) as a PDF.

    ``out`` is a file path or a binary file object. Raises ``ValueError`` for
    an unknown ``page_size`` ("A4"/"Letter") or ``language`` ("en"/"nl"), or
    when ``banks`` is empty.
    """
    size = page_size_for(page_size)
    labels = get_labels(language)
    banks = list(banks)
    if not banks:
        raise ValueError("No question banks to print")
    title = labels.booklet_title
    if len(banks) == 1:
        title = f"{title} – {' '.join(plain_text(banks[0].name).split())}"
    doc = cast(
        BookletDocTemplate,
        make_document(
            out,
            size=size,
            labels=dataclasses.replace(labels, footer=labels.booklet_footer),
            title=title,
            subject=labels.booklet_subject,
            template=BookletDocTemplate,
        ),
    )
    st = _styles(doc.fonts)
    story: list[Flowable] = [
        label(labels.booklet_title.upper(), st["kicker"]),
        label(labels.booklet_hint, st["hint"]),
    ]
    for index, bank in enumerate(banks):
        story += _bank_story(doc, bank, st, first=index == 0)
    doc.build(story)

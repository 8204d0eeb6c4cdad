"""A prep sheet of ordinary length is one page, on A4 and on Letter; a longer one flows on.

Ordinary: up to eight questions of one or two lines (half of them two lines on Letter,
all of them on A4), a purpose of three lines, a line of notes, the names of everyday
life. Each case renders the sheets for 0 to 8 questions into one PDF, so the page
count and the footers tell each sheet's length at once.
"""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.printing.prep_sheet import render_prep_sheet, render_prep_sheets

ONE_LINE = [
    "What does a typical working week look like for you?",
    "How did you get into accessibility research?",
    "Which skills matter most in your team?",
    "What changes are you seeing in your field at the moment?",
    "What would you recommend to someone who wants to do this kind of work?",
    "Which organisations in the region do this work well?",
    "What do you find most challenging about this work?",
    "Who else should I talk to?",
]
TWO_LINES = (
    "What does a typical working week look like for you, from the very first meeting on "
    "Monday morning to the last report on Friday afternoon?"
)
PURPOSE = (
    "Hear how accessibility research fits into healthcare projects, which tools they use, and "
    "whether there is room for someone who comes from psychology rather than design, like "
    "me, and what the first year would look like."
)
ANSWER = "Mostly user tests and reports; two days a week at the hospital."
SHEET = PrepSheetData(
    contact_name="Şükrü Yılmaz",
    contact_role="UX researcher",
    contact_specialism="accessibility",
    contact_organisation="Toegankelijk.nu",
    contact_phone="+31 6 1234 5678",
    contact_email="sukru@toegankelijk.nu",
    starts_at=datetime(2026, 12, 9, 13, 0, tzinfo=UTC),
    duration_minutes=30,
    place="Café Lebowski, Utrecht",
    introduced_by="Carla Smit",
    introduced_via=("Anna de Vries",),
    opening_line=(
        "Hi Şükrü, Carla Smit suggested I talk to you. I'm exploring work as a UX researcher "
        "in healthcare apps and would love to hear what your work involves and how you got "
        "there."
    ),
    goal=(
        "I'm looking for people who work as a UX researcher specialising in healthcare apps "
        "in or around Utrecht. Would you like to think along with me about how I might reach "
        "a few of them?"
    ),
    purpose=PURPOSE,
    notes="Carla says he started in usability testing for a bank.",
)


def questions(count: int, two_lines: int, answers: bool) -> list[SheetQuestion]:
    """``count`` questions, the first ``two_lines`` of them two lines long; with
    ``answers``, every other one answered (an answer takes the place of its lines)."""
    return [
        SheetQuestion(
            TWO_LINES if index < two_lines else ONE_LINE[index],
            ANSWER if answers and index % 2 == 0 else "",
        )
        for index in range(count)
    ]


def footers(reader: PdfReader) -> list[str]:
    """Each page's "page 1 of 2" (the total is a form: text extraction puts it apart)."""
    found = []
    for page in reader.pages:
        text = re.sub(r"\s+", " ", page.extract_text())
        found.append(re.findall(r"page \d+ of \d+|pagina \d+ van \d+", text)[-1])
    return found


@pytest.mark.parametrize("answers", [False, True], ids=["lines", "answers"])
@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize(("page_size", "two_lines"), [("A4", 8), ("Letter", 4)])
def test_up_to_eight_questions_fit_one_page(
    page_size: str, two_lines: int, language: str, answers: bool
) -> None:
    kinds = ["informational", "think_along"]
    sheets = [
        dataclasses.replace(
            SHEET,
            kind=kinds[count % 2],
            questions=questions(count, min(count, two_lines), answers),
            language=language,
        )
        for count in range(9)
    ]
    buffer = io.BytesIO()
    render_prep_sheets(sheets, buffer, page_size=page_size, language=language)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    one = "page 1 of 1" if language == "en" else "pagina 1 van 1"
    assert footers(reader) == [one] * 9
    text = reader.pages[8].extract_text()
    # Nothing left out to make it fit: the eighth question, the names box, the after-part.
    assert "8." in text and ("NAMES YOU GOT" in text or "NAMEN DIE JE KREEG" in text)


def test_the_room_left_goes_to_more_lines_and_notes() -> None:
    buffer = io.BytesIO()
    render_prep_sheet(dataclasses.replace(SHEET, questions=questions(3, 0, False)), buffer)
    events: list[str] = []

    def visit(op: bytes, *_: object) -> None:
        if op == b"l":
            events.append("LINE")

    def text(t: str, *_: object) -> None:
        if t.strip():
            events.append(t.strip())

    PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text(
        visitor_operand_before=visit, visitor_text=text
    )
    third = next(i for i, e in enumerate(events) if e.startswith("Which skills"))
    lines = 0
    for event in events[third + 1 :]:
        if event != "LINE":
            break
        lines += 1
    assert lines == 5  # three questions leave room for five lines each, not two
    assert "NOTES" in events


def test_an_over_long_sheet_flows_onto_a_second_page_cleanly() -> None:
    four_lines = " ".join([TWO_LINES] * 2)
    sheet = dataclasses.replace(
        SHEET,
        purpose=("A purpose that goes on and on. " * 17)[:500],
        questions=[SheetQuestion(f"{n}: {four_lines}") for n in range(6)],
    )
    buffer = io.BytesIO()
    render_prep_sheet(sheet, buffer, page_size="Letter")
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert footers(reader) == ["page 1 of 2", "page 2 of 2"]
    first, second = (page.extract_text() for page in reader.pages)
    # The second page says whose sheet it is; the first does not end on a heading.
    assert second.startswith("Şükrü Yılmaz · Wednesday 9 December 2026") and "continued" in second
    body = first.rsplit("NetPlanner", 1)[0].strip()
    assert not body.endswith(("QUESTIONS", "NOTES", "NAMES YOU GOT")), body[-80:]
    # Every question whole on one page, with its lines under it.
    for n in range(6):
        assert (f"{n}: What" in first) != (f"{n}: What" in second)
    assert "NAMES YOU GOT" in second and "AFTER THE CONVERSATION" in second

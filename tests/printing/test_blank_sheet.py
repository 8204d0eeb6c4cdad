"""Blank prep sheet PDF: labels, numbered questions, page count, fonts, sizes, languages."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader

from netplanner.printing.blank_sheet import render_blank_sheet

EN_LABELS = [
    "PREP SHEET",
    "Name · Role · specialism · organisation",
    "INFORMATIONAL CONVERSATION",
    "ASKING TO THINK ALONG",
    "When",
    "Place",
    "Phone",
    "E-mail",
    "Introduced by",
    "Purpose",
    "OPENING LINE / MY ASK",
    "KEEP IN MIND",
    "TIME PLAN",
    "QUESTIONS",
    "NAMES YOU GOT",
    "May I use your name?",
    "AFTER THE CONVERSATION",
    "Thank-you sent",
    "NetPlanner · prep sheet · page 1 of 1",
]
NL_LABELS = [
    "GESPREKSVOORBEREIDING",
    "Naam · Functie · specialisme · organisatie",
    "INFORMATIEGESPREK",
    "VRAGEN OM MEE TE DENKEN",
    "Wanneer",
    "Plaats",
    "Telefoon",
    "Voorgesteld door",
    "Doel",
    "OPENINGSZIN / MIJN VRAAG",
    "ONTHOUD",
    "TIJDSPLAN",
    "VRAGEN",
    "NAMEN DIE JE KREEG",
    "NA HET GESPREK",
    "NetPlanner · gespreksvoorbereiding · pagina 1 van 1",
]


def render(tmp_path: Path, **kwargs: Any) -> PdfReader:
    path = tmp_path / "blank.pdf"
    render_blank_sheet(path, **kwargs)
    return PdfReader(path)


def full_text(reader: PdfReader) -> str:
    return " ".join(re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages)


def drawing_events(page: PageObject) -> list[str]:
    """Text runs and ruled lines ("LINE") of a page, in the order they are drawn."""
    events: list[str] = []

    def on_operator(op: bytes, *_: object) -> None:
        if op == b"l":
            events.append("LINE")

    def on_text(text: str, *_: object) -> None:
        if text.strip():
            events.append(text.strip())

    page.extract_text(visitor_operand_before=on_operator, visitor_text=on_text)
    return events


@pytest.mark.parametrize(("language", "labels"), [("en", EN_LABELS), ("nl", NL_LABELS)])
def test_labels_in_the_language(tmp_path: Path, language: str, labels: list[str]) -> None:
    text = full_text(render(tmp_path, language=language))
    for label in labels:
        assert label in text
    others = NL_LABELS if language == "en" else EN_LABELS
    for label in ("PREP SHEET", "Introduced by", "QUESTIONS", "MIJN VRAAG", "AANTEKENINGEN"):
        if label in others:
            assert label not in text


@pytest.mark.parametrize(("page_size", "pages"), [("A4", 1), ("Letter", 2)])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_eight_questions_fit_one_page_of_a4(
    tmp_path: Path, page_size: str, pages: int, language: str
) -> None:
    reader = render(tmp_path, page_size=page_size, language=language)
    assert len(reader.pages) == pages
    numbers = re.findall(r"\b(\d+)\.", full_text(reader))
    assert numbers == [str(n) for n in range(1, 9)]


def test_each_question_has_its_line_and_two_answer_lines_on_one_page(tmp_path: Path) -> None:
    reader = render(tmp_path, question_count=20)
    assert len(reader.pages) >= 2
    seen = []
    for page in reader.pages:
        events = drawing_events(page)
        for index, event in enumerate(events):
            if re.fullmatch(r"\d+\.", event):
                seen.append(int(event[:-1]))
                # the rule of the question and the two answer rules come right after
                after = events[index + 1 : index + 4]
                assert after == ["LINE", "LINE", "LINE"], events[index - 1 : index + 4]
    assert seen == list(range(1, 21))


def test_no_questions_leaves_out_the_section(tmp_path: Path) -> None:
    reader = render(tmp_path, question_count=0)
    text = full_text(reader)
    assert "QUESTIONS" not in text and "1." not in text
    assert "NOTES" in text and "KEEP IN MIND" in text
    assert len(reader.pages) == 1


def test_only_bundled_dejavu_fonts_are_embedded(tmp_path: Path) -> None:
    reader = render(tmp_path, language="nl")
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert fonts
    assert all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", f) for f in fonts), fonts


@pytest.mark.parametrize(
    ("page_size", "expected"),
    [("a4", (595.3, 841.9)), ("LETTER", (612, 792))],
)
def test_page_size(tmp_path: Path, page_size: str, expected: tuple[float, float]) -> None:
    reader = render(tmp_path, page_size=page_size)
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.5)


@pytest.mark.parametrize(
    "options",
    [
        {"page_size": "A5"},
        {"language": "de"},
        {"question_count": -1},
        {"question_count": 201},
        {"question_count": 2.5},
        {"question_count": True},
    ],
)
def test_invalid_options_raise(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        render_blank_sheet(io.BytesIO(), **options)


def test_writes_to_a_binary_stream() -> None:
    buffer = io.BytesIO()
    render_blank_sheet(buffer, language="nl", question_count=3)
    assert buffer.getvalue().startswith(b"%PDF")
    assert PdfReader(io.BytesIO(buffer.getvalue())).metadata.title == "Gespreksvoorbereiding"

"""Prep sheet PDF: content, escaping, fonts, page sizes, languages and pagination."""

from __future__ import annotations

import dataclasses
import io
import re
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader

from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.printing.prep_sheet import render_prep_sheet, render_prep_sheets

NASTY = [
    "<b>bold</b> & co",
    '<img src="http://example.invalid/x.png">',
    "<font size=40>huge</font>",
    "&amp; stays &amp;",
    "Şükrü Yılmaz",
    "Łukasz Wójcik",
    "Zoë",
    "Дмитрий Иванов",
    "<b>王小明</b> & 김민준 さくら",
]
QUESTIONS = [
    "How did you get into UX research?",
    "What does a typical week look like?",
    "Which skills matter most in your team?",
]


SHEET = PrepSheetData(
    contact_name="Şükrü Yılmaz",
    contact_role="UX researcher",
    contact_specialism="healthcare apps",
    contact_organisation="Zorgpunt Digitaal",
    starts_at=datetime(2026, 12, 1, 13, 30, tzinfo=UTC),
    duration_minutes=45,
    place="Café De Ketel, Utrecht",
    introduced_by="Anna de Vries",
    how_we_know="via the running club",
    goal="Learn which skills to build first.",
    purpose="Understand healthcare UX.",
    notes="Read their article first.\nMention the dementia-care project.",
    questions=[SheetQuestion(q) for q in QUESTIONS],
)


def make_sheet(**changes: Any) -> PrepSheetData:
    return dataclasses.replace(SHEET, **changes)


def render(tmp_path: Path, sheet: PrepSheetData, **kwargs: str) -> PdfReader:
    path = tmp_path / "sheet.pdf"
    render_prep_sheet(sheet, path, **kwargs)
    return PdfReader(path)


def page_texts(reader: PdfReader) -> list[str]:
    """Text per page with runs of whitespace (incl. line wraps) collapsed to one space."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def base_fonts(reader: PdfReader) -> set[str]:
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            fonts.add(str(ref.get_object()["/BaseFont"]))
    return fonts


@pytest.fixture
def amsterdam_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run with the local time zone set to Europe/Amsterdam (UTC+1 in December)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the renderer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_contact_name_and_questions_in_given_order(tmp_path: Path) -> None:
    texts = page_texts(render(tmp_path, make_sheet()))
    assert texts[0].startswith("Şükrü Yılmaz")
    assert "UX researcher · healthcare apps · Zorgpunt Digitaal" in texts[0]
    assert "Introduced by Anna de Vries" in texts[0]
    assert "You know them via the running club" in texts[0]  # the contact, not Anna
    full = " ".join(texts)
    positions = [full.find(f"{n}. {q}") for n, q in enumerate(QUESTIONS, start=1)]
    assert -1 not in positions
    assert positions == sorted(positions)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("nasty", NASTY)
def test_user_text_is_printed_literally(tmp_path: Path, nasty: str) -> None:
    sheet = make_sheet(
        kind="think_along",  # which prints the goal: the ask
        contact_name=nasty,
        contact_role=nasty,
        place=nasty,
        goal=nasty,
        notes=f"first line\n{nasty}",
        questions=[SheetQuestion(nasty), SheetQuestion("Other?", answer=nasty)],
    )
    full = " ".join(page_texts(render(tmp_path, sheet)))
    # name, role, place, goal, notes, question, answer (+ the name again in the footer)
    assert full.count(nasty) >= 7
    assert "None" not in full


def test_only_bundled_fonts_are_embedded(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics

    from netplanner.printing.fonts import FALLBACK, register_fonts
    from netplanner.resources import resource_path

    # A place in Chinese: its characters come from the bundled CJK fallback font.
    sheet = make_sheet(place="东京", questions=[SheetQuestion("Q?", answer="An answer")])
    reader = render(tmp_path, sheet)
    fonts = base_fonts(reader)
    assert fonts, "no fonts found in the page resources"
    assert all(
        re.fullmatch(r"/[A-Z]{6}\+(DejaVuSans(-Bold|-Oblique)?|DroidSansFallback)", f)
        for f in fonts
    ), fonts
    assert any(f.endswith("DroidSansFallback") for f in fonts), fonts
    assert not any(std in f for f in fonts for std in ("Helvetica", "Times", "Courier"))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            descriptor = ref.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, "TrueType font is not embedded"
    names = register_fonts()
    assert register_fonts() == names  # idempotent
    bundled = resource_path("fonts").resolve()
    for name in (names.regular, names.bold, names.italic, FALLBACK):
        assert Path(pdfmetrics.getFont(name).face.filename).resolve().parent == bundled


@pytest.mark.parametrize(
    ("page_size", "expected"),
    [
        ("A4", (595.3, 841.9)),
        ("a4", (595.3, 841.9)),
        ("Letter", (612, 792)),
        ("LETTER", (612, 792)),
    ],
)
def test_page_size(tmp_path: Path, page_size: str, expected: tuple[float, float]) -> None:
    reader = render(tmp_path, make_sheet(), page_size=page_size)
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.5)


@pytest.mark.parametrize(("option", "value"), [("page_size", "A5"), ("language", "de")])
def test_unsupported_options_raise(tmp_path: Path, option: str, value: str) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ValueError):
        render_prep_sheet(make_sheet(), out, **{option: value})
    assert not out.exists()


@pytest.mark.usefixtures("amsterdam_time")
def test_english_labels_and_local_time(tmp_path: Path) -> None:
    full = " ".join(page_texts(render(tmp_path, make_sheet())))
    labels = ("INFORMATIONAL CONVERSATION", "When", "Introduced by", "OPENING LINE", "QUESTIONS")
    for label in labels:
        assert label in full
    assert "Tuesday 1 December 2026, 14:30–15:15" in full
    assert "TIME PLAN (45 MIN) 14:30 small talk · 14:34 questions" in full
    assert "NetPlanner · prep sheet · page 1 of 1" in full
    assert "KEEP IN MIND" in full and "NAMES YOU GOT" in full and "Thank-you sent" in full


@pytest.mark.usefixtures("amsterdam_time")
def test_dutch_labels(tmp_path: Path) -> None:
    sheet = make_sheet(kind="think_along")
    full = " ".join(page_texts(render(tmp_path, sheet, language="NL")))
    for label in ("VRAGEN OM MEE TE DENKEN", "Wanneer", "Plaats", "Doel", "MIJN VRAAG", "VRAGEN"):
        assert label in full
    assert "dinsdag 1 december 2026, 14:30–15:15" in full
    assert "NetPlanner · gespreksvoorbereiding · pagina 1 van 1" in full
    assert "AANTEKENINGEN" in full and "ONTHOUD" in full and "NAMEN DIE JE KREEG" in full
    assert "When" not in full and "QUESTIONS" not in full


def test_forty_questions_span_pages_and_each_appears_once(tmp_path: Path) -> None:
    questions = [SheetQuestion(f"Question Q{i:02d} about the work?") for i in range(1, 41)]
    texts = page_texts(render(tmp_path, make_sheet(questions=questions)))
    assert len(texts) >= 4
    full = " ".join(texts)
    for i in range(1, 41):
        assert full.count(f"Q{i:02d}") == 1
    assert [int(m) for m in re.findall(r"Question Q(\d\d)", full)] == list(range(1, 41))
    assert [f"page {n}" in text for n, text in enumerate(texts, start=1)] == [True] * len(texts)


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


def test_a_question_stays_on_the_page_of_its_writing_lines(tmp_path: Path) -> None:
    # Questions of varying height, so page breaks fall at different offsets.
    questions = [
        SheetQuestion(f"Question Q{i:02d} " + "and a little more context " * (i % 4 * 3))
        for i in range(1, 31)
    ]
    reader = render(tmp_path, make_sheet(questions=questions))
    seen = 0
    for page in reader.pages:
        events = drawing_events(page)
        for index, event in enumerate(events):
            if event.startswith("Question Q"):
                seen += 1
                rest = events[index + 1 :]
                # the rest of the question's text, then its two writing lines
                while rest and rest[0] != "LINE" and not re.fullmatch(r"\d+\.", rest[0]):
                    rest = rest[1:]
                assert rest[:2] == ["LINE", "LINE"], f"{event[:12]} is split from its lines"
    assert seen == 30


def test_long_unbreakable_text_wraps_instead_of_failing(tmp_path: Path) -> None:
    sheet = make_sheet(
        kind="think_along",  # which prints the goal
        contact_name="N" * 300,
        contact_organisation="O" * 400,
        place="P" * 1000,
        purpose="U" * 3000,
        goal="G" * 5000,
        notes="word " * 1000 + "W" * 5000,
        questions=[SheetQuestion("Q" * 2000), SheetQuestion("Why?", answer="A" * 3000)],
    )
    reader = render(tmp_path, sheet)
    # Drop each page's footer and running head so text continued across a page break
    # joins up again.
    bodies = [page.extract_text().rsplit("NetPlanner · prep sheet", 1)[0] for page in reader.pages]
    bodies = bodies[:1] + [body.split("continued", 1)[1] for body in bodies[1:]]
    squashed = "".join("".join(body.split()) for body in bodies)
    for char, length in [("N", 300), ("P", 1000), ("U", 3000), ("G", 5000), ("W", 5000)]:
        assert char * length in squashed
    assert len(reader.pages) > 3


def test_empty_optional_fields_show_a_dash_never_none(tmp_path: Path) -> None:
    text = page_texts(render(tmp_path, PrepSheetData(contact_name="Zoë")))[0]
    assert "None" not in text
    for label in ("When", "Place", "Phone", "E-mail", "Purpose"):
        assert f"{label} —" in text
    assert "Introduced by" not in text  # nobody did: no row for it


def test_answer_is_printed_in_italic_instead_of_lines(tmp_path: Path) -> None:
    sheet = make_sheet(questions=[SheetQuestion("Why healthcare?", answer="Her mother's illness.")])
    reader = render(tmp_path, sheet)
    assert "Her mother's illness." in page_texts(reader)[0]
    assert any("Oblique" in f for f in base_fonts(reader))


def test_sheets_each_start_on_their_own_page() -> None:
    names = ["Zoë", "Łukasz Wójcik", "Дмитрий Иванов"]
    many = [SheetQuestion(f"Question {i}?") for i in range(12)]  # first sheet spans pages
    sheets = [
        make_sheet(contact_name=n, questions=many if i == 0 else []) for i, n in enumerate(names)
    ]
    buffer = io.BytesIO()
    render_prep_sheets(sheets, buffer)
    texts = page_texts(PdfReader(io.BytesIO(buffer.getvalue())))
    starts = [
        i
        for i, text in enumerate(texts)
        if any(text.startswith(n + " ") for n in names) and "· continued" not in text
    ]
    assert len(starts) == 3 and starts[0] == 0 and len(texts) > 3
    for name, start in zip(names, starts, strict=True):
        assert texts[start].startswith(name)
        assert "page 1 of" in texts[start]  # page numbers restart for every sheet
        others = [n for n in names if n != name]
        assert not any(other in texts[start] for other in others)


def test_writes_to_a_binary_stream_and_rejects_no_sheets() -> None:
    buffer = io.BytesIO()
    render_prep_sheet(make_sheet(), buffer)
    assert buffer.getvalue().startswith(b"%PDF")
    with pytest.raises(ValueError):
        render_prep_sheets([], io.BytesIO())

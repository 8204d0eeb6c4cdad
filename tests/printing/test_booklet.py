"""Question booklet PDF: banks, category order, numbering, escaping, fonts, sizes, languages."""

from __future__ import annotations

import io
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader

from netplanner.core.banks import BankContent
from netplanner.core.enums import QuestionCategory
from netplanner.printing.booklet import group_by_category, render_booklet
from netplanner.printing.labels import get_labels

EN_HEADINGS = [
    "The work itself",
    "Path into the field",
    "Organisation and sector",
    "Trends",
    "Advice",
    "Resources",
    "Who else to talk to",
    "Other",
]
NASTY = [
    "<b>x</b> & co",
    '<img src="http://example.invalid/a.png">',
    "&amp; stays &amp;",
    "Şükrü",
    "Дмитрий",
]
# Given out of category order: the booklet groups them in the enum's order.
MIXED = BankContent(
    key="mixed",
    name="Mixed bank",
    language="en",
    description="Questions for a designer.",
    questions=[
        ("advice", "What would you advise me?"),
        ("work", "What does your day look like?"),
        ("other", "Anything else I should ask?"),
        ("referrals", "Who else should I talk to?"),
        ("work", "What do you like most about it?"),
        ("trends", "What is changing in the field?"),
        ("path", "How did you get here?"),
    ],
)
MIXED_PRINTED = [  # (heading, question) in printed order
    ("The work itself", "What does your day look like?"),
    ("The work itself", "What do you like most about it?"),
    ("Path into the field", "How did you get here?"),
    ("Trends", "What is changing in the field?"),
    ("Advice", "What would you advise me?"),
    ("Who else to talk to", "Who else should I talk to?"),
    ("Other", "Anything else I should ask?"),
]
SECOND = BankContent(
    key="second",
    name="Zweite Bank",
    language="nl",
    questions=[("resources", "Welke bronnen gebruik je?"), ("organisation", "Hoe is het team?")],
)


def render(tmp_path: Path, banks: list[BankContent], **kwargs: Any) -> PdfReader:
    path = tmp_path / "booklet.pdf"
    render_booklet(banks, path, **kwargs)
    return PdfReader(path)


def page_texts(reader: PdfReader) -> list[str]:
    """Text per page with runs of whitespace (incl. line wraps) collapsed to one space."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def full_text(reader: PdfReader) -> str:
    return " ".join(page_texts(reader))


def positions_in_order(text: str, needles: list[str]) -> list[int]:
    """Where each needle is found, each searched after the previous one (-1: missing)."""
    found, start = [], 0
    for needle in needles:
        at = text.find(needle, start)
        found.append(at)
        start = at + len(needle) if at >= 0 else start
    return found


def test_banks_with_categories_in_order_and_continuous_numbers(tmp_path: Path) -> None:
    text = full_text(render(tmp_path, [MIXED, SECOND]))
    assert text.index("Mixed bank") < text.index("Zweite Bank")
    assert "English · 7 questions" in text and "Dutch · 2 questions" in text
    assert "Questions for a designer." in text
    first, second = text.split("Zweite Bank", 1)
    headings = list(dict.fromkeys(h for h, _ in MIXED_PRINTED))
    assert -1 not in positions_in_order(first, headings)
    # Every question once, numbered 1, 2, 3 … in printed order under its heading.
    needles: list[str] = []
    for number, (heading, question) in enumerate(MIXED_PRINTED, start=1):
        if heading not in needles:
            needles.append(heading)
        needles.append(f"{number}. {question}")
        assert first.count(question) == 1
    assert -1 not in positions_in_order(first, needles)
    # Numbering restarts for the next bank, categories again in enum order.
    assert -1 not in positions_in_order(
        second,
        ["Organisation and sector", "1. Hoe is het team?", "Resources", "2. Welke bronnen"],
    )
    assert "Resources" not in first and "Organisation and sector" not in first


def test_group_by_category_follows_the_enum_and_files_unknown_under_other() -> None:
    questions = [("other", "o1"), ("bogus", "b1"), ("work", "w1"), ("advice", "a1"), ("work", "w2")]
    assert group_by_category(questions) == [
        ("work", ["w1", "w2"]),
        ("advice", ["a1"]),
        ("other", ["o1", "b1"]),
    ]
    labels = get_labels("en")
    assert [labels.categories[c.value] for c in QuestionCategory] == EN_HEADINGS
    assert set(get_labels("nl").categories) == {c.value for c in QuestionCategory}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the renderer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("nasty", NASTY)
def test_bank_text_is_printed_literally(tmp_path: Path, nasty: str) -> None:
    bank = BankContent(
        key="k",
        name=nasty,
        language="en",
        description=f"About {nasty}",
        questions=[("work", f"Q {nasty}?"), ("bogus", nasty)],
    )
    text = full_text(render(tmp_path, [bank]))
    # name (+ footer), description, two questions
    assert text.count(nasty) >= 5
    assert f"1. Q {nasty}?" in text and f"2. {nasty}" in text


def test_only_bundled_fonts_are_embedded(tmp_path: Path) -> None:
    # The third bank's Korean name comes from the bundled CJK fallback font.
    reader = render(tmp_path, [MIXED, SECOND, BankContent("e", "Empty 질문", "en")])
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert fonts
    bundled = r"/[A-Z]{6}\+(DejaVuSans(-Bold|-Oblique)?|DroidSansFallback)"
    assert all(re.fullmatch(bundled, f) for f in fonts), fonts
    assert any(f.endswith("DroidSansFallback") for f in fonts), fonts


@pytest.mark.parametrize(
    ("page_size", "expected"),
    [("A4", (595.3, 841.9)), ("letter", (612, 792))],
)
def test_page_size(tmp_path: Path, page_size: str, expected: tuple[float, float]) -> None:
    reader = render(tmp_path, [MIXED], page_size=page_size)
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.5)


def test_dutch_labels(tmp_path: Path) -> None:
    empty = BankContent("e", "Lege bank", "nl")
    text = full_text(render(tmp_path, [MIXED, empty], language="nl"))
    for label in (
        "VRAGENBOEKJE",
        "Het werk zelf",
        "De weg naar het vak",
        "Ontwikkelingen",
        "Advies",
        "Met wie nog meer praten",
        "Overig",
        "Engels · 7 vragen",
        "Nederlands · 0 vragen",
        "Nog geen vragen.",
        "NetPlanner · vragenboekje · pagina 1",
    ):
        assert label in text
    for english in ("The work itself", "Trends", "question booklet", "No questions yet."):
        assert english not in text


def test_empty_bank_says_so_and_the_next_bank_still_prints(tmp_path: Path) -> None:
    empty = BankContent("e", "Empty bank", "en", questions=[])
    text = full_text(render(tmp_path, [empty, SECOND]))
    assert "Empty bank" in text and "No questions yet." in text
    assert "1. Hoe is het team?" in text
    assert "NetPlanner · question booklet · page 1" in text


def test_three_hundred_questions_span_pages_each_once_numbered_on(tmp_path: Path) -> None:
    categories = [c.value for c in QuestionCategory]
    questions = [
        (categories[i % 7 * i % 8], f"Question Q{i:03d} about " + "the work " * (i % 5))
        for i in range(1, 301)
    ]
    bank = BankContent("big", "Big bank", "en", questions=questions)
    texts = page_texts(render(tmp_path, [bank, SECOND]))
    assert len(texts) >= 5
    text = " ".join(texts)
    expected = [q.split()[1] for _, texts_ in group_by_category(questions) for q in texts_]
    printed = re.findall(r"(\d+)\. Question (Q\d{3})", text)
    assert [int(n) for n, _ in printed] == list(range(1, 301))
    assert [q for _, q in printed] == expected
    for i in range(1, 301):
        assert text.count(f"Q{i:03d}") == 1
    assert [f"page {n}" in t for n, t in enumerate(texts, start=1)] == [True] * len(texts)


def text_runs(page: PageObject) -> list[tuple[str, float, float]]:
    """Text runs of a page with their (x, y) on the page, in drawing order."""
    runs: list[tuple[str, float, float]] = []

    def on_text(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, y))

    page.extract_text(visitor_text=on_text)
    return runs


def test_a_category_heading_never_ends_a_column(tmp_path: Path) -> None:
    # Banks of growing size, so column and page breaks fall next to many headings
    # (if headings could be split from their first question, six would be here).
    banks = [
        BankContent(
            f"b{size}",
            f"Bank {size}",
            "en",
            questions=[
                (c.value, f"Question {c.value} {n} " + "and some more words " * ((n + size) % 3))
                for c in QuestionCategory
                for n in range(size if c is QuestionCategory.WORK else 3)
            ],
        )
        for size in range(1, 12)
    ]
    reader = render(tmp_path, banks)
    headings = 0
    for page in reader.pages:
        runs = text_runs(page)
        for index, (text, x, y) in enumerate(runs):
            if text not in EN_HEADINGS:
                continue
            headings += 1
            following, fx, fy = runs[index + 1]
            assert re.fullmatch(r"\d+\.", following), f"{text!r} is followed by {following!r}"
            assert abs(fx - x) < 30 and 0 < y - fy < 30, f"{text!r} is not above its question"
    assert headings == 8 * len(banks)


@pytest.mark.parametrize(
    ("banks", "options"),
    [([MIXED], {"page_size": "A5"}), ([MIXED], {"language": "de"}), ([], {})],
)
def test_invalid_input_raises(banks: list[BankContent], options: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        render_booklet(banks, io.BytesIO(), **options)


def test_builtin_banks_render_to_a_stream() -> None:
    from netplanner.datafile import builtin_banks

    banks = builtin_banks()
    buffer = io.BytesIO()
    render_booklet(banks, buffer, language="nl")
    text = " ".join(page_texts(PdfReader(io.BytesIO(buffer.getvalue()))))
    for bank in banks:
        assert " ".join(bank.name.split()) in text
        for _, question in bank.questions:
            assert text.count(" ".join(question.split())) == 1

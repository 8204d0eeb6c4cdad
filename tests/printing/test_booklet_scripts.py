"""The question booklet prints bank names and questions in every script, as the sheet does.

Per script a bank whose name, description and questions are written in it; what is drawn
is read back from the PDF: no empty boxes (.notdef), the script's Noto font embedded
(``pdffonts``), the letters in the text layer, and for right-to-left text the order and
place of the words as poppler sees them drawn (``pdftotext -bbox``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader

from netplanner.core.banks import BankContent
from netplanner.printing.booklet import COLUMN_GAP, render_booklet
from netplanner.printing.styles import MARGIN
from tests.printing.pdf_glyphs import assert_no_empty_boxes_and_font
from tests.printing.script_samples import FONTS, RIGHT_TO_LEFT, SAMPLES

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")), reason="needs poppler-utils"
)


def bank_for(script: str) -> BankContent:
    name, place, question, answer = SAMPLES[script]
    return BankContent(
        key=script,
        name=f"{name} {place}",
        language="en",
        description=answer,
        questions=[("work", question), ("advice", answer), ("referrals", f"{name}?")],
    )


def render(tmp_path: Path, banks: list[BankContent]) -> Path:
    path = tmp_path / "booklet.pdf"
    render_booklet(banks, path)
    return path


def letters(text: str) -> set[str]:
    return {c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c)[0] == "L"}


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Font name (subset prefix dropped) -> embedded, as ``pdffonts`` lists them."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts: dict[str, bool] = {}
    for row in out.stdout.splitlines()[2:]:
        cells = row.split()
        # name, type (one or two words), encoding, emb, sub, uni, object id, generation
        fonts[cells[0].split("+", 1)[-1]] = cells[-5] == "yes"
    return fonts


Word = tuple[str, float, float, float, float]  # text, x min, y min (from the top), x max, y max


def drawn_words(path: Path, page: int = 1) -> list[Word]:
    """The words poppler finds on ``page``, each with its glyphs in the order drawn."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    number = r'"([\d.]+)"'
    pattern = f"<word xMin={number} yMin={number} xMax={number} yMax={number}>(.*?)</word>"
    return [
        (unescape(text), float(x0), float(y0), float(x1), float(y1))
        for x0, y0, x1, y1, text in re.findall(pattern, out.stdout)
    ]


def right_to_left_line(words: list[Word], text: str) -> list[Word]:
    """The words of the line that reads ``text`` right to left: each word's glyphs drawn
    right to left, the words placed right to left (a question's number beside it left
    out). [] when no line reads so."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w[2]):
        if re.fullmatch(r"\d+\.", word[0]):
            continue
        # One line: tops a few points apart (each script's font has its own ascent).
        if lines and word[2] - lines[-1][0][2] < 4:
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        ordered = sorted(line, key=lambda w: -w[1])
        read = " ".join(unicodedata.normalize("NFKC", w[0][::-1]) for w in ordered)
        if read == unicodedata.normalize("NFKC", text):
            return line
    return []


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_bank_texts_are_drawn_in_a_font_that_has_them(script: str, tmp_path: Path) -> None:
    path = render(tmp_path, [bank_for(script)])
    reader = PdfReader(path)
    assert_no_empty_boxes_and_font(reader, FONTS[script], script)
    text = " ".join(page.extract_text() for page in reader.pages)
    found = letters(text)
    name, _, question, _ = SAMPLES[script]
    for sample in (name, question):
        assert len(letters(sample) & found) >= 0.6 * len(letters(sample)), (script, sample)
    for number in ("1.", "2.", "3."):  # each question keeps its number
        assert number in text


@needs_poppler
def test_every_scripts_noto_font_is_embedded(tmp_path: Path) -> None:
    path = render(tmp_path, [bank_for(script) for script in sorted(SAMPLES)])
    fonts = embedded_fonts(path)
    for script in SAMPLES:
        matching = [name for name in fonts if name.startswith(FONTS[script])]
        assert matching, (script, sorted(fonts))
        assert all(fonts[name] for name in matching), (script, fonts)


@needs_poppler
@pytest.mark.parametrize("script", RIGHT_TO_LEFT)
def test_right_to_left_questions_read_right_to_left_and_end_at_the_column_edge(
    script: str, tmp_path: Path
) -> None:
    name, place, question, _ = SAMPLES[script]
    bank = BankContent(script, f"{name} {place}", "en", questions=[("work", question)])
    path = render(tmp_path, [bank])
    words = drawn_words(path)
    line = right_to_left_line(words, question)
    assert line, f"no line reads {question!r} right to left: {words}"
    page_width = float(PdfReader(path).pages[0].mediabox.width)
    column_right = MARGIN + (page_width - 2 * MARGIN - COLUMN_GAP) / 2
    assert abs(max(w[3] for w in line) - column_right) < 2  # right-aligned in its column
    # Its number stays at the left of the column, on the same line.
    top, bottom = min(w[2] for w in line), max(w[4] for w in line)
    number = [w for w in words if w[0] == "1." and top < (w[2] + w[4]) / 2 < bottom]
    assert number and number[0][3] < MARGIN + 20 * 2.83
    # The bank's name reads right to left too, ending at the right margin.
    heading = right_to_left_line(words, f"{name} {place}")
    assert heading and abs(max(w[3] for w in heading) - (page_width - MARGIN)) < 2


@needs_poppler
def test_arabic_letters_join(tmp_path: Path) -> None:
    question = SAMPLES["arabic"][2]
    path = render(tmp_path, [BankContent("a", "Arabic", "en", questions=[("work", question)])])
    drawn = "".join(w[0] for w in right_to_left_line(drawn_words(path), question))
    forms = {unicodedata.decomposition(c).split(" ")[0] for c in drawn}
    # Letters inside a word take their joining forms, not the isolated one.
    assert {"<initial>", "<medial>", "<final>"} <= forms, drawn


@needs_poppler
def test_a_short_right_to_left_question_is_never_split_between_columns(tmp_path: Path) -> None:
    """Two-line questions stay whole in one column, as Latin ones do (balancing the
    columns used to put the second line of the Hebrew one atop the next column)."""
    hebrew = "קראתי את המאמר של Jan de Vries ב-2023, מה דעתך?"
    bank = BankContent(
        "mixed",
        "Mixed",
        "en",
        questions=[
            ("work", "Anna de Vries (יעל לוי) worked 2024 in תל אביב with Zoë 🚀"),
            ("work", hebrew),
            ("advice", "ما رأيك في مقال Jan de Vries عن LinkedIn؟"),
        ],
    )
    path = render(tmp_path, [bank])
    page_width = float(PdfReader(path).pages[0].mediabox.width)
    middle = page_width / 2
    # Its Hebrew words, glyphs as drawn (right to left); its Latin words are in others too.
    hebrew_words = {w[::-1] for w in hebrew.split() if not re.search(r"[A-Za-z0-9]", w)}
    placed = [w for w in drawn_words(path) if w[0] in hebrew_words]
    assert len(placed) == len(hebrew_words)
    sides = {w[3] < middle for w in placed}
    assert len(sides) == 1, placed

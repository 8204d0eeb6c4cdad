"""Every script prints right: shaped, in order, aligned, nothing drawn as an empty box.

Per script, a sheet with a name, place, purpose, questions and answers in it; what is
drawn is read back from the PDF: which fonts, whether any glyph is .notdef (ReportLab
gives every font subset's code 0 to .notdef, the empty box), what the text layer says,
and for right-to-left text, where it ends.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from bidi import get_display
from pypdf import PdfReader

from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.printing.fonts import register_fonts
from netplanner.printing.prep_sheet import render_prep_sheet
from netplanner.printing.shaping import line_pieces, shape_paragraph
from tests.printing.pdf_glyphs import assert_no_empty_boxes_and_font
from tests.printing.script_samples import FONTS, RIGHT_TO_LEFT, SAMPLES


def sheet_for(script: str) -> PrepSheetData:
    name, place, question, answer = SAMPLES[script]
    return PrepSheetData(
        contact_name=name,
        contact_role=place,
        place=place,
        introduced_by=name,
        purpose=f"{question} {answer}",
        kind="think_along",
        goal=question,
        questions=[SheetQuestion(question), SheetQuestion(question, answer=answer)],
    )


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_every_character_is_drawn_in_a_font_that_has_it(script: str, tmp_path: Path) -> None:
    path = tmp_path / f"{script}.pdf"
    render_prep_sheet(sheet_for(script), path)
    reader = PdfReader(path)
    assert_no_empty_boxes_and_font(reader, FONTS[script], script)
    # The text layer keeps the letters (presentation forms read back as letters).
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    name = unicodedata.normalize("NFKC", SAMPLES[script][0])
    letters = {c for c in name if unicodedata.category(c).startswith("L")}
    found = {c for c in letters if c in text}
    assert len(found) >= 0.6 * len(letters), (script, sorted(letters - found))


def test_text_is_normalised_so_accents_sit_on_their_letters(tmp_path: Path) -> None:
    path = tmp_path / "accents.pdf"
    render_prep_sheet(PrepSheetData(contact_name="E\u0301mile Zola\u0308"), path)
    text = PdfReader(path).pages[0].extract_text()
    assert "Émile" in text  # one precomposed letter, not E and a floating accent


@pytest.mark.parametrize(
    "text",
    [
        "שלום עולם",
        "Anna de Vries (יעל לוי) 2024",
        "יעל לוי (Tel Aviv, 2024) עולם",
        "מספר 123-456 ו-abc def",
        "[שלום] {עולם}",
    ],
)
def test_order_is_the_bidi_algorithms(text: str) -> None:
    """The visual order of what is drawn is python-bidi's (its Rust implementation), with
    brackets mirrored by HarfBuzz where the bidi algorithm mirrors them."""
    _, runs = shape_paragraph(text, register_fonts().regular)
    drawn = "".join(
        text[g.cluster] for piece in line_pieces(runs, 0, len(text)) for g in piece.glyphs
    )
    mirrored = str.maketrans("()[]{}", ")(][}{")
    expected = get_display(text)
    # Mirrored brackets: the algorithm's output has the mirror character, the glyph comes
    # from the original character drawn mirrored.
    same = [a == b or a == b.translate(mirrored) for a, b in zip(drawn, expected, strict=True)]
    assert all(same), (drawn, expected)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("script", RIGHT_TO_LEFT)
def test_right_to_left_text_ends_at_the_right_margin(script: str, tmp_path: Path) -> None:
    from PIL import Image

    from netplanner.printing.styles import INDENT, MARGIN

    question = SAMPLES[script][2]
    path = tmp_path / "rtl.pdf"
    sheet = PrepSheetData(contact_name="Zoë", questions=[SheetQuestion(question)])
    render_prep_sheet(sheet, path)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
    )
    image = Image.open(tmp_path / "page.png").convert("L")
    # The question's row: find where the text is drawn at the right, not at the left.
    reader = PdfReader(path)
    y_top = None

    def visit(text: str, cm: list, tm: list, *_: object) -> None:
        nonlocal y_top
        if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text) and y_top is None:
            y_top = image.height - (tm[5] + cm[5])

    reader.pages[0].extract_text(visitor_text=visit)
    assert y_top is not None
    band = image.crop((0, int(y_top) - 9, image.width, int(y_top) + 3))
    pixels = band.load()
    dark = [x for x in range(band.width) if any(pixels[x, y] < 128 for y in range(band.height))]
    text = [x for x in dark if x > MARGIN + INDENT + 3]  # right of the square and the star
    right_edge = image.width - MARGIN
    assert abs(max(text) - right_edge) < 3  # ends at the margin
    assert min(text) > image.width / 2  # a short question: nothing at the left


def test_shaping_joins_arabic_and_forms_devanagari_conjuncts() -> None:
    face = register_fonts().regular
    _, arabic = shape_paragraph("محمد", face)
    # Joined letters take contextual forms: fewer distinct glyphs than the isolated forms.
    isolated = [shape_paragraph(c, face)[1][0].glyphs[0].gid for c in "محمد"]
    assert [g.gid for g in arabic[0].glyphs][::-1] != isolated
    _, devanagari = shape_paragraph("क्ष", face)
    assert len(devanagari[0].glyphs) < 3  # the conjunct, not ka, virama, ssa


@pytest.mark.parametrize("name", ["٠\U00014647", "יעל \U00010fff", "Zoë \U000e01f0 Vries"])
def test_a_character_newer_than_pythons_unicode_still_prints(name: str, tmp_path: Path) -> None:
    """A name with a character the running Python's Unicode data has no bidi class for
    (found by Hypothesis: an Arabic digit next to an unassigned code point) prints; the
    pure-Python bidi algorithm used to stop with an assertion."""
    pdf = tmp_path / "sheet.pdf"
    render_prep_sheet(PrepSheetData(contact_name=name), pdf)
    assert len(PdfReader(pdf).pages) == 1

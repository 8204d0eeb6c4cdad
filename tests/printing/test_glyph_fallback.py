"""Chinese, Japanese and Korean text prints with real glyphs from the bundled fallback font.

Extracted text says little about what is drawn, so these tests check which font
draws each character, that the fallback font is embedded, and (with poppler's
``pdftoppm``) the pixels: with empty boxes, two different CJK names look the same.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PageObject, PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate

from netplanner.core.banks import BankContent
from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.printing import glyph_fallback
from netplanner.printing.booklet import render_booklet
from netplanner.printing.fonts import (
    FALLBACK,
    FALLBACK_FILE,
    register_fallback_font,
    register_fonts,
)
from netplanner.printing.parts import LabelledLines
from netplanner.printing.prep_sheet import render_prep_sheet
from netplanner.printing.styles import MARGIN, RULE
from netplanner.resources import resource_path

NAME = "Şükrü Yılmaz-王小明 Дмитрий 김민준 さくら"
CJK = "王小明김민준さくらサクラ"
FOOTER_SIZE = 7.5  # document.SheetDocTemplate.afterPage

SHEET = PrepSheetData(
    contact_name=NAME,
    kind="think_along",  # which prints the goal
    contact_role="研究员",
    contact_organisation="株式会社サクラ",
    place="東京",
    introduced_by="李华",
    how_we_know="대학교",
    introduced_via=("李华",),
    goal="学习",
    purpose="목적",
    notes="メモ\n한국어",
    questions=[SheetQuestion("你好?", answer="因为")],
)
BANK = BankContent(
    key="cjk",
    name="面试问题 김민준",
    language="zh",
    description="さくらの質問",
    questions=[("work", "你每天做什么?"), ("advice", "조언이 있나요?")],
)


def is_cjk(char: str) -> bool:
    """A Chinese character, kana or Hangul (which DejaVu Sans has none of)."""
    name = unicodedata.name(char, "")
    return name.startswith(("CJK UNIFIED", "HIRAGANA", "KATAKANA", "HANGUL"))


@dataclasses.dataclass
class Run:
    text: str
    font: str  # BaseFont without the subset prefix, e.g. "DroidSansFallback"
    x: float
    y: float
    size: float


def drawn_runs(page: PageObject) -> list[Run]:
    """The text runs pypdf sees on ``page``, each with its font and start position."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() and isinstance(font, dict):
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            base = str(font["/BaseFont"]).split("+", 1)[-1]
            runs.append(Run(text.strip("\n"), base, x, y, size))

    page.extract_text(visitor_text=visit)
    return runs


def page_fonts(page: PageObject) -> set[str]:
    return {str(ref.get_object()["/BaseFont"]) for ref in page["/Resources"]["/Font"].values()}


def assert_cjk_drawn_in_fallback(reader: PdfReader) -> None:
    seen = 0
    for page in reader.pages:
        for run in drawn_runs(page):
            cjk = [c for c in run.text if is_cjk(c)]
            seen += len(cjk)
            if run.font == "DroidSansFallback":
                assert all(map(is_cjk, run.text.replace(" ", ""))), run
            else:
                assert not cjk, f"{run.text!r} drawn in {run.font}, which has no glyphs for it"
    assert seen, "no CJK text drawn at all"


def render_sheet(tmp_path: Path, sheet: PrepSheetData, name: str = "sheet.pdf") -> Path:
    path = tmp_path / name
    render_prep_sheet(sheet, path)
    return path


@pytest.fixture(scope="module")
def sheet_pdf(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    return PdfReader(render_sheet(tmp_path_factory.mktemp("cjk"), SHEET))


# The font itself -------------------------------------------------------------------


def test_fallback_font_is_bundled_truetype_with_licence_and_covers_cjk() -> None:
    path = resource_path("fonts", FALLBACK_FILE)
    assert path.stat().st_size > 1_000_000
    licence = resource_path("fonts", "LICENSE-DroidSansFallback.txt").read_text(encoding="utf-8")
    assert "Droid Sans Fallback" in licence
    assert "Apache License" in licence and "TERMS AND CONDITIONS" in licence
    font = TTFont("test-fallback", str(path))  # ReportLab reads TrueType (glyf) outlines only
    fallback = font.face.charToGlyph
    dejavu = pdfmetrics.getFont(register_fonts().regular).face.charToGlyph
    for char in CJK + "김민준한국어" + "ひらがなカタカナ":
        assert ord(char) in fallback, char
        assert ord(char) not in dejavu, char  # else the fallback would not be needed
    # Every Hangul syllable, the kana in use and the common Chinese characters.
    assert all(code in fallback for code in range(0xAC00, 0xD7A4))
    assert all(code in fallback for code in range(0x3041, 0x3095))  # ぁ … ゔ
    assert all(code in fallback for code in range(0x30A1, 0x30F7))  # ァ … ヶ
    assert sum(code in fallback for code in range(0x4E00, 0xA000)) > 20_000


def _what_the_fallback_adds() -> list[int]:
    """Code points (from the space on) the fallback has and some DejaVu face lacks."""
    names = register_fonts()
    fallback = pdfmetrics.getFont(register_fallback_font()).face.charToGlyph
    faces = [
        pdfmetrics.getFont(name).face.charToGlyph
        for name in (names.regular, names.bold, names.italic)
    ]
    return [code for code in fallback if code >= 0x20 and not all(code in f for f in faces)]


def test_the_fallback_adds_no_glyph_below_the_fast_path_limit() -> None:
    # needs_fallback() skips text below FALLBACK_FROM without looking at it; that is
    # only right while the fallback has nothing there that DejaVu lacks.
    extra = _what_the_fallback_adds()
    assert extra and min(extra) >= ord(glyph_fallback.FALLBACK_FROM)


def test_what_the_fallback_adds_lies_in_the_cjk_blocks() -> None:
    # needs_fallback() loads the fallback only for characters in these blocks: right
    # while it has nothing DejaVu lacks elsewhere (but five Deseret letters, 𐐀 𐐨 𐑍 𐑎 𐑏).
    extra = _what_the_fallback_adds()
    outside = [code for code in extra if not glyph_fallback.in_cjk_block(chr(code))]
    assert len(extra) > 30_000
    assert outside == [0x10400, 0x10428, 0x1044D, 0x1044E, 0x1044F]
    maps = glyph_fallback.dejavu_maps()
    assert all(glyph_fallback._lacking(emoji, maps) for emoji in "👍🧡🙏")  # neither has them
    assert not glyph_fallback.needs_fallback("Thanks 👍🧡🙏")


# Cutting text into runs ------------------------------------------------------------------


def test_runs_put_only_what_dejavu_lacks_in_the_fallback() -> None:
    register_fonts()
    assert glyph_fallback.runs(NAME) == [
        (False, "Şükrü Yılmaz-"),
        (True, "王小明"),
        (False, " Дмитрий "),
        (True, "김민준"),
        (False, " "),
        (True, "さくら"),
    ]
    for plain in ("", "Zoë", "Дмитрий Иванов", "You → Anna – “quoted” …", "Łukasz\nWójcik"):
        assert glyph_fallback.runs(plain) == [(False, plain)]
        assert not glyph_fallback.needs_fallback(plain)
    # Neither font has these: they stay in the main font, as before.
    assert glyph_fallback.runs("a😀b ก") == [(False, "a😀b ก")]


def test_markup_wraps_fallback_runs_in_a_font_tag() -> None:
    register_fonts()
    assert glyph_fallback.markup("Zoë &amp; co") == "Zoë &amp; co"
    assert glyph_fallback.markup("王 &lt;b&gt;<br/>김") == (
        f'<font name="{FALLBACK}">王</font> &lt;b&gt;<br/><font name="{FALLBACK}">김</font>'
    )


def test_widths_measure_each_run_in_its_own_font() -> None:
    regular = register_fonts().regular
    expected = stringWidth("Zoë ", regular, 10) + stringWidth("王小明", FALLBACK, 10)
    assert glyph_fallback.string_width("Zoë 王小明", regular, 10) == pytest.approx(expected)
    # The boxes DejaVu would draw are narrower than the real glyphs.
    assert expected > stringWidth("Zoë 王小明", regular, 10) + 5


def test_a_sheet_without_cjk_never_loads_the_fallback(tmp_path: Path) -> None:
    # A fresh process: this one has long loaded the fallback for other tests.
    code = f"""
import sys
from pathlib import Path
from netplanner.core.banks import BankContent
from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.printing.blank_sheet import render_blank_sheet
from netplanner.printing.booklet import render_booklet
from netplanner.printing.fonts import fallback_font_registered
from netplanner.printing.prep_sheet import render_prep_sheet
out = Path({str(tmp_path)!r})
name = "Şükrü Yılmaz – Дмитрий Иванов · Łukasz Wójcik · Ζωή"
sheet = PrepSheetData(contact_name=name, introduced_by="Anna", introduced_via=("Bert",),
                      kind="think_along", goal="“Ask” … ≥ €5",
                      questions=[SheetQuestion("Как дела?", answer="İyi")],
                      notes="a\\nb 👍🙏")  # neither font has these: nothing to load
render_prep_sheet(sheet, out / "latin.pdf", language="nl")
render_booklet([BankContent("k", name, "tr", "Açıklama", [("work", "Ne?")])], out / "b.pdf")
render_blank_sheet(out / "blank.pdf")
print(fallback_font_registered())
render_prep_sheet(PrepSheetData(contact_name="王小明"), out / "cjk.pdf")
print(fallback_font_registered())
"""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


# What the documents draw -----------------------------------------------------------


def test_every_cjk_character_of_a_prep_sheet_is_drawn_in_the_fallback(
    sheet_pdf: PdfReader,
) -> None:
    assert_cjk_drawn_in_fallback(sheet_pdf)
    first = sheet_pdf.pages[0]
    fonts = page_fonts(first)
    assert any(f.endswith("+DroidSansFallback") for f in fonts), fonts
    for ref in first["/Resources"]["/Font"].values():
        assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()  # embedded
    text = " ".join(drawn.text for drawn in drawn_runs(first))
    for field in ("王小明", "研究员", "株式会社サクラ", "東京", "李华", "대학교", "学习", "목적"):
        assert field in text
    for field in ("メモ", "한국어", "你好", "因为"):
        assert any(field in page.extract_text() for page in sheet_pdf.pages)


def test_footer_draws_the_name_right_aligned_with_cjk_in_the_fallback(
    sheet_pdf: PdfReader,
) -> None:
    page = sheet_pdf.pages[0]
    width = float(page.mediabox.width)
    footer = [run for run in drawn_runs(page) if MARGIN > run.y > 0 and run.x > width / 2]
    assert "".join(run.text for run in footer).replace(" ", "") == NAME.replace(" ", "")
    assert {run.font for run in footer if any(map(is_cjk, run.text))} == {"DroidSansFallback"}
    last = max(footer, key=lambda run: run.x)
    font = FALLBACK if last.font == "DroidSansFallback" else register_fonts().regular
    right = last.x + stringWidth(last.text, font, FOOTER_SIZE)
    assert right == pytest.approx(width - MARGIN, abs=0.2)


def test_a_long_footer_name_is_shortened_by_its_real_width(tmp_path: Path) -> None:
    name = "王小明 김민준 さくら Şükrü " * 12
    page = PdfReader(render_sheet(tmp_path, PrepSheetData(contact_name=name))).pages[0]
    width = float(page.mediabox.width)
    # (The page total is a form, drawn at its own origin: left out here.)
    footer = [run for run in drawn_runs(page) if MARGIN > run.y > 0]
    left = min(footer, key=lambda run: run.x)
    assert left.text.startswith("NetPlanner")
    name_runs = [run for run in footer if run is not left]
    assert name_runs[-1].text.endswith("…") and name_runs[-1].font == "DejaVuSans"
    assert {run.font for run in name_runs if any(map(is_cjk, run.text))} == {"DroidSansFallback"}
    # Starts after the page label and its gap, ends at the right margin.
    regular = register_fonts().regular
    label_end = left.x + stringWidth(left.text + "999", regular, FOOTER_SIZE)
    assert name_runs[0].x >= label_end + 12 * 72 / 25.4 - 0.5
    end = name_runs[-1].x + stringWidth(name_runs[-1].text, regular, FOOTER_SIZE)
    assert end == pytest.approx(width - MARGIN, abs=0.2)


def test_a_long_mixed_name_wraps_with_all_its_glyphs(tmp_path: Path) -> None:
    sheet = PrepSheetData(
        contact_name=(NAME + " ") * 5,
        place="王小明" * 60,  # no spaces: split where the line is full
    )
    path = render_sheet(tmp_path, sheet)
    reader = PdfReader(path)
    assert_cjk_drawn_in_fallback(reader)
    runs = drawn_runs(reader.pages[0])
    heading = [run for run in runs if run.size == 14]  # the name, in the name style
    assert len({round(run.y) for run in heading}) >= 4, "the name did not wrap"
    drawn = "".join(run.text for run in heading).replace(" ", "")
    assert drawn == ((NAME + " ") * 5).replace(" ", "")
    place = "".join(run.text for run in runs if "王" in run.text and run.size == 9)
    assert place.replace("\n", "") == "王小明" * 60
    if shutil.which("pdftoppm"):
        # Nothing is drawn right of the text column.
        image = rasterize(path, dpi=72)
        right = round(image.width - MARGIN) + 2
        assert image.crop((right, 0, image.width, image.height)).getextrema()[0] > 200


def test_booklet_draws_bank_texts_and_footer_in_the_fallback(tmp_path: Path) -> None:
    path = tmp_path / "booklet.pdf"
    render_booklet([BANK], path)
    reader = PdfReader(path)
    assert_cjk_drawn_in_fallback(reader)
    runs = drawn_runs(reader.pages[0])
    footer = [run for run in runs if run.y < MARGIN and run.x > 200]
    assert "".join(run.text for run in footer).replace(" ", "") == "面试问题김민준"
    text = "".join(run.text for run in runs)
    for field in ("さくらの質問", "你每天做什么", "조언이"):
        assert field in text


def test_labelled_lines_draw_cjk_labels_in_the_fallback(tmp_path: Path) -> None:
    fonts = register_fonts()
    path = tmp_path / "labels.pdf"
    lines = LabelledLines(
        "王小明", 1, 20, RULE, indent=80, font=fonts.regular, size=9, label_color=RULE
    )
    SimpleDocTemplate(str(path)).build([lines])
    assert_cjk_drawn_in_fallback(PdfReader(path))


# Pixels ------------------------------------------------------------------------------


def rasterize(pdf: Path, *, dpi: int, page: int = 1) -> Image.Image:
    """Page ``page`` of ``pdf`` as a greyscale image, via poppler's pdftoppm."""
    stem = pdf.with_name(f"{pdf.stem}-{dpi}")
    pages = ["-f", str(page), "-l", str(page)]
    command = ["pdftoppm", "-gray", "-png", "-singlefile", "-r", str(dpi), *pages]
    subprocess.run([*command, str(pdf), str(stem)], check=True)
    with Image.open(stem.with_suffix(".png")) as image:
        return image.convert("L")


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler's pdftoppm")
@pytest.mark.parametrize(
    ("one", "other"),
    [("王小明", "山田花"), ("김민준", "이서연"), ("さくら", "ひまり")],
    ids=["chinese", "korean", "japanese"],
)
def test_different_cjk_names_look_different(tmp_path: Path, one: str, other: str) -> None:
    """Empty boxes all look alike: with them, the two sheets would be the same picture."""
    images = []
    for index, text in enumerate((one, other)):
        sheet = PrepSheetData(contact_name=f"Şükrü {text}")
        images.append(rasterize(render_sheet(tmp_path, sheet, f"{index}.pdf"), dpi=72))
    height = images[0].height
    margin = round(MARGIN)  # 72 dpi: a pixel a point
    regions = {  # the name as the heading, and in the footer (drawn on the canvas)
        "heading": (0, 0, images[0].width, 4 * margin),
        "footer": (0, height - margin, images[0].width, height),
    }
    for where, box in regions.items():
        first, second = (image.crop(box) for image in images)
        assert first.getextrema()[0] < 160, f"nothing drawn in the {where}"
        assert ImageChops.difference(first, second).getbbox(), f"{where}: boxes, not glyphs"

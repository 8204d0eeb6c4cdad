"""The prep sheet shapes text as Qt does: the same glyphs, in the same order, as many.

Qt shapes with its own HarfBuzz build and draws with the system's copy of the font
(Debian's Noto has the same family name as our subset, and wins). So glyphs are compared
by what they are, not by their index: each glyph's outline bounds, in font units, in
visual order. A contextual form, a conjunct or a reordered vowel sign has bounds of its
own, so a glyph left unjoined, out of order or missing shows.
"""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextLayout

from netplanner.printing.fonts import SCRIPT_FILES, register_fonts
from netplanner.printing.shaping import line_pieces, shape_paragraph
from netplanner.resources import resource_path
from tests.printing.script_samples import SAMPLES

SIZE = 1000.0  # pixels: Qt's units are then the font's thousandths, as ours
Bounds = tuple[int, ...]  # x min, y min, x max, y max


def _ours(text: str, script: str) -> list[Bounds]:
    font = TTFont(resource_path("fonts", SCRIPT_FILES[script][0]))
    scale = SIZE / font["head"].unitsPerEm
    glyf, order = font["glyf"], font.getGlyphOrder()
    _, runs = shape_paragraph(text, register_fonts().regular)
    found: list[Bounds] = []
    for piece in line_pieces(runs, 0, len(text)):
        assert piece.font.startswith(f"NetPlanner-{script}"), piece.font
        for glyph in piece.glyphs:
            outline = glyf[order[glyph.gid]]
            box = (
                (outline.xMin, outline.yMin, outline.xMax, outline.yMax)
                if outline.numberOfContours
                else (0, 0, 0, 0)
            )
            found.append(tuple(round(v * scale) for v in box))
    return found


def _qts(text: str, family: str) -> list[Bounds]:
    font = QFont(family)
    font.setPixelSize(int(SIZE))
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    found: list[Bounds] = []
    for run in layout.glyphRuns():
        raw = run.rawFont()
        assert raw.familyName() == family
        glyphs = []
        for index in run.glyphIndexes():
            box = raw.pathForGlyph(index).boundingRect()  # y grows downwards
            edges = (
                (box.left(), -box.bottom(), box.right(), -box.top()) if box.width() else (0,) * 4
            )
            glyphs.append(tuple(round(v) for v in edges))
        # Qt lists a run's glyphs in logical order: a right-to-left run reads backwards.
        found += reversed(glyphs) if run.isRightToLeft() else glyphs
    return found


def _same(ours: list[Bounds], qts: list[Bounds]) -> bool:
    """The same glyphs in the same order (bounds to two units: Qt's outlines are hinted)."""
    return len(ours) == len(qts) and all(
        abs(a - b) <= 2
        for one, other in zip(ours, qts, strict=True)
        for a, b in zip(one, other, strict=True)
    )


@pytest.fixture(scope="module")
def families(qapp: QGuiApplication) -> dict[str, str]:
    names = {}
    for script, (regular, _) in SCRIPT_FILES.items():
        if script == "emoji":
            continue  # Qt prefers a colour emoji font where there is one
        loaded = QFontDatabase.addApplicationFont(str(resource_path("fonts", regular)))
        names[script] = QFontDatabase.applicationFontFamilies(loaded)[0]
    return names


@pytest.mark.parametrize("script", ["arabic", "hebrew", "devanagari", "thai"])
@pytest.mark.parametrize("field", [0, 1, 2, 3], ids=["name", "place", "question", "answer"])
def test_glyphs_order_and_count_match_qt(families: dict[str, str], script: str, field: int) -> None:
    # A word at a time: one run, in one font, for both.
    words = [w.strip("؟?،,") for w in SAMPLES[script][field].split()]
    for word in filter(None, words):
        ours, qts = _ours(word, script), _qts(word, families[script])
        assert _same(ours, qts), (word, ours, qts)

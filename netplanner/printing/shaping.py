"""Shape a paragraph of any script with HarfBuzz and order it with the bidi algorithm.

ReportLab draws text as given, one glyph per character from one font: Arabic comes out
unjoined, Hebrew and Arabic left to right, Devanagari without its conjuncts, and a
character the font lacks as an empty box. So a paragraph that needs it
(:func:`netplanner.printing.script_fonts.needs_layout`) is laid out here:

1. the bidi levels of its characters, from python-bidi (the embedding levels of its
   implementation in Python: the Rust one it also ships gives only the reordered
   string, and shaping needs the logical order of each run);
2. runs of characters with one font (:func:`script_fonts.fonts_for`) and one level,
   each shaped by HarfBuzz (uharfbuzz) in its direction, with the paragraph as context;
3. per line (:mod:`netplanner.printing.shaped_text` breaks the lines), the runs cut to
   the line and put in visual order (rule L2 of the bidi algorithm).

A run is drawn with ReportLab's own support for shaped text: a ``ShapedStr`` whose
characters select the glyphs HarfBuzz chose and whose ``ShapeData`` carry their
advances and offsets. A glyph that no character maps to (a ligature, a conjunct, a
contextual form) gets a private-use character of its own, as ReportLab's shaping does;
:mod:`netplanner.printing.to_unicode` then tells PDF readers which text it stands for,
so the text can still be searched and copied.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import uharfbuzz as hb
from bidi import algorithm as bidi_algorithm
from bidi import get_base_level
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from netplanner.printing.fonts import font_face
from netplanner.printing.script_fonts import fonts_for
from netplanner.printing.to_unicode import add_private, is_unnamed, name_private

_FEATURES = {"kern": True, "liga": True}
_lock = threading.Lock()
_hb_fonts: dict[str, hb.Font] = {}
_next_private: dict[str, int] = {}


@dataclass(frozen=True)
class Glyph:
    """One shaped glyph, sizes in thousandths of the font size (ReportLab's unit)."""

    char: str  # selects the glyph in ReportLab's subset of the font
    gid: int  # the glyph's index in the font (0: the font lacks the character)
    cluster: int  # index in the paragraph of the first character it draws
    advance: float
    x_offset: float
    y_offset: float
    width: float  # the advance ReportLab's subset gives the character


@dataclass(frozen=True)
class Run:
    """Characters ``start``..``end`` of a paragraph in one font and at one bidi level,
    shaped: ``glyphs`` in visual order (right to left runs come out reversed)."""

    font: str
    level: int
    start: int
    end: int
    glyphs: tuple[Glyph, ...]


@dataclass(frozen=True)
class Piece:
    """What one call draws: the glyphs of one run on one line, in visual order."""

    font: str
    glyphs: tuple[Glyph, ...]

    def width(self, size: float) -> float:
        return sum(g.advance for g in self.glyphs) * size / 1000

    def shaped(self) -> ShapedStr:
        data = [
            ShapeData(g.cluster, g.advance, 0, g.x_offset, g.y_offset, g.width) for g in self.glyphs
        ]
        # ReportLab reads a list of ShapeData (its stubs say one)
        return ShapedStr("".join(g.char for g in self.glyphs), shapeData=data)  # type: ignore[arg-type]


def bidi_levels(text: str, rtl: bool | None = None) -> tuple[int, list[int]]:
    """The paragraph's base level (0 left to right, 1 right to left; from its first strong
    character unless ``rtl`` says) and each character's resolved embedding level."""
    base = get_base_level(text) if rtl is None else int(rtl)
    if not any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text) and not base:
        return 0, [0] * len(text)  # nothing to resolve: all left to right
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    for char in storage["chars"]:
        if not char["type"]:  # a character this Python's Unicode data does not know yet
            char["type"] = _default_bidi_class(char["ch"])
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    _resolve_brackets(storage["chars"], base)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    chars = storage["chars"]
    if len(chars) != len(text):  # explicit formatting characters are left out by X9
        return base, _with_removed(text, chars, base)
    return base, [c["level"] for c in chars]


#: Blocks whose unassigned characters default to right to left (UAX #9, DerivedBidiClass.txt).
_DEFAULT_RTL = (
    (0x0590, 0x05FF, "R"),
    (0x0600, 0x07BF, "AL"),
    (0x07C0, 0x085F, "R"),
    (0x0860, 0x08FF, "AL"),
    (0xFB1D, 0xFB4F, "R"),
    (0xFB50, 0xFDFF, "AL"),
    (0xFE70, 0xFEFF, "AL"),
    (0x10800, 0x10FFF, "R"),
    (0x1E800, 0x1EC6F, "R"),
    (0x1EC70, 0x1EEFF, "AL"),
    (0x1EF00, 0x1EFFF, "R"),
)


def _default_bidi_class(char: str) -> str:
    """The bidi class Unicode gives a character not yet assigned in the running Python's
    data: right to left in the Hebrew and Arabic blocks, else left to right. (The bidi
    algorithm refuses a character without a class; a name from a newer Unicode must
    still print.)"""
    code = ord(char)
    return next((kind for low, high, kind in _DEFAULT_RTL if low <= code <= high), "L")


#: Opening bracket -> its closing one (the pairs of BidiBrackets.txt that user text has).
_BRACKETS = {"(": ")", "[": "]", "{": "}", "⁅": "⁆", "⁽": "⁾", "₍": "₎", "〈": "〉", "⟨": "⟩"}
_STRONG = {"L": "L", "R": "R", "AL": "R", "EN": "R", "AN": "R"}


def _resolve_brackets(chars: list[dict[str, Any]], base: int) -> None:
    """Rule N0 (bracket pairs, from Unicode 6.3), which the Python implementation predates:
    a pair takes the direction of the text inside it, so "Anna (יעל לוי) 2024" keeps its
    brackets around the name. Run between the weak and the neutral rules, as N0 is."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(chars):
        if char["type"] != "ON":
            continue
        if char["ch"] in _BRACKETS:
            stack.append((_BRACKETS[char["ch"]], index))
        elif stack and char["ch"] in _BRACKETS.values():
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char["ch"]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        embedding = "R" if chars[opening]["level"] % 2 else "L"
        inside = {_STRONG.get(c["type"]) for c in chars[opening + 1 : closing]}
        if embedding in inside:
            direction = embedding
        elif inside & {"L", "R"}:
            before = next(
                (_STRONG[c["type"]] for c in reversed(chars[:opening]) if c["type"] in _STRONG),
                "R" if base else "L",
            )
            direction = before if before != embedding else embedding
        else:
            continue
        chars[opening]["type"] = chars[closing]["type"] = direction


def _with_removed(text: str, chars: list[dict[str, Any]], base: int) -> list[int]:
    """Levels per character of ``text`` when the algorithm dropped some (X9): those take
    the level of the character before them (they draw nothing)."""
    levels: list[int] = []
    index = 0
    for char in text:
        if index < len(chars) and chars[index]["ch"] == char:
            levels.append(chars[index]["level"])
            index += 1
        else:
            levels.append(levels[-1] if levels else base)
    return levels


def _hb_font(name: str) -> hb.Font:
    font = _hb_fonts.get(name)
    if font is None:
        font = hb.Font(hb.Face(hb.Blob(font_face(name)._ttf_data)))
        _hb_fonts[name] = font
    return font


def _char_for(name: str, gid: int, fallback: str, width: float) -> tuple[str, float]:
    """The character that selects glyph ``gid`` of font ``name`` in ReportLab, and its width.

    ``fallback`` (the cluster's character) for .notdef: ReportLab prints a box for it.
    """
    face = font_face(name)
    chars = face.glyphToChar.get(gid)
    if gid == 0:
        return fallback, face.charWidths.get(ord(fallback), width)
    if chars:
        return chr(chars[0]), face.charWidths.get(chars[0], width)
    with _lock:  # a glyph without a character: give it one from the private use area
        chars = face.glyphToChar.get(gid)
        if not chars:
            code = _next_private.get(name, 0xE000)
            while code in face.charToGlyph:
                code += 1
            _next_private[name] = code + 1
            face.charToGlyph[code] = gid
            face.glyphToChar.setdefault(gid, []).append(code)
            face.charWidths[code] = width
            chars = [code]
            add_private(face.name, code)
    return chr(chars[0]), face.charWidths.get(chars[0], width)


def _shape(text: str, start: int, end: int, font_name: str, rtl: bool) -> tuple[Glyph, ...]:
    font = _hb_font(font_name)
    scale = 1000 / font.face.upem
    buffer = hb.Buffer()
    buffer.add_str(text, item_offset=start, item_length=end - start)
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.guess_segment_properties()
    hb.shape(font, buffer, _FEATURES)
    glyphs = []
    infos = buffer.glyph_infos
    for info, position in zip(infos, buffer.glyph_positions, strict=True):
        advance = position.x_advance * scale
        char, width = _char_for(font_name, info.codepoint, text[info.cluster], advance)
        glyphs.append(
            Glyph(
                char,
                info.codepoint,
                info.cluster,
                advance,
                position.x_offset * scale,
                position.y_offset * scale,
                width,
            )
        )
    _name_private_glyphs(text, end, font_name, glyphs)
    return tuple(glyphs)


def _name_private_glyphs(text: str, end: int, font_name: str, glyphs: list[Glyph]) -> None:
    """Tell ``to_unicode`` what text a new private-use glyph stands for: when it is the only
    such glyph of its cluster, the cluster's characters less those its other glyphs show
    (first use wins; with two or more the split is unknown, and they stay unnamed)."""
    face = font_face(font_name)
    starts = sorted({g.cluster for g in glyphs})
    ends = dict(zip(starts, [*starts[1:], end], strict=True))
    for cluster in starts:
        members = [g for g in glyphs if g.cluster == cluster]
        private = [g for g in members if is_unnamed(face.name, ord(g.char))]
        if len(private) != 1 or sum(1 for g in members if 0xE000 <= ord(g.char) < 0xF900) > 1:
            continue
        rest = list(text[cluster : ends[cluster]])
        for glyph in members:
            if glyph not in private and glyph.char in rest:
                rest.remove(glyph.char)
        name_private(face.name, ord(private[0].char), "".join(rest))


def shape_paragraph(text: str, face: str, rtl: bool | None = None) -> tuple[int, list[Run]]:
    """``text`` (one paragraph, NFC) set in the DejaVu ``face``: its base level and its
    shaped runs in logical order."""
    base, levels = bidi_levels(text, rtl)
    fonts = fonts_for(text, face)
    runs: list[Run] = []
    index = 0
    for (font, level), chunk in groupby(zip(fonts, levels, strict=True)):
        length = len(list(chunk))
        glyphs = _shape(text, index, index + length, font, bool(level % 2))
        runs.append(Run(font, level, index, index + length, glyphs))
        index += length
    return base, runs


def line_pieces(runs: list[Run], start: int, end: int) -> list[Piece]:
    """The glyphs of characters ``start``..``end`` (one line), in visual order."""
    cut: list[tuple[int, Piece]] = []
    for run in runs:
        if run.end <= start or run.start >= end:
            continue
        glyphs = tuple(g for g in run.glyphs if start <= g.cluster < end)
        if glyphs:
            cut.append((run.level, Piece(run.font, glyphs)))
    return reorder(cut)


def reorder(pieces: list[tuple[int, Piece]]) -> list[Piece]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every stretch
    of pieces at that level or higher."""
    if not pieces:
        return []
    levels = [level for level, _ in pieces]
    order = list(range(len(pieces)))
    lowest_odd = min(level for level in levels if level % 2) if any(x % 2 for x in levels) else 0
    for level in range(max(levels), max(lowest_odd, 1) - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                stop = index
                while stop < len(order) and levels[order[stop]] >= level:
                    stop += 1
                order[index:stop] = reversed(order[index:stop])
                index = stop
            else:
                index += 1
    return [pieces[i][1] for i in order]

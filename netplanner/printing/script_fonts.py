"""Which texts need shaping and bidirectional layout, and which font prints each character.

DejaVu Sans prints Latin, Greek and Cyrillic, and ReportLab draws such text as it is,
character by character (the fast path, with Chinese, Japanese and Korean runs set in the
fallback font by :mod:`netplanner.printing.glyph_fallback`). Text in a script whose
letters change shape or order (Arabic, Hebrew, Devanagari, Thai), with combining marks
left after NFC normalisation, or with emoji, goes through
:mod:`netplanner.printing.shaping` instead, in the fonts chosen here:

- letters of Arabic, Hebrew, Devanagari and Thai: Noto Sans of that script, regular or
  bold like the text around them (there is no italic: italic text prints upright);
- emoji (from U+1F000, or any character followed by the emoji variation selector):
  Noto Emoji, in one weight;
- marks, joiners and variation selectors: the font of the character they belong to;
- everything else: the DejaVu face of the text if it has the character, else the CJK
  fallback or Noto Emoji if either has it, else DejaVu (which prints an empty box).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import lru_cache

from netplanner.printing.fonts import BOLD, FALLBACK, font_face, script_font_name
from netplanner.printing.glyph_fallback import dejavu_maps, fallback_chars, in_cjk_block

#: (first, last, script): the blocks printed in a Noto script font, sorted.
_RANGES = (
    (0x0590, 0x05FF, "hebrew"), (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"),
    (0x0870, 0x08FF, "arabic"), (0x0900, 0x097F, "devanagari"), (0x0E00, 0x0E7F, "thai"),
    (0x1CD0, 0x1CFF, "devanagari"), (0xA8E0, 0xA8FF, "devanagari"), (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
)  # fmt: skip
_STARTS = [first for first, _, _ in _RANGES]

#: Bidirectional classes that make a text need the bidi algorithm.
_BIDI_CLASSES = frozenset(("R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI"))
EMOJI_FROM = 0x1F000
VS16 = "\ufe0f"  # emoji presentation
#: Characters that belong with the one before them: joiners, variation selectors,
#: skin-tone modifiers, the keycap mark, tag characters (subdivision flags).
_ATTACHING = frozenset(
    (0x200C, 0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400))
).union(range(0xE0020, 0xE0080), range(0xE0100, 0xE01F0))


def script_of(char: str) -> str | None:
    """ "arabic", "hebrew", "devanagari", "thai" or None."""
    code = ord(char)
    index = bisect_right(_STARTS, code) - 1
    if index >= 0:
        first, last, script = _RANGES[index]
        if first <= code <= last:
            return script
    return None


@lru_cache(maxsize=4096)
def needs_layout(text: str) -> bool:
    """Whether ``text`` must be shaped and ordered (see the module docstring), rather than
    drawn character by character. Decided without loading any font but DejaVu."""
    if text.isascii():
        return False
    for char in set(text):
        if char < "\u0300":
            continue
        code = ord(char)
        if (
            code >= EMOJI_FROM
            or code in _ATTACHING
            or script_of(char) is not None
            or unicodedata.bidirectional(char) in _BIDI_CLASSES
            or unicodedata.category(char) in ("Mn", "Mc", "Me")
        ):
            return True
    maps = dejavu_maps()
    return any(  # a symbol DejaVu lacks that is no CJK: perhaps an emoji (✅)
        ord(char) not in maps[0] and not in_cjk_block(char) for char in set(text) if char > "~"
    )


_emoji_map: dict[int, int] | None = None


def _emoji_chars() -> dict[int, int]:
    global _emoji_map
    if _emoji_map is None:
        _emoji_map = font_face(script_font_name("emoji", False)).charToGlyph
    return _emoji_map


def fonts_for(text: str, face: str) -> list[str]:
    """The ReportLab font name for each character of ``text`` set in the DejaVu ``face``."""
    maps = dejavu_maps()
    bold = face == BOLD
    fonts: list[str] = []
    for index, char in enumerate(text):
        code = ord(char)
        if fonts and (code in _ATTACHING or unicodedata.category(char) in ("Mn", "Me")):
            fonts.append(fonts[-1])  # a mark or joiner stays with its character
            continue
        following = text[index + 1 : index + 2]
        script = script_of(char)
        if script is not None:
            fonts.append(script_font_name(script, bold))
        elif (code >= EMOJI_FROM or following == VS16) and code in _emoji_chars():
            fonts.append(script_font_name("emoji", False))
        elif all(code in cmap for cmap in maps):
            fonts.append(face)
        elif in_cjk_block(char) and code in fallback_chars():
            fonts.append(FALLBACK)
        elif code in _emoji_chars():
            fonts.append(script_font_name("emoji", False))
        else:
            fonts.append(face)
    return fonts

"""The text behind each glyph, for PDF readers: searching, copying, reading aloud.

ReportLab writes a ToUnicode map for every font subset, one character per glyph code.
Two things it cannot say there, and this module's ``to_unicode_cmap`` (installed in
its place by ``install``) does:

- the text of a glyph that stands for no single character: a Devanagari conjunct, an
  Arabic ligature, an emoji sequence (:mod:`netplanner.printing.shaping` gives these a
  private-use character and says here which characters they draw);
- characters beyond U+FFFF (emoji), which must be written as UTF-16 surrogate pairs.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
#: (font face name, private-use code) -> the text it draws ("" while not known).
_texts: dict[tuple[str, int], str] = {}
_installed = False


def _key(face_name: bytes | str, code: int) -> tuple[str, int]:
    name = face_name.decode("latin-1") if isinstance(face_name, bytes) else face_name
    return name, code


def add_private(face_name: bytes | str, code: int) -> None:
    """``code`` now selects a glyph of ``face_name`` that no character maps to."""
    with _lock:
        _texts.setdefault(_key(face_name, code), "")


def is_unnamed(face_name: bytes | str, code: int) -> bool:
    """Whether ``code`` is such a glyph whose text is not known yet."""
    return _texts.get(_key(face_name, code)) == ""


def name_private(face_name: bytes | str, code: int, text: str) -> None:
    """Say which ``text`` the private glyph ``code`` draws (the first answer stays)."""
    with _lock:
        key = _key(face_name, code)
        if text and _texts.get(key) == "":
            _texts[key] = text


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ``makeToUnicodeCMap`` with the two additions of the module docstring."""
    face = fontname.split("+", 1)[-1]
    pairs = []
    for index, code in enumerate(subset):
        text = _texts.get((face, code)) or chr(code)
        pairs.append(f"<{index:02X}> <{_utf16_hex(text)}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def install() -> None:
    """Let ReportLab write its ToUnicode maps with ``to_unicode_cmap`` (idempotent)."""
    global _installed
    if not _installed:
        from reportlab.pdfbase import ttfonts

        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        _installed = True

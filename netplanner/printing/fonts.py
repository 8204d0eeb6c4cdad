"""The bundled DejaVu Sans family, registered with ReportLab on first use.

The prep sheet must print the same on every machine and cover names such as
"Şükrü Yılmaz" or "Дмитрий Иванов", so the PDF never relies on the standard
PDF fonts (Latin-1 only) or on fonts installed on the user's system: the TTF
files ship in ``resources/fonts`` and are embedded (subset) in every PDF.

DejaVu has no Chinese, Japanese or Korean characters, so Droid Sans Fallback
(``FALLBACK``) ships beside it for those. It is big (3.4 MB, a sixth of a second
to parse), so it is registered only when a text needs it: see
:mod:`netplanner.printing.glyph_fallback`, which decides that and prints such
characters in it.

Arabic, Hebrew, Devanagari and Thai print in subsets of Noto Sans (regular and
bold), and emoji in the monochrome Noto Emoji (``SCRIPT_FILES``; made with
``packaging/subset_fonts.py``). Each is registered the first time a text needs
it (:mod:`netplanner.printing.script_fonts` decides which).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, cast

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from netplanner.resources import resource_path

FAMILY = "NetPlannerSans"
REGULAR = "NetPlannerSans"
BOLD = "NetPlannerSans-Bold"
ITALIC = "NetPlannerSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

# Chinese, Japanese (kana) and Korean (Hangul); TrueType outlines, as ReportLab needs.
FALLBACK = "NetPlannerCJK"
FALLBACK_FILE = "DroidSansFallback.ttf"

_lock = threading.Lock()
_registered = False
_fallback_registered = False


@dataclass(frozen=True)
class FontNames:
    """ReportLab font names to use in styles and on the canvas."""

    family: str = FAMILY
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC


def _forbid_fetching() -> None:
    """ReportLab can fetch images and fonts by URL; NetPlanner never goes online, so no
    host and no URL scheme is trusted, whatever a document might ask for."""
    from reportlab import rl_config

    rl_config.trustedHosts = None
    rl_config.trustedSchemes = []


def _register(name: str, filename: str) -> None:
    """Register the bundled font file ``filename`` as ``name`` (never fetched online)."""
    _forbid_fetching()
    path = resource_path("fonts", filename)
    if not path.is_file():
        raise FileNotFoundError(f"Bundled font missing: {path}")
    pdfmetrics.registerFont(TTFont(name, str(path)))


def register_fonts() -> FontNames:
    """Register the bundled family once (thread-safe, idempotent); return its names.

    Raises ``FileNotFoundError`` naming the missing file if the bundle is broken.
    """
    global _registered
    with _lock:
        if not _registered:
            from netplanner.printing.to_unicode import install

            install()  # text layer of ligatures and emoji
            for name, filename in _FILES.items():
                _register(name, filename)
            # <b>/<i> inside paragraphs map to these; there is no bold-italic
            # file, so bold-italic falls back to bold.
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD)
            _registered = True
    return FontNames()


def register_fallback_font() -> str:
    """Register the CJK fallback font once (thread-safe, idempotent); return its name.

    Called only when a text has a character DejaVu lacks. The font has no bold
    or italic: all four styles map to its one face, so CJK text inside bold or
    italic prints regular. Raises ``FileNotFoundError`` if the file is missing.
    """
    global _fallback_registered
    with _lock:
        if not _fallback_registered:
            _register(FALLBACK, FALLBACK_FILE)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FALLBACK, bold, italic, FALLBACK)
            _fallback_registered = True
    return FALLBACK


#: Script -> (regular file, bold file); emoji has one weight.
SCRIPT_FILES: dict[str, tuple[str, str]] = {
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    "emoji": ("NotoEmoji-Regular.ttf", "NotoEmoji-Regular.ttf"),
}
_scripts_registered: set[str] = set()


def script_font_name(script: str, bold: bool) -> str:
    """The ReportLab name of ``script``'s font (a key of ``SCRIPT_FILES``), e.g.
    "NetPlanner-arabic-bold"; registers the file on first use (thread-safe)."""
    regular, bold_file = SCRIPT_FILES[script]
    filename = bold_file if bold else regular
    name = f"NetPlanner-{script}" + ("-bold" if bold and bold_file != regular else "")
    with _lock:
        if name not in _scripts_registered:
            _register(name, filename)
            _scripts_registered.add(name)
    return name


def fallback_font_registered() -> bool:
    """Whether this process has loaded the fallback font (a Latin-only sheet never does)."""
    return _fallback_registered


def font_face(name: str) -> Any:
    """The parsed face of the registered TrueType font ``name`` (ReportLab's TTFontFace).

    Typed ``Any``: the stubs know few of the attributes the shaping reads (``glyphToChar``,
    ``upem``, the font's bytes), and every font NetPlanner registers is a TTFont."""
    return cast(TTFont, pdfmetrics.getFont(name)).face

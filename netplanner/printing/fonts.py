"""The bundled DejaVu Sans family, registered with ReportLab on first use.

The prep sheet must print the same on every machine and cover names such as
"Şükrü Yılmaz" or "Дмитрий Иванов", so the PDF never relies on the standard
PDF fonts (Latin-1 only) or on fonts installed on the user's system: the TTF
files ship in ``resources/fonts`` and are embedded (subset) in every PDF.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

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

_lock = threading.Lock()
_registered = False


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


def register_fonts() -> FontNames:
    """Register the bundled family once (thread-safe, idempotent); return its names.

    Raises ``FileNotFoundError`` naming the missing file if the bundle is broken.
    """
    global _registered
    with _lock:
        if not _registered:
            _forbid_fetching()
            for name, filename in _FILES.items():
                path = resource_path("fonts", filename)
                if not path.is_file():
                    raise FileNotFoundError(f"Bundled font missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            # <b>/<i> inside paragraphs map to these; there is no bold-italic
            # file, so bold-italic falls back to bold.
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD)
            _registered = True
    return FontNames()

"""Numbers as the window's language writes them: "30,000" and "1.5" in English,
"30.000" and "1,5" in Dutch (``QLocale``'s default, set by ``locale_choice``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` places, with the locale's separators."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)

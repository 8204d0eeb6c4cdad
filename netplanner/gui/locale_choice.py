"""Which locale formats dates, times and numbers."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def apply_locale(language: str | None = None) -> QLocale:
    """Format for the window's ``language`` ("en" or "nl", see ``translation.locale_for``).

    Without one, use the system locale; where it is the bare "C" locale (minimal Linux
    installs, CI machines), use British English so dates read "24/11/2026 13:00", not
    "24 11 2026"."""
    if language is not None:
        from netplanner.gui.translation import locale_for

        QLocale.setDefault(locale_for(language))
        return QLocale()
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(system)
    return QLocale()

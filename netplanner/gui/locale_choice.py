"""Which locale formats dates, times and numbers."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def apply_locale() -> QLocale:
    """Use the system locale; where it is the bare "C" locale (minimal Linux installs,
    CI machines), use British English so dates read "24/11/2026 13:00", not "24 11 2026"."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(system)
    return QLocale()

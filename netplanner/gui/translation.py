"""Which language the window speaks, and the Qt translators that make it so.

English is the source language; Dutch comes from ``resources/translations/netplanner_nl.qm``
(compiled from ``netplanner_nl.ts``) plus Qt's own ``qtbase_nl.qm``, so standard buttons
("Cancel", "Yes") match, plus ``qtbase_extra_nl.qm`` for the Qt texts that Qt's Dutch
catalogue lacks (the file dialog's "Look in:", for one). The language is, first that applies
(:mod:`netplanner.language`, which the command line reads too):

1. ``NETPLANNER_LANGUAGE`` (``nl`` or ``en``) in the environment: for tests and screenshots;
2. the choice saved by File → Language (in ``preferences.json``; a choice from before,
   under ``ui/language`` in QSettings, is moved there);
3. the system locale: Dutch when its language is Dutch, else English.

A change from the menu takes effect in the window at the next start, on the command line
at once.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from netplanner import language as preference
from netplanner.language import DUTCH, ENGLISH, ENV_VAR, LANGUAGES, forced_language
from netplanner.resources import resource_path

__all__ = ["DUTCH", "ENGLISH", "ENV_VAR", "LANGUAGES", "forced_language"]

#: Where the window kept the choice before ``preferences.json``: read once, then moved.
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = ENGLISH


def system_language() -> str:
    """Dutch when the system locale's language is Dutch, otherwise English."""
    return DUTCH if QLocale.system().language() == QLocale.Language.Dutch else ENGLISH


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in the menu, if any. A choice the window kept in ``settings``
    before is moved to the preferences file the command line reads too."""
    saved = preference.saved_language()
    if saved is not None:
        return saved
    settings = settings or QSettings()
    value = str(settings.value(SETTINGS_KEY, "") or "")
    if value not in LANGUAGES:
        return None
    with contextlib.suppress(OSError):  # else kept where it was, moved at a later start
        save_language(value, settings)
    return value


def save_language(language: str, settings: QSettings | None = None) -> None:
    """Remember ``language`` for the next start (and for the command line, at once)."""
    preference.save_language(language)
    settings = settings or QSettings()
    if settings.contains(SETTINGS_KEY):
        settings.remove(SETTINGS_KEY)
        settings.sync()


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to start in: forced, else saved, else the system's."""
    return forced_language() or saved_language(settings) or system_language()


def ui_language() -> str:
    """The language the window speaks now (English until :func:`install_translators`)."""
    return _current


def translation_files(language: str) -> list[str]:
    """The ``.qm`` files to load for ``language``: NetPlanner's, Qt's own, then what Qt's own
    lacks (installed later, so Qt searches it first)."""
    if language == ENGLISH:
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [
        str(resource_path("translations", f"netplanner_{language}.qm")),
        os.path.join(qt_folder, f"qtbase_{language}.qm"),
        str(resource_path("translations", f"qtbase_extra_{language}.qm")),
    ]


def install_translators(language: str) -> list[str]:
    """Install the translators for ``language`` on the running application (replacing any
    installed before). Returns the files loaded; a missing file is left out, and the texts
    it would translate stay English."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded = []
    for path in translation_files(language):
        translator = QTranslator(app)
        if os.path.exists(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    _current = language if language in LANGUAGES else ENGLISH
    return loaded


def locale_for(language: str) -> QLocale:
    """The QLocale that formats dates and numbers for ``language``: the system's when it
    speaks that language (so Belgian Dutch stays Belgian), else Dutch (Netherlands) or
    British English."""
    system = QLocale.system()
    if language == DUTCH:
        if system.language() == QLocale.Language.Dutch:
            return system
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

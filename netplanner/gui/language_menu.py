"""File → Language: Nederlands or English, saved for the next start of the window (the
command line speaks it at once: see :mod:`netplanner.language`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from netplanner.gui.context import AppContext
from netplanner.gui.translation import DUTCH, ENGLISH, save_language, saved_language, ui_language
from netplanner.language import preferences_file
from netplanner.messages import fill

#: Each language by its own name, the way people look for it in a list.
LANGUAGE_NAMES = {DUTCH: "Nederlands", ENGLISH: "English"}


def build_language_menu(parent: QWidget | None, context: AppContext) -> QMenu:
    """The submenu; the checked language is the one the window speaks now."""
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    for language, name in LANGUAGE_NAMES.items():
        action = QAction(name, menu, checkable=True)
        action.setData(language)
        action.setChecked(language == ui_language())
        action.triggered.connect(lambda _=False, lang=language: choose_language(context, lang))
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    # Said before the choice, not only after it: the window changes at the next start.
    note = menu.addAction(
        QCoreApplication.translate("LanguageMenu", "Takes effect when you start NetPlanner again")
    )
    note.setEnabled(False)
    return menu


def choose_language(context: AppContext, language: str) -> None:
    """Save the choice and say plainly that it takes effect at the next start."""
    if language == (saved_language(context.settings) or ui_language()) == ui_language():
        return
    try:
        save_language(language, context.settings)
    except OSError as error:  # a settings folder that cannot be written: nothing changes
        context.prompts.error(
            QCoreApplication.translate("LanguageMenu", "Language"),
            fill(
                QCoreApplication.translate(
                    "LanguageMenu", "The choice of language could not be saved in %1 (%2)."
                ),
                str(preferences_file()),
                error.strerror or str(error),
            ),
        )
        return
    if language == ui_language():
        text = QCoreApplication.translate(
            "LanguageMenu", "NetPlanner will keep this language the next time you start it."
        )
    elif language == DUTCH:
        text = QCoreApplication.translate(
            "LanguageMenu",
            "NetPlanner will be in Dutch (Nederlands) the next time you start it. "
            "Close NetPlanner and start it again to switch now.",
        )
    else:
        text = QCoreApplication.translate(
            "LanguageMenu",
            "NetPlanner will be in English the next time you start it. "
            "Close NetPlanner and start it again to switch now.",
        )
    context.prompts.inform(QCoreApplication.translate("LanguageMenu", "Language"), text)

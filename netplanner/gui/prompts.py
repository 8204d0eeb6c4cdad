"""Every question the GUI puts to the user goes through :class:`Prompts`.

Tests replace it with a scripted stand-in, so no test ever hangs on a modal dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

log = logging.getLogger(__name__)


class Prompts:
    """Modal questions and messages, real dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str, *, confirm_label: str = "", detail: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        if detail:
            box.setInformativeText(detail)
        yes = box.addButton(
            confirm_label or QCoreApplication.translate("Prompts", "OK"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def choose(
        self, title: str, text: str, options: list[str], detail: str = "", escape: int | None = None
    ) -> int | None:
        """Index of the option the user clicked, or None when the box was closed.
        ``escape``: the option the Escape key chooses."""
        box, buttons = choice_box(self.parent, title, text, options, detail=detail, escape=escape)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def problem(
        self,
        title: str,
        text: str,
        options: list[str],
        details: str = "",
        escape: int | None = None,
    ) -> int | None:
        """Something went wrong: ``text`` in one line, ``options`` to go on with (the
        first is the default, ``escape`` the one the Escape key chooses), ``details``
        folded away for whoever wants to read them. Index of the option clicked, or None
        when the box was closed."""
        box, buttons = choice_box(
            self.parent,
            title,
            text,
            options,
            icon=QMessageBox.Icon.Warning,
            details=details,
            escape=escape,
        )
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def save_file(
        self, title: str, suggested: Path, file_filter: str, *, confirm_overwrite: bool = True
    ) -> Path | None:
        """The file to write; ``confirm_overwrite=False`` when the caller never overwrites
        (it says itself what it does with a file that exists)."""
        options = QFileDialog.Option(0)
        if not confirm_overwrite:
            options = QFileDialog.Option.DontConfirmOverwrite
        name, _ = QFileDialog.getSaveFileName(
            self.parent, title, str(suggested), file_filter, options=options
        )
        return Path(name) if name else None

    def open_file(self, title: str, folder: Path, file_filter: str) -> Path | None:
        """The existing file the user picked, starting in ``folder``; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder), file_filter)
        return Path(name) if name else None

    def welcome(self, offer_example: bool) -> bool | None:
        """The first-run welcome; True when the user wants the example network, False
        when not, None when they closed it (see :mod:`netplanner.gui.welcome`)."""
        from netplanner.gui.welcome import show_welcome

        return show_welcome(offer_example, self.parent)

    def show_file(self, path: Path) -> bool:
        """Open ``path`` in the program the system uses for it (a PDF viewer); False when
        no program took it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choice_box(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[str],
    *,
    detail: str = "",
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    escape: int | None = None,
) -> tuple[QMessageBox, list[QPushButton]]:
    """The message box of :meth:`Prompts.choose` and :meth:`Prompts.problem`, not shown
    yet (so it can be looked at: tests and screenshots grab it)."""
    box = QMessageBox(icon, title, text, parent=parent)
    if detail:
        box.setInformativeText(detail)
    if details:
        box.setDetailedText(details)  # behind a "Show Details…" button
    buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in options]
    if buttons:
        box.setDefaultButton(buttons[0])
    if escape is not None and 0 <= escape < len(buttons):
        box.setEscapeButton(buttons[escape])
    return box, buttons


class QuietPrompts(Prompts):
    """For when nobody can be asked (the session is ending): every question gets the
    careful answer (no, cancel, none), every message goes to the log."""

    def confirm(self, title: str, text: str, *, confirm_label: str = "", detail: str = "") -> bool:
        log.info("not asked (%s): %s", title, text)
        return False

    def choose(
        self, title: str, text: str, options: list[str], detail: str = "", escape: int | None = None
    ) -> int | None:
        log.info("not asked (%s): %s", title, text)
        return None

    def problem(
        self,
        title: str,
        text: str,
        options: list[str],
        details: str = "",
        escape: int | None = None,
    ) -> int | None:
        log.warning("%s: %s", title, text)
        return None

    def inform(self, title: str, text: str) -> None:
        log.info("%s: %s", title, text)

    def error(self, title: str, text: str) -> None:
        log.warning("%s: %s", title, text)

    def save_file(
        self, title: str, suggested: Path, file_filter: str, *, confirm_overwrite: bool = True
    ) -> Path | None:
        return None

    def open_file(self, title: str, folder: Path, file_filter: str) -> Path | None:
        return None

    def welcome(self, offer_example: bool) -> bool | None:
        return None

    def show_file(self, path: Path) -> bool:
        return False

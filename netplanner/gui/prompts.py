"""Every question the GUI puts to the user goes through :class:`Prompts`.

Tests replace it with a scripted stand-in, so no test ever hangs on a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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

    def choose(self, title: str, text: str, options: list[str], detail: str = "") -> int | None:
        """Index of the option the user clicked, or None when the box was closed."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        if detail:
            box.setInformativeText(detail)
        buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in options]
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_filter)
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

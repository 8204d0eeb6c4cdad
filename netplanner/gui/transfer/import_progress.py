"""The progress of a big import, with a Cancel button that takes the whole import back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


class ImportCancelled(Exception):
    """Raised inside the import's transaction when the user clicks Cancel: it rolls back."""


class ImportProgress:
    """A progress dialog fed by the import's ``progress(done, total)`` callback.

    It only appears when the import takes a moment (Qt's minimum duration), so a
    small file imports without a flash of a window.
    """

    def __init__(self, parent: QWidget | None, text: str, total: int) -> None:
        self.dialog = QProgressDialog(
            text,
            QCoreApplication.translate("ImportProgress", "Cancel"),
            0,
            max(total, 1),
            parent,
        )
        self.dialog.setWindowTitle(QCoreApplication.translate("ImportProgress", "Importing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)

    def update(self, done: int, total: int) -> None:
        """Show ``done`` of ``total``; raise :class:`ImportCancelled` after Cancel."""
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, self.dialog.maximum()))  # also lets Cancel be clicked
        if self.dialog.wasCanceled():
            raise ImportCancelled

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()

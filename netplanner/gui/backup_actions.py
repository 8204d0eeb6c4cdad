"""File ▸ Back up now, File ▸ Restore from backup… and Help ▸ About: what the window says
about where the data lives and how it is kept safe.

Texts keep the main window's translation context, where they were first written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from netplanner import __version__
from netplanner.gui.context import AppContext
from netplanner.gui.error_text import error_text
from netplanner.messages import fill


def back_up_now(window: QMainWindow, context: AppContext) -> None:
    from netplanner.storage.sqlite.backups import BackupError, make_backup

    try:
        info = make_backup(context.database.path, reason="manual")
    except BackupError as error:
        context.prompts.error(
            QCoreApplication.translate("MainWindow", "No backup made"), error_text(error)
        )
        return
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("MainWindow", "Backup made: %1"), str(info.path)), 6000
    )


def restore_from_backup(window: QMainWindow, context: AppContext) -> None:
    from netplanner.gui.backup_dialog import RestoreBackupDialog, restore_into_context
    from netplanner.storage.sqlite.backups import BackupError

    dialog = RestoreBackupDialog(context, window)
    if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.chosen() is None:
        return
    backup = dialog.chosen()
    try:
        restore_into_context(context, backup)
    except BackupError as error:
        context.prompts.error(
            QCoreApplication.translate("MainWindow", "Not restored"), error_text(error)
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow", "Backup restored. What you had before is kept as a backup too."
        ),
        8000,
    )


def show_about(window: QMainWindow, context: AppContext) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About NetPlanner"),
        fill(
            QCoreApplication.translate(
                "MainWindow",
                "<h3>NetPlanner %1</h3>"
                "<p>Find work through your network: say concretely what you are looking for, "
                "ask people to think along with you, and talk with people who do the work "
                "you want.</p><p>Your data stays on this computer:<br>%2</p>",
            )
            if context.database.is_file
            else QCoreApplication.translate(
                "MainWindow",
                "<h3>NetPlanner %1</h3>"
                "<p>Find work through your network: say concretely what you are looking for, "
                "ask people to think along with you, and talk with people who do the work "
                "you want.</p><p>Your data is on your practice's server, where only you (and "
                "a coach you allow) can see it:<br>%2</p>",
            ),
            __version__,
            _escape(str(context.database.location)),
        ),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

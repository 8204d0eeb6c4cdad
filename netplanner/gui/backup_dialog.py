"""File > Restore from backup…: pick a backup by date, with what it holds, and put it back."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.context import AppContext
from netplanner.storage.sqlite.backups import BackupInfo, list_backups


class RestoreBackupDialog(QDialog):
    """Lists the backups beside the data file, newest first; ``chosen()`` after accept."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        self.backups = list_backups(context.database.path, check=True)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. What you have now is backed up first, so "
                "you can always return to it."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Made on"), self.tr("Why"), self.tr("Contacts"), self.tr("Conversations")]
        )
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in self.backups:
            self.list.addTopLevelItem(self._item(backup))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda *_: self.accept())
        empty = QLabel(
            self.tr(
                "There are no backups yet. NetPlanner makes one each day it is "
                "started, and before every upgrade."
            )
        )
        empty.setWordWrap(True)
        empty.setVisible(not self.backups)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def _item(self, backup: BackupInfo) -> QTreeWidgetItem:
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(backup.created.timestamp())),
            QLocale.FormatType.ShortFormat,
        )
        reasons = {
            "daily": self.tr("Daily"),
            "pre-migration": self.tr("Before an upgrade"),
            "pre-restore": self.tr("Before a restore"),
            "manual": self.tr("Made by you"),
        }
        unreadable = self.tr("damaged")
        item = QTreeWidgetItem(
            [
                when,
                reasons.get(backup.reason, backup.reason),
                str(backup.contacts) if backup.readable else unreadable,
                str(backup.conversations) if backup.readable else unreadable,
            ]
        )
        for column in (2, 3):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if not backup.readable:
            item.setDisabled(True)
        return item

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and chosen.readable)

    def chosen(self) -> BackupInfo | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem())
        return self.backups[index] if 0 <= index < len(self.backups) else None


def restore_into_context(context: AppContext, backup: BackupInfo) -> BackupInfo | None:
    """Close the data file, put the backup in its place and open it again (the context
    then tells every view).

    Returns the backup of the state before (None if there was nothing readable to keep).
    """
    from netplanner.datafile import open_data_file
    from netplanner.storage.sqlite.recovery import restore_backup

    path = context.database.path
    context.database.close()
    try:
        saved = restore_backup(path, backup.path)
    finally:
        context.database = open_data_file(path, daily_backup=False)
    return saved

"""The window's entries for a practice server (*File → Connect to a practice server…*,
*Share with a coach…*, *Coach overview…*, *Edit → Reload*), and which file-only
entries show.

On a server other people (a coach, another window) change the data too, and no event
tells this window: *Reload* (F5) reloads every view from the server.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from netplanner.gui.context import AppContext
from netplanner.gui.events import Change


class PracticeActions:
    """Adds the entries to ``file_menu`` and ``edit_menu``; ``file_only`` (backups) show
    only for a data file, *Share with a coach…* only for a server, *Coach overview…* only
    for a coach's login on a server."""

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        file_menu: QMenu,
        file_only: list[QAction],
    ) -> None:
        self.window, self.context, self.file_only = window, context, file_only
        connect = QAction(
            QCoreApplication.translate("MainWindow", "Connect to a practice &server…"), window
        )
        connect.triggered.connect(self.connect)
        self.share = QAction(
            QCoreApplication.translate("MainWindow", "S&hare with a coach…"), window
        )
        self.share.triggered.connect(self._share)
        self.overview = QAction(
            QCoreApplication.translate("MainWindow", "Coach o&verview…"), window
        )
        self.overview.triggered.connect(self._overview)
        file_menu.addAction(connect)
        file_menu.addAction(self.share)
        file_menu.addAction(self.overview)
        self.refresh = QAction(QCoreApplication.translate("MainWindow", "Re&load"), window)
        self.refresh.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh) or [QKeySequence("F5")]
        )
        self.refresh.triggered.connect(lambda: context.events.announce(Change.EVERYTHING))
        self.update()

    def update(self) -> None:
        is_file = self.context.place.is_file
        for action in self.file_only:
            action.setVisible(is_file)
        self.share.setVisible(not is_file)
        self.overview.setVisible(not is_file and self._is_coach())

    def _is_coach(self) -> bool:
        """This login is a coach of the practice (a server that cannot say: not shown)."""
        from sqlalchemy.exc import SQLAlchemyError

        from netplanner.storage.postgresql.grants import is_coach

        try:
            return self.context.read(is_coach)
        except SQLAlchemyError:
            return False

    def connect(self) -> bool:
        from netplanner.gui.practice_connect import connect_from_window

        if not connect_from_window(self.window, self.context):
            return False
        self.update()
        return True

    def _share(self) -> None:
        from netplanner.gui.coach_sharing import share_with_coach

        share_with_coach(self.window, self.context)

    def _overview(self) -> None:
        from netplanner.gui.coach_overview import show_coach_overview

        show_coach_overview(self.window, self.context)

"""Opening a data file for the window: at start, and when File ▸ Open switches to another.

One NetPlanner per data file (:mod:`netplanner.gui.single_instance`): a file another
NetPlanner already has open is not opened a second time; that window is brought to the
front instead. A file that cannot be opened is said in one line, with what the user can
do: *Try again* when the cause may pass (another program holds it, a full disk, a
read-only folder), *Open another file…* always, and *Quit* at start or *Cancel* in a
running window (which then keeps the file it has). Damage keeps its own flow: the file
was moved aside, the newest good backup is offered. A healthy file is never touched.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from netplanner import APP_NAME
from netplanner.gui.data_trouble import trouble_of
from netplanner.gui.error_text import error_text
from netplanner.gui.prompts import Prompts
from netplanner.gui.single_instance import SingleInstance
from netplanner.messages import fill
from netplanner.paths import Location
from netplanner.storage.errors import DamagedDataFileError, DataFileError
from netplanner.storage.sqlite.checked_file import CheckedFile

if TYPE_CHECKING:
    from netplanner.storage.database import Database


def data_file_filter() -> str:
    """The file dialogs' filter: NetPlanner's data files first, then anything."""
    return QCoreApplication.translate(
        "DataFiles", "NetPlanner data files (*.sqlite3 *.sqlite *.db);;All files (*)"
    )


@dataclass
class Opened:
    """A data file opened for the window, with its hold on the file (None in a self-test).

    ``database`` is a :class:`CheckedFile` when :meth:`FileOpener.open` was asked for one
    ``quickly`` and the file needed nothing before work; the window's context opens the
    database from it once the window has painted.
    """

    database: Database | CheckedFile
    instance: SingleInstance | None


class FileOpener:
    """Opens a data file for the window, asking the user what to do when it cannot.

    ``at_start``: the last choice is *Quit* (nothing is open yet), else *Cancel* (the
    window keeps the file it has). After :meth:`open` returned None, ``elsewhere`` says
    whether that was because another NetPlanner has the file (and was brought to the front).
    """

    def __init__(
        self, prompts: Prompts, *, at_start: bool, start_folder: Path | None = None
    ) -> None:
        self.prompts = prompts
        self.at_start = at_start
        self.start_folder = start_folder
        self.elsewhere = False

    def open(
        self, path: Location, *, daily_backup: bool = True, quickly: bool = False
    ) -> Opened | None:
        """The data file at ``path`` (or another one the user picked instead), opened and
        held for this window; None when nothing was opened. Without ``daily_backup`` the
        caller makes the daily backup of ``path`` itself (the start: after the first
        paint); a file picked instead is backed up as it opens.

        ``quickly``: a file that needs nothing before work (checked as strictly; see
        ``datafile.connect_ready``) comes as a :class:`CheckedFile`, without loading
        SQLAlchemy; any other goes the usual way, which says what is wrong."""
        backup = daily_backup
        if not isinstance(path, Path):  # a practice server: several windows are the point
            outcome = self._attempt(path, backup)
            if not isinstance(outcome, Path):
                return None if outcome is None else Opened(outcome, None)
            path, backup = outcome, True  # the user picked a file instead
        path = Path(path).expanduser()
        while True:
            instance = SingleInstance(path)
            if not instance.acquire():
                self.elsewhere = True
                self.prompts.inform(
                    APP_NAME,
                    QCoreApplication.translate(
                        "App",
                        "NetPlanner is already open with this data file. Its window has been "
                        "brought to the front; use that one, so nothing is written twice.",
                    ),
                )
                return None
            if quickly and not backup:
                checked = _checked_file(path)
                if checked is not None:
                    return Opened(checked, instance)
            outcome = self._attempt(path, backup)
            if outcome is not None and not isinstance(outcome, Path):
                return Opened(outcome, instance)
            instance.release()
            if outcome is None:
                return None
            path, backup = outcome, True  # the user picked another file

    @property
    def _last_option(self) -> str:
        return (
            QCoreApplication.translate("App", "Quit")
            if self.at_start
            else QCoreApplication.translate("App", "Cancel")
        )

    def ask_for_file(self, near: Location) -> Path | None:
        """The data file the user picks in an open-file dialog, or None."""
        return self.prompts.open_file(
            QCoreApplication.translate("DataFiles", "Open data file"),
            self.start_folder or (near.parent if isinstance(near, Path) else Path.home()),
            data_file_filter(),
        )

    def _attempt(self, path: Location, daily_backup: bool = True) -> Database | Path | None:
        """Open ``path``: the database, another file the user picked, or None (quit or
        cancel)."""
        from sqlalchemy.exc import SQLAlchemyError

        from netplanner.datafile import open_data_file

        title = QCoreApplication.translate("App", "NetPlanner cannot open its data file")
        while True:
            try:
                return open_data_file(path, daily_backup=daily_backup)
            except DamagedDataFileError as error:
                return self._recover(error)
            except (DataFileError, SQLAlchemyError, sqlite3.Error, OSError) as error:
                trouble = trouble_of(error, os_errors=True)
                if trouble is None:
                    raise
                another = QCoreApplication.translate("App", "Open another file…")
                options = [another, self._last_option]
                if trouble.passing:
                    options.insert(0, QCoreApplication.translate("App", "Try again"))
                choice = self.prompts.problem(title, trouble.text, options, escape=len(options) - 1)
                if choice is None or choice == len(options) - 1:
                    return None
                if options[choice] == another:
                    other = self.ask_for_file(path)
                    if other is not None:
                        return other
                # Try again (or no other file picked): the same file once more.

    def _recover(self, error: DamagedDataFileError) -> Database | Path | None:
        """The file was damaged and moved aside: offer the newest good backup, an empty
        file, another file; the database, another file's path, or None."""
        from netplanner.datafile import open_data_file
        from netplanner.storage.sqlite.backups import newest_good_backup
        from netplanner.storage.sqlite.recovery import restore_backup

        good = newest_good_backup(error.path)
        if good is None:
            options = [QCoreApplication.translate("App", "Start with an empty file")]
            detail = QCoreApplication.translate("App", "There is no good backup of it.")
        else:
            # "Sunday 6 December 2026 07:15": the long date, the short time (the long
            # format adds seconds and the time zone's full name).
            moment = QDateTime.fromSecsSinceEpoch(int(good.created.timestamp()))
            locale = QLocale()
            when = (
                f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)} "
                f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"
            )
            detail = fill(
                QCoreApplication.translate(
                    "App",
                    "The newest good backup is from %1, with %2 contacts and %3 conversations.",
                ),
                when,
                str(good.contacts),
                str(good.conversations),
            )
            options = [
                QCoreApplication.translate("App", "Restore that backup"),
                QCoreApplication.translate("App", "Start with an empty file"),
            ]
        options += [QCoreApplication.translate("App", "Open another file…"), self._last_option]
        while True:
            choice = self.prompts.choose(
                QCoreApplication.translate("App", "The data file is damaged"),
                error_text(error),
                options,
                detail=detail,
            )
            if choice is None or choice == len(options) - 1:
                return None
            if choice == len(options) - 2:
                other = self.ask_for_file(error.path)
                if other is None:
                    continue  # the damaged file's question again: it is not there to retry
                return other
            if good is not None and choice == 0:
                restore_backup(error.path, good.path)
            return open_data_file(error.path)


def _checked_file(path: Path) -> CheckedFile | None:
    """``path`` checked with sqlite3 alone, when it needs nothing before work; else None."""
    from netplanner.datafile import connect_ready

    connection = connect_ready(path, daily_backup=False)
    return None if connection is None else CheckedFile(path, connection)

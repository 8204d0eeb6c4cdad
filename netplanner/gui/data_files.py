"""File ▸ New data file…, Open data file… and Open recent: which data file the window uses.

Switching to another file closes the old one as quitting would: first the unsaved-edits
question (:mod:`netplanner.gui.unsaved`), then the new file is opened the way the window
opens its file at start (:class:`netplanner.gui.opening.FileOpener`: one NetPlanner per
file, the daily backup, the same dialogs when it cannot be opened), and only once it is
open is the old one let go: its undo history cleared, the file closed, its
single-instance hold passed on to the new file, and every tab made anew (no search,
filter or selection of the old file stays). A file another NetPlanner has open is
brought to the front there instead. The window's title names the file it shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from netplanner import APP_NAME
from netplanner.gui import folders
from netplanner.gui.events import DataEvents
from netplanner.gui.file_names import file_name
from netplanner.gui.opening import FileOpener, data_file_filter
from netplanner.gui.recent_files import (
    add_recent_file,
    clear_recent_files,
    recent_files,
    same_file,
)
from netplanner.gui.single_instance import SingleInstance
from netplanner.messages import fill
from netplanner.storage.sqlite.checked_file import CheckedFile

if TYPE_CHECKING:
    from netplanner.gui.main_window import MainWindow

DATA_FOLDER_KEY = "data/last_folder"
SUFFIX = ".sqlite3"


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class DataFiles(QObject):
    """The window's data-file actions and its hold on the file (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.instance: SingleInstance | None = None
        self.new_action = QAction(self.tr("New &data file…"), window)
        self.new_action.setStatusTip(self.tr("Start a new, empty data file and work in it"))
        self.new_action.triggered.connect(self.new_file)
        self.open_action = QAction(self.tr("&Open data file…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Work in another data file"))
        self.open_action.triggered.connect(self.open_file)
        self.recent_menu = QMenu(self.tr("Open re&cent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._show_file()

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)

    def hold(self, instance: SingleInstance | None, *, listen: bool = True) -> None:
        """Keep ``instance`` (the hold on the file the window shows); a second start on the
        same file brings this window to the front (once it listens: at start the caller
        lets it listen after the first paint)."""
        if self.instance is not None and self.instance is not instance:
            self.instance.release()
            self.instance.deleteLater()
        self.instance = instance
        if instance is not None:
            instance.raise_requested.connect(lambda: bring_to_front(self.window))
            if listen:
                instance.listen()

    def release(self) -> None:
        """Let go of the file (the window closes)."""
        self.hold(None)

    # -- the actions ---------------------------------------------------------------------------
    def new_file(self) -> None:
        folder = folders.last_folder(self.context.settings, DATA_FOLDER_KEY)
        #: The name suggested for a new data file, without extension (".sqlite3").
        words = self.tr("network")
        suggested = folder / file_name(words, "network", SUFFIX)
        number = 2
        while suggested.exists():
            suggested = folder / file_name(f"{words} {number}", f"network-{number}", SUFFIX)
            number += 1
        path = self.context.prompts.save_file(
            self.tr("New data file"), suggested, data_file_filter(), confirm_overwrite=False
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_name(path.name + SUFFIX)
        if path.exists():
            choice = self.context.prompts.choose(
                self.tr("New data file"),
                fill(
                    self.tr(
                        "%1 already exists. NetPlanner never overwrites a data file: open it, "
                        "or choose another name."
                    ),
                    str(path),
                ),
                [self.tr("Open it"), self.tr("Cancel")],
                escape=1,
            )
            if choice != 0:
                return
        self.switch_to(path)

    def open_file(self) -> None:
        path = self.context.prompts.open_file(
            self.tr("Open data file"), self._open_folder(), data_file_filter()
        )
        if path is not None:
            self.switch_to(path)

    def _open_folder(self) -> Path:
        """Where *Open data file…* starts: the folder of the data file opened last with it
        or *New*, else that of the file open now (the data file a first start made lives
        in a folder the user never chose: Documents would not show it, nor its backups'
        neighbours)."""
        saved = str(self.context.settings.value(DATA_FOLDER_KEY, "") or "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        current = self._current_file()
        return current.parent if current is not None else folders.documents_folder()

    def _current_file(self) -> Path | None:
        """The data file open now; None on a practice server (it has no file)."""
        place = self.context.place
        return place.path if place.is_file else None

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        current = self._current_file()
        shown = [
            p
            for p in recent_files(self.context.settings)
            if current is None or not same_file(p, current)
        ]
        for number, path in enumerate(shown, start=1):
            # "&1 network.sqlite3  (~/Documents)": the name to find, the folder to tell apart.
            text = f"{path.name}  ({_folder_text(path)})".replace("&", "&&")
            action = menu.addAction(f"&{number} {text}")
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if not shown:
            menu.addAction(self.tr("No other data files opened yet")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(shown))
        clear.triggered.connect(lambda: clear_recent_files(self.context.settings))

    # -- switching ------------------------------------------------------------------------------
    def switch_to(self, path: Path) -> bool:
        """Work in the data file at ``path`` from now on; True when the window switched.

        Nothing changes when the user keeps editing, cancels, or the file is open in
        another NetPlanner (that window comes to the front): the old file stays open.
        """
        path = Path(path).expanduser().absolute()
        status = self.window.statusBar()
        current = self._current_file()
        if current is not None and same_file(path, current):
            status.showMessage(fill(self.tr("%1 is already open."), path.name), 6000)
            return False
        if not self.window.resolve_unsaved_edits():
            return False
        opened = FileOpener(
            self.context.prompts,
            at_start=False,
            start_folder=folders.last_folder(self.context.settings, DATA_FOLDER_KEY),
        ).open(path)
        if opened is None:
            return False
        new = opened.database
        assert not isinstance(new, CheckedFile)  # only the start asks for one (quickly)
        old = self.context.database
        self.context.events = DataEvents()  # the old file's views hear nothing more
        self.context.database = new  # and the undo history is cleared
        old.close()
        self.hold(opened.instance)
        self.window.start_over()  # every tab made anew from the new file
        self._show_file()
        new_path = opened.database.path
        folders.remember_folder(self.context.settings, new_path, DATA_FOLDER_KEY)
        status.showMessage(fill(self.tr("Opened %1"), str(new_path)), 8000)
        from netplanner.gui.app import offer_example_data

        offer_example_data(self.context)
        return True

    def _show_file(self) -> None:
        """The title names the file the window shows; it heads the recent files. A
        practice server is named by its location (and is not a recent file)."""
        path = self._current_file()
        if path is None:
            self.window.setWindowTitle(f"{self.context.place.location} – {APP_NAME}")
            return
        self.window.setWindowTitle(f"{path.name} – {APP_NAME}")
        self.window.setWindowFilePath(str(path))
        add_recent_file(self.context.settings, path)


def _folder_text(path: Path) -> str:
    """The folder of ``path``, with the home folder as ~ (shorter in a menu)."""
    folder = path.parent
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)

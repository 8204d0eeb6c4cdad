"""Start the GUI: the QApplication, the data file, the first-start offer, the self-test."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from netplanner import APP_ID, APP_NAME, __version__
from netplanner.gui.context import AppContext, use_window_waits
from netplanner.gui.events import DataEvents
from netplanner.gui.first_paint import FirstPaint
from netplanner.gui.locale_choice import apply_locale
from netplanner.gui.main_window import CONTACTS, MainWindow
from netplanner.gui.opening import FileOpener
from netplanner.gui.prompts import Prompts
from netplanner.gui.recent_files import same_file
from netplanner.gui.session_end import watch_session_end
from netplanner.gui.theme import apply_theme
from netplanner.gui.translation import chosen_language, install_translators
from netplanner.gui.unexpected import ErrorReporter, default_log_file, start_log
from netplanner.gui.welcome import first_start, load_example_network
from netplanner.paths import Location
from netplanner.process_clock import mark_close, mark_ready, marker_file
from netplanner.resources import resource_path
from netplanner.storage.errors import DataFileError
from netplanner.storage.sqlite.checked_file import CheckedFile

if TYPE_CHECKING:
    from netplanner.storage.database import Database


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    # Lets a Wayland desktop match the window to nl.netplanner.NetPlanner.desktop (icon, name).
    QGuiApplication.setDesktopFileName(APP_ID)
    language = chosen_language()
    install_translators(language)
    apply_locale(language)
    apply_theme(app)
    icon = resource_path("icons", "netplanner.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def offer_example_data(context: AppContext) -> None:
    """On the first start of an empty data file, offer the example network once.

    Read first: a file with data needs no write (another program may hold its write
    lock: the file is still there to read, and is said to be busy at the first edit)."""
    from netplanner.core.contacts import count_contacts
    from netplanner.core.meta import FIRST_START_DONE, get_meta, set_meta

    def nothing_to_offer(session) -> bool:
        return bool(get_meta(session, FIRST_START_DONE) or count_contacts(session))

    if context.read(nothing_to_offer):
        return
    with context.transaction() as session:
        if nothing_to_offer(session):
            return
        set_meta(session, FIRST_START_DONE, "1")
    choice = context.prompts.choose(
        QCoreApplication.translate("App", "Welcome to NetPlanner"),
        QCoreApplication.translate(
            "App",
            "Your data file is empty. Would you like to look around in an example network "
            "first? It holds a dozen contacts, some introduced by others, and four "
            "conversations in different stages.",
        ),
        [
            QCoreApplication.translate("App", "Load example network"),
            QCoreApplication.translate("App", "Start empty"),
        ],
        detail=QCoreApplication.translate(
            "App", "You can delete the example contacts at any time."
        ),
    )
    if choice == 0:
        load_example_network(context, QCoreApplication.translate("App", "Load example network"))


def run_self_test(window: MainWindow, context: AppContext) -> int:
    """Check that the window shows the data and that a sheet renders; print the result."""
    from netplanner.core.contacts import count_contacts

    problems = []
    contacts = context.read(count_contacts)
    shown = window.contacts_tab.visible_row_count()
    if shown != contacts:
        problems.append(f"contacts table shows {shown} of {contacts} contacts")
    from netplanner.core.conversations import list_conversation_rows
    from netplanner.core.sheets.data import PrepSheetData
    from netplanner.core.sheets.reading import prep_sheet_data
    from netplanner.printing.prep_sheet import render_prep_sheet

    rows = context.read(list_conversation_rows)
    sheet = (
        context.read(lambda s: prep_sheet_data(s, rows[0].id))
        if rows
        else PrepSheetData(contact_name="Self-test", questions=[])
    )
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "self-test.pdf"
        render_prep_sheet(sheet, target, page_size=context.page_size)
        if not target.read_bytes().startswith(b"%PDF"):
            problems.append("the prep sheet is not a PDF")
    if problems:
        print("self-test failed: " + "; ".join(problems), file=sys.stderr)
        return 1
    print(
        f"self-test ok: {context.database.location}, {contacts} contacts, "
        f"{len(rows)} conversations, sheet rendered"
    )
    return 0


def has_data(data_file: Location) -> bool:
    """Whether the data file exists with something in it (a new one is not backed up).
    False for a location that is no file (a practice server has no file to back up;
    for anything else, opening it says what is wrong)."""
    from netplanner.paths import UnsupportedLocationError, data_location

    try:
        path = data_location(data_file)
        return isinstance(path, Path) and path.is_file() and path.stat().st_size > 0
    except (UnsupportedLocationError, OSError):
        return False


def run_gui(data_file: Location, *, self_test: bool = False) -> int:
    from netplanner.datafile import backup_if_due, open_data_file

    app = make_application()
    database: Database | CheckedFile
    instance = None
    log_file: Path | None = None
    had_data = False
    if self_test:
        try:
            database = open_data_file(data_file)
        except DataFileError as error:
            print(f"self-test failed: {error}", file=sys.stderr)
            return 1
    else:
        log_file = default_log_file()
        start_log(log_file)
        # The daily backup waits for the first paint (below); every check of the file
        # still comes before the window (open_data_file).
        had_data = has_data(data_file)
        opener = FileOpener(Prompts(), at_start=True)
        use_window_waits()
        # A healthy file is shown before SQLAlchemy is loaded: read with sqlite3 alone
        # until the window has painted (every check of the file still comes first).
        opened = opener.open(data_file, daily_backup=False, quickly=True)
        if opened is None:
            return 0 if opener.elsewhere else 1
        database, instance = opened.database, opened.instance
        # A file picked instead in a dialog was backed up as it opened.
        asked = data_location_of(data_file)
        had_data = had_data and isinstance(asked, Path) and same_file(database.path, asked)
    context = AppContext(database, DataEvents(), Prompts(), QSettings())
    window = MainWindow(
        context,
        transfer_menus=self_test,  # else once the window has painted (below)
    )
    context.prompts.parent = window
    window.data_files.hold(instance, listen=False)  # the socket listens after the paint
    # What the person does not see yet waits until the window shows their contacts.
    after_paint = FirstPaint(first_screen_widget(window), mark=True)
    window.show()
    if self_test:
        result: list[int] = []

        def check() -> None:
            result.append(run_self_test(window, context))
            window.close()
            app.quit()

        QTimer.singleShot(0, check)
        app.exec()
        database.close()
        return result[0] if result else 1
    ErrorReporter(context.prompts, window.close, log_file).install()
    watch_session_end(app, window)
    after_paint.later(lambda: open_database_after_paint(context))
    after_paint.later(window.add_transfer_menus)
    if instance is not None:
        after_paint.later(instance.listen)
    if had_data:
        after_paint.later(lambda: backup_if_due(database.path))
    after_paint.later(lambda: first_start(context))
    if marker_file() is not None:
        # The benchmark's run: close once the start's work is done, as a person would.
        after_paint.later(mark_ready)
        after_paint.later(lambda: QTimer.singleShot(CLOSE_AFTER_PAINT_MS, close_marked(window)))
    code = app.exec()
    context.close()  # the file open now: File > Open may have switched
    window.data_files.release()
    return code


def open_database_after_paint(context: AppContext) -> None:
    """Open the database behind the window that shows the file (when it was shown from
    the checked file), and load what the first save needs: SQLAlchemy and the ORM models
    come now, not at the user's first click."""
    import netplanner.core.contacts  # noqa: F401 - the writers of the tab on screen

    context.open_database()


def data_location_of(data_file: Location) -> Location | None:
    """The path ``data_file`` (a path or an sqlite:/// URL) names; None when it names none."""
    from netplanner.paths import UnsupportedLocationError, data_location

    try:
        return data_location(data_file)
    except (UnsupportedLocationError, OSError):
        return None


#: How long the benchmark's run leaves the window open after the first paint's work.
CLOSE_AFTER_PAINT_MS = 300


def first_screen_widget(window: MainWindow) -> QWidget:
    """The widget whose first paint shows the user their data: the contacts table when
    the window opens on Contacts, else the window."""
    tab = window.built_tab(CONTACTS)
    return window if tab is None else tab.table.viewport()  # type: ignore[attr-defined]


def close_marked(window: MainWindow) -> Callable[[], None]:
    """Close ``window`` after stamping the time, for the benchmark's close figure."""

    def close() -> None:
        mark_close()
        window.close()

    return close

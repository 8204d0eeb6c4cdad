"""Screenshots of every tab with the example network, light and dark, and of a prep sheet.

    python docs/screenshots.py OUT_FOLDER [light|dark ...]

Runs offscreen on a throwaway data file; forces the scheme with NETPLANNER_THEME, so
the desktop's own theme does not matter. The prep sheet (the example's next
conversation, on A4) is rendered to PDF and its page to PNG with poppler's
``pdftoppm``. The README's pictures come from here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "offscreen-screen.json"
TABS = ("today", "contacts", "conversations", "goals", "network", "progress", "banks")


def shoot(out: Path, theme: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netplanner.core.demo.example import load_demo
    from netplanner.datafile import open_data_file
    from netplanner.gui.app import make_application
    from netplanner.gui.context import AppContext
    from netplanner.gui.events import DataEvents
    from netplanner.gui.main_window import MainWindow
    from netplanner.gui.prompts import Prompts
    from netplanner.gui.translation import ui_language

    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        database = open_data_file(Path(folder) / "shots.sqlite3")
        with database.transaction() as session:
            load_demo(session, language=ui_language())
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, DataEvents(), Prompts(), settings)
        window = MainWindow(context)
        window.resize(1200, 760)
        window.show()
        window.contacts_tab.show_contact(2)
        window.conversations_tab.show_conversation(2)
        for index, name in enumerate(TABS):
            window.tabs.setCurrentIndex(index)
            for _ in range(5):
                QApplication.processEvents()
            window.grab().save(str(out / f"{name}-{theme}.png"))
        window.close()
        database.close()
    app.quit()


def sheet_picture(out: Path) -> None:
    """``prep-sheet.pdf`` and ``prep-sheet.png``: the example's upcoming conversation."""
    from netplanner.core.conversations import list_conversation_rows
    from netplanner.core.demo.example import load_demo
    from netplanner.core.sheets.reading import prep_sheet_data
    from netplanner.datafile import open_data_file
    from netplanner.printing.prep_sheet import render_prep_sheet

    with tempfile.TemporaryDirectory() as folder:
        database = open_data_file(Path(folder) / "sheet.sqlite3")
        with database.transaction() as session:
            load_demo(session)
        with database.session() as session:
            row = next(r for r in list_conversation_rows(session) if r.status == "scheduled")
            sheet = prep_sheet_data(session, row.id)
        database.close()
    render_prep_sheet(sheet, out / "prep-sheet.pdf", page_size="A4", language=sheet.language)
    pdf, png = str(out / "prep-sheet.pdf"), str(out / "prep-sheet")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", pdf, png], check=True)


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    themes = argv[1:] or ["light", "dark"]
    if not os.environ.get("NETPLANNER_THEME"):
        sheet_picture(out)
    if os.environ.get("NETPLANNER_THEME"):
        shoot(out, os.environ["NETPLANNER_THEME"])
        return 0
    for theme in themes:  # one process per theme: a palette is set once per application
        env = dict(os.environ, NETPLANNER_THEME=theme)
        env.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
        subprocess.run([sys.executable, __file__, str(out)], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

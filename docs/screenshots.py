"""Screenshots of every tab with the example network, light and dark.

    python docs/screenshots.py OUT_FOLDER [light|dark ...]

Runs offscreen on a throwaway data file; forces the scheme with NETPLANNER_THEME, so
the desktop's own theme does not matter. The README's pictures come from here.
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

    from netplanner.core.demo import load_demo
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


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    themes = argv[1:] or ["light", "dark"]
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

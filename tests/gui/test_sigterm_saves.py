"""A SIGTERM (what a desktop sends at logout or shutdown) quits the window cleanly, and
what was typed but not saved is saved first: nobody is there to be asked."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

TYPED = "Na het gesprek: Zoë stuurt me de vacature 🙂"

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from netplanner.core.demo.example import load_demo
    from netplanner.datafile import open_data_file
    from netplanner.gui.app import make_application
    from netplanner.gui.context import AppContext
    from netplanner.gui.events import DataEvents
    from netplanner.gui.main_window import CONTACTS, MainWindow
    from netplanner.gui.prompts import Prompts
    from netplanner.gui.session_end import watch_session_end

    folder = Path(sys.argv[1])
    app = make_application()
    database = open_data_file(folder / "netplanner.sqlite3")
    with database.transaction() as session:
        load_demo(session)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(database, DataEvents(), Prompts(), settings)
    window = MainWindow(context, start_tab=CONTACTS)
    window.show()
    watch_session_end(app, window)
    window.contacts_tab.form.notes.setPlainText(sys.argv[2])
    QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
    QTimer.singleShot(10000, lambda: sys.exit(3))  # the signal went unnoticed
    code = app.exec()
    database.close()
    print("quit", code)
    """
)


def test_sigterm_saves_what_was_typed(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), TYPED],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "quit 0" in result.stdout
    connection = sqlite3.connect(tmp_path / "netplanner.sqlite3")
    try:
        notes = [row[0] for row in connection.execute("SELECT notes FROM contact")]
    finally:
        connection.close()
    assert TYPED in notes

"""A conversation-mode window killed halfway (SIGKILL: no chance to save anything)
keeps what was typed more than a moment before, and the names noted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from netplanner.core.conversations import get_conversation
from netplanner.core.live_conversation.state import load_state
from netplanner.datafile import open_data_file

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact
    from netplanner.core.conversations import (
        ConversationInput, QuestionChoice, create_conversation,
    )
    from netplanner.datafile import open_data_file
    from netplanner.gui.context import AppContext
    from netplanner.gui.events import DataEvents
    from netplanner.gui.live.window import ConversationModeWindow
    from netplanner.gui.prompts import Prompts

    folder = Path(sys.argv[1])
    app = QApplication([])
    database = open_data_file(folder / "netplanner.sqlite3")
    with database.transaction() as session:
        lotte = create_contact(session, ContactInput("Lotte de Wit")).id
        talk = create_conversation(
            session,
            ConversationInput(lotte, status="scheduled"),
            [QuestionChoice("What does your week look like?")],
        ).id
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(database, DataEvents(), Prompts(), settings)
    window = ConversationModeWindow(context, talk)
    window.show()
    window.next_item()
    QTest.keyClicks(window.panel.name_edit, "Tom Bakker")
    QTest.keyClick(window.panel.name_edit, Qt.Key.Key_Return)
    QTest.keyClicks(window.answer_edit, "Two days of interviews")
    print(talk, flush=True)
    QTimer.singleShot(1000, lambda: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
    """
)


def test_a_kill_halfway_keeps_the_typed_answer_and_the_names(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    talk = int(result.stdout.split()[0])
    database = open_data_file(tmp_path / "netplanner.sqlite3", daily_backup=False)
    try:
        with database.session() as session:
            conversation = get_conversation(session, talk)
            answers = [question.answer for question in conversation.questions]
            state = load_state(session, talk)
    finally:
        database.close()
    assert answers == ["Two days of interviews"]
    assert state.names == ("Tom Bakker",)
    assert state.started_at is not None and state.current is not None

"""The bank's name and description dialog keeps what was typed when the data file refuses
the write (issue 16): it stays open until the bank is written or the user cancels it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from gui_faults import fail_commits
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from netplanner.gui.banks.bank_dialog import BankDialog
from netplanner.gui.banks.tab import BanksTab

NAME = "Vragen voor zorg — Zoë's lijst 🙂"
DESCRIPTION = "Voor gesprekken met verpleegkundigen in Utrecht"


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def _stored_bank_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM question_bank")]
    finally:
        connection.close()


def _shown_tab(qtbot, context) -> BanksTab:
    tab = BanksTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.new_bank_button.height() > 0, timeout=2000)  # laid out
    return tab


def _while_open(steps: Callable[[BankDialog], None]) -> None:
    """Run ``steps`` on the bank dialog once it is shown (it runs its own event loop)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BankDialog):
            steps(dialog)
        else:  # not shown yet
            QTimer.singleShot(10, run)

    QTimer.singleShot(0, run)


def test_cancel_after_a_failed_write_keeps_the_dialog_with_what_was_typed(
    qtbot, context, prompts, monkeypatch
) -> None:
    tab = _shown_tab(qtbot, context)
    path = context.database.path
    fail_commits(monkeypatch, context.database, times=1)
    prompts.problem_answers = [1]  # "Cancel" on "the disk is full"
    seen: dict[str, object] = {}

    def fill_in_and_click_ok_twice(dialog: BankDialog) -> None:
        _type(dialog.name_edit, NAME)
        _type(dialog.description_edit, DESCRIPTION)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the write fails; Cancel
        seen["open after cancel"] = dialog.isVisible()
        seen["fields"] = (dialog.name_edit.text(), dialog.description_edit.toPlainText())
        seen["stored"] = _stored_bank_names(path)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # room again: written, closed
        seen["open after ok"] = dialog.isVisible()

    _while_open(fill_in_and_click_ok_twice)
    qtbot.mouseClick(tab.new_bank_button, Qt.MouseButton.LeftButton)

    assert [kind for kind, _ in prompts.asked] == ["problem"]
    assert seen["open after cancel"] is True
    assert seen["fields"] == (NAME, DESCRIPTION)
    assert NAME not in seen["stored"]  # type: ignore[operator]
    assert seen["open after ok"] is False
    assert NAME in _stored_bank_names(path)
    assert tab.pane.title_label.text() == NAME  # the new bank is shown


def test_cancelling_the_dialog_itself_writes_nothing(qtbot, context, prompts) -> None:
    tab = _shown_tab(qtbot, context)
    before = _stored_bank_names(context.database.path)

    def type_then_cancel(dialog: BankDialog) -> None:
        _type(dialog.name_edit, NAME)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    _while_open(type_then_cancel)
    qtbot.mouseClick(tab.new_bank_button, Qt.MouseButton.LeftButton)
    assert _stored_bank_names(context.database.path) == before
    assert prompts.asked == []

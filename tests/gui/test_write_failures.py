"""A write in the window that the data file refuses (a full disk, another program's lock)
is said in one line, can be tried again, and never costs the form its text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from gui_faults import fail_commits, fill_disk, locked, small_disk
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from sqlalchemy import text

from netplanner.core.demo.example import load_demo
from netplanner.datafile import open_data_file
from netplanner.gui.context import GUI_BUSY_TIMEOUT_MS
from netplanner.gui.events import Change
from netplanner.gui.main_window import MainWindow

TYPED = "Belde terug: Zoë wil me voorstellen — 明天 🙂"
FULL = "The disk with the data file is full; free some space and try again."
BUSY = "Another program is using the data file; close it and try again."


def type_at_end(edit: QPlainTextEdit, typed: str) -> None:
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    for ch in typed:
        QApplication.sendEvent(
            edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def stored_notes(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT notes FROM contact")]
    finally:
        connection.close()


def open_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.contacts_tab)
    return window


def test_a_full_disk_is_said_in_one_line_and_the_text_stays(
    qtbot, demo_context, prompts, monkeypatch
) -> None:
    window = open_window(qtbot, demo_context)
    form = window.contacts_tab.form
    type_at_end(form.notes, TYPED)
    steps = demo_context.undo_stack.count()
    fail_commits(monkeypatch, demo_context.database, times=1)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # "Cancel" is the default

    assert prompts.asked == [("problem", FULL)]
    assert TYPED in form.notes.toPlainText() and form.is_dirty()
    assert not any(TYPED in notes for notes in stored_notes(demo_context.database.path))
    assert demo_context.undo_stack.count() == steps, "a write that failed is no undo step"

    # Space freed: saving again works.
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert any(TYPED in notes for notes in stored_notes(demo_context.database.path))
    assert not form.is_dirty()


def test_try_again_writes_what_was_typed(qtbot, demo_context, prompts, monkeypatch) -> None:
    window = open_window(qtbot, demo_context)
    form = window.contacts_tab.form
    type_at_end(form.notes, TYPED)
    fail_commits(monkeypatch, demo_context.database, times=2)
    prompts.problem_answers = [0, 0]  # Try again, twice
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _ in prompts.asked] == ["problem", "problem"]
    assert any(TYPED in notes for notes in stored_notes(demo_context.database.path))
    assert demo_context.undo_stack.undoText().startswith("Edit ")

    def bug(_session) -> None:
        raise ValueError("a bug")

    with pytest.raises(ValueError):  # not the data file's fault: not said as if it were
        demo_context.write(bug, changes=Change.CONTACTS, label="Bug")


def test_another_programs_lock_never_freezes_the_window(qtbot, demo_context, prompts) -> None:
    """The window waits only briefly for another program's lock, then says so; the
    typed text is written once the other program lets go."""
    window = open_window(qtbot, demo_context)
    form = window.contacts_tab.form
    path = demo_context.database.path
    timeout = demo_context.read(lambda s: s.execute(text("PRAGMA busy_timeout")).scalar())
    assert timeout == GUI_BUSY_TIMEOUT_MS <= 500
    type_at_end(form.notes, TYPED)
    with locked(path) as lock:
        answers = []

        def answer(_text: str) -> int:
            answers.append(_text)
            if len(answers) == 2:
                lock.release()  # the other program is closed
            return 0  # Try again

        prompts.on_problem = answer
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert answers == [BUSY, BUSY]
    assert any(TYPED in notes for notes in stored_notes(path))


def test_a_lock_while_undoing_keeps_the_step(qtbot, demo_context, prompts) -> None:
    window = open_window(qtbot, demo_context)
    form = window.contacts_tab.form
    type_at_end(form.notes, TYPED)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stack = demo_context.undo_stack
    index = stack.index()
    with locked(demo_context.database.path):
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: stack.index() == index, timeout=2000)
    assert prompts.errors == [BUSY]
    assert any(TYPED in notes for notes in stored_notes(demo_context.database.path))
    window.undo_action.trigger()  # the lock is gone: the step is still there to undo
    assert not any(TYPED in notes for notes in stored_notes(demo_context.database.path))
    assert stack.index() == index - 1


def test_a_really_full_disk(tmp_path, qtbot, make_context, prompts) -> None:
    with small_disk(tmp_path / "disk") as disk:
        database = open_data_file(disk / "netplanner.sqlite3")
        try:
            with database.transaction() as session:
                load_demo(session)
            context = make_context(database)
            window = open_window(qtbot, context)
            form = window.contacts_tab.form
            # A long note (a pasted e-mail) and a few words typed after it.
            form.notes.setPlainText("Mail van Zoë:\n" + "Lorem ipsum dolor sit amet.\n" * 4000)
            type_at_end(form.notes, TYPED)
            filler = fill_disk(disk)

            def free_space_and_try_again(said: str) -> int:
                assert said == FULL
                filler.unlink()
                return 0

            prompts.on_problem = free_space_and_try_again
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            assert [kind for kind, _ in prompts.asked] == ["problem"]
            assert any(TYPED in notes for notes in stored_notes(database.path))
            window.close()
        finally:
            database.close()


@pytest.mark.parametrize(
    ("sqlite_says", "window_says"),
    [
        ("attempt to write a readonly database", "read-only"),
        ("disk I/O error", "reported an error"),
        ("unable to open database file", "cannot be found or opened"),
        ("database is locked", "Another program"),
    ],
)
def test_each_refusal_is_one_line_with_try_again(
    qtbot, demo_context, prompts, monkeypatch, sqlite_says, window_says
) -> None:
    """Where the machine cannot make the fault for real (a disk turned read-only under an
    open file, a pulled USB stick), SQLite's own words are injected at the commit."""
    window = open_window(qtbot, demo_context)
    form = window.contacts_tab.form
    type_at_end(form.notes, TYPED)
    fail_commits(monkeypatch, demo_context.database, sqlite_says)
    prompts.problem_answers = [0]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [(kind, said)] = prompts.asked
    assert kind == "problem" and window_says in said and "\n" not in said
    assert any(TYPED in notes for notes in stored_notes(demo_context.database.path))

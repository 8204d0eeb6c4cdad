"""The window shown from a checked file (read with sqlite3 alone until it has painted:
issue #24) is the window shown from the open database, and works the same from the
first click: the database opens when anything needs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from netplanner.core.contacts import list_contact_rows
from netplanner.datafile import connect_ready
from netplanner.gui.context import AppContext
from netplanner.gui.events import DataEvents
from netplanner.gui.main_window import CONTACTS, MainWindow
from netplanner.gui.opening import FileOpener
from netplanner.storage.database import Database
from netplanner.storage.sqlite.checked_file import CheckedFile
from tests.gui.contacts.test_tab import type_text


def _checked(database: Database) -> CheckedFile:
    connection = connect_ready(database.path, daily_backup=False)
    assert connection is not None  # healthy, at the current revision, with the banks
    return CheckedFile(database.path, connection)


def _what_it_shows(window: MainWindow) -> tuple[object, ...]:
    tab = window.contacts_tab
    form = tab.form
    return (
        window.windowTitle(),
        [label.text() for label in window.statusBar().findChildren(QLabel)],
        tab.list.count_label.text(),
        [tab.model.contact_at(row) for row in range(tab.model.visible_count())],
        form.contact_id,
        form.loaded_version,
        form.heading.text(),
        {name: edit.text() for name, edit in form.edits.items()},
        form.notes.toPlainText(),
        form.summary.text(),
    )


def test_the_same_window_from_a_checked_file(demo_database, prompts, settings, qtbot) -> None:
    whole = AppContext(demo_database, DataEvents(), prompts, settings)
    shown = MainWindow(whole, start_tab=CONTACTS)
    qtbot.addWidget(shown)
    checked = _checked(demo_database)
    quick = AppContext(checked, DataEvents(), prompts, settings)
    window = MainWindow(quick, start_tab=CONTACTS)
    qtbot.addWidget(window)
    assert quick.place is checked  # nothing needed the database yet
    assert _what_it_shows(window) == _what_it_shows(shown)
    assert window.contacts_tab.form.contact_id is not None

    quick.open_database()
    assert isinstance(quick.place, Database)
    assert _what_it_shows(window) == _what_it_shows(shown)


def test_the_first_save_opens_the_database(demo_database, prompts, settings, qtbot) -> None:
    checked = _checked(demo_database)
    context = AppContext(checked, DataEvents(), prompts, settings)
    window = MainWindow(context, start_tab=CONTACTS)
    qtbot.addWidget(window)
    form = window.contacts_tab.form
    name = form.edits["name"]
    name.selectAll()
    type_text(name, "Ålvarez-Ωmega 王芳")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(context.place, Database)
    assert form.heading.text() == "Ålvarez-Ωmega 王芳"
    assert not form.is_dirty()
    with demo_database.session() as session:
        assert "Ålvarez-Ωmega 王芳" in {row.name for row in list_contact_rows(session)}
    # It can be taken back, like any save.
    context.undo_stack.undo()
    with demo_database.session() as session:
        assert "Ålvarez-Ωmega 王芳" not in {row.name for row in list_contact_rows(session)}


def test_only_a_file_that_needs_nothing_comes_checked(demo_database, tmp_path, prompts) -> None:
    path = demo_database.path
    demo_database.close()
    opened = FileOpener(prompts, at_start=True).open(path, daily_backup=False, quickly=True)
    assert opened is not None and isinstance(opened.database, CheckedFile)
    opened.database.close()
    assert opened.instance is not None
    opened.instance.release()
    # A new file is made and prepared by the full open, which says what it did.
    new = tmp_path / "new" / "netplanner.sqlite3"
    opened = FileOpener(prompts, at_start=True).open(new, daily_backup=False, quickly=True)
    assert opened is not None and isinstance(opened.database, Database)
    opened.database.close()
    assert opened.instance is not None
    opened.instance.release()
    assert Path(new).stat().st_size > 0


def test_closing_before_the_database_opened_opens_nothing(demo_database, prompts, settings) -> None:
    checked = _checked(demo_database)
    context = AppContext(checked, DataEvents(), prompts, settings)
    context.close()
    assert context.place is checked  # closed as it was: no database made to close it
    with pytest.raises(RuntimeError):
        checked.read(lambda connection: connection.execute("SELECT 1"))

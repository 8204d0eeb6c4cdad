"""Undo and redo in the window: Ctrl+Z takes back edits, deletes and imports, Ctrl+Shift+Z
does them again, and the Edit menu says which step is next."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from netplanner.core import banks as bank_service
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, get_contact, list_contact_rows
from netplanner.core.conversations import list_conversation_rows
from netplanner.gui.banks import file_prompts
from netplanner.gui.contacts.table_model import COL_ROLE
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.main_window import MainWindow
from netplanner.gui.undo import add_undo_actions


@pytest.fixture
def window(qtbot, demo_context: AppContext) -> MainWindow:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.tabs.setCurrentWidget(window.contacts_tab)
    return window


def _ids(context: AppContext) -> dict[str, int]:
    return {row.name: row.id for row in context.read(list_contact_rows)}


def _press_undo(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _press_redo(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def test_ctrl_z_takes_back_an_edit_in_data_form_and_table(qtbot, window: MainWindow) -> None:
    context, tab = window.context, window.contacts_tab
    carla_id = _ids(context)["Carla Smit"]
    tab.show_contact(carla_id)
    old_role = tab.form.edits["role"].text()
    tab.form.edits["role"].selectAll()
    qtbot.keyClicks(tab.form.edits["role"], "Head of research")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert context.read(lambda s: get_contact(s, carla_id)).role == "Head of research"
    assert window.undo_action.text() == "&Undo Edit Carla Smit"

    _press_undo(qtbot, tab.table)

    assert context.read(lambda s: get_contact(s, carla_id)).role == old_role
    assert tab.form.edits["role"].text() == old_role
    row = tab.model.row_of(carla_id)
    assert tab.model.index(row, COL_ROLE).data() == old_role
    assert window.redo_action.text() == "&Redo Edit Carla Smit"
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo"


def test_ctrl_z_in_a_field_undoes_typing_first_then_the_save(qtbot, window: MainWindow) -> None:
    context, tab = window.context, window.contacts_tab
    carla_id = _ids(context)["Carla Smit"]
    tab.show_contact(carla_id)
    role = tab.form.edits["role"]
    old_role = role.text()
    role.setFocus()
    role.selectAll()
    qtbot.keyClicks(role, "Nurse")
    tab.save()  # as Ctrl+S does: the cursor stays in the field
    assert context.read(lambda s: get_contact(s, carla_id)).role == "Nurse"

    qtbot.keyClicks(role, "x")  # typing after the save: Ctrl+Z takes back the typing only
    _press_undo(qtbot, role)
    assert role.text() == "Nurse"
    assert context.read(lambda s: get_contact(s, carla_id)).role == "Nurse"

    _press_undo(qtbot, role)  # nothing typed to take back: the save is undone
    assert context.read(lambda s: get_contact(s, carla_id)).role == old_role
    assert role.text() == old_role


def test_a_deleted_contact_comes_back_with_conversations_and_goes_again(
    qtbot, window: MainWindow, prompts
) -> None:
    context, tab = window.context, window.contacts_tab
    ids = _ids(context)
    carla_id = ids["Carla Smit"]
    introduced = [r.name for r in context.read(list_contact_rows) if r.introduced_by_id == carla_id]
    talks = [r.id for r in context.read(list_conversation_rows) if r.contact_name == "Carla Smit"]
    assert introduced and talks
    tab.show_contact(carla_id)
    prompts.confirm_answers = [True]
    qtbot.mouseClick(tab.form.delete_button, Qt.MouseButton.LeftButton)
    assert "You can undo this with Ctrl+Z." in prompts.asked[-1][1]
    assert tab.model.find(carla_id) is None
    assert window.undo_action.text() == "&Undo Delete Carla Smit"

    _press_undo(qtbot, tab.table)

    assert tab.model.find(carla_id) is not None
    assert tab.model.row_of(carla_id) is not None  # the table shows her again
    assert [r.id for r in context.read(list_conversation_rows) if r.contact_id == carla_id] == talks
    rows = {r.name: r for r in context.read(list_contact_rows)}
    assert all(rows[name].introduced_by_id == carla_id for name in introduced)
    assert window.redo_action.text() == "&Redo Delete Carla Smit"

    _press_redo(qtbot, tab.table)

    assert tab.model.find(carla_id) is None
    assert "Carla Smit" not in _ids(context)
    assert all(
        rows_now.introduced_by_id is None
        for rows_now in context.read(list_contact_rows)
        if rows_now.name in introduced
    )


def test_an_imported_bank_is_undone_but_an_export_is_not_a_step(
    qtbot, window: MainWindow, prompts, monkeypatch, tmp_path: Path
) -> None:
    context, banks = window.context, window.banks_tab
    window.tabs.setCurrentWidget(banks)
    before = sorted(row.name for row in context.read(bank_service.list_bank_rows))
    path = tmp_path / "bank.json"
    prompts.save_paths = [path]
    banks.bank_panel.export_action.trigger()
    assert path.exists()
    assert not context.undo_stack.canUndo(), "exporting changed nothing the user sees"

    monkeypatch.setattr(file_prompts, "ask_open_file", lambda *args: path)
    prompts.choose_answers = [1]  # import as a copy
    banks.bank_panel.import_action.trigger()
    names = sorted(row.name for row in context.read(bank_service.list_bank_rows))
    assert len(names) == len(before) + 1
    assert banks.bank_model.rowCount() == len(names)
    assert window.undo_action.text() == "&Undo Import bank"

    _press_undo(qtbot, banks)

    assert sorted(row.name for row in context.read(bank_service.list_bank_rows)) == before
    assert banks.bank_model.rowCount() == len(before)


def test_undo_that_no_longer_fits_says_so_and_changes_nothing(
    qtbot, window: MainWindow, prompts
) -> None:
    context, tab = window.context, window.contacts_tab
    talk = context.read(list_conversation_rows)[0]
    window.tabs.setCurrentWidget(window.conversations_tab)
    window.conversations_tab.show_conversation(talk.id)
    prompts.confirm_answers = [True]
    window.conversations_tab.delete_current()
    assert context.undo_stack.canUndo()
    # Meanwhile the command line (which keeps no undo log) deletes the contact.
    with sqlite3.connect(context.database.path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM contact WHERE id=?", (talk.contact_id,))
    contacts = len(_ids(context))

    _press_undo(qtbot, window.conversations_tab)

    assert "cannot be undone" in prompts.errors[-1]
    assert len(_ids(context)) == contacts
    assert talk.id not in [r.id for r in context.read(list_conversation_rows)]
    qtbot.waitUntil(lambda: not context.undo_stack.canRedo() and not context.undo_stack.canUndo())
    assert tab.isEnabled()


def test_the_log_keeps_only_steps_the_user_can_reach(context: AppContext) -> None:
    def add(name: str) -> None:
        context.write(
            lambda s: create_contact(s, ContactInput(name=name)),
            changes=Change.CONTACTS,
            label=f"Add {name}",
        )

    def logged_steps() -> set[int]:
        with sqlite3.connect(context.database.path) as connection:
            return {row[0] for row in connection.execute("SELECT DISTINCT step FROM undo_log")}

    add("Anna")
    add("Bert")
    context.undo_stack.undo()  # Bert is gone; his step now redoes him
    add("Carla")  # redoing Bert is no longer possible: his log is dropped
    assert context.undo_stack.count() == 2
    assert len(logged_steps()) == 2
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert sorted(_ids(context)) == []


def test_a_restored_backup_starts_with_no_steps(context: AppContext) -> None:
    from netplanner.gui.backup_dialog import restore_into_context
    from netplanner.storage.sqlite.backups import make_backup

    info = make_backup(context.database.path, reason="manual")
    context.write(lambda s: create_contact(s, ContactInput(name="Anna")), changes=Change.CONTACTS)
    assert context.undo_stack.canUndo()
    restore_into_context(context, info)
    assert not context.undo_stack.canUndo()
    context.write(lambda s: create_contact(s, ContactInput(name="Bert")), changes=Change.CONTACTS)
    context.undo_stack.undo()  # the restored file records undo too
    assert _ids(context) == {}


def test_menu_text_shows_an_ampersand_and_cuts_long_labels(qtbot, context: AppContext) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    undo_action, _ = add_undo_actions(QMenu(holder), context.undo_stack, holder)
    context.write(
        lambda s: create_contact(s, ContactInput(name="Tom & Co")),
        changes=Change.CONTACTS,
        label="Add Tom & Co",
    )
    assert undo_action.text() == "&Undo Add Tom && Co"
    long_name = "Organisatie " * 12
    context.write(
        lambda s: create_contact(s, ContactInput(name=long_name)),
        changes=Change.CONTACTS,
        label=long_name,
    )
    assert len(undo_action.text()) < 70
    assert undo_action.text().endswith("…")


def test_every_write_in_the_window_names_its_undo_step() -> None:
    """Each ``context.write(...)`` passes a label (the Edit menu's text) or says it is not
    undoable; a new write without one would show a vague "Undo Change"."""
    root = Path(__file__).parents[2] / "netplanner" / "gui"
    unlabelled = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "write"
                and ast.unparse(node.func.value).endswith("context")
            ):
                keywords = {k.arg for k in node.keywords}
                if not keywords & {"label", "undoable"}:
                    unlabelled.append(f"{path.relative_to(root)}:{node.lineno}")
    assert unlabelled == []

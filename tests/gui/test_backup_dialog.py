"""File > Restore from backup…: the list shows dates and counts; restoring brings the data
back everywhere, and what was there before is kept as a backup."""

from __future__ import annotations

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import count_contacts, create_contact
from netplanner.gui.backup_dialog import RestoreBackupDialog, restore_into_context
from netplanner.gui.main_window import MainWindow
from netplanner.storage.sqlite.backups import list_backups, make_backup


def test_restore_from_the_list(qtbot, demo_context) -> None:
    make_backup(demo_context.database.path, reason="manual")
    with demo_context.transaction() as session:
        create_contact(session, ContactInput(name="Added later"))
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    demo_context.events.contacts_changed.emit()
    assert window.contacts_tab.visible_row_count() == 13

    dialog = RestoreBackupDialog(demo_context)
    qtbot.addWidget(dialog)
    first = dialog.list.topLevelItem(0)
    assert [first.text(2), first.text(3)] == ["12", "4"]
    assert dialog.restore_button.isEnabled()
    saved = restore_into_context(demo_context, dialog.chosen())

    assert demo_context.read(count_contacts) == 12
    assert window.contacts_tab.visible_row_count() == 12
    assert saved is not None and saved.contacts == 13
    assert {b.reason for b in list_backups(demo_context.database.path)} == {"manual", "pre-restore"}


def test_no_backups_yet(qtbot, context) -> None:
    dialog = RestoreBackupDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()

"""The Conversations form offers "Record names you got…" once a conversation took place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from netplanner.core.contacts import list_contact_rows
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.names.dialog import RecordNamesDialog


def _conversation_id(context, contact_name: str) -> int:
    from netplanner.core.conversations import list_conversation_rows

    rows = context.read(list_conversation_rows)
    return next(row.id for row in rows if row.contact_name == contact_name)


def test_button_shows_for_held_conversations_and_records_a_name(
    qtbot, demo_context, monkeypatch
) -> None:
    tab = ConversationsTab(demo_context)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_conversation(_conversation_id(demo_context, "Şükrü Yılmaz"))  # scheduled
    assert not tab.form.names_button.isVisibleTo(tab)
    tab.show_conversation(_conversation_id(demo_context, "Carla Smit"))  # held
    assert tab.form.names_button.isVisibleTo(tab)

    def fill_and_accept(dialog: RecordNamesDialog) -> int:
        dialog.rows[0].name_edit.setText("Mila Peeters")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordNamesDialog, "exec", fill_and_accept)
    tab.form.names_button.click()
    rows = {row.name: row for row in demo_context.read(list_contact_rows)}
    assert rows["Mila Peeters"].introduced_by == "Carla Smit"

"""The "Record names you got" dialog: new people and known ones, plans, all or nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from netplanner.core.contacts import get_contact, list_contact_rows
from netplanner.core.conversations import list_conversation_rows
from netplanner.core.models import Conversation
from netplanner.core.network.chain_links import format_chain
from netplanner.core.network.chains import chain_of
from netplanner.gui.context import AppContext
from netplanner.gui.names import dialog as names_dialog
from netplanner.gui.names.dialog import RecordNamesDialog, open_record_names
from tests.gui.probes import set_plan


def ids_by_name(context: AppContext) -> dict[str, int]:
    return {row.name: row.id for row in context.read(list_contact_rows)}


def talk_with(context: AppContext, name: str) -> int:
    return next(r.id for r in context.read(list_conversation_rows) if r.contact_name == name)


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def make_dialog(qtbot, context: AppContext, name: str = "Carla Smit") -> RecordNamesDialog:
    dialog = RecordNamesDialog(context, talk_with(context, name))
    qtbot.addWidget(dialog)
    return dialog


def planned(context: AppContext, contact_id: int) -> list[tuple[str, str]]:
    def work(session) -> list[tuple[str, str]]:
        statement = select(Conversation.kind, Conversation.status).where(
            Conversation.contact_id == contact_id
        )
        return [tuple(row) for row in session.execute(statement)]

    return context.read(work)


def test_two_new_people_and_one_known_with_a_plan(qtbot, demo_context: AppContext) -> None:
    dialog = make_dialog(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    assert dialog.title_label.text() == "Names Carla Smit gave you"
    assert not dialog.save_button.isEnabled(), "nothing to save yet"
    first = dialog.rows[0]
    qtbot.keyClicks(first.name_edit, "Mila Peeters")
    qtbot.keyClicks(first.role_edit, "UX lead")
    qtbot.keyClicks(first.organisation_edit, "Zorgapp BV")
    assert first.status_label.text() == "New contact, introduced by Carla Smit."
    second = dialog.add_row()
    type_text(second.name_edit, "Дмитрий Иванов")
    set_plan(second, "informational")
    third = dialog.add_row()
    qtbot.keyClicks(third.name_edit, "Eva Mulder")
    assert third.existing_id() == ids["Eva Mulder"]
    assert not third.organisation_edit.isEnabled()
    assert third.organisation_edit.placeholderText() == "Flex Talent"
    assert "Already in your contacts" in third.status_label.text()
    dialog.add_row()  # left empty: ignored
    assert dialog.save_button.isEnabled()
    with (
        qtbot.waitSignal(demo_context.events.contacts_changed),
        qtbot.waitSignal(demo_context.events.conversations_changed),
    ):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    now = ids_by_name(demo_context)
    assert dialog.saved_ids == [now["Mila Peeters"], now["Дмитрий Иванов"], ids["Eva Mulder"]]
    mila = demo_context.read(lambda s: get_contact(s, now["Mila Peeters"]))
    assert (mila.role, mila.organisation) == ("UX lead", "Zorgapp BV")
    talk = talk_with(demo_context, "Carla Smit")
    for contact_id in dialog.saved_ids:
        contact = demo_context.read(lambda s, i=contact_id: get_contact(s, i))
        assert contact.introduced_by_id == ids["Carla Smit"]
        assert contact.introduced_in_id == talk
    assert planned(demo_context, now["Дмитрий Иванов"]) == [("informational", "idea")]
    assert planned(demo_context, now["Mila Peeters"]) == []
    chain = demo_context.read(lambda s: format_chain(chain_of(s, ids["Eva Mulder"])))
    assert chain == "You → Anna de Vries → Carla Smit → Eva Mulder"


def test_the_completer_finds_contacts_without_accents(qtbot, demo_context: AppContext) -> None:
    dialog = make_dialog(qtbot, demo_context)
    dialog.show()
    row = dialog.rows[0]
    row.name_edit.setFocus()
    qtbot.keyClicks(row.name_edit, "wojc")
    completer = row.name_edit.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Łukasz Wójcik (Philips)"
    row.name_edit.setText(completer.currentCompletion())
    assert row.existing_id() == ids_by_name(demo_context)["Łukasz Wójcik"]
    row.name_edit.clear()
    qtbot.keyClicks(row.name_edit, "carla")
    assert completer.completionCount() == 0, "Carla gave the names: she is not offered"


def test_someone_new_with_an_existing_name(qtbot, demo_context: AppContext) -> None:
    dialog = make_dialog(qtbot, demo_context)
    before = len(ids_by_name(demo_context))
    row = dialog.rows[0]
    qtbot.keyClicks(row.name_edit, "Bert Jansen")
    assert not row.new_anyway.isHidden() and not row.role_edit.isEnabled()
    row.new_anyway.setChecked(True)
    assert row.role_edit.isEnabled() and "New contact" in row.status_label.text()
    dialog.accept()
    rows = demo_context.read(list_contact_rows)
    assert len(rows) == before + 1
    assert sum(1 for r in rows if r.name == "Bert Jansen") == 2


def test_a_loop_is_shown_and_refused_with_nothing_saved(
    qtbot, demo_context: AppContext, prompts
) -> None:
    dialog = make_dialog(qtbot, demo_context, "Şükrü Yılmaz")
    before = len(ids_by_name(demo_context))
    qtbot.keyClicks(dialog.rows[0].name_edit, "Nieuwe Naam")
    anna = dialog.add_row()
    qtbot.keyClicks(anna.name_edit, "Anna de Vries")
    assert "Anna de Vries led you to Şükrü Yılmaz" in anna.status_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # even when forced: the core refuses it all
    assert prompts.errors and "Anna de Vries" in prompts.errors[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(ids_by_name(demo_context)) == before, "not even the new name was saved"
    assert dialog.rows[0].name_edit.text() == "Nieuwe Naam", "what was typed stays"
    dialog.remove_row(anna)
    assert dialog.save_button.isEnabled()
    dialog.accept()
    assert len(ids_by_name(demo_context)) == before + 1


def test_removing_rows_keeps_one(qtbot, demo_context: AppContext) -> None:
    dialog = make_dialog(qtbot, demo_context)
    second = dialog.add_row()
    qtbot.mouseClick(second.remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 1
    qtbot.mouseClick(dialog.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 1 and dialog.rows[0].is_blank()


def test_open_record_names_returns_what_was_saved(
    qtbot, demo_context: AppContext, monkeypatch
) -> None:
    def fake_exec(self: RecordNamesDialog) -> int:
        self.rows[0].name_edit.setText("Mila Peeters")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(names_dialog.RecordNamesDialog, "exec", fake_exec)
    saved = open_record_names(demo_context, talk_with(demo_context, "Anna de Vries"))
    assert saved == [ids_by_name(demo_context)["Mila Peeters"]]

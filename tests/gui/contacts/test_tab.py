"""The Contacts tab as a user meets it: typing, clicking Save and Delete, searching."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.orm import Session

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import count_contacts, create_contact, get_contact, list_contact_rows
from netplanner.gui.contacts.tab import ContactsTab
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change


def make_tab(qtbot, context: AppContext) -> ContactsTab:
    tab = ContactsTab(context)
    qtbot.addWidget(tab)
    return tab


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (keyClicks only copes with ASCII)."""
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def ids_by_name(context: AppContext) -> dict[str, int]:
    return {row.name: row.id for row in context.read(list_contact_rows)}


def stored(context: AppContext, contact_id: int):
    return context.read(lambda s: get_contact(s, contact_id))


def selected_name(tab: ContactsTab) -> str | None:
    row = tab.table.currentIndex().row()
    contact = tab.model.contact_at(row)
    return contact.name if contact else None


def test_add_a_contact_by_typing(qtbot, context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, context)
    assert tab.visible_row_count() == 0
    assert tab.list.count_label.text() == "No contacts yet"
    tab.new_item()
    form = tab.form
    assert not form.save_button.isEnabled(), "a contact needs a name"
    qtbot.keyClicks(form.edits["name"], "Carla Smit")
    qtbot.keyClicks(form.edits["role"], "UX researcher")
    qtbot.keyClicks(form.edits["organisation"], "MedApp Studio")
    qtbot.keyClicks(form.edits["tags"], "ux,  healthcare, ux")
    qtbot.keyClicks(form.notes, "Met at the UX meetup")
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(context.events.contacts_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors == []
    carla = stored(context, ids_by_name(context)["Carla Smit"])
    assert (carla.role, carla.organisation, carla.notes) == (
        "UX researcher", "MedApp Studio", "Met at the UX meetup",
    )  # fmt: skip
    assert carla.tags == "ux, healthcare"
    assert carla.introduced_by_id is None
    assert tab.visible_row_count() == 1 and selected_name(tab) == "Carla Smit"
    assert tab.list.count_label.text() == "1 contact"
    assert not form.is_dirty() and form.contact_id == carla.id


def test_add_a_contact_with_a_non_latin_name(qtbot, context: AppContext) -> None:
    tab = make_tab(qtbot, context)
    tab.new_item()
    type_text(tab.form.edits["name"], "Şükrü Yılmaz")
    type_text(tab.form.edits["organisation"], "Дмитрий & 王")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    [row] = context.read(list_contact_rows)
    assert (row.name, row.organisation) == ("Şükrü Yılmaz", "Дмитрий & 王")
    assert selected_name(tab) == "Şükrü Yılmaz"


def test_edit_a_contacts_organisation(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    carla_id = ids_by_name(demo_context)["Carla Smit"]
    tab.show_contact(carla_id)
    organisation = tab.form.edits["organisation"]
    organisation.clear()
    qtbot.keyClicks(organisation, "Zorgapps BV")
    assert tab.form.is_dirty() and tab.form.revert_button.isEnabled()
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    carla = stored(demo_context, carla_id)
    assert carla.organisation == "Zorgapps BV"
    assert carla.introduced_by_id == ids_by_name(demo_context)["Anna de Vries"], "kept"
    assert carla.introduced_in_id is not None, "where we got the name is kept"
    row = tab.model.row_of(carla_id)
    assert tab.model.index(row, 3).data() == "Zorgapps BV"
    assert selected_name(tab) == "Carla Smit"


def test_undo_changes_restores_the_stored_values(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.show_contact(ids_by_name(demo_context)["Carla Smit"])
    qtbot.keyClick(tab.form.edits["role"], Qt.Key.Key_End)
    qtbot.keyClicks(tab.form.edits["role"], " (senior)")
    qtbot.mouseClick(tab.form.revert_button, Qt.MouseButton.LeftButton)
    assert tab.form.edits["role"].text() == "UX researcher"
    assert not tab.form.is_dirty() and not tab.form.save_button.isEnabled()


def test_pick_introduced_by_with_the_completer(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.show()
    qtbot.waitExposed(tab)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Bert Jansen"])
    combo = tab.form.introducer
    assert combo.currentText() == "— nobody, I know them myself —"
    assert combo.findText("Bert Jansen") == -1, "nobody introduces themselves"
    combo.lineEdit().clear()
    combo.lineEdit().setFocus()
    qtbot.keyClicks(combo.lineEdit(), "yilm")  # no accents typed, part of the name
    completer = combo.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Şükrü Yılmaz"
    popup = completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Şükrü Yılmaz"
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert stored(demo_context, ids["Bert Jansen"]).introduced_by_id == ids["Şükrü Yılmaz"]
    assert "Introduced by" in tab.form.summary.text()


def test_unknown_introducer_is_refused(qtbot, demo_context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Bert Jansen"])
    tab.form.introducer.setEditText("Someone Unknown")
    assert tab.save() is False
    assert "Someone Unknown" in prompts.errors[0]
    assert stored(demo_context, ids["Bert Jansen"]).introduced_by_id is None


def test_an_introduction_loop_is_refused(qtbot, demo_context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Anna de Vries"])  # Anna introduced Carla
    combo = tab.form.introducer
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Carla Smit")
    qtbot.keyClick(tab.form.edits["role"], Qt.Key.Key_End)
    qtbot.keyClicks(tab.form.edits["role"], "!")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.errors) == 1 and "Carla Smit" in prompts.errors[0]
    anna = stored(demo_context, ids["Anna de Vries"])
    assert anna.introduced_by_id is None and anna.role == "Product owner", "nothing changed"
    assert combo.currentText() == "Carla Smit", "the form keeps what the user typed"
    assert tab.form.edits["role"].text() == "Product owner!" and tab.form.is_dirty()


def test_delete_asks_first_and_says_what_goes(qtbot, demo_context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Carla Smit"])
    prompts.confirm_answers = [False]
    qtbot.mouseClick(tab.form.delete_button, Qt.MouseButton.LeftButton)
    kind, text = prompts.asked[-1]
    assert kind == "confirm" and text.startswith("Delete Carla Smit?")
    assert "1 conversation with Carla Smit will be deleted too" in text
    assert "1 person introduced by Carla Smit stays in your contacts" in text
    assert demo_context.read(count_contacts) == 12 and tab.visible_row_count() == 12

    prompts.confirm_answers = [True]
    with qtbot.waitSignal(demo_context.events.conversations_changed):
        qtbot.mouseClick(tab.form.delete_button, Qt.MouseButton.LeftButton)
    remaining = ids_by_name(demo_context)
    assert "Carla Smit" not in remaining and len(remaining) == 11
    assert tab.visible_row_count() == 11
    assert stored(demo_context, remaining["Şükrü Yılmaz"]).introduced_by_id is None
    assert tab.form.contact_id is not None and selected_name(tab) == tab.form.loaded_name


def test_delete_without_anything_attached(qtbot, demo_context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.show_contact(ids_by_name(demo_context)["Irene Kok"])  # introduced Joost
    prompts.confirm_answers = [True]
    tab.delete()
    assert "1 person introduced by Irene Kok stays" in prompts.asked[-1][1]
    assert "conversation" not in prompts.asked[-1][1]


def test_search_filters_as_you_type(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    assert tab.visible_row_count() == demo_context.read(count_contacts) == 12
    qtbot.keyClicks(tab.search, "ux")
    assert tab.visible_row_count() == 3
    qtbot.keyClicks(tab.search, " health")
    assert tab.visible_row_count() == 2
    assert tab.list.count_label.text() == "2 of 12 contacts"
    tab.search.clear()
    type_text(tab.search, "ŞÜKRÜ")
    assert tab.visible_row_count() == 1
    tab.search.clear()
    assert tab.visible_row_count() == 12


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_each_keystroke_in_the_search_paints_the_table_once(
    qtbot, demo_context: AppContext
) -> None:
    # Twice was what a model reset's delayed layout used to cost: half of the time a
    # keystroke took with 30,000 contacts (tests/bench).
    tab = make_tab(qtbot, demo_context)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.focus_search()
    paints = PaintCounter(tab.table.viewport())
    for text, shown in (("ux", 3), ("ux health", 2), ("ux", 3), ("", 12)):
        qtbot.wait(50)  # anything still pending from the last keystroke is done
        paints.count = 0
        if text:
            tab.search.setText(text)
        else:
            tab.search.clear()
        qtbot.wait(50)  # the timers a model reset starts have run, and their repaints
        assert tab.visible_row_count() == shown
        assert paints.count == 1, f"{text!r}: {paints.count} paints"


def test_typing_on_with_the_same_matches_paints_nothing(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.keyClicks(tab.search, "carla")
    assert tab.visible_row_count() == 1
    tab.list.select(tab.model.contact_at(0).id)
    qtbot.wait(50)
    paints = PaintCounter(tab.table.viewport())
    qtbot.keyClicks(tab.search, " smi")  # still only Carla Smit
    qtbot.wait(50)
    assert paints.count == 0
    assert selected_name(tab) == "Carla Smit" and tab.model.search == "carla smi"
    qtbot.keyClicks(tab.search, "x")  # now nobody
    qtbot.wait(50)
    assert tab.visible_row_count() == 0 and paints.count == 1
    assert tab.list.count_label.text() == "No matches among 12 contacts"


def test_return_in_search_goes_to_the_first_match(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.focus_search()
    qtbot.keyClicks(tab.search, "philips")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.table.hasFocus()
    assert selected_name(tab) == "Łukasz Wójcik" == tab.form.loaded_name


def test_show_contact_clears_a_hiding_search(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.search.setText("bert")
    tab.show_contact(ids["Gijs de Boer"])
    assert tab.search.text() == ""
    assert selected_name(tab) == "Gijs de Boer"
    assert tab.form.edits["name"].text() == "Gijs de Boer"
    assert tab.form.edits["organisation"].text() == "St. Antonius Ziekenhuis"


def test_clicking_a_row_shows_it_and_a_summary_link_follows(
    qtbot, demo_context: AppContext
) -> None:
    tab = make_tab(qtbot, demo_context)
    row = tab.model.row_of(ids_by_name(demo_context)["Carla Smit"])
    tab.table.selectRow(row)
    assert tab.form.loaded_name == "Carla Smit"
    assert "1 conversation" in tab.form.summary.text()
    tab.form.summary.linkActivated.emit(f"contact:{ids_by_name(demo_context)['Anna de Vries']}")
    assert selected_name(tab) == "Anna de Vries" == tab.form.loaded_name


def test_unsaved_edits_are_not_lost_silently(qtbot, demo_context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Carla Smit"])
    qtbot.keyClick(tab.form.edits["region"], Qt.Key.Key_End)
    qtbot.keyClicks(tab.form.edits["region"], " centrum")
    tab.show_contact(ids["Bert Jansen"])  # no answer scripted: keep editing
    assert prompts.asked[-1] == ("choose", "Save the changes to Carla Smit first?")
    assert tab.form.loaded_name == "Carla Smit" and selected_name(tab) == "Carla Smit"
    prompts.choose_answers = [0]  # save
    tab.table.selectRow(tab.model.row_of(ids["Bert Jansen"]))
    assert stored(demo_context, ids["Carla Smit"]).region == "Amersfoort centrum"
    assert tab.form.loaded_name == "Bert Jansen"
    assert selected_name(tab) == "Bert Jansen", "the table shows whom the form shows"
    qtbot.keyClicks(tab.form.edits["region"], "!")
    prompts.choose_answers = [1]  # discard
    tab.new_item()
    assert stored(demo_context, ids["Bert Jansen"]).region == "Utrecht"
    assert tab.form.contact_id is None and tab.form.edits["name"].text() == ""


def test_refreshes_when_contacts_change_elsewhere(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Eva Mulder"])
    qtbot.keyClicks(tab.form.notes, "draft")

    def add(session: Session) -> None:
        create_contact(
            session, ContactInput(name="Aaron Abbas", introduced_by_id=ids["Eva Mulder"])
        )

    demo_context.write(add, changes=Change.CONTACTS)
    assert tab.visible_row_count() == 13
    assert selected_name(tab) == "Eva Mulder"
    assert tab.form.notes.toPlainText() == "draft", "unsaved edits survive a refresh"
    tab.form.introducer.showPopup()  # the picker lists everyone once it is opened
    assert tab.form.introducer.findText("Aaron Abbas") >= 0
    tab.form.introducer.hidePopup()

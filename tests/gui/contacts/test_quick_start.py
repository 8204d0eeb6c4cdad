"""What the Contacts tab leaves until it is needed, so it opens sooner with many contacts:
the folded search texts (made once the table is painted) and everyone's entry in the
"introduced by" picker (made when the picker is used). The user must not notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, list_contact_rows
from netplanner.gui.contacts.table_model import COL_NAME, COL_ROLE, ContactsTableModel
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from tests.gui.contacts.test_tab import ids_by_name, make_tab, stored, type_text

NOBODY = "— nobody, I know them myself —"


def shown_names(model: ContactsTableModel) -> list[str]:
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def folded_first(context: AppContext, search: str, column: int, order: Qt.SortOrder) -> list[str]:
    """The rows a model shows that folded its search texts right when it was loaded."""
    model = ContactsTableModel()
    model.set_rows(context.read(list_contact_rows))
    model.fold_search_texts()
    model.sort(column, order)
    model.set_search(search)
    return shown_names(model)


def test_typing_a_search_before_the_texts_are_folded(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    assert not tab.model.search_texts_folded, "not painted yet: nothing folded"
    qtbot.keyClicks(tab.search, "ux health")
    assert shown_names(tab.model) == ["Carla Smit", "Hanna Meijer"]
    assert tab.list.count_label.text() == "2 of 12 contacts"
    tab.search.clear()
    type_text(tab.search, "ŞÜKRÜ")
    assert shown_names(tab.model) == ["Şükrü Yılmaz"]


def test_sorting_before_the_texts_are_folded(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.table.sortByColumn(COL_ROLE, Qt.SortOrder.DescendingOrder)
    assert not tab.model.search_texts_folded
    qtbot.keyClicks(tab.search, "e")
    expected = folded_first(demo_context, "e", COL_ROLE, Qt.SortOrder.DescendingOrder)
    assert len(expected) > 3 and shown_names(tab.model) == expected
    tab.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)  # sorting with a search on
    assert shown_names(tab.model) == sorted(expected, key=lambda name: name.casefold())


def test_the_texts_are_folded_once_the_table_is_shown(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.search_texts_folded)
    qtbot.keyClicks(tab.search, "vries")
    assert shown_names(tab.model) == ["Anna de Vries"]
    demo_context.events.contacts_changed.emit()  # loaded again: folded again after painting
    qtbot.waitUntil(lambda: tab.model.search_texts_folded)
    assert shown_names(tab.model) == ["Anna de Vries"]
    tab.table.sortByColumn(COL_ROLE, Qt.SortOrder.AscendingOrder)
    assert not tab.model.search_texts_ready
    qtbot.waitUntil(lambda: tab.model.search_texts_ready)  # laid out in the new order
    assert shown_names(tab.model) == ["Anna de Vries"]


def test_the_picker_shows_the_introducer_and_lists_everyone_when_opened(
    qtbot, demo_context: AppContext
) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Carla Smit"])
    combo = tab.form.introducer
    assert combo.currentText() == "Anna de Vries"
    assert combo.count() == 1, "only 'nobody' until the picker is used"
    combo.showPopup()
    assert combo.count() == 12, "nobody, and everyone but Carla herself"
    assert combo.findText("Carla Smit") == -1 and combo.findText("Bert Jansen") >= 0
    assert combo.itemText(0) == NOBODY
    combo.hidePopup()
    assert combo.currentText() == "Anna de Vries", "opening the list keeps the text"
    assert not tab.form.is_dirty()


def test_saving_keeps_the_introducer_the_picker_shows(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Carla Smit"])
    qtbot.keyClicks(tab.form.edits["region"], "!")
    assert tab.save()
    assert stored(demo_context, ids["Carla Smit"]).introduced_by_id == ids["Anna de Vries"]
    tab.show_contact(ids["Bert Jansen"])
    tab.form.introducer.lineEdit().setText("  ANNA DE VRIES ")  # any case, as typed
    assert tab.save()
    assert stored(demo_context, ids["Bert Jansen"]).introduced_by_id == ids["Anna de Vries"]
    assert tab.form.introducer.currentText() == "Anna de Vries"


def test_namesakes_in_the_picker(qtbot, context: AppContext, prompts) -> None:
    def add(session: Session) -> tuple[int, int]:
        philips = create_contact(session, ContactInput(name="Jan Jansen", organisation="Philips"))
        asml = create_contact(session, ContactInput(name="Jan Jansen", organisation="ASML"))
        create_contact(session, ContactInput(name="Eva", introduced_by_id=asml.id))
        create_contact(session, ContactInput(name="Ruud", introduced_by_id=philips.id))
        return philips.id, asml.id

    philips_id, _asml_id = context.write(add, changes=Change.CONTACTS)
    tab = make_tab(qtbot, context)
    ids = ids_by_name(context)
    tab.show_contact(ids["Eva"])
    assert tab.form.introducer.currentText() == "Jan Jansen (ASML)"
    tab.show_contact(ids["Ruud"])
    assert tab.form.introducer.currentText() == "Jan Jansen (Philips)"
    qtbot.keyClicks(tab.form.edits["role"], "Tester")
    assert tab.save() and prompts.errors == []
    ruud = stored(context, ids["Ruud"])
    assert (ruud.role, ruud.introduced_by_id) == ("Tester", philips_id)
    assert tab.form.introducer.currentText() == "Jan Jansen (Philips)"
    tab.form.introducer.lineEdit().setText("Jan Jansen")  # names neither of them
    assert tab.save() is False and "Jan Jansen" in prompts.errors[0]


def test_a_contact_added_elsewhere_shows_up_in_the_opened_picker(
    qtbot, demo_context: AppContext
) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Carla Smit"])
    combo = tab.form.introducer
    combo.showPopup()
    combo.hidePopup()
    assert combo.findText("Aaron Abbas") == -1

    def add(session: Session) -> None:
        create_contact(session, ContactInput(name="Aaron Abbas"))

    demo_context.write(add, changes=Change.CONTACTS)
    assert combo.currentText() == "Anna de Vries"
    combo.showPopup()
    assert combo.findText("Aaron Abbas") >= 0 and combo.count() == 13
    combo.hidePopup()

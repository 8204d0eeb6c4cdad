"""The Contacts tab shows its first screen before it reads everyone (issue #24): the same
people in the same places as the whole list, and everyone once the table has painted or
as soon as a search, a sort or a question needs them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, list_contact_rows
from netplanner.gui.contacts import tab as tab_module
from netplanner.gui.contacts.tab import ContactsTab
from netplanner.gui.contacts.table_model import COL_NAME, COL_ORGANISATION
from tests.gui.contacts.test_tab import type_text

# Names whose order by bytes is not the list's order: case, accents, other scripts,
# namesakes (by id), an emoji. The first four by the list's order: "ålvarez", "Anna",
# "Bert", "Émile Roux".
NAMES = [
    "Zoë Bakker", "jan de Vries", "Jan de Vries", "Émile Roux", "Anna", "ålvarez",
    "Ωmega", "محمد علي", "דוד לוי", "สมชาย", "王芳", "🙂 Smiley", "Łukasz Nowak",
    "Bert", "jan de vries",
]  # fmt: skip
FIRST = 4


@pytest.fixture
def many(context):
    """The names above; Anna introduced by Łukasz (not on the first screen), and ålvarez
    (the first) introduced 王芳 and Łukasz (neither on it)."""
    with context.transaction() as session:
        alvarez = create_contact(session, ContactInput(name="ålvarez")).id
        lukasz_input = ContactInput(name="Łukasz Nowak", introduced_by_id=alvarez)
        lukasz = create_contact(session, lukasz_input).id
        for name in NAMES:
            if name not in ("Łukasz Nowak", "ålvarez"):
                introducer = {"Anna": lukasz, "王芳": alvarez}.get(name)
                create_contact(session, ContactInput(name=name, introduced_by_id=introducer))
    return context


def first_screen_tab(qtbot, context, monkeypatch) -> ContactsTab:
    monkeypatch.setattr(tab_module, "FIRST_SCREEN_ROWS", FIRST)
    tab = ContactsTab(context)
    qtbot.addWidget(tab)
    return tab


def shown_names(tab: ContactsTab) -> list[str]:
    return [tab.model.contact_at(row).name for row in range(tab.model.rowCount())]


def test_the_first_screen_shows_the_lists_first_people(qtbot, many, monkeypatch) -> None:
    everyone = ContactsTab(many)
    qtbot.addWidget(everyone)
    tab = first_screen_tab(qtbot, many, monkeypatch)
    assert shown_names(tab) == shown_names(everyone)[:FIRST]
    assert shown_names(tab)[:2] == ["ålvarez", "Anna"]
    assert tab.list.count_label.text() == f"{len(NAMES)} contacts", "the count says everyone"
    assert tab.form.edits["name"].text() == "ålvarez", "the first person is shown"


def test_everyone_is_read_once_the_table_has_painted(qtbot, many, monkeypatch) -> None:
    everyone = ContactsTab(many)
    qtbot.addWidget(everyone)
    tab = first_screen_tab(qtbot, many, monkeypatch)
    assert tab.model.rowCount() == FIRST
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(NAMES))
    assert shown_names(tab) == shown_names(everyone)
    assert tab.form.edits["name"].text() == "ålvarez", "the selection stays"


def test_the_introducer_of_a_first_screen_person_is_named(qtbot, many, monkeypatch) -> None:
    tab = first_screen_tab(qtbot, many, monkeypatch)
    tab.show_contact(next(r.id for r in many.read(list_contact_rows) if r.name == "Anna"))
    assert tab.form.introducer.currentText() == "Łukasz Nowak"


def test_a_search_before_the_rest_is_read_searches_everyone(qtbot, many, monkeypatch) -> None:
    tab = first_screen_tab(qtbot, many, monkeypatch)
    type_text(tab.search, "vries")
    assert shown_names(tab) == ["jan de Vries", "Jan de Vries", "jan de vries"]


def test_a_sort_before_the_rest_is_read_sorts_everyone(qtbot, many, monkeypatch) -> None:
    tab = first_screen_tab(qtbot, many, monkeypatch)
    tab.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert tab.model.rowCount() == len(NAMES)
    assert shown_names(tab)[-1] == "ålvarez"


def test_another_remembered_order_reads_everyone_at_once(qtbot, many, monkeypatch) -> None:
    many.settings.setValue("contacts/sort_column", COL_ORGANISATION)
    tab = first_screen_tab(qtbot, many, monkeypatch)
    assert tab.model.rowCount() == len(NAMES)


def test_the_lines_under_the_name_are_whole_from_the_first_paint(qtbot, many, monkeypatch) -> None:
    everyone = ContactsTab(many)
    qtbot.addWidget(everyone)
    tab = first_screen_tab(qtbot, many, monkeypatch)
    summary = tab.form.summary.text()
    assert "王芳" in summary and "Łukasz Nowak" in summary, "whom ålvarez introduced"
    assert summary == everyone.form.summary.text()
    anna = next(r.id for r in many.read(list_contact_rows) if r.name == "Anna")
    tab.show_contact(anna)
    everyone.show_contact(anna)
    assert tab.model.rowCount() == FIRST, "Anna is on the first screen"
    assert tab.form.summary.text() == everyone.form.summary.text()

"""The contact's summary shows how the user got to them: the chain and its degree."""

from __future__ import annotations

from netplanner.core.contacts import list_contact_rows
from netplanner.core.conversations import list_conversation_rows
from netplanner.core.network.chains import NameGained, record_names
from netplanner.gui.contacts.tab import ContactsTab
from netplanner.gui.contacts.texts import degree_label
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change


def ids_by_name(context: AppContext) -> dict[str, int]:
    return {row.name: row.id for row in context.read(list_contact_rows)}


def test_summary_shows_the_chain_with_links(qtbot, demo_context: AppContext) -> None:
    tab = ContactsTab(demo_context)
    qtbot.addWidget(tab)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Şükrü Yılmaz"])
    summary = tab.form.summary.text()
    assert "You → " in summary and "·&nbsp;3rd&nbsp;degree" in summary
    assert f'<a href="contact:{ids["Anna de Vries"]}">Anna de Vries</a> → ' in summary
    assert f'<a href="contact:{ids["Carla Smit"]}">Carla Smit</a> → <b>Şükrü Yılmaz</b>' in summary
    tab.form.summary.linkActivated.emit(f"contact:{ids['Anna de Vries']}")
    assert tab.form.loaded_name == "Anna de Vries"
    assert "You → <b>Anna de Vries</b>&nbsp;·&nbsp;1st&nbsp;degree" in tab.form.summary.text()


def test_summary_follows_a_new_introduction(qtbot, demo_context: AppContext) -> None:
    tab = ContactsTab(demo_context)
    qtbot.addWidget(tab)
    ids = ids_by_name(demo_context)
    tab.show_contact(ids["Eva Mulder"])
    assert "1st&nbsp;degree" in tab.form.summary.text()
    talk = next(
        r.id for r in demo_context.read(list_conversation_rows) if r.contact_name == "Carla Smit"
    )
    demo_context.write(
        lambda s: record_names(s, talk, [NameGained(existing_contact_id=ids["Eva Mulder"])]),
        changes=Change.CONTACTS | Change.CONVERSATIONS,
    )
    assert (
        "Carla Smit</a> → <b>Eva Mulder</b>&nbsp;·&nbsp;3rd&nbsp;degree" in tab.form.summary.text()
    )


def test_degree_labels() -> None:
    assert [degree_label(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)] == [
        "1st degree", "2nd degree", "3rd degree", "4th degree", "11th degree",
        "12th degree", "13th degree", "21st degree", "22nd degree",
    ]  # fmt: skip

"""The contact form with the whole person: every e-mail address, phone number and website
with its kind, the parts of the name, nickname, birthday and address; shown, edited,
saved, unsaved edits noticed, and found by the search."""

from __future__ import annotations

from netplanner.core.contact_data import ContactInput
from netplanner.core.contact_fields import Detail
from netplanner.core.contacts import create_contact
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from tests.gui.contacts.test_tab import ids_by_name, make_tab, stored, type_text


def _fatma(context: AppContext) -> int:
    def add(session) -> int:
        return create_contact(
            session,
            ContactInput(
                "Fatma Öztürk",
                email="f.ozturk@erasmusmc.example",
                email_kind="work",
                phone="+31 6 2222 3333",
                phone_kind="mobile",
                website="https://fatma.example",
                nickname="Fat",
                name_prefix="Dr.",
                given_name="Fatma",
                family_name="Öztürk",
                birthday="1985-07-14",
                street="Dr. Molewaterplein 40",
                postal_code="3015 GD",
                city="Rotterdam",
                country="Nederland",
                source_uid="urn:uuid:fatma",
                details=[
                    Detail("email", "home", "fatma@thuis.example"),
                    Detail("phone", "Secretariaat", "010 704 0000"),
                ],
            ),
        ).id

    return context.write(add, changes=Change.CONTACTS)


def test_the_form_shows_every_field_of_the_person(qtbot, context: AppContext) -> None:
    fatma = _fatma(context)
    tab = make_tab(qtbot, context)
    tab.show_contact(fatma)
    form = tab.form
    assert form.lists["email"].values() == [
        ("work", "f.ozturk@erasmusmc.example"),
        ("home", "fatma@thuis.example"),
    ]
    assert form.lists["phone"].values() == [
        ("mobile", "+31 6 2222 3333"),
        ("Secretariaat", "010 704 0000"),
    ]
    assert [row.combo.currentText() for row in form.lists["phone"].rows] == [
        "mobile",
        "Secretariaat",
    ]
    assert form.lists["website"].values() == [("", "https://fatma.example")]
    assert form.edits["birthday"].text() == "14-07-1985"  # as Dutch people write it
    assert form.edits["nickname"].text() == "Fat"
    assert form.name_parts.body.isVisibleTo(form)  # open: the contact has parts
    assert form.name_parts.parts()["name_prefix"] == "Dr."
    assert form.address.address()["city"] == "Rotterdam"
    assert not form.is_dirty()


def test_edits_to_lists_count_as_unsaved_and_are_saved(qtbot, context: AppContext) -> None:
    fatma = _fatma(context)
    tab = make_tab(qtbot, context)
    tab.show_contact(fatma)
    form = tab.form
    form.lists["email"].add_row()
    assert form.is_dirty() is False  # an empty row is no change of the person…
    type_text(form.lists["email"].rows[-1].edit, "oud@example.org")
    assert form.is_dirty() and form.save_button.isEnabled()
    form.lists["phone"].rows[0].remove.click()  # the mobile number goes
    form.edits["birthday"].setText("03-05")  # a birthday without the year
    form.address.city.setText("Schiedam")
    form.name_parts.edits["name_suffix"].setText("PhD")
    form.save_button.click()
    assert not form.is_dirty()
    contact = stored(context, fatma)
    assert contact.emails == [
        "f.ozturk@erasmusmc.example",
        "fatma@thuis.example",
        "oud@example.org",
    ]
    # The other number is now the preferred one, its kind with it.
    assert (contact.phone, contact.phone_kind, contact.phones) == (
        "010 704 0000",
        "Secretariaat",
        ["010 704 0000"],
    )
    assert (contact.birthday, contact.city, contact.name_suffix) == ("--05-03", "Schiedam", "PhD")
    assert contact.source_uid == "urn:uuid:fatma"  # kept, though not shown


def test_undo_changes_brings_the_lists_back(qtbot, context: AppContext) -> None:
    fatma = _fatma(context)
    tab = make_tab(qtbot, context)
    tab.show_contact(fatma)
    form = tab.form
    form.lists["email"].rows[1].remove.click()
    assert form.is_dirty()
    form.revert_button.click()
    assert not form.is_dirty()
    assert len(form.lists["email"].values()) == 2


def test_a_birthday_that_is_no_date_is_refused_in_words(
    qtbot, context: AppContext, prompts
) -> None:
    fatma = _fatma(context)
    tab = make_tab(qtbot, context)
    tab.show_contact(fatma)
    tab.form.edits["birthday"].setText("31-02-1985")
    tab.form.save_button.click()
    assert prompts.errors and "“31-02-1985” is not a birthday" in prompts.errors[-1]
    assert stored(context, fatma).birthday == "1985-07-14"


def test_the_search_finds_e_mail_addresses_phones_cities_and_nicknames(
    qtbot, context: AppContext
) -> None:
    _fatma(context)
    context.write(lambda s: create_contact(s, ContactInput("Jan Bos")), changes=Change.CONTACTS)
    tab = make_tab(qtbot, context)
    for text in ("thuis.example", "704 0000", "Rotterdam", "Fat", "erasmusmc"):
        tab.search.setText(text)
        assert tab.visible_row_count() == 1, text
    tab.search.setText("jan")
    assert tab.visible_row_count() == 1


def test_after_an_import_the_tab_shows_the_people_who_came_in(
    qtbot, demo_context: AppContext, tmp_path
) -> None:
    path = tmp_path / "nieuw.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Noor Visser\nEMAIL:noor@example.nl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bram de Wit\nEND:VCARD\n",
        encoding="utf-8",
    )
    from netplanner.gui.main_window import MainWindow
    from netplanner.gui.transfer.import_flow import ImportKind

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    flow = window.transfer_imports
    flow.run_dialog = lambda dialog: True
    assert flow.import_file(ImportKind.VCARD, path) is not None
    tab = window.contacts_tab
    assert window.tabs.currentWidget() is tab
    assert tab.visible_row_count() == 2
    assert {tab.model.contact_at(row).name for row in range(2)} == {"Noor Visser", "Bram de Wit"}
    assert tab.form.contact_id in ids_by_name(demo_context).values()
    assert tab.list.only_bar.isVisibleTo(tab)
    assert "2 people" in tab.list.only_label.text()
    tab.list.show_all_button.click()
    assert tab.visible_row_count() == 14
    assert not tab.list.only_bar.isVisibleTo(tab)

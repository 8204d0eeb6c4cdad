"""Merging two contacts from the contact form: pick the other one, see what happens, merge."""

from __future__ import annotations

from sqlalchemy import func, select

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, get_contact
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.models import Contact, Conversation
from netplanner.gui.contacts.tab import ContactsTab
from netplanner.gui.transfer import merge_dialog
from netplanner.gui.transfer.merge_dialog import MergeDialog


def _id_of(context, name: str) -> int:
    return context.read(lambda s: s.scalar(select(Contact.id).where(Contact.name == name)))


def _conversations_of(context, contact_id: int) -> int:
    return context.read(
        lambda s: s.scalar(
            select(func.count())
            .select_from(Conversation)
            .where(Conversation.contact_id == contact_id)
        )
    )


def _second_carla(context) -> int:
    """Carla again, as a LinkedIn import would have added her, with a conversation."""

    def work(session) -> int:
        other = create_contact(
            session,
            ContactInput(
                name="Carla Smit-de Groot",
                organisation="MedApp Studio",
                email="carla@medapp.example",
                notes="Prefers mornings.",
                tags="linkedin",
            ),
        )
        create_conversation(session, ConversationInput(contact_id=other.id, purpose="Coffee"))
        return other.id

    with context.database.transaction() as session:
        return work(session)


def test_merge_keeps_both_contacts_conversations(qtbot, demo_context) -> None:
    carla_id = _id_of(demo_context, "Carla Smit")
    other_id = _second_carla(demo_context)
    hers = _conversations_of(demo_context, carla_id)
    assert hers > 0
    dialog = MergeDialog(demo_context, carla_id)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled()  # nobody picked yet
    qtbot.keyClicks(dialog.picker.lineEdit(), "carla smit-de groot")
    assert dialog.picker.contact_id() == other_id
    assert dialog.merge_button.isEnabled()
    explanation = dialog.explanation.text()
    assert "1 conversation moves to Carla Smit" in explanation
    assert "phone numbers and websites that Carla Smit lacks are added" in explanation
    assert "notes are added" in explanation

    events: list[str] = []
    demo_context.events.contacts_changed.connect(lambda: events.append("contacts"))
    demo_context.events.conversations_changed.connect(lambda: events.append("conversations"))
    dialog.merge_button.click()
    assert dialog.merged and dialog.result() == MergeDialog.DialogCode.Accepted
    assert set(events) == {"contacts", "conversations"}
    assert _conversations_of(demo_context, carla_id) == hers + 1
    assert _id_of(demo_context, "Carla Smit-de Groot") is None
    carla = demo_context.read(lambda s: get_contact(s, carla_id))
    assert carla.email == "carla@medapp.example"
    assert "Prefers mornings." in carla.notes
    assert demo_context.undo_stack.undoText() == "Merge Carla Smit-de Groot into Carla Smit"


def test_the_form_offers_merge_and_the_tab_opens_the_dialog(
    qtbot, demo_context, monkeypatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(
        merge_dialog, "open_merge_dialog", lambda context, keep_id, parent: opened.append(keep_id)
    )
    tab = ContactsTab(demo_context)
    qtbot.addWidget(tab)
    tab.show()
    carla_id = _id_of(demo_context, "Carla Smit")
    tab.show_contact(carla_id)
    assert tab.form.merge_button.isVisible()
    tab.form.merge_button.click()
    assert opened == [carla_id]
    tab.new_item()
    assert not tab.form.merge_button.isVisible()  # a new contact has nothing to merge yet


def test_typing_a_name_that_is_nobody_says_so(qtbot, demo_context) -> None:
    dialog = MergeDialog(demo_context, _id_of(demo_context, "Anna de Vries"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.picker.lineEdit(), "Zorro")
    assert not dialog.merge_button.isEnabled()
    assert "Nobody in your contacts is called" in dialog.explanation.text()
    # Anna herself is not offered: nobody merges with themselves.
    assert dialog.picker.list_model.id_of_label("Anna de Vries") is None


def test_names_and_addresses_with_percent_signs_stay_as_they_are(qapp) -> None:
    """The sentences fill %1, %2 and %3 in one pass: a "%2" in a name or the "%20" of a
    web address is not filled with the other contact's name."""
    from netplanner.gui.transfer.merge_dialog import MergeFacts, explanation_html

    website = "https://example.nl/people/anna%20de%20vries"
    facts = MergeFacts(
        keep_name="Anna %1 de Vries",
        other_name="A. %2 de Vries",
        compared=(),
        conversations=2,
        follow_ups=0,
        introduced=0,
        filled=(),
        kept_apart=(),
        notes_added=False,
        tags_added=False,
        details_added=(website,),
    )
    text = explanation_html(facts)
    assert "A. %2 de Vries’s 2 conversations move to Anna %1 de Vries." in text
    assert f"that Anna %1 de Vries lacks are added: {website}." in text


def test_a_merge_in_dutch_writes_dutch_labels_and_undo_brings_both_back(
    qtbot, context, language: str
) -> None:
    """From the form: Merge with…, type the other Jan, Merge; the notes on the form read
    in the window's language. Undo restores both contacts as they were; redo the merge."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    with context.database.transaction() as session:
        keep_id = create_contact(
            session,
            ContactInput(
                name="J. de Vries",
                role="Product owner",
                street="Stadsplateau 1",
                notes="Koffie bij de markt.",
            ),
        ).id
        other_id = create_contact(
            session,
            ContactInput(name="Jan de Vries", role="Team lead", street="Croeselaan 18"),
        ).id
    tab = ContactsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_contact(keep_id)
    seen: list[str] = []

    def click_through() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        qtbot.keyClicks(dialog.picker.lineEdit(), "Jan de Vries")
        assert dialog.picker.contact_id() == other_id
        seen.append(dialog.explanation.text())
        dialog.merge_button.click()

    QTimer.singleShot(0, click_through)
    tab.form.merge_button.click()  # runs the dialog until click_through merges
    # The dialog said what goes to the notes: the address too.
    assert {
        "en": "is written in the notes: name, role (job title), address.",
        "nl": "in de notities: naam, functie (beroep), adres.",
    }[language] in seen[0]
    words = {
        "en": ("Merged from", "Name", "Job title", "Address"),
        "nl": ("Samengevoegd uit", "Naam", "Functie", "Adres"),
    }[language]
    expected = (
        "Koffie bij de markt.\n\n"
        f"{words[0]} “Jan de Vries”:\n"
        f"{words[1]}: Jan de Vries\n"
        f"{words[2]}: Team lead\n"
        f"{words[3]}: Croeselaan 18"
    )
    qtbot.waitUntil(lambda: tab.form.notes.toPlainText() == expected)
    assert _id_of(context, "Jan de Vries") is None

    context.undo_stack.undo()
    assert _id_of(context, "Jan de Vries") == other_id
    both = context.read(lambda s: (get_contact(s, keep_id), get_contact(s, other_id)))
    assert [(c.role, c.street, c.notes) for c in both] == [
        ("Product owner", "Stadsplateau 1", "Koffie bij de markt."),
        ("Team lead", "Croeselaan 18", ""),
    ]
    context.undo_stack.redo()
    assert context.read(lambda s: get_contact(s, keep_id).notes) == expected
    assert _id_of(context, "Jan de Vries") is None


def test_the_explanation_says_where_the_address_goes(context) -> None:
    """Filled when the kept contact has none, written in the notes when both differ."""
    from netplanner.gui.transfer.merge_dialog import merge_facts

    def facts(kept_street: str, other_street: str):
        with context.database.transaction() as session:
            keep = create_contact(session, ContactInput(name="דוד לוי", street=kept_street))
            other = create_contact(session, ContactInput(name="ד. לוי", street=other_street))
            return merge_facts(session, keep.id, other.id)

    empty = facts("", "Herzl 5")
    assert "address" in empty.filled and "address" not in empty.kept_apart
    different = facts("Dizengoff 1", "Herzl 5")
    assert "address" in different.kept_apart and "address" not in different.filled
    same = facts("Herzl 5", "Herzl 5")
    assert "address" not in same.kept_apart + same.filled
    assert facts("", "").filled == ()

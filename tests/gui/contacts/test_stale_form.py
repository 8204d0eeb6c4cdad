"""Two places editing one contact (a second window on a practice server, a coach, or
the command line on a file): the form that loaded the older copy is refused on save,
says so and offers to reload; nothing typed is lost and the other change is not
overwritten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import get_contact, update_contact
from netplanner.gui.context import AppContext
from tests.gui.contacts.test_tab import ids_by_name, make_tab, stored


def test_a_stale_save_offers_reload_and_keep_editing_and_loses_nothing(
    qtbot, demo_context: AppContext, prompts
) -> None:
    tab = make_tab(qtbot, demo_context)
    carla_id = ids_by_name(demo_context)["Carla Smit"]
    tab.show_contact(carla_id)
    # Meanwhile, elsewhere: someone saves Carla's notes.
    with demo_context.database.transaction() as session:
        carla = get_contact(session, carla_id)
        update_contact(
            session, carla_id, ContactInput(name=carla.name, notes="Coach: call her Tuesday")
        )
    organisation = tab.form.edits["organisation"]
    organisation.clear()
    qtbot.keyClicks(organisation, "Zorgapps BV")
    # Keep editing: the form keeps the text, nothing is saved over their change.
    prompts.problem_answers = [1]
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors == []
    ((kind, text),) = prompts.asked
    assert kind == "problem" and "Someone else changed this contact" in text
    assert "Reload" in text and "Keep editing" in text and "clipboard" in text
    assert stored(demo_context, carla_id).notes == "Coach: call her Tuesday"
    assert stored(demo_context, carla_id).organisation != "Zorgapps BV"
    assert organisation.text() == "Zorgapps BV" and tab.form.is_dirty()
    # Saving again is refused again; now Reload: the form shows the contact as it is now,
    # and what was typed is on the clipboard, labelled, to paste back.
    QGuiApplication.clipboard().setText("something else")
    prompts.problem_answers = [0]
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.asked) == 2 and prompts.errors == []
    assert tab.form.notes.toPlainText() == "Coach: call her Tuesday"
    assert organisation.text() == stored(demo_context, carla_id).organisation
    assert not tab.form.is_dirty()
    clipboard = QGuiApplication.clipboard().text()
    assert "Organisation:\nZorgapps BV" in clipboard
    assert "Coach: call her Tuesday" not in clipboard  # shown now: nothing to paste back
    # Pasted back, it saves over the reloaded contact and keeps their change.
    organisation.clear()
    qtbot.keyClicks(organisation, "Zorgapps BV")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.asked) == 2
    carla = stored(demo_context, carla_id)
    assert (carla.organisation, carla.notes) == ("Zorgapps BV", "Coach: call her Tuesday")


def test_a_stale_conversation_reloads_and_keeps_the_typed_notes(
    qtbot, demo_context: AppContext, prompts
) -> None:
    from netplanner.core.conversations import get_conversation, list_conversation_rows
    from netplanner.gui.conversations.tab import ConversationsTab

    tab = ConversationsTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    conversation_id = demo_context.read(list_conversation_rows)[0].id
    tab.show_conversation(conversation_id)
    with demo_context.database.transaction() as session:
        get_conversation(session, conversation_id).place = "Cafe De Zaak, Utrecht"
    tab.form.notes_edit.clear()
    qtbot.keyClicks(tab.form.notes_edit, "She knows the hiring lead at Zorgapps")
    prompts.problem_answers = [0]
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert "Someone else changed this conversation" in prompts.asked[0][1]
    assert tab.form.place_edit.text() == "Cafe De Zaak, Utrecht"
    assert "She knows the hiring lead at Zorgapps" not in tab.form.notes_edit.toPlainText()
    assert "She knows the hiring lead at Zorgapps" in QGuiApplication.clipboard().text()
    stored_notes = demo_context.read(lambda s: get_conversation(s, conversation_id).notes)
    assert "She knows the hiring lead" not in stored_notes


def test_after_an_undo_the_form_saves_without_a_false_alarm(
    qtbot, demo_context: AppContext, prompts
) -> None:
    """Undo takes the row back (its version too, in a file): the form shows that row, so
    its next save is not mistaken for a stale one."""
    tab = make_tab(qtbot, demo_context)
    carla_id = ids_by_name(demo_context)["Carla Smit"]
    tab.show_contact(carla_id)
    role = tab.form.edits["role"]
    role.clear()
    qtbot.keyClicks(role, "Lead researcher")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    demo_context.undo_stack.undo()
    assert stored(demo_context, carla_id).role == "UX researcher"
    assert role.text() == "UX researcher"  # the form shows the row as it is now
    role.clear()
    qtbot.keyClicks(role, "Senior researcher")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors == []
    assert stored(demo_context, carla_id).role == "Senior researcher"


def test_reload_puts_only_what_was_typed_on_the_clipboard(
    qtbot, demo_context: AppContext, prompts
) -> None:
    """Texts the form showed as stored are not the user's: after a reload the clipboard
    holds the typed line only, not the old value of a field someone else changed."""
    tab = make_tab(qtbot, demo_context)
    carla_id = ids_by_name(demo_context)["Carla Smit"]
    tab.show_contact(carla_id)
    old_role = tab.form.edits["role"].text()
    assert old_role
    with demo_context.database.transaction() as session:
        carla = get_contact(session, carla_id)
        carla.role = "Head of research"
    tab.form.edits["region"].clear()
    qtbot.keyClicks(tab.form.edits["region"], "Zwolle")
    prompts.problem_answers = [0]
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.form.edits["role"].text() == "Head of research"
    clipboard = QGuiApplication.clipboard().text()
    assert "Zwolle" in clipboard and old_role not in clipboard
    assert tab.form.edits["region"].text() != "Zwolle"


def test_a_stale_goal_offers_reload_too(qtbot, context: AppContext, prompts) -> None:
    from netplanner.core.goals import GoalInput, create_goal, get_goal
    from netplanner.gui.goals.tab import GoalsTab

    with context.transaction() as session:
        goal_id = create_goal(session, GoalInput(target_role="UX researcher")).id
    tab = GoalsTab(context)
    qtbot.addWidget(tab)
    tab.show_goal(goal_id)
    with context.database.transaction() as session:  # elsewhere: the coach narrows it
        get_goal(session, goal_id).region = "Utrecht"
    qtbot.keyClicks(tab.form.edits["specialism"], "healthcare apps")
    prompts.problem_answers = [0]
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert "Someone else changed this goal" in prompts.asked[0][1]
    assert tab.form.edits["region"].text() == "Utrecht"
    assert tab.form.edits["specialism"].text() == ""
    assert "healthcare apps" in QGuiApplication.clipboard().text()
    assert "UX researcher" not in QGuiApplication.clipboard().text()


def test_reload_shows_the_new_name_in_the_list_too(
    qtbot, demo_context: AppContext, prompts
) -> None:
    tab = make_tab(qtbot, demo_context)
    carla_id = ids_by_name(demo_context)["Carla Smit"]
    tab.show_contact(carla_id)
    with demo_context.database.transaction() as session:
        update_contact(session, carla_id, ContactInput(name="Carla Smit-Bakker"))
    qtbot.keyClicks(tab.form.notes, "Met at the meetup")
    prompts.problem_answers = [0]
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.form.edits["name"].text() == "Carla Smit-Bakker"
    assert tab.model.find(carla_id).name == "Carla Smit-Bakker"
    assert tab.form.contact_id == carla_id and not tab.form.is_dirty()

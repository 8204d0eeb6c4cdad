"""Two places editing one contact (a second window on a practice server, a coach, or
the command line on a file): the form that loaded the older copy is refused on save,
says so, keeps its text, and the other change is not overwritten."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core.contacts import ContactInput, get_contact, update_contact
from netplanner.gui.context import AppContext
from tests.gui.contacts.test_tab import ids_by_name, make_tab, stored


def test_a_save_over_a_newer_contact_is_refused_and_nothing_is_lost(
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
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.errors) == 1 and "Someone else changed this contact" in prompts.errors[0]
    assert stored(demo_context, carla_id).notes == "Coach: call her Tuesday"
    assert stored(demo_context, carla_id).organisation != "Zorgapps BV"
    assert organisation.text() == "Zorgapps BV" and tab.form.is_dirty()
    # Opened again, it shows their change, and a save goes through.
    tab.show_contact(carla_id)
    assert tab.form.notes.toPlainText() == "Coach: call her Tuesday"
    organisation.clear()
    qtbot.keyClicks(organisation, "Zorgapps BV")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.errors) == 1
    carla = stored(demo_context, carla_id)
    assert (carla.organisation, carla.notes) == ("Zorgapps BV", "Coach: call her Tuesday")


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

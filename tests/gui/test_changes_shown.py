"""What one tab writes, the others show: every tab refreshes after writes made elsewhere
(the write announces itself; no tab tells another)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netplanner.core.contacts import list_contact_rows
from netplanner.gui.banks.bank_dialog import BankFields
from netplanner.gui.context import AppContext
from netplanner.gui.main_window import MainWindow
from tests.gui.probes import row_texts


@pytest.fixture
def window(qtbot, demo_context: AppContext) -> MainWindow:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.build_all_tabs()
    window.show()
    return window


def _ids(context: AppContext) -> dict[str, int]:
    return {row.name: row.id for row in context.read(list_contact_rows)}


def _visit(window: MainWindow, tab):
    """Show ``tab`` as a click on it would (a hidden tab catches up when shown)."""
    window.tabs.setCurrentWidget(tab)
    return tab


def _names_shown(window: MainWindow) -> dict[str, str]:
    """Every tab's text that names people, per tab, visiting each in turn."""
    today = _visit(window, window.today_tab)
    conversations = _visit(window, window.conversations_tab)
    network = _visit(window, window.network_tab)
    goals = _visit(window, window.goals_tab)
    model = conversations.model
    return {
        "today": " | ".join(text for s in today.sections for text in row_texts(s)),
        "conversations": " | ".join(
            model.row_at(row).contact_name for row in range(model.rowCount())
        ),
        "network": " | ".join(node.name for node in network.network.node_items.values()),
        "goals": " | ".join(goals.composer.contact.completer().model().stringList()),
    }


def _rename(qtbot, window: MainWindow, old: str, new: str) -> None:
    contacts = _visit(window, window.contacts_tab)
    contacts.show_contact(_ids(window.context)[old])
    name = contacts.form.edits["name"]
    name.selectAll()
    qtbot.keyClicks(name, new)
    qtbot.mouseClick(contacts.form.save_button, Qt.MouseButton.LeftButton)


def test_a_contact_renamed_in_contacts_is_renamed_in_every_tab(qtbot, window) -> None:
    before = _names_shown(window)
    for tab, text in before.items():
        assert "Carla Smit" in text, tab

    _rename(qtbot, window, "Carla Smit", "Carla Bakker")

    after = _names_shown(window)
    for tab, text in after.items():
        assert "Carla Bakker" in text and "Carla Smit" not in text, tab

    window.context.undo_stack.undo()  # undoing announces the same change
    assert _names_shown(window) == before


def test_a_contact_deleted_in_contacts_leaves_every_tab(qtbot, window, prompts) -> None:
    contacts = _visit(window, window.contacts_tab)
    contacts.show_contact(_ids(window.context)["Carla Smit"])
    prompts.confirm_answers = [True]
    contacts.delete()
    for tab, text in _names_shown(window).items():
        assert "Carla Smit" not in text, tab


def test_a_follow_up_added_on_today_is_counted_on_the_contact(qtbot, window) -> None:
    contacts = _visit(window, window.contacts_tab)
    contacts.show_contact(_ids(window.context)["Irene Kok"])
    assert "follow-up" not in contacts.form.summary.text()

    today = _visit(window, window.today_tab)
    today.new_item()
    qtbot.keyClicks(today.add_form.what_edit, "Send Irene the article")
    qtbot.keyClicks(today.add_form.contact_picker.lineEdit(), "Irene Kok")
    qtbot.mouseClick(today.add_form.add_button, Qt.MouseButton.LeftButton)

    _visit(window, contacts)
    assert "1 follow-up" in contacts.form.summary.text()
    window.context.undo_stack.undo()
    assert "follow-up" not in contacts.form.summary.text()


def test_goals_and_banks_made_in_their_tabs_can_be_chosen_for_a_conversation(qtbot, window) -> None:
    goals = _visit(window, window.goals_tab)
    goals.new_item()
    qtbot.keyClicks(goals.form.edits["target_role"], "Data steward")
    qtbot.mouseClick(goals.form.save_button, Qt.MouseButton.LeftButton)

    banks = _visit(window, window.banks_tab)
    banks.ask_bank_fields = lambda _initial, save: save(BankFields("Zorgvragen", "nl", ""))
    banks.new_bank()

    form = _visit(window, window.conversations_tab).form
    goal_titles = [form.goal_combo.itemText(i) for i in range(form.goal_combo.count())]
    assert any("Data steward" in title for title in goal_titles)
    bank_combo = form.picker.bank_combo
    assert any(bank_combo.itemText(i).startswith("Zorgvragen") for i in range(bank_combo.count()))

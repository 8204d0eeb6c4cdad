"""Writes that go on with the last one (a conversation's answers, saved while typed)
join its undo step: one Ctrl+Z takes them all back."""

from __future__ import annotations

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, get_contact, update_contact
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change


def _set_notes(context: AppContext, contact_id: int, notes: str, key: object) -> None:
    def work(session) -> None:
        update_contact(session, contact_id, ContactInput("Zoë", notes=notes))

    context.write(work, changes=Change.CONTACTS, label="Notes", merge_key=key)


def _notes(context: AppContext, contact_id: int) -> str:
    return context.read(lambda s: get_contact(s, contact_id).notes)


def test_writes_with_one_key_are_one_step_until_something_else_comes_between(context) -> None:
    heard: list[str] = []
    context.events.contacts_changed.connect(lambda: heard.append("contacts"))
    zoe = context.write(
        lambda s: create_contact(s, ContactInput("Zoë")).id,
        changes=Change.CONTACTS,
        label="Add Zoë",
    )
    for typed in ("W", "Wo", "Wor", "Word"):
        _set_notes(context, zoe, typed, ("notes", zoe))
    assert context.undo_stack.count() == 2  # "Add Zoë", and the notes as one step
    assert len(heard) == 5  # every write is announced, merged or not
    context.undo_stack.undo()
    assert _notes(context, zoe) == ""  # all four writes taken back at once
    context.undo_stack.redo()
    assert _notes(context, zoe) == "Word"
    # Another key, or an undone step, starts a new step.
    _set_notes(context, zoe, "Words", ("notes", "other"))
    _set_notes(context, zoe, "Words!", ("notes", zoe))
    assert context.undo_stack.count() == 4
    context.undo_stack.undo()
    assert _notes(context, zoe) == "Words"
    _set_notes(context, zoe, "Words?", ("notes", zoe))  # the undone one is dropped
    assert context.undo_stack.count() == 4
    context.undo_stack.undo()
    assert _notes(context, zoe) == "Words"

"""Writes announce what they change: declared once, emitted by the context, never by hand."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, list_contact_rows
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.errors import ValidationError
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change, DataEvents
from netplanner.storage.sqlite.undo import RECORDED_TABLES
from tests.gui.declared_changes import TABLE_CHANGES

GUI = Path(__file__).parents[2] / "netplanner" / "gui"


def _heard(events: DataEvents) -> list[str]:
    """The names of the change signals ``events`` emits from now on, in order."""
    heard: list[str] = []
    for name in (
        "contacts_changed",
        "conversations_changed",
        "goals_changed",
        "banks_changed",
        "follow_ups_changed",
    ):
        getattr(events, name).connect(lambda name=name: heard.append(name))
    return heard


def _add(name: str):
    return lambda session: create_contact(session, ContactInput(name=name)).id


def test_a_write_announces_what_it_declared_once_committed(context: AppContext) -> None:
    heard = _heard(context.events)
    seen_by_listener: list[list[str]] = []
    context.events.contacts_changed.connect(
        lambda: seen_by_listener.append([row.name for row in context.read(list_contact_rows)])
    )

    def plan(session) -> int:
        anna = create_contact(session, ContactInput(name="Anna de Vries"))
        return create_conversation(session, ConversationInput(contact_id=anna.id)).id

    context.write(plan, changes=Change.CONVERSATIONS | Change.CONTACTS, label="Plan")

    assert heard == ["contacts_changed", "conversations_changed"]
    assert seen_by_listener == [["Anna de Vries"]], "listeners read the committed data"


def test_a_failed_write_announces_nothing(context: AppContext, prompts) -> None:
    heard = _heard(context.events)

    def fails(session) -> None:
        create_contact(session, ContactInput(name="Anna de Vries"))
        raise ValidationError("A name is needed.")

    assert context.write(fails, changes=Change.CONTACTS, label="Add") is None
    assert heard == []
    assert context.read(list_contact_rows) == []
    assert prompts.errors == ["A name is needed."]


def test_undo_and_redo_announce_what_the_write_changed(context: AppContext) -> None:
    context.write(_add("Anna de Vries"), changes=Change.CONTACTS, label="Add Anna")
    heard = _heard(context.events)
    context.undo_stack.undo()
    assert heard == ["contacts_changed"]
    assert context.read(list_contact_rows) == []
    context.undo_stack.redo()
    assert heard == ["contacts_changed", "contacts_changed"]
    assert [row.name for row in context.read(list_contact_rows)] == ["Anna de Vries"]


def test_a_write_must_declare_what_it_changes(context: AppContext) -> None:
    heard = _heard(context.events)
    with pytest.raises(TypeError):
        context.write(_add("Anna de Vries"), label="Add")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="say what"):
        context.write(_add("Anna de Vries"), changes=Change.NOTHING_SHOWN, label="Add")
    assert context.read(list_contact_rows) == [], "nothing was written"
    assert heard == []
    # Bookkeeping that is no undo step may change nothing a view shows.
    context.write(lambda s: None, changes=Change.NOTHING_SHOWN, undoable=False)
    assert heard == []


def test_a_write_that_declares_too_little_fails_the_tests(context: AppContext) -> None:
    """The check every GUI test runs with (``tests/gui/declared_changes.py``)."""
    with pytest.raises(AssertionError, match=r"changes Change\.CONTACTS but declares"):
        context.write(_add("Anna de Vries"), changes=Change.GOALS, label="Add")


def test_every_table_undo_records_is_a_kind_of_change() -> None:
    assert set(TABLE_CHANGES) == set(RECORDED_TABLES)


def test_another_data_file_is_announced_to_every_view(context: AppContext, database) -> None:
    heard = _heard(context.events)
    context.database = database  # as a restored backup does
    assert heard == [
        "contacts_changed",
        "conversations_changed",
        "goals_changed",
        "banks_changed",
        "follow_ups_changed",
    ]


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def test_no_widget_picks_the_signals_to_send() -> None:
    """Only ``DataEvents.announce`` emits the change signals, and every write in the
    window says what it changes."""
    emitted, undeclared = [], []
    for path in sorted(GUI.rglob("*.py")):
        where = path.relative_to(GUI)
        for call in _calls(path):
            func = call.func
            if not isinstance(func, ast.Attribute):
                continue
            if (
                func.attr == "emit"
                and isinstance(func.value, ast.Attribute)
                and func.value.attr.endswith("_changed")
                and ast.unparse(func.value.value).endswith("events")
                and path.name != "events.py"
            ):
                emitted.append(f"{where}:{call.lineno}")
            if (
                func.attr == "write"
                and ast.unparse(func.value).endswith("context")
                and "changes" not in {keyword.arg for keyword in call.keywords}
            ):
                undeclared.append(f"{where}:{call.lineno}")
    assert emitted == []
    assert undeclared == []

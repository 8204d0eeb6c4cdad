"""What a write really changed, read from its undo step, against what it declared.

Every GUI test runs with :func:`checking_declarations` (``tests/gui/conftest.py``): a
write through ``AppContext.write`` whose undo step touched a table its ``changes`` do not
cover fails the test, so a write that forgets what it changes cannot leave a tab stale
unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import text

from netplanner.gui.context import AppContext
from netplanner.gui.events import Change

#: The kind of data each table recorded for undo holds (``storage.undo.RECORDED_TABLES``).
TABLE_CHANGES = {
    "contact": Change.CONTACTS,
    "contact_detail": Change.CONTACTS,
    "conversation": Change.CONVERSATIONS,
    "conversation_question": Change.ANSWERS,  # the conversation's questions and answers
    "goal": Change.GOALS,
    "question_bank": Change.BANKS,
    "question": Change.BANKS,
    "follow_up": Change.FOLLOW_UPS,
}

#: Columns of a conversation that hold what was said in it (``Change.ANSWERS``); the
#: version and the time count along with any change.
ANSWER_COLUMNS = {"notes", "version", "updated_at"}

_TABLE = re.compile(r'(?:DELETE FROM|UPDATE|INSERT INTO) "((?:[^"]|"")+)"')
#: One ``"column"=<old value>`` of a logged UPDATE (values as SQLite's quote() writes them).
_ASSIGNMENT = re.compile(r'"((?:[^"]|"")+)"=(?:\'(?:[^\']|\'\')*\'|X\'[0-9A-F]*\'|[^,]*)')


def step_changes(context: AppContext, step: int) -> Change:
    """What the undo log's ``step`` changed, by the tables (and columns) it writes to."""
    with context.database.engine.connect() as connection:
        statements = connection.execute(
            text("SELECT statement FROM undo_log WHERE step = :step"), {"step": step}
        ).scalars()
        result = Change.NOTHING_SHOWN
        for statement in statements:
            result |= _change(statement)
        return result


def _change(statement: str) -> Change:
    match = _TABLE.match(statement)
    assert match, statement
    table = match.group(1).replace('""', '"')
    if table == "conversation" and statement.startswith("UPDATE"):
        assignments = statement[match.end() + len(" SET ") : statement.rindex(" WHERE rowid=")]
        columns = {m.group(1) for m in _ASSIGNMENT.finditer(assignments)}
        if columns <= ANSWER_COLUMNS:
            return Change.ANSWERS
    return TABLE_CHANGES[table]


def covered(declared: Change) -> Change:
    """What a declaration covers: the views of answers hear every change of conversations."""
    return declared | Change.ANSWERS if Change.CONVERSATIONS in declared else declared


def _top(stack: QUndoStack) -> QUndoCommand | None:
    return stack.command(stack.index() - 1) if stack.index() else None


@contextmanager
def checking_declarations(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While active, every undoable write checks its declaration against its step."""
    original: Callable[..., Any] = AppContext.write

    def write(self: AppContext, work: Callable[..., Any], **kwargs: Any) -> Any:
        before = _top(self.undo_stack)
        result = original(self, work, **kwargs)
        command = _top(self.undo_stack)
        joined = command is before and getattr(command, "merge_key", None) is not None
        if command is not None and (command is not before or joined):
            declared: Change = command.changes  # type: ignore[attr-defined]
            actual = step_changes(self, command.step)  # type: ignore[attr-defined]
            missing = actual & ~covered(declared)
            assert not missing, f"“{command.text()}” changes {missing} but declares {declared}"
        return result

    monkeypatch.setattr(AppContext, "write", write)
    yield

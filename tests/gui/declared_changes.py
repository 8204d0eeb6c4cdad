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
    "conversation_question": Change.CONVERSATIONS,
    "goal": Change.GOALS,
    "question_bank": Change.BANKS,
    "question": Change.BANKS,
    "follow_up": Change.FOLLOW_UPS,
}

_TABLE = re.compile(r'(?:DELETE FROM|UPDATE|INSERT INTO) "((?:[^"]|"")+)"')


def step_tables(context: AppContext, step: int) -> set[str]:
    """The tables the undo log's ``step`` writes to (those its write changed)."""
    with context.database.engine.connect() as connection:
        statements = connection.execute(
            text("SELECT statement FROM undo_log WHERE step = :step"), {"step": step}
        ).scalars()
        return {_table(statement) for statement in statements}


def _table(statement: str) -> str:
    match = _TABLE.match(statement)
    assert match, statement
    return match.group(1).replace('""', '"')


def changed(tables: set[str]) -> Change:
    result = Change.NOTHING_SHOWN
    for table in tables:
        result |= TABLE_CHANGES[table]
    return result


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
            actual = changed(step_tables(self, command.step))  # type: ignore[attr-defined]
            missing = actual & ~declared
            assert not missing, f"“{command.text()}” changes {missing} but declares {declared}"
        return result

    monkeypatch.setattr(AppContext, "write", write)
    yield

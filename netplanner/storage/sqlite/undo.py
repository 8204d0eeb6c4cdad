"""Undo and redo for the window: SQLite's trigger-based undo log.

The technique is the one on sqlite.org ("Automatic Undo/Redo Using SQLite"). While
undo is recorded, TEMP triggers on every connection write, for each row a change
touches, the SQL statement that takes that change back into ``undo_log``:

- an insert logs ``DELETE FROM t WHERE rowid=…``;
- an update logs ``UPDATE t SET col=<old value>, … WHERE rowid=…`` (changed columns only);
- a delete logs ``INSERT INTO t(cols…) VALUES(<old values>…)``.

Foreign-key actions (ON DELETE CASCADE, SET NULL) fire the triggers too, so deleting a
contact logs its conversations, their questions and the introductions it cleared.

A *step* is one unit of work the user can undo: after the work, :func:`close_step` gives
the rows written by it (``step IS NULL``) the next step number. :func:`undo` runs a
step's statements newest first in one transaction, with foreign keys checked only at
the commit (parents and children come back in any order); the triggers log the inverse,
which becomes the step that redoes it. Undo and redo are the same operation.

Only the GUI records (:func:`install_undo_recording`); the command line does not, so an
import of 30,000 rows stays fast and its work is not in the log.

Privacy: the log holds copies of deleted text (notes about people, answers). It must not
outlive the session: :func:`clear_log` empties it when the window opens the data file
and when it closes it (``Database.close``), and ``secure_delete`` overwrites the rows.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from sqlalchemy import bindparam, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from netplanner.storage.database import defer_foreign_keys, for_writing
from netplanner.storage.errors import DataFileError

#: The tables holding what the user made; each of them is recorded. A new table with
#: user data must be added here (tests/storage/test_undo_log.py checks every model table is
#: either here or in NOT_RECORDED).
RECORDED_TABLES: tuple[str, ...] = (
    "contact",
    "contact_detail",
    "goal",
    "conversation",
    "conversation_question",
    "question_bank",
    "question",
    "follow_up",
)
#: Bookkeeping that undo must not touch: the schema version, first-start flags, the log.
NOT_RECORDED: tuple[str, ...] = ("alembic_version", "app_meta", "undo_log")

_TRIGGER_PREFIX = "netplanner_undo_"


class UndoError(Exception):
    """A step could not be undone or redone; the data file was left as it was."""


# -- recording ---------------------------------------------------------------------------
def install_undo_recording(engine: Engine) -> None:
    """Record undo on every connection ``engine`` makes from now on.

    Connections already in the pool are closed, so none of them writes unrecorded.
    """
    if not event.contains(engine, "connect", _on_connect):
        event.listen(engine, "connect", _on_connect)
    engine.dispose()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    create_triggers(dbapi_connection)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(sql: str) -> str:
    """``sql`` as an SQL string literal, to be concatenated with values in a trigger."""
    return "'" + sql.replace("'", "''") + "'"


def _trigger_sql(table: str, columns: list[str], rowid_column: str | None) -> list[str]:
    """The three CREATE TEMP TRIGGER statements for ``table``."""
    t = _ident(table)
    names = {kind: _ident(f"{_TRIGGER_PREFIX}{table}_{kind}") for kind in ("i", "u", "d")}
    quoted = [_ident(c) for c in columns]
    # Tables with an INTEGER PRIMARY KEY: that column is the rowid. Others: name it.
    insert_columns = quoted if rowid_column else ["rowid", *quoted]
    insert_values = " || ',' || ".join(
        [f"quote(old.{c})" for c in quoted]
        if rowid_column
        else ["old.rowid", *(f"quote(old.{c})" for c in quoted)]
    )
    on_insert = (
        f"CREATE TEMP TRIGGER IF NOT EXISTS {names['i']} AFTER INSERT ON main.{t} BEGIN "
        f"INSERT INTO undo_log(statement) VALUES("
        f"{_literal(f'DELETE FROM {t} WHERE rowid=')} || new.rowid); END"
    )
    changed = [f"old.{c} IS NOT new.{c} COLLATE BINARY" for c in quoted]
    assignments = " || ".join(
        f"CASE WHEN {test} THEN {_literal(',' + c + '=')} || quote(old.{c}) ELSE '' END"
        for c, test in zip(quoted, changed, strict=True)
    )
    on_update = (
        f"CREATE TEMP TRIGGER IF NOT EXISTS {names['u']} AFTER UPDATE ON main.{t} "
        f"WHEN {' OR '.join(changed)} BEGIN "
        f"INSERT INTO undo_log(statement) VALUES("
        f"{_literal(f'UPDATE {t} SET ')} || substr({assignments}, 2) || "
        f"{_literal(' WHERE rowid=')} || new.rowid); END"
    )
    on_delete = (
        f"CREATE TEMP TRIGGER IF NOT EXISTS {names['d']} AFTER DELETE ON main.{t} BEGIN "
        f"INSERT INTO undo_log(statement) VALUES("
        f"{_literal(f'INSERT INTO {t}(' + ','.join(insert_columns) + ') VALUES(')} || "
        f"{insert_values} || ')'); END"
    )
    return [on_insert, on_update, on_delete]


def create_triggers(dbapi_connection: sqlite3.Connection) -> None:
    """Create the recording triggers on one connection (TEMP: they live as long as it).

    Column lists come from the file itself (``PRAGMA table_info``), so columns added by
    later migrations are recorded without changing this code.
    """
    cursor = dbapi_connection.cursor()
    try:
        for table in RECORDED_TABLES:
            info = cursor.execute(f"PRAGMA main.table_info({_ident(table)})").fetchall()
            if not info:
                continue  # an older schema without this table
            columns = [row[1] for row in info]
            keys = [row for row in info if row[5]]
            rowid_column = (
                keys[0][1] if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER" else None
            )
            for sql in _trigger_sql(table, columns, rowid_column):
                cursor.execute(sql)
    finally:
        cursor.close()


# -- steps -------------------------------------------------------------------------------
def close_step(connection: Connection) -> int | None:
    """Make the changes logged since the last step one new step; None if nothing changed.

    Call it inside the transaction that did the work, so the work and its step commit
    (or roll back) together.
    """
    if connection.execute(text("SELECT 1 FROM undo_log WHERE step IS NULL LIMIT 1")).first():
        if connection.dialect.name == "postgresql":
            # Two windows of one login number their steps one after the other (SQLite's
            # write lock does this for a file).
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(current_user))"))
        step = connection.execute(
            text("SELECT coalesce(max(step), 0) + 1 FROM undo_log")
        ).scalar_one()
        connection.execute(
            text("UPDATE undo_log SET step = :step WHERE step IS NULL"), {"step": step}
        )
        return int(step)
    return None


def add_to_step(connection: Connection, step: int) -> bool:
    """Make the changes logged since the last step part of ``step``: a write that goes on
    with the one before it (the answers of one conversation, saved while they are typed).
    Undoing ``step`` then takes back both, newest first. True when anything was added.

    Call it inside the transaction that did the work, like :func:`close_step`.
    """
    result = connection.execute(
        text("UPDATE undo_log SET step = :step WHERE step IS NULL"), {"step": step}
    )
    return bool(result.rowcount)


def discard_open_changes(connection: Connection) -> None:
    """Forget what was logged since the last step: a write that is not to be undone."""
    connection.execute(text("DELETE FROM undo_log WHERE step IS NULL"))


def keep_only_steps(connection: Connection, steps: Collection[int]) -> None:
    """Delete the log of every step but ``steps`` (those the user can still reach)."""
    statement = text(
        "DELETE FROM undo_log WHERE step IS NOT NULL AND step NOT IN :steps"
    ).bindparams(bindparam("steps", expanding=True))
    connection.execute(statement, {"steps": list(steps)})


def undo(engine: Engine, step: int) -> int | None:
    """Take back ``step``; returns the step that redoes it (None if nothing changed).

    Raises :class:`UndoError` when the step is not in the log or the data no longer
    allows it (e.g. the command line changed the same rows meanwhile); then nothing
    changed.
    """
    try:
        with for_writing(engine).begin() as connection:
            # Checked at the commit: a contact and its conversations return in any order.
            defer_foreign_keys(connection)
            discard_open_changes(connection)
            statements = (
                connection.execute(
                    text("SELECT statement FROM undo_log WHERE step = :step ORDER BY seq DESC"),
                    {"step": step},
                )
                .scalars()
                .all()
            )
            if not statements:
                raise UndoError(f"Step {step} is no longer in the undo log.")
            # The logged SQL carries its values as literals (SQLite's quote(), PostgreSQL's
            # format('%L')): it goes to the driver as it is, with no parameters for
            # anything to look for (psycopg would read a note's "100%" as one).
            cursor = connection.connection.cursor()
            server = connection.dialect.name == "postgresql"
            try:
                for statement in statements if server else batched(statements):
                    cursor.execute(statement)
                    # On a server each statement names the row exactly as the change left
                    # it: another window or login changed it since when it finds none.
                    if server and cursor.rowcount != 1:
                        raise UndoError(f"Step {step}: the data changed since.")
            finally:
                cursor.close()
            # Only now: on a server, putting a deleted row back checks that this login's
            # own log recorded its deletion (netplanner_restore_row, migration 0006).
            connection.execute(text("DELETE FROM undo_log WHERE step = :step"), {"step": step})
            return close_step(connection)
    except (SQLAlchemyError, DataFileError) as error:  # DataFileBusyError at the begin
        raise UndoError(str(getattr(error, "orig", None) or error)) from error


#: Redoing is undoing the step that an undo recorded.
redo = undo


#: Rows per combined statement (well under SQLite's limits on statement size).
BATCH_ROWS = 500
_DELETE = re.compile(r'(DELETE FROM "(?:[^"]|"")+" WHERE rowid)=(-?\d+)')
_VALUES = ") VALUES("


def batched(statements: Iterable[str]) -> Iterator[str]:
    """The same changes in fewer statements: a run of deletes from one table becomes one
    ``DELETE … WHERE rowid IN (…)``, a run of inserts into one table one multi-row INSERT.

    Every logged statement differs from the next, so each would be compiled anew, with
    the foreign-key actions and triggers it sets off: undoing an import of 30,000
    contacts took 20 seconds one by one, a second batched. Rows of one run may go in
    another order; foreign keys are only checked at the commit, and what a cascade
    changes on the way is logged too, so the result and its redo are the same.
    """
    key: str | None = None
    parts: list[str] = []

    def flush() -> Iterator[str]:
        if key is None:
            return
        if key.startswith("DELETE"):
            yield f"{key} IN ({','.join(parts)})"
        else:
            yield key + _VALUES[:-1] + ",".join(parts)

    for statement in statements:
        deleting = _DELETE.fullmatch(statement)
        if deleting:
            run, part = deleting.group(1), deleting.group(2)
        elif statement.startswith("INSERT INTO ") and _VALUES in statement:
            run, _, rest = statement.partition(_VALUES)
            part = "(" + rest
        else:
            yield from flush()
            key, parts = None, []
            yield statement
            continue
        if run != key or len(parts) >= BATCH_ROWS:
            yield from flush()
            key, parts = run, []
        parts.append(part)
    yield from flush()


def clear_log(engine: Engine) -> None:
    """Empty the undo log (at open and at close: deleted text must not outlive the session).

    ``secure_delete`` zeroes the freed pages. Older copies of them in the write-ahead log
    go when the last connection closes (SQLite then checkpoints and deletes that file);
    no checkpoint is forced here, since it would wait for every reader.
    """
    with engine.connect() as connection:
        if not connection.execute(text("SELECT 1 FROM undo_log LIMIT 1")).first():
            return  # already empty: no write, no wait for the disk
    with for_writing(engine).begin() as connection:
        connection.execute(text("DELETE FROM undo_log"))

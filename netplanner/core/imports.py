"""Bringing a network in: plan an import (the preview), then apply it.

:func:`plan_import` sorts what a reader found into contacts to create, existing
contacts to complete, rows skipped (the same person again, or nothing new), rows
rejected, and likely duplicates to offer for merging (see
:mod:`netplanner.core.import_matching` for what counts as the same person).
:func:`apply_import` writes the plan in the caller's one transaction: any error
and nothing of it is saved.

Both work in plain SQL on the :mod:`sqlite3` connection (``plan_import_on`` and
``apply_import_on``); the window passes its session's. So the command line imports
a whole network without loading SQLAlchemy, a third of the time it took (issue #7).

An update only fills fields that are empty on the existing contact: what the user
wrote is never overwritten (an existing e-mail address stays, even when the file
has another one).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING

from netplanner.core.clock import stored_moment, utc_now
from netplanner.core.driver import driver_connection, rows_by_ids
from netplanner.core.errors import ValidationError
from netplanner.core.import_matching import (
    FILLABLE,
    ContactIndex,
    ExistingContact,
    contact_keys,
    filled_fields,
    name_key,
    names_index,
)
from netplanner.core.import_model import (
    ImportedContact,
    ImportPlan,
    ImportSummary,
    LikelyDuplicate,
    PlannedUpdate,
    ReadResult,
    RejectedRow,
    SkippedRow,
)
from netplanner.core.import_values import contact_values, unchecked_values, values_problem
from netplanner.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _merge_into(first: ImportedContact, again: ImportedContact) -> None:
    """Complete the earlier row with what the repeated row adds (empty fields only)."""
    fields = (
        "role",
        "specialism",
        "organisation",
        "sector",
        "region",
        "how_we_know",
        "linkedin_url",
        "notes",
    )
    for name in fields:
        if not getattr(first, name) and getattr(again, name):
            setattr(first, name, getattr(again, name))
    first.emails += [email for email in again.emails if email not in first.emails]
    first.phones += [phone for phone in again.phones if phone not in first.phones]
    first.tags += [tag for tag in again.tags if tag not in first.tags]
    first.related_names += [n for n in again.related_names if n not in first.related_names]
    first.connected_on = first.connected_on or again.connected_on


def plan_import(session: Session, read: ReadResult) -> ImportPlan:
    """What importing ``read`` would do; reads the data file, changes nothing."""
    return plan_import_on(driver_connection(session), read)


def plan_import_on(connection: sqlite3.Connection, read: ReadResult) -> ImportPlan:
    """:func:`plan_import` on a connection to the data file."""
    index = ContactIndex(connection)
    # Into an empty data file (the first import of a whole network) nobody is
    # recognised and nobody looks alike: those questions are skipped for every row.
    knows_anyone = bool(index.contacts)
    plan = ImportPlan(unit=read.unit, rejected=list(read.rejected), notes=list(read.notes))
    checked_values = plan.checked_values
    seen: dict[tuple[str, ...], ImportedContact] = {}
    targeted: dict[int, ImportedContact] = {}  # existing id -> the row that updates it
    for contact in read.contacts:
        values = unchecked_values(contact)
        problem = values_problem(values)
        if problem:
            plan.rejected.append(RejectedRow(contact.row, problem))
            continue
        checked_values[contact.row] = values
        keys = contact_keys(contact)
        earlier = None
        for key in keys:
            earlier = seen.get(key)
            if earlier is not None:
                break
        existing = index.recognise(keys) if knows_anyone else None
        if earlier is None and existing is not None:
            earlier = targeted.get(existing.id)
        if earlier is not None:
            _merge_into(earlier, contact)
            checked_values.pop(earlier.row, None)  # completed: check it again
            same = (
                QT_TRANSLATE_NOOP("Messages", "the same person as card %1")
                if plan.unit == "card"
                else QT_TRANSLATE_NOOP("Messages", "the same person as row %1")
            )
            plan.skipped.append(SkippedRow(contact.row, Message(same, earlier.row)))
            continue
        for key in keys:
            seen[key] = contact
        if existing is not None:
            targeted[existing.id] = contact
            fills = filled_fields(existing.values, values)
            if fills:
                plan.to_update.append(PlannedUpdate(contact, existing.id, existing.name, fills))
            else:
                plan.skipped.append(
                    SkippedRow(
                        contact.row,
                        Message(
                            QT_TRANSLATE_NOOP("Messages", "already in your contacts as %1"),
                            existing.label,
                        ),
                    )
                )
            continue
        plan.to_create.append(contact)
        if not knows_anyone:
            continue
        alike: tuple[ExistingContact, str] | None = index.look_alike(contact)
        if alike is not None:
            plan.likely_duplicates.append(
                LikelyDuplicate(contact, alike[0].id, alike[0].label, alike[1])
            )
    _refresh_fills(plan, index)
    plan.rejected.sort(key=lambda rejected: rejected.row)
    return plan


def _refresh_fills(plan: ImportPlan, index: ContactIndex) -> None:
    """Updates whose row was completed by a repeated row later in the file fill more."""
    for planned in plan.to_update:
        existing = index.contacts[planned.existing_id]
        planned.fills = filled_fields(existing.values, contact_values(planned.contact))


#: Rows per INSERT batch; progress is reported after each.
CHUNK = 2_000
Progress = Callable[[int, int], None]


def apply_import(
    session: Session,
    plan: ImportPlan,
    merge_choices: Mapping[int, int] | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """:func:`apply_import_on` in the session's transaction."""
    return apply_import_on(driver_connection(session), plan, merge_choices, progress)


def apply_import_on(
    connection: sqlite3.Connection,
    plan: ImportPlan,
    merge_choices: Mapping[int, int] | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Write ``plan`` in the caller's transaction (the caller commits, or rolls back on error).

    ``merge_choices`` maps the row of a likely duplicate (or any row to create) to the
    existing contact to complete instead. The values planning checked are written as
    they are; a row that a later duplicate completed is checked again here, and one that
    became invalid that way stops the whole import.
    """
    choices = dict(merge_choices or {})
    creating = {contact.row for contact in plan.to_create}
    unknown = sorted(set(choices) - creating)
    if unknown:
        raise ValidationError(f"{plan.unit.capitalize()} {unknown[0]} is not a new contact.")
    if choices:
        wanted = set(choices.values())
        found = {row[0] for row in _contacts_by_ids(connection, "id", wanted)}
        missing = sorted(wanted - found)
        if missing:
            raise ValidationError(f"There is no contact with ID {missing[0]} to merge into.")
    creates = [contact for contact in plan.to_create if contact.row not in choices]
    completes = [(planned.contact, planned.existing_id) for planned in plan.to_update]
    completes += [(c, choices[c.row]) for c in plan.to_create if c.row in choices]
    total, done = len(creates) + len(completes), 0
    summary = ImportSummary(skipped=len(plan.skipped), rejected=len(plan.rejected))
    related: list[tuple[int, ImportedContact]] = []

    now = utc_now()
    # Ids are given here, not taken from RETURNING: SQLite returns rows of a multi-row
    # INSERT in no promised order, so SQLAlchemy would insert one row per statement.
    # Inside this transaction nobody else writes; should another process have added a
    # contact meanwhile, the insert fails on the id and the whole import rolls back.
    (highest,) = connection.execute("SELECT max(id) FROM contact").fetchone()
    next_id = int(highest or 0) + 1
    # Straight to the driver's executemany: SQLAlchemy's per-row parameter processing
    # took half of a 30,000-row import (tests/bench). The time stamp is the text the
    # ORM would store, converted once.
    stamp = stored_moment(now)
    insert_sql = _insert_sql()
    in_column_order = itemgetter(*_VALUE_COLUMNS)
    for start in range(0, len(creates), CHUNK):
        chunk = creates[start : start + CHUNK]
        ids = list(range(next_id, next_id + len(chunk)))
        next_id += len(chunk)
        rows = [
            (contact_id, *in_column_order(_values(plan, contact)), stamp, stamp)
            for contact_id, contact in zip(ids, chunk, strict=True)
        ]
        connection.executemany(insert_sql, rows)
        summary.created_ids += ids
        related += [(i, c) for i, c in zip(ids, chunk, strict=True) if c.related_names]
        done += len(chunk)
        if progress is not None:
            progress(done, total)

    summary.created = len(creates)
    summary.merged = len(completes) - len(plan.to_update)
    summary.updated = _complete(connection, completes, stamp)
    done += len(completes)
    if progress is not None and completes:
        progress(done, total)
    related += [(i, c) for c, i in completes if c.related_names]
    summary.introductions = _link_introducers(connection, related, stamp)
    return summary


def _values(plan: ImportPlan, contact: ImportedContact) -> dict[str, str]:
    """The row's values as planning checked them, or checked now if it changed since."""
    checked = plan.checked_values.get(contact.row)
    return checked if checked is not None else contact_values(contact)


#: The columns ``contact_values`` gives.
_VALUE_COLUMNS = (
    "name", "role", "specialism", "organisation", "sector", "region", "email", "phone",
    "linkedin_url", "how_we_know", "notes", "tags", "source",
)  # fmt: skip


def _insert_sql() -> str:
    columns = ("id", *_VALUE_COLUMNS, "created_at", "updated_at")
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO contact ({', '.join(columns)}) VALUES ({marks})"


def _contacts_by_ids(
    connection: sqlite3.Connection, columns: str, ids: Iterable[int]
) -> list[tuple]:
    """``SELECT columns FROM contact`` for the contacts with these ids."""
    query = f"SELECT {columns} FROM contact WHERE id IN ({{}})"
    return rows_by_ids(connection, query, set(ids))


def _complete(
    connection: sqlite3.Connection, completes: list[tuple[ImportedContact, int]], stamp: str
) -> int:
    """Fill empty fields of existing contacts; returns how many contacts changed."""
    if not completes:
        return 0
    ids = (contact_id for _, contact_id in completes)
    current: dict[int, dict[str, str]] = {
        row[0]: dict(zip(FILLABLE, row[1:], strict=True))
        for row in _contacts_by_ids(connection, ", ".join(("id", *FILLABLE)), ids)
    }
    changed: set[int] = set()
    for contact, contact_id in completes:
        fills = filled_fields(current[contact_id], contact_values(contact))
        if fills:
            current[contact_id].update(fills)
            changed.add(contact_id)
    assignments = ", ".join(f"{field} = ?" for field in (*FILLABLE, "updated_at"))
    connection.executemany(
        f"UPDATE contact SET {assignments} WHERE id = ?",
        [(*current[i].values(), stamp, i) for i in sorted(changed)],
    )
    return len(changed)


def _link_introducers(
    connection: sqlite3.Connection, related: list[tuple[int, ImportedContact]], stamp: str
) -> int:
    """Set "introduced by" from RELATED names that name exactly one contact.

    Only where it is empty, never to the contact itself, never making a loop.
    """
    if not related:
        return 0
    rows = connection.execute("SELECT id, name, introduced_by_id FROM contact").fetchall()
    by_name = names_index((row[0], row[1]) for row in rows)
    parent = {row[0]: row[2] for row in rows}
    links = []
    for contact_id, contact in related:
        if parent.get(contact_id) is not None:
            continue
        for related_name in contact.related_names:
            ids = by_name.get(name_key(related_name), [])
            if len(ids) != 1 or ids[0] == contact_id or _leads_to(parent, ids[0], contact_id):
                continue
            parent[contact_id] = ids[0]
            links.append((ids[0], stamp, contact_id))
            break
    connection.executemany(
        "UPDATE contact SET introduced_by_id = ?, updated_at = ? WHERE id = ?", links
    )
    return len(links)


def _leads_to(parent: dict[int, int | None], start: int, target: int) -> bool:
    """True when following "introduced by" from ``start`` reaches ``target``."""
    seen: set[int] = set()
    current: int | None = start
    while current is not None and current not in seen:
        if current == target:
            return True
        seen.add(current)
        current = parent.get(current)
    return False

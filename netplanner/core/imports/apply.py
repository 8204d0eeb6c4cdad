"""Bringing a network in: apply a planned import (the preview the user saw).

:func:`plan_import` (in :mod:`netplanner.core.imports.plan`) sorts what a reader found
into contacts to create, existing contacts to complete, rows skipped (the same person
again, in the file or in the contacts, with nothing new), rows rejected, and likely
duplicates to offer for merging (see :mod:`netplanner.core.imports.matching` for what
counts as the same person). :func:`apply_import` writes the plan in the caller's one
transaction: any error and nothing of it is saved.

Both read and write with the statements of :mod:`netplanner.core.queries.imports`
(``plan_import_on`` and ``apply_import_on`` take them as ``Queries``): the window runs
them in its session, the command line compiled ahead on an :mod:`sqlite3` connection,
so it imports a whole network without loading SQLAlchemy, a third of the time it took
(issue #7). New contacts get their ids from the database.

An update only fills what is missing on the existing contact (see
:mod:`netplanner.core.imports.fill`): what the user wrote is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from netplanner.core.clock import utc_now
from netplanner.core.contact_fields import Detail
from netplanner.core.errors import ValidationError
from netplanner.core.imports.fill import filled_fields, new_details
from netplanner.core.imports.matching import FILLABLE, name_key, names_index
from netplanner.core.imports.model import ImportedContact, ImportPlan, ImportSummary
from netplanner.core.imports.values import contact_details, contact_values
from netplanner.core.queries.run import Queries, rows_by_ids

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Rows per INSERT batch; progress is reported after each.
CHUNK = 2_000
Progress = Callable[[int, int], None]


def apply_import(
    session: Session,
    plan: ImportPlan,
    merge_choices: Mapping[int, int] | None = None,
    progress: Progress | None = None,
    left_out: Collection[int] = (),
) -> ImportSummary:
    """:func:`apply_import_on` in the session's transaction."""
    from netplanner.core.queries.run import SessionQueries

    return apply_import_on(SessionQueries(session), plan, merge_choices, progress, left_out)


def apply_import_on(
    queries: Queries,
    plan: ImportPlan,
    merge_choices: Mapping[int, int] | None = None,
    progress: Progress | None = None,
    left_out: Collection[int] = (),
) -> ImportSummary:
    """Write ``plan`` in the caller's transaction (the caller commits, or rolls back on error).

    ``merge_choices`` maps the row of a likely duplicate (or any row to create) to the
    existing contact to complete instead; the rows in ``left_out`` (unticked in the
    preview) are not written at all. The values planning checked are written as they
    are; a row that a later duplicate completed is checked again here, and one that
    became invalid that way stops the whole import.
    """
    choices = dict(merge_choices or {})
    creating = {contact.row for contact in plan.to_create}
    unknown = sorted(set(choices) - creating)
    if unknown:
        raise ValidationError(f"{plan.unit.capitalize()} {unknown[0]} is not a new contact.")
    if choices:
        wanted = set(choices.values())
        found = {row[0] for row in rows_by_ids(queries, "imports.contact_ids", wanted)}
        missing = sorted(wanted - found)
        if missing:
            raise ValidationError(f"There is no contact with ID {missing[0]} to merge into.")
    skip = set(left_out)
    creates = [c for c in plan.to_create if c.row not in choices and c.row not in skip]
    completes = [(p.contact, p.existing_id) for p in plan.to_update if p.contact.row not in skip]
    completes += [(c, choices[c.row]) for c in plan.to_create if c.row in choices]
    total, done = len(creates) + len(completes), 0
    summary = ImportSummary(
        skipped=len(plan.skipped),
        rejected=len(plan.rejected),
        skipped_in_file=sum(1 for item in plan.skipped if item.in_file),
        left_out=len(plan.to_create) + len(plan.to_update) - len(creates) - len(completes),
    )
    related: list[tuple[int, ImportedContact]] = []

    now = utc_now()
    for start in range(0, len(creates), CHUNK):
        chunk = creates[start : start + CHUNK]
        values = [_values(plan, contact) for contact in chunk]
        ids = queries.inserted_ids("contact", values, created_at=now, updated_at=now)
        _insert_details(
            queries,
            [
                (contact_id, contact_details(contact))
                for contact_id, contact in zip(ids, chunk, strict=True)
                if len(contact.emails) > 1 or len(contact.phones) > 1 or len(contact.websites) > 1
            ],
            new_contacts=True,
        )
        summary.created_ids += ids
        related += [(i, c) for i, c in zip(ids, chunk, strict=True) if c.related_names]
        done += len(chunk)
        if progress is not None:
            progress(done, total)

    summary.created = len(creates)
    summary.merged = len(completes) - sum(1 for p in plan.to_update if p.contact.row not in skip)
    summary.updated = _complete(queries, completes, now, plan.language)
    summary.updated_ids = sorted({contact_id for _, contact_id in completes})
    done += len(completes)
    if progress is not None and completes:
        progress(done, total)
    related += [(i, c) for c, i in completes if c.related_names]
    summary.introductions = _link_introducers(queries, related, now)
    return summary


def _values(plan: ImportPlan, contact: ImportedContact) -> dict[str, str]:
    """The row's values as planning checked them, or checked now if it changed since."""
    checked = plan.checked_values.get(contact.row)
    return checked if checked is not None else contact_values(contact, plan.language)


def _insert_details(
    queries: Queries,
    details: Iterable[tuple[int, list[Detail]]],
    *,
    new_contacts: bool = False,
) -> None:
    """Add details to contacts, after the ones each already has (none, for new ones)."""
    queries.insert(
        "contact_detail",
        [
            {
                "contact_id": contact_id,
                "kind": detail.kind,
                "label": detail.label,
                "value": detail.value,
                "position": position,
            }
            for contact_id, items in details
            for position, detail in enumerate(
                items, start=0 if new_contacts else _next_position(queries, contact_id)
            )
        ],
    )


def _next_position(queries: Queries, contact_id: int) -> int:
    ((highest,),) = queries.rows("imports.last_detail_position", contact_id=contact_id)
    return 0 if highest is None else int(highest) + 1


def _complete(
    queries: Queries,
    completes: list[tuple[ImportedContact, int]],
    now: datetime,
    language: str,
) -> int:
    """Fill empty fields of existing contacts and add the addresses, numbers and websites
    they lack; returns how many contacts changed."""
    if not completes:
        return 0
    ids = {contact_id for _, contact_id in completes}
    current: dict[int, dict[str, str]] = {
        row[0]: dict(zip(FILLABLE, row[1:], strict=True))
        for row in rows_by_ids(queries, "imports.fillable", ids)
    }
    details: dict[int, list[Detail]] = {contact_id: [] for contact_id in ids}
    for contact_id, kind, label, value in rows_by_ids(queries, "imports.details", ids):
        details[contact_id].append(Detail(kind, label, value))
    changed: set[int] = set()
    added: dict[int, list[Detail]] = {}
    for contact, contact_id in completes:
        offered = contact_values(contact, language)
        fills = filled_fields(current[contact_id], offered)
        if fills:
            current[contact_id].update(fills)
            changed.add(contact_id)
        more = new_details(
            current[contact_id], details[contact_id], offered, contact_details(contact)
        )
        if more:
            details[contact_id] += more
            added.setdefault(contact_id, []).extend(more)
            changed.add(contact_id)
    _insert_details(queries, added.items())
    queries.run_many(
        "imports.fill_contact",
        [current[i] | {"stamp": now, "contact_id": i} for i in sorted(changed)],
    )
    return len(changed)


def _link_introducers(
    queries: Queries, related: list[tuple[int, ImportedContact]], now: datetime
) -> int:
    """Set "introduced by" from RELATED names that name exactly one contact.

    Only where it is empty, never to the contact itself, never making a loop.
    """
    if not related:
        return 0
    rows = queries.rows("imports.names")
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
            links.append({"introducer_id": ids[0], "stamp": now, "contact_id": contact_id})
            break
    queries.run_many("imports.introduce", links)
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

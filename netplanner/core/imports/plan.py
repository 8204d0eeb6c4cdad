"""Planning an import: what importing a file would do, worked out without writing.

Each row becomes a contact to create, an existing contact to complete, a row skipped
(the same person again, in the file or in the contacts, with nothing new) or a row
rejected; new contacts that look like someone already there are offered for merging.
Who is the same person is decided by keys only (:mod:`netplanner.core.imports.matching`):

- Within a file whose rows are different people by definition (LinkedIn: one row per
  connection), no two rows are ever taken together, however alike they are.
- In other files (address books), rows sharing a key without a veto are one person
  listed twice: the later row completes the earlier one.
- A row with no key at all (no LinkedIn URL, e-mail address or UID) gets one made from
  the row itself, stored as the contact's source UID: importing the same file again
  recognises the row, and only that row.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from netplanner.core.imports.fill import filled_fields, new_details
from netplanner.core.imports.matching import ContactIndex, ExistingContact, contact_keys, veto
from netplanner.core.imports.matching import identity_of as _identity_of
from netplanner.core.imports.model import (
    ImportedContact,
    ImportPlan,
    LikelyDuplicate,
    PlannedUpdate,
    ReadResult,
    RejectedRow,
    SkippedRow,
)
from netplanner.core.imports.values import contact_details, unchecked_values, values_problem
from netplanner.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from netplanner.core.queries.run import Queries

#: The prefix of a source UID made from a row (see the module notes).
ROW_UID_PREFIX = "netplanner-row-"


def row_uid(contact: ImportedContact) -> str:
    """A key made from everything the row holds: the same row gives the same key."""
    parts = (
        contact.source, contact.name, contact.organisation, contact.role,
        contact.connected_on.isoformat() if contact.connected_on else "",
        *contact.phones, *contact.websites, contact.birthday, contact.street, contact.city,
        contact.notes,
    )  # fmt: skip
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False)
    return ROW_UID_PREFIX + digest.hexdigest()[:24]


def _merge_into(first: ImportedContact, again: ImportedContact) -> None:
    """Complete the earlier row with what the repeated row adds (empty fields only)."""
    fields = (
        "role", "specialism", "organisation", "sector", "region", "how_we_know",
        "linkedin_url", "notes", "nickname", "birthday", "source_uid",
    )  # fmt: skip
    for name in fields:
        if not getattr(first, name) and getattr(again, name):
            setattr(first, name, getattr(again, name))
    for group in (
        ("street", "postal_code", "city", "address_region", "country"),
        ("name_prefix", "given_name", "additional_names", "family_name", "name_suffix"),
    ):
        if not any(getattr(first, name) for name in group):
            for name in group:
                setattr(first, name, getattr(again, name))
    for attribute in ("emails", "phones", "websites", "tags", "related_names"):
        mine, theirs = getattr(first, attribute), getattr(again, attribute)
        mine += [value for value in theirs if value not in mine]
    if again.kinds:
        for value, kind in again.kinds.items():
            first.set_kind(value, kind)
    first.connected_on = first.connected_on or again.connected_on


def plan_import(session: Session, read: ReadResult, language: str = "en") -> ImportPlan:
    """What importing ``read`` would do; reads the data file, changes nothing.

    ``language`` ("en" or "nl") is the language of texts the import writes into the
    contacts ("LinkedIn connection since 15 March 2024").
    """
    from netplanner.core.queries.run import SessionQueries

    return plan_import_on(SessionQueries(session), read, language)


def plan_import_on(queries: Queries, read: ReadResult, language: str = "en") -> ImportPlan:
    """:func:`plan_import` with the named queries (in a session, or without SQLAlchemy)."""
    index = ContactIndex(queries)
    # Into an empty data file (the first import of a whole network) nobody is
    # recognised and nobody looks alike: those questions are skipped for every row.
    knows_anyone = bool(index.contacts)
    plan = ImportPlan(
        unit=read.unit,
        rejected=list(read.rejected),
        warnings=list(read.warnings),
        columns=list(read.columns),
        layout=read.layout,
        notes=list(read.notes),
    )
    plan.language = language
    checked_values = plan.checked_values
    seen: dict[tuple[str, str], list[ImportedContact]] = {}
    targeted: dict[int, ImportedContact] = {}  # existing id -> the row that updates it
    distinct = read.distinct_rows
    for contact in read.contacts:
        values = unchecked_values(contact, language)
        problem = values_problem(values)
        if problem:
            plan.rejected.append(RejectedRow(contact.row, problem))
            continue
        if not (values["source_uid"] or values["email"] or values["linkedin_url"]):
            contact.source_uid = values["source_uid"] = row_uid(contact)
        checked_values[contact.row] = values
        if distinct and not knows_anyone:
            plan.to_create.append(contact)  # nobody to recognise, and no two rows are one
            continue
        keys = contact_keys(contact)
        earlier = None if distinct else _earlier_row(seen, contact, keys)
        existing, vetoed = (
            index.recognise(contact, keys, targeted.keys()) if knows_anyone else (None, None)
        )
        if existing is not None and existing.id in targeted:
            # Every contact with this key is taken by an earlier row of the file.
            if distinct:
                existing = None  # one connection per row: this is someone else
            else:
                earlier = earlier or targeted[existing.id]
        if earlier is not None:
            _merge_into(earlier, contact)
            checked_values.pop(earlier.row, None)  # completed: check it again
            same = (
                QT_TRANSLATE_NOOP("Messages", "the same person as card %1 of the file")
                if plan.unit == "card"
                else QT_TRANSLATE_NOOP("Messages", "the same person as row %1 of the file")
            )
            plan.skipped.append(SkippedRow(contact.row, Message(same, earlier.row), in_file=True))
            continue
        for key in keys:
            seen.setdefault(key, []).append(contact)
        if existing is not None:
            targeted[existing.id] = contact
            _plan_update(plan, contact, existing, values)
            continue
        plan.to_create.append(contact)
        if not knows_anyone:
            continue
        alike = vetoed or index.look_alike(contact)
        if alike is not None:
            plan.likely_duplicates.append(
                LikelyDuplicate(contact, alike[0].id, alike[0].label, alike[1])
            )
    _refresh_fills(plan, index)
    plan.rejected.sort(key=lambda rejected: rejected.row)
    return plan


def _earlier_row(
    seen: dict[tuple[str, str], list[ImportedContact]],
    contact: ImportedContact,
    keys: list[tuple[str, str]],
) -> ImportedContact | None:
    """An earlier row of the file that is surely the same person."""
    identity = None
    for key in keys:
        for other in seen.get(key, ()):
            identity = identity or _identity_of(contact)
            if veto(identity, _identity_of(other), key[0]) is None:
                return other
    return None


def _plan_update(
    plan: ImportPlan, contact: ImportedContact, existing: ExistingContact, values: dict[str, str]
) -> None:
    fills = filled_fields(existing.values, values)
    offered_details = contact_details(contact)
    details = new_details(existing.values | fills, existing.details, values, offered_details)
    if fills or details:
        plan.to_update.append(PlannedUpdate(contact, existing.id, existing.name, fills, details))
        return
    plan.skipped.append(
        SkippedRow(
            contact.row,
            Message(
                QT_TRANSLATE_NOOP("Messages", "already in your contacts as %1, nothing new"),
                existing.label,
            ),
        )
    )


def _refresh_fills(plan: ImportPlan, index: ContactIndex) -> None:
    """Updates whose row was completed by a repeated row later in the file fill more."""
    language = plan.language
    for planned in plan.to_update:
        existing = index.contacts[planned.existing_id]
        values = unchecked_values(planned.contact, language)
        planned.fills = filled_fields(existing.values, values)
        planned.details = new_details(
            existing.values | planned.fills,
            existing.details,
            values,
            contact_details(planned.contact),
        )

"""Reading the contacts for the window and the commands: the list, one contact for its
form, what goes with a contact, the chain of introductions that led to them.

Through :class:`~netplanner.core.queries.run.Queries` only, so the same statements run
in a session and, compiled ahead, on a bare :mod:`sqlite3` connection: the window shows
its contacts before SQLAlchemy is loaded (issue #24). Nothing here imports SQLAlchemy.
The functions of ``core.contacts`` that take a session read through these.
"""

from __future__ import annotations

import heapq
from typing import Any

from netplanner.core.contact_data import (
    STORED_FIELDS,
    ContactDeletionImpact,
    ContactInput,
    ContactRow,
    FirstRows,
    StoredContact,
    name_order,
)
from netplanner.core.contact_fields import Detail
from netplanner.core.enums import ContactSource
from netplanner.core.errors import NotFoundError
from netplanner.core.network.chain_links import Chain, walk_chain
from netplanner.core.queries.run import Queries


def count_contacts(queries: Queries) -> int:
    return int(queries.rows("contacts.count")[0][0])


def list_contact_rows(queries: Queries) -> list[ContactRow]:
    """Every contact as a line of the list, by name (two queries)."""
    rows = list(map(ContactRow._make, queries.rows("contacts.rows")))
    more: dict[int, list[str]] = {}
    for contact_id, value in queries.rows("contacts.detail_texts"):
        more.setdefault(contact_id, []).append(value)
    if more:  # the other addresses and numbers are searched too
        for index, row in enumerate(rows):
            values = more.get(row.id)
            if values:
                rows[index] = row._replace(more=" ".join((row.more, *values)))
    return rows


def list_first_contact_rows(queries: Queries, first: int) -> FirstRows:
    """The first ``first`` lines of the list in its usual order (by name as the list
    sorts it: see :func:`~netplanner.core.contact_data.name_order`), for a window that
    shows those before it reads the rest (tests/bench: at 30,000 contacts, reading
    everyone was most of the start).

    Their other addresses are left out (only the search looks at them, and a search
    needs every row anyway).
    """
    everyone = queries.rows("contacts.ids_names")
    ids = [id_ for id_, _ in heapq.nsmallest(first, everyone, key=name_order)]
    rows = map(ContactRow._make, queries.rows("contacts.rows_of", ids=ids)) if ids else ()
    by_id = {row.id: row for row in rows}
    shown = [by_id[id_] for id_ in ids]
    wanted = list({row.introduced_by_id for row in shown} - set(ids) - {None})
    introducers = (
        list(map(ContactRow._make, queries.rows("contacts.rows_of", ids=wanted))) if wanted else []
    )
    return FirstRows(shown, introducers)


def list_introduced_rows(queries: Queries, contact_id: int) -> list[ContactRow]:
    """The lines of the people ``contact_id`` introduced (for a window that has read only
    the first lines of the list so far)."""
    return list(map(ContactRow._make, queries.rows("contacts.introduced_by", id=contact_id)))


def read_contact(queries: Queries, contact_id: int) -> StoredContact:
    """The contact as its form shows it, with its details (NotFoundError if unknown)."""
    rows = queries.rows("contacts.one", id=contact_id)
    if not rows:
        raise NotFoundError("contact", contact_id)
    id_, version, *values = rows[0]
    stored: dict[str, Any] = {
        name: "" if value is None else value
        for name, value in zip(STORED_FIELDS, values, strict=True)
    }
    data = ContactInput(**stored)
    # Only the introduction ids may be empty; an old file may hold NULL in a text.
    data.introduced_by_id = values[STORED_FIELDS.index("introduced_by_id")]
    data.introduced_in_id = values[STORED_FIELDS.index("introduced_in_id")]
    data.source = data.source or ContactSource.MANUAL.value
    data.details = [Detail(*row) for row in queries.rows("contacts.details_of", id=contact_id)]
    return StoredContact(id_, version, data)


def deletion_impact(queries: Queries, contact_id: int) -> ContactDeletionImpact:
    """What goes with the contact when it is deleted (NotFoundError if unknown)."""
    if not queries.rows("contacts.chain_step", id=contact_id):
        raise NotFoundError("contact", contact_id)
    conversations, introduced, follow_ups = queries.rows("contacts.impact", id=contact_id)[0]
    return ContactDeletionImpact(
        conversations=int(conversations or 0),
        introduced_contacts=int(introduced or 0),
        follow_ups=int(follow_ups or 0),
    )


def chain_of(queries: Queries, contact_id: int) -> Chain:
    """The chain of introductions that led to ``contact_id`` (NotFoundError if unknown)."""

    def lookup(person: int) -> tuple[str, str, int | None] | None:
        rows = queries.rows("contacts.chain_step", id=person)
        return None if not rows else (rows[0][0], rows[0][1] or "", rows[0][2])

    chain = walk_chain(contact_id, lookup)
    if not chain.people:  # not even the contact themselves
        raise NotFoundError("contact", contact_id)
    return chain

"""The tree of introductions (``core.network``): every contact and who introduced them."""

from __future__ import annotations

from sqlalchemy import select

from netplanner.core.queries.tables import contact

#: Every contact, by id, with their introducer.
forest = select(
    contact.c.id, contact.c.name, contact.c.organisation, contact.c.introduced_by_id
).order_by(contact.c.id)

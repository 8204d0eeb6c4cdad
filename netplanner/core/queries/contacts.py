"""The contacts list and the pickers' names (``core.contacts``): every contact at once."""

from __future__ import annotations

from sqlalchemy import bindparam, func, literal, select

from netplanner.core.queries.tables import contact, contact_detail

_introducer = contact.alias("introducer")
_space = literal(" ")

#: One line per contact (``ContactRow``): the introducer's name beside theirs, and what
#: else the search finds (nickname, address, number, city…) in one text.
rows = (
    select(
        contact.c.id,
        contact.c.name,
        contact.c.role,
        contact.c.specialism,
        contact.c.organisation,
        contact.c.email,
        contact.c.tags,
        contact.c.introduced_by_id,
        func.coalesce(_introducer.c.name, ""),
        contact.c.nickname
        + _space
        + contact.c.email
        + _space
        + contact.c.phone
        + _space
        + contact.c.city
        + _space
        + contact.c.country
        + _space
        + contact.c.website,
    )
    .outerjoin_from(contact, _introducer, contact.c.introduced_by_id == _introducer.c.id)
    .order_by(contact.c.name, contact.c.id)
)

#: The lines of the given contacts (in no particular order).
rows_of = rows.order_by(None).where(contact.c.id.in_(bindparam("ids", expanding=True)))

#: The lines of the people one contact introduced (in no particular order).
introduced_by = rows.order_by(None).where(contact.c.introduced_by_id == bindparam("id"))

#: Every other address, number and website, to search them too.
detail_texts = select(contact_detail.c.contact_id, contact_detail.c.value).order_by(
    contact_detail.c.contact_id, contact_detail.c.position
)

#: (id, name) of every contact in no order: to find the first lines of the list.
ids_names = select(contact.c.id, contact.c.name)

#: (id, name) of every contact, by name: for pickers.
names = select(contact.c.id, contact.c.name).order_by(contact.c.name)

"""What ``core.contact_reading`` reads of the contacts: the list and the pickers' names
(every contact at once), one contact for its form, and what goes with a contact."""

from __future__ import annotations

from sqlalchemy import String, bindparam, func, literal_column, select

from netplanner.core.contact_data import STORED_FIELDS
from netplanner.core.queries.tables import contact, contact_detail, conversation, follow_up

_introducer = contact.alias("introducer")
# Written into the statement, not bound: the statements are compiled ahead for the
# window's first screen, which binds values by name only (``queries.precompile``).
_space = literal_column("' '", String)
_empty = literal_column("''", String)

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
        func.coalesce(_introducer.c.name, _empty),
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

#: How many contacts there are.
count = select(func.count()).select_from(contact)

#: One contact as its form shows it: id, version, then ``STORED_FIELDS`` in their order.
one = select(contact.c.id, contact.c.version, *(contact.c[name] for name in STORED_FIELDS)).where(
    contact.c.id == bindparam("id")
)

#: One contact's other addresses, numbers and websites, in their order.
details_of = (
    select(contact_detail.c.kind, contact_detail.c.label, contact_detail.c.value)
    .where(contact_detail.c.contact_id == bindparam("id"))
    .order_by(contact_detail.c.position, contact_detail.c.id)
)

#: What goes with a contact when it is deleted: their conversations, the people they
#: introduced, their follow-ups (one row of three counts).
impact = select(
    select(func.count())
    .select_from(conversation)
    .where(conversation.c.contact_id == bindparam("id"))
    .scalar_subquery(),
    select(func.count())
    .select_from(contact)
    .where(contact.c.introduced_by_id == bindparam("id"))
    .scalar_subquery(),
    select(func.count())
    .select_from(follow_up)
    .where(follow_up.c.contact_id == bindparam("id"))
    .scalar_subquery(),
)

#: One step up a chain of introductions: name, how the user knows them, their introducer.
chain_step = select(contact.c.name, contact.c.how_we_know, contact.c.introduced_by_id).where(
    contact.c.id == bindparam("id")
)

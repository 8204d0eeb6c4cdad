"""What an import reads and writes (``core.imports``): every contact's keys at once, and
the contacts it completes and links. New contacts and details are inserted by table
(``Queries.inserted_ids``/``insert``)."""

from __future__ import annotations

from sqlalchemy import BindParameter, bindparam, func, select, update

from netplanner.core.imports.matching import FILLABLE
from netplanner.core.queries.tables import contact, contact_detail

_ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
_fillable = [contact.c[name] for name in FILLABLE]

#: Every contact, with what recognising and completing them reads.
existing_contacts = select(
    contact.c.id, contact.c.name, contact.c.introduced_by_id, *_fillable
).order_by(contact.c.id)

#: Every contact's other addresses, numbers and websites.
existing_details = select(
    contact_detail.c.contact_id,
    contact_detail.c.kind,
    contact_detail.c.label,
    contact_detail.c.value,
).order_by(contact_detail.c.contact_id, contact_detail.c.position)

#: Which of ``ids`` are contacts.
contact_ids = select(contact.c.id).where(contact.c.id.in_(_ids))

#: The fields an import may fill, of the contacts it completes.
fillable = select(contact.c.id, *_fillable).where(contact.c.id.in_(_ids))

#: The details of the contacts it completes.
details = (
    select(
        contact_detail.c.contact_id,
        contact_detail.c.kind,
        contact_detail.c.label,
        contact_detail.c.value,
    )
    .where(contact_detail.c.contact_id.in_(_ids))
    .order_by(contact_detail.c.contact_id, contact_detail.c.position)
)

#: The last position of a contact's details (None: none yet).
last_detail_position = select(func.max(contact_detail.c.position)).where(
    contact_detail.c.contact_id == bindparam("contact_id")
)

#: A completed contact: every fillable field (changed or not) and the time stamp.
fill_contact = (
    update(contact)
    .where(contact.c.id == bindparam("contact_id"))
    .values({**{name: bindparam(name) for name in FILLABLE}, "updated_at": bindparam("stamp")})
)

#: Who introduced a contact, as the file's RELATED names say.
introduce = (
    update(contact)
    .where(contact.c.id == bindparam("contact_id"))
    .values(introduced_by_id=bindparam("introducer_id"), updated_at=bindparam("stamp"))
)

#: Every contact's name and introducer, to link the ones an import names.
names = select(contact.c.id, contact.c.name, contact.c.introduced_by_id)

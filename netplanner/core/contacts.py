"""Contacts: the people in the user's network and who introduced whom."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from netplanner.core import contact_reading
from netplanner.core.clock import utc_now
from netplanner.core.contact_data import (
    ContactDeletionImpact,
    ContactInput,
    ContactRow,
)
from netplanner.core.contact_fields import Detail, checked_birthday
from netplanner.core.errors import (
    IntroductionLoopError,
    NotFoundError,
    ValidationError,
    check_version,
)
from netplanner.core.models import Contact, ContactDetail
from netplanner.core.queries.run import SessionQueries
from netplanner.core.text import clean, normalise_tags
from netplanner.messages import QT_TRANSLATE_NOOP, Message


def get_contact(session: Session, contact_id: int) -> Contact:
    """The contact with its details loaded (the window shows it after the session ends).

    A query, not ``session.get``: that hands back a contact the session already holds
    as it is, and its details may not be loaded (relationships never load by themselves).
    """
    contact = session.scalar(
        select(Contact).where(Contact.id == contact_id).options(selectinload(Contact.details))
    )
    if contact is None:
        raise NotFoundError("contact", contact_id)
    return contact


def _apply(session: Session, contact: Contact, data: ContactInput) -> None:
    name = clean(data.name)
    if not name:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "A contact needs a name.")))
    for item in fields(ContactInput):
        if item.name == "details":
            continue
        value = getattr(data, item.name)
        if isinstance(value, str):
            value = clean(value)
        setattr(contact, item.name, value)
    contact.name = name
    contact.tags = normalise_tags(data.tags)
    contact.birthday = checked_birthday(data.birthday)
    _set_details(contact, data.details)
    if data.introduced_by_id is not None:
        get_contact(session, data.introduced_by_id)
        if contact.id is not None:
            check_introduction(session, contact.id, data.introduced_by_id)


def _set_details(contact: Contact, details: list[Detail]) -> None:
    """Make the contact's details these (the same rows stay, so undo logs only changes)."""
    wanted = [Detail(d.kind, clean(d.label), clean(d.value)) for d in details]
    wanted = [d for d in wanted if d.value]
    current = list(contact.details)
    for position, detail in enumerate(wanted):
        if position < len(current):
            row = current[position]
            if (row.kind, row.label, row.value, row.position) != (*detail, position):
                row.kind, row.label, row.value, row.position = (*detail, position)
        else:
            contact.details.append(
                ContactDetail(
                    kind=detail.kind, label=detail.label, value=detail.value, position=position
                )
            )
    for row in current[len(wanted) :]:
        contact.details.remove(row)


def create_contact(session: Session, data: ContactInput) -> Contact:
    contact = Contact()
    _apply(session, contact, data)
    session.add(contact)
    session.flush()
    return contact


def update_contact(
    session: Session, contact_id: int, data: ContactInput, *, loaded_version: int | None = None
) -> Contact:
    """Save the form over the stored contact; ``loaded_version`` (the version the form
    showed) refuses the save when someone else saved the contact since."""
    contact = get_contact(session, contact_id)
    check_version(contact, "contact", loaded_version)
    _apply(session, contact, data)
    if loaded_version is not None:
        # The details are rows of their own: a save is a new version of the contact even
        # when only they changed, so another window's copy becomes stale too.
        contact.updated_at = utc_now()
    session.flush()
    return contact


def check_introduction(session: Session, contact_id: int, introducer_id: int) -> None:
    """Refuse an introduction that would make the chain of introductions loop."""
    seen: set[int] = set()
    current: int | None = introducer_id
    while current is not None and current not in seen:
        if current == contact_id:
            contact = get_contact(session, contact_id)
            introducer = get_contact(session, introducer_id)
            if introducer_id == contact_id:
                raise IntroductionLoopError(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "%1 cannot be introduced by themselves."),
                        contact.name,
                    )
                )
            raise IntroductionLoopError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1 was introduced (directly or via others) by %2, "
                        "so %2 cannot also be introduced by %1.",
                    ),
                    introducer.name,
                    contact.name,
                )
            )
        seen.add(current)
        current = session.scalar(select(Contact.introduced_by_id).where(Contact.id == current))


def deletion_impact(session: Session, contact_id: int) -> ContactDeletionImpact:
    return contact_reading.deletion_impact(SessionQueries(session), contact_id)


def delete_contact(session: Session, contact_id: int) -> None:
    """Delete a contact with their conversations and follow-ups.

    People they introduced stay, without an introducer (the foreign key sets it
    to NULL); the GUI says all of this before asking.
    """
    session.delete(get_contact(session, contact_id))
    session.flush()


def list_contact_rows(session: Session) -> list[ContactRow]:
    """Every contact as a line of the list, by name (``core.contact_reading``)."""
    return contact_reading.list_contact_rows(SessionQueries(session))


def contact_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every contact, sorted by name: for pickers."""
    return [(row[0], row[1]) for row in SessionQueries(session).rows("contacts.names")]


def count_contacts(session: Session) -> int:
    return contact_reading.count_contacts(SessionQueries(session))

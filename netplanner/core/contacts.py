"""Contacts: the people in the user's network and who introduced whom."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from netplanner.core.clock import utc_now
from netplanner.core.contact_fields import Detail, checked_birthday
from netplanner.core.enums import ContactSource
from netplanner.core.errors import (
    IntroductionLoopError,
    NotFoundError,
    ValidationError,
    check_version,
)
from netplanner.core.models import Contact, ContactDetail, Conversation, FollowUp
from netplanner.core.queries.run import SessionQueries
from netplanner.core.text import clean, fold, normalise_tags
from netplanner.messages import QT_TRANSLATE_NOOP, Message


@dataclass
class ContactInput:
    """What a form or an import gives us to save as a contact."""

    name: str
    role: str = ""
    specialism: str = ""
    organisation: str = ""
    sector: str = ""
    region: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    how_we_know: str = ""
    introduced_by_id: int | None = None
    introduced_in_id: int | None = None
    notes: str = ""
    tags: str = ""
    source: str = ContactSource.MANUAL.value
    email_kind: str = ""
    phone_kind: str = ""
    website: str = ""
    nickname: str = ""
    name_prefix: str = ""
    given_name: str = ""
    additional_names: str = ""
    family_name: str = ""
    name_suffix: str = ""
    #: As typed ("22-03-1980", "22-03") or stored ("1980-03-22"); saved as stored.
    birthday: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    address_region: str = ""
    country: str = ""
    source_uid: str = ""
    #: The other e-mail addresses, phone numbers and websites, in their order.
    details: list[Detail] = field(default_factory=list)


class ContactRow(NamedTuple):
    """One line of the contacts list, read with a single query (no ORM objects).

    A named tuple: the window holds tens of thousands of these (tests/bench measures
    its memory), and a whole query's rows become these in one C-level pass
    (``map(ContactRow._make, rows)``), three times faster than calling a class per row.
    """

    id: int
    name: str
    role: str
    specialism: str
    organisation: str
    email: str
    tags: str
    introduced_by_id: int | None
    introduced_by: str
    #: More that the search finds: nickname, e-mail addresses, phone numbers, city…
    more: str = ""

    @property
    def search_text(self) -> str:
        """Everything the search box looks through, folded for matching."""
        return fold(
            " ".join(
                (self.name, self.role, self.specialism, self.organisation, self.tags, self.more)
            )
        )


@dataclass(frozen=True)
class ContactDeletionImpact:
    """What goes with a contact when it is deleted, for the confirmation question."""

    conversations: int
    introduced_contacts: int
    follow_ups: int


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
    get_contact(session, contact_id)

    def count(statement: Select[Any]) -> int:
        return int(session.scalar(statement) or 0)

    return ContactDeletionImpact(
        conversations=count(
            select(func.count())
            .select_from(Conversation)
            .where(Conversation.contact_id == contact_id)
        ),
        introduced_contacts=count(
            select(func.count()).select_from(Contact).where(Contact.introduced_by_id == contact_id)
        ),
        follow_ups=count(
            select(func.count()).select_from(FollowUp).where(FollowUp.contact_id == contact_id)
        ),
    )


def delete_contact(session: Session, contact_id: int) -> None:
    """Delete a contact with their conversations and follow-ups.

    People they introduced stay, without an introducer (the foreign key sets it
    to NULL); the GUI says all of this before asking.
    """
    session.delete(get_contact(session, contact_id))
    session.flush()


def list_contact_rows(session: Session) -> list[ContactRow]:
    """Every contact as a line of the list, by name (``queries.contacts``: two queries)."""
    queries = SessionQueries(session)
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


class FirstRows(NamedTuple):
    """The first lines of the list, and the lines of the people who introduced them (so
    a form showing one of them can name their introducer)."""

    shown: list[ContactRow]
    introducers: list[ContactRow]


def list_first_contact_rows(session: Session, first: int) -> FirstRows:
    """The first ``first`` lines of the list in its usual order (by name as the list
    sorts it: see :func:`name_order`), for a window that shows those before it reads the
    rest (tests/bench: at 30,000 contacts, reading everyone was most of the start).

    Their other addresses are left out (only the search looks at them, and a search
    needs every row anyway).
    """
    queries = SessionQueries(session)
    everyone = queries.rows("contacts.ids_names")
    ids = [id_ for id_, _ in heapq.nsmallest(first, everyone, key=name_order)]
    rows = map(ContactRow._make, queries.rows("contacts.rows_of", ids=ids))
    by_id = {row.id: row for row in rows}
    shown = [by_id[id_] for id_ in ids]
    wanted = list({row.introduced_by_id for row in shown} - set(ids) - {None})
    introducers = list(map(ContactRow._make, queries.rows("contacts.rows_of", ids=wanted)))
    return FirstRows(shown, introducers)


def list_introduced_rows(session: Session, contact_id: int) -> list[ContactRow]:
    """The lines of the people ``contact_id`` introduced (for a window that has read only
    the first lines of the list so far)."""
    rows = SessionQueries(session).rows("contacts.introduced_by", id=contact_id)
    return list(map(ContactRow._make, rows))


def name_order(contact: Sequence[Any]) -> tuple[bool, str, int]:
    """Where an (id, name) comes in the list by name: empty names last, names compared
    with case and accents ignored (``fold``), namesakes by id, as the list sorts them."""
    folded = fold(contact[1])
    return (not folded, folded, contact[0])


def contact_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every contact, sorted by name: for pickers."""
    return [(row[0], row[1]) for row in SessionQueries(session).rows("contacts.names")]


def count_contacts(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Contact)) or 0)

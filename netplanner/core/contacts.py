"""Contacts: the people in the user's network and who introduced whom."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netplanner.core.driver import driver_connection
from netplanner.core.enums import ContactSource
from netplanner.core.errors import IntroductionLoopError, NotFoundError, ValidationError
from netplanner.core.models import Contact, Conversation, FollowUp
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

    @property
    def search_text(self) -> str:
        """Everything the search box looks through, folded for matching."""
        return fold(" ".join((self.name, self.role, self.specialism, self.organisation, self.tags)))


@dataclass(frozen=True)
class ContactDeletionImpact:
    """What goes with a contact when it is deleted, for the confirmation question."""

    conversations: int
    introduced_contacts: int
    follow_ups: int


def get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError("contact", contact_id)
    return contact


def _apply(session: Session, contact: Contact, data: ContactInput) -> None:
    name = clean(data.name)
    if not name:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "A contact needs a name.")))
    for item in fields(ContactInput):
        value = getattr(data, item.name)
        if isinstance(value, str):
            value = clean(value)
        setattr(contact, item.name, value)
    contact.name = name
    contact.tags = normalise_tags(data.tags)
    if data.introduced_by_id is not None:
        get_contact(session, data.introduced_by_id)
        if contact.id is not None:
            check_introduction(session, contact.id, data.introduced_by_id)


def create_contact(session: Session, data: ContactInput) -> Contact:
    contact = Contact()
    _apply(session, contact, data)
    session.add(contact)
    session.flush()
    return contact


def update_contact(session: Session, contact_id: int, data: ContactInput) -> Contact:
    contact = get_contact(session, contact_id)
    _apply(session, contact, data)
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

    def count(statement) -> int:
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


#: The contacts list in one plain query: read through the driver, without SQLAlchemy's
#: per-row result processing (nothing here needs a type conversion), which halved the
#: time to read 30,000 contacts (tests/bench).
_CONTACT_ROWS_SQL = (
    "SELECT c.id, c.name, c.role, c.specialism, c.organisation, c.email, c.tags, "
    "c.introduced_by_id, coalesce(i.name, '') FROM contact AS c "
    "LEFT OUTER JOIN contact AS i ON c.introduced_by_id = i.id ORDER BY c.name, c.id"
)


def list_contact_rows(session: Session) -> list[ContactRow]:
    # The sqlite3 cursor itself, not SQLAlchemy's result: rows go from the driver into
    # ContactRow without a Row object each (reading 30,000 took 0.24 s that way, 0.1 s now).
    cursor = driver_connection(session).execute(_CONTACT_ROWS_SQL)
    return list(map(ContactRow._make, cursor))


def contact_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every contact, sorted by name: for pickers."""
    cursor = driver_connection(session).execute("SELECT id, name FROM contact ORDER BY name")
    return cursor.fetchall()


def count_contacts(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Contact)) or 0)

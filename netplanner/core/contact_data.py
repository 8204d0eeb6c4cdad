"""What a contact is as plain data: what a form sends to be saved (:class:`ContactInput`),
a stored contact as a form shows it (:class:`StoredContact`), a line of the list
(:class:`ContactRow`).

No SQLAlchemy here, nor in ``core.contact_reading``, which reads these: the window shows
the contacts before SQLAlchemy is loaded (issue #24), and the writers in
``core.contacts`` take the same types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from netplanner.core.contact_fields import Detail
from netplanner.core.enums import ContactSource
from netplanner.core.text import fold


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


#: The columns of a stored contact that a :class:`ContactInput` holds (not its details,
#: which are rows of their own), in the order of its fields.
STORED_FIELDS = tuple(item.name for item in fields(ContactInput) if item.name != "details")


@dataclass(frozen=True)
class StoredContact:
    """A contact as stored, for a form to show: its id, its version (a save over a newer
    one is refused) and its values as the form's own :class:`ContactInput`."""

    id: int
    version: int
    data: ContactInput


class FirstRows(NamedTuple):
    """The first lines of the list, and the lines of the people who introduced them (so
    a form showing one of them can name their introducer)."""

    shown: list[ContactRow]
    introducers: list[ContactRow]


def name_order(contact: Sequence[Any]) -> tuple[bool, str, int]:
    """Where an (id, name) comes in the list by name: empty names last, names compared
    with case and accents ignored (``fold``), namesakes by id, as the list sorts them."""
    folded = fold(contact[1])
    return (not folded, folded, contact[0])

"""What an imported contact would be saved as, and whether it can be.

The fields as the file gives them become the values of a contact (the first e-mail
address, phone number and website in the contact's own fields, the others as its
details), and the values are checked against what the data file is made for.

"How you know each other" for a LinkedIn connection, and the labels of lines an import
adds to the notes ("Department: Sales", :mod:`netplanner.core.imports.notes`), are
written in the language the user chose (the window passes its own; the command line
reads ``LANG``): they are text in the user's data, not messages, so they are written
once, in words they read.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from operator import attrgetter, itemgetter, le

from netplanner.core.contact_fields import Detail
from netplanner.core.errors import ValidationError
from netplanner.core.imports.model import ImportedContact
from netplanner.core.imports.notes import ImportNotes
from netplanner.core.text import clean, normalise_tags
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: Field lengths the data file is made for: the String columns of Contact, in the
#: model's order (tests/core/imports/test_imports.py checks they agree). Written out rather than
#: read from the model: importing the ORM models took about 0.1 s of every import from
#: the command line, which otherwise does not need them.
_LIMITS = {
    "name": 300, "role": 300, "specialism": 300, "organisation": 300, "sector": 300,
    "region": 300, "email": 300, "phone": 100, "email_kind": 50, "phone_kind": 50,
    "linkedin_url": 500, "website": 500, "nickname": 300, "name_prefix": 100,
    "given_name": 300, "additional_names": 300, "family_name": 300, "name_suffix": 100,
    "birthday": 10, "street": 500, "postal_code": 30, "city": 300, "address_region": 300,
    "country": 300, "source_uid": 300, "source": 20,
}  # fmt: skip
#: The length of a detail's value (``ContactDetail.value``) and label.
DETAIL_LIMIT, LABEL_LIMIT = 500, 50
MAX_NOTES_CHARS = 100_000
#: Every length a contact's values must keep, the notes (no column limit) last.
_CHECKED_LENGTHS = (*_LIMITS.items(), ("notes", MAX_NOTES_CHARS))
_checked_fields = itemgetter(*(key for key, _ in _CHECKED_LENGTHS))
_CHECKED_LIMITS = tuple(limit for _, limit in _CHECKED_LENGTHS)

#: The texts written into "how you know each other", per language.
_CONNECTED = {
    "en": "LinkedIn connection since {}",
    "nl": "LinkedIn-connectie sinds {}",
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ),
}  # fmt: skip


@lru_cache(maxsize=8192)
def connected_since(day: date, language: str = "en") -> str:
    """'LinkedIn connection since 15 March 2024', or in Dutch 'LinkedIn-connectie sinds
    15 maart 2024' (English for a language NetPlanner does not speak)."""
    language = language if language in _CONNECTED else "en"
    written = f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"
    return _CONNECTED[language].format(written)


def unchecked_values(contact: ImportedContact, language: str = "en") -> dict[str, str]:
    """The contact's fields as they would be saved (not yet checked).

    Runs once per row of files with tens of thousands of rows: the texts saved as they
    are read are taken and stripped in one pass at C speed (readers give "" for nothing,
    never None), the others worked out one by one.
    """
    values = dict(zip(_PLAIN_TEXTS, map(str.strip, _plain_texts(contact)), strict=True))
    emails, phones, websites = contact.emails, contact.phones, contact.websites
    email = values["email"] = clean(emails[0]) if emails else ""
    phone = values["phone"] = clean(phones[0]) if phones else ""
    if not values["how_we_know"] and contact.connected_on is not None:
        values["how_we_know"] = connected_since(contact.connected_on, language)
    if language != "en" and isinstance(contact.notes, ImportNotes):
        values["notes"] = contact.notes.in_language(language).strip()
    values["tags"] = normalise_tags(contact.tags) if contact.tags else ""
    values["source"] = contact.source
    kinds = contact.kinds
    values["email_kind"] = kinds.get(emails[0], "") if kinds and email else ""
    values["phone_kind"] = kinds.get(phones[0], "") if kinds and phone else ""
    values["website"] = clean(websites[0]) if websites else ""
    return values


#: Fields of :class:`ImportedContact` saved as they are, stripped.
_PLAIN_TEXTS = (
    "name", "role", "specialism", "organisation", "sector", "region", "linkedin_url",
    "how_we_know", "notes", "nickname", "name_prefix", "given_name", "additional_names",
    "family_name", "name_suffix", "birthday", "street", "postal_code", "city",
    "address_region", "country", "source_uid",
)  # fmt: skip
_plain_texts = attrgetter(*_PLAIN_TEXTS)


def contact_details(contact: ImportedContact) -> list[Detail]:
    """The contact's other e-mail addresses, phone numbers and websites (not the first of
    each, which are the contact's own fields), each once, too long ones left out."""
    details: list[Detail] = []
    for kind, values in (
        ("email", contact.emails),
        ("phone", contact.phones),
        ("website", contact.websites),
    ):
        seen = {clean(values[0]).casefold()} if values else set()
        for value in values[1:]:
            value = clean(value)
            if value and value.casefold() not in seen and len(value) <= DETAIL_LIMIT:
                seen.add(value.casefold())
                details.append(Detail(kind, contact.kind_of(value)[:LABEL_LIMIT], value))
    return details


def contact_values(contact: ImportedContact, language: str = "en") -> dict[str, str]:
    """The contact's fields as they will be saved; ``ValidationError`` when they cannot be.

    Only the first e-mail address, phone number and website are among these; the others
    are the contact's details (:func:`contact_details`).
    """
    values = unchecked_values(contact, language)
    problem = values_problem(values)
    if problem:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("Messages", "Row %1: %2"), contact.row, problem)
        )
    return values


#: The names of the fields a problem can be about, as the user reads them.
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Messages", "name"),
    "role": QT_TRANSLATE_NOOP("Messages", "role"),
    "specialism": QT_TRANSLATE_NOOP("Messages", "specialism"),
    "organisation": QT_TRANSLATE_NOOP("Messages", "organisation"),
    "sector": QT_TRANSLATE_NOOP("Messages", "sector"),
    "region": QT_TRANSLATE_NOOP("Messages", "region"),
    "email": QT_TRANSLATE_NOOP("Messages", "e-mail address"),
    "phone": QT_TRANSLATE_NOOP("Messages", "phone number"),
    "linkedin_url": QT_TRANSLATE_NOOP("Messages", "LinkedIn URL"),
    "how_we_know": QT_TRANSLATE_NOOP("Messages", "how you know each other"),
    "notes": QT_TRANSLATE_NOOP("Messages", "notes"),
    "tags": QT_TRANSLATE_NOOP("Messages", "tags"),
    "source": QT_TRANSLATE_NOOP("Messages", "source"),
    "email_kind": QT_TRANSLATE_NOOP("Messages", "kind of e-mail address"),
    "phone_kind": QT_TRANSLATE_NOOP("Messages", "kind of phone number"),
    "website": QT_TRANSLATE_NOOP("Messages", "website"),
    "nickname": QT_TRANSLATE_NOOP("Messages", "nickname"),
    "name_prefix": QT_TRANSLATE_NOOP("Messages", "title before the name"),
    "given_name": QT_TRANSLATE_NOOP("Messages", "first name"),
    "additional_names": QT_TRANSLATE_NOOP("Messages", "middle names"),
    "family_name": QT_TRANSLATE_NOOP("Messages", "last name"),
    "name_suffix": QT_TRANSLATE_NOOP("Messages", "suffix after the name"),
    "birthday": QT_TRANSLATE_NOOP("Messages", "birthday"),
    "street": QT_TRANSLATE_NOOP("Messages", "street"),
    "postal_code": QT_TRANSLATE_NOOP("Messages", "postal code"),
    "city": QT_TRANSLATE_NOOP("Messages", "city"),
    "address_region": QT_TRANSLATE_NOOP("Messages", "province or state"),
    "country": QT_TRANSLATE_NOOP("Messages", "country"),
    "source_uid": QT_TRANSLATE_NOOP("Messages", "UID"),
}


def values_problem(values: dict[str, str]) -> Message | str:
    """What stops the values from being saved ("" when nothing does)."""
    if not values["name"]:
        return Message(QT_TRANSLATE_NOOP("Messages", "no name"))
    if all(map(le, map(len, _checked_fields(values)), _CHECKED_LIMITS)):
        return ""  # the usual answer, found without a Python loop over the fields
    # Only the limited fields, in the order ``contact_values`` lists them (as _LIMITS
    # does): the first one too long is named.
    for key, limit in _CHECKED_LENGTHS:
        if len(values[key]) > limit:
            return Message(
                QT_TRANSLATE_NOOP("Messages", "%1: longer than %2 characters"),
                Message(FIELD_NAMES.get(key, key.replace("_", " "))),
                f"{limit:,}",
            )
    return ""

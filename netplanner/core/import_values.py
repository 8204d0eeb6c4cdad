"""What an imported contact would be saved as, and whether it can be.

The fields as the file gives them become the values of a contact (the first e-mail
address and phone number in their fields, the others in the notes, so nothing is
lost), and the values are checked against what the data file is made for.
"""

from __future__ import annotations

from operator import itemgetter, le

from netplanner.core.errors import ValidationError
from netplanner.core.import_model import ImportedContact
from netplanner.core.text import clean, normalise_tags
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: Field lengths the data file is made for: the String columns of Contact, in the
#: model's order (tests/core/test_imports.py checks they agree). Written out rather than
#: read from the model: importing the ORM models took about 0.1 s of every import from
#: the command line, which otherwise does not need them.
_LIMITS = {
    "name": 300, "role": 300, "specialism": 300, "organisation": 300, "sector": 300,
    "region": 300, "email": 300, "phone": 100, "linkedin_url": 500, "source": 20,
}  # fmt: skip
MAX_NOTES_CHARS = 100_000
#: Every length a contact's values must keep, the notes (no column limit) last.
_CHECKED_LENGTHS = (*_LIMITS.items(), ("notes", MAX_NOTES_CHARS))
_checked_fields = itemgetter(*(key for key, _ in _CHECKED_LENGTHS))
_CHECKED_LIMITS = tuple(limit for _, limit in _CHECKED_LENGTHS)


def unchecked_values(contact: ImportedContact) -> dict[str, str]:
    """The contact's fields as they would be saved (not yet checked).

    Runs once per row of files with tens of thousands of rows, hence ``(x or "").strip()``
    written out (what :func:`~netplanner.core.text.clean` does) instead of called.
    """
    emails, phones = contact.emails, contact.phones
    notes = (contact.notes or "").strip()
    if len(emails) > 1 or len(phones) > 1:
        lines = [notes] if notes else []
        lines += [f"Other e-mail: {email}" for email in map(clean, emails[1:]) if email]
        lines += [f"Other phone: {phone}" for phone in map(clean, phones[1:]) if phone]
        notes = "\n".join(lines)
    how_we_know = (contact.how_we_know or "").strip()
    if not how_we_know and contact.connected_on is not None:
        how_we_know = f"LinkedIn connection since {contact.connected_on.isoformat()}"
    return {
        "name": (contact.name or "").strip(),
        "role": (contact.role or "").strip(),
        "specialism": (contact.specialism or "").strip(),
        "organisation": (contact.organisation or "").strip(),
        "sector": (contact.sector or "").strip(),
        "region": (contact.region or "").strip(),
        "email": clean(emails[0]) if emails else "",
        "phone": clean(phones[0]) if phones else "",
        "linkedin_url": (contact.linkedin_url or "").strip(),
        "how_we_know": how_we_know,
        "notes": notes,
        "tags": normalise_tags(contact.tags) if contact.tags else "",
        "source": contact.source,
    }


def contact_values(contact: ImportedContact) -> dict[str, str]:
    """The contact's fields as they will be saved; ``ValidationError`` when they cannot be.

    Only the first e-mail address and phone number fit the contact's fields; the
    others are listed in the notes so nothing in the file is lost.
    """
    values = unchecked_values(contact)
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

"""Contacts as vCard 4.0 (RFC 6350), for address books and for NetPlanner itself.

Why a small writer of our own instead of vobject: vobject 0.9 decides whether to fold
a line by counting *characters*, not octets, so a line under 75 characters of
non-Latin text (a Cyrillic or Greek note, a line of emoji) goes out up to four times
longer than the 75 octets RFC 6350 §3.2 allows (tests/interchange/test_vcard_export.py
shows it). Writing vCard is small: escaping (``\\`` ``,`` ``;`` and line breaks) and
folding at 75 octets without splitting a UTF-8 sequence. vobject still reads the
files back in the tests.

What other apps see (standard properties): FN and N (the name; N split best effort:
given name first, family name from a particle such as "de" or "van" or else the last
word), ORG, TITLE (role), EMAIL, TEL, URL (the LinkedIn profile), NOTE, CATEGORIES
(tags), REV, and UID (stable per data file and contact, so re-importing into an
address book updates the card).

What only NetPlanner reads back:

* ``RELATED;VALUE=text;TYPE=x-introduced-by:Anna de Vries`` -- who introduced this
  contact, as the introducer's name (a text value; RELATED defaults to a URI);
* ``X-NETPLANNER-SPECIALISM``, ``X-NETPLANNER-SECTOR``, ``X-NETPLANNER-REGION``,
  ``X-NETPLANNER-HOW-WE-KNOW``: text values escaped like NOTE.

The conversation an introduction came from, the source and the creation date stay
behind (they mean nothing outside the data file; the JSON archive keeps them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from netplanner.core.models import Contact
from netplanner.interchange.export_support import export_namespace, stable_uid, write_atomically

MAX_LINE_OCTETS = 75
RELATED_INTRODUCER_TYPE = "x-introduced-by"
X_PROPERTIES: dict[str, str] = {
    "specialism": "X-NETPLANNER-SPECIALISM",
    "sector": "X-NETPLANNER-SECTOR",
    "region": "X-NETPLANNER-REGION",
    "how_we_know": "X-NETPLANNER-HOW-WE-KNOW",
}

#: Words that start a family name in Dutch, German, French, Spanish, Portuguese, Arabic...
_PARTICLES = frozenset(
    {
        *("van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "aan"),
        *("bij", "uit", "la", "le", "du", "des", "da", "di", "do", "dos", "das", "von"),
        *("zu", "del", "della", "dei", "y", "bin", "ibn", "al", "el"),
    }
)
#: Control characters a vCard cannot carry (tab is allowed; line breaks are escaped).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_text(value: str) -> str:
    """A TEXT value as RFC 6350 §3.4 wants it: ``\\`` ``,`` ``;`` and line breaks escaped."""
    value = _CONTROL.sub("", value)
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """``line`` folded into pieces of at most 75 octets, never inside a UTF-8 sequence.

    Continuation lines start with one space, which counts towards their 75 octets.
    """
    if len(line) * 4 <= MAX_LINE_OCTETS or len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line + "\r\n"
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces) + "\r\n"


def split_name(name: str) -> tuple[str, str, str]:
    """(family, given, additional) from a full name, best effort.

    "Anna de Vries" -> ("de Vries", "Anna", ""); "Mary Ann Smith" -> ("Smith", "Mary",
    "Ann"); "Smit, Carla" -> ("Smit", "Carla", ""); one word is a given name.
    """
    if "," in name:
        family, _, given = name.partition(",")
        return family.strip(), given.strip(), ""
    words = name.split()
    if len(words) < 2:
        return "", name.strip(), ""
    start = next(
        (i for i in range(1, len(words) - 1) if words[i].lower() in _PARTICLES), len(words) - 1
    )
    return " ".join(words[start:]), words[0], " ".join(words[1:start])


def _line(name: str, value: str, params: str = "") -> str:
    return fold(f"{name}{params}:{value}")


class CardData(NamedTuple):
    """What a card holds of a contact (a plain row: 30,000 ORM objects are slow)."""

    id: int
    name: str
    role: str
    specialism: str
    organisation: str
    sector: str
    region: str
    email: str
    phone: str
    linkedin_url: str
    how_we_know: str
    notes: str
    tags: str
    updated_at: datetime
    introducer_name: str


def contact_vcard(contact: CardData, uid: str) -> str:
    """One vCard (``BEGIN:VCARD`` … ``END:VCARD``) with CRLF line ends."""
    family, given, additional = split_name(contact.name)
    lines = [
        "BEGIN:VCARD\r\n",
        "VERSION:4.0\r\n",
        _line("UID", f"urn:uuid:{uid}"),
        _line("FN", escape_text(contact.name)),
        _line("N", ";".join(escape_text(part) for part in (family, given, additional, "", ""))),
    ]
    texts = (
        ("ORG", contact.organisation),
        ("TITLE", contact.role),
        ("EMAIL", contact.email),
        ("TEL", contact.phone),
        ("URL", contact.linkedin_url),
        ("NOTE", contact.notes),
    )
    lines += [_line(name, escape_text(value)) for name, value in texts if value]
    tags = [tag.strip() for tag in contact.tags.split(",") if tag.strip()]
    if tags:
        lines.append(_line("CATEGORIES", ",".join(escape_text(tag) for tag in tags)))
    if contact.introducer_name:
        params = f";VALUE=text;TYPE={RELATED_INTRODUCER_TYPE}"
        lines.append(_line("RELATED", escape_text(contact.introducer_name), params))
    for field, property_name in X_PROPERTIES.items():
        value = getattr(contact, field)
        if value:
            lines.append(_line(property_name, escape_text(value)))
    lines.append(_line("REV", contact.updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")))
    lines.append("END:VCARD\r\n")
    return "".join(lines)


def write_contacts_vcard(
    session: Session, path: Path, contact_ids: Iterable[int] | None = None
) -> int:
    """Write the contacts (all, or those in ``contact_ids``) to ``path``; returns how many.

    Needs a session that may write: the first export gives the data file its UID
    namespace (see :mod:`netplanner.interchange.export_support`).
    """
    namespace = export_namespace(session)
    introducer = aliased(Contact)
    columns = [getattr(Contact, name) for name in CardData._fields[:-1]]
    statement = (
        select(*columns, func.coalesce(introducer.name, ""))
        .outerjoin(introducer, Contact.introduced_by_id == introducer.id)
        .order_by(Contact.name, Contact.id)
    )
    wanted = None if contact_ids is None else set(contact_ids)
    written = 0

    def produce(stream: IO[str]) -> None:
        nonlocal written
        for row in session.execute(statement):
            card = CardData._make(row)
            if wanted is None or card.id in wanted:
                stream.write(contact_vcard(card, stable_uid(namespace, "contact", card.id)))
                written += 1

    write_atomically(path, produce)
    return written

"""Contacts as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426), for address books and for NetPlanner.

Why a small writer of our own instead of vobject: vobject 0.9 decides whether to fold
a line by counting *characters*, not octets, so a line under 75 characters of
non-Latin text (a Cyrillic or Greek note, a line of emoji) goes out up to four times
longer than the 75 octets RFC 6350 §3.2 allows (tests/interchange/test_vcard_export.py
shows it). Writing vCard is small: escaping (``\\`` ``,`` ``;`` and line breaks) and
folding at 75 octets without splitting a UTF-8 sequence. vobject still reads the
files back in the tests.

3.0 is for the address books that read nothing newer (older Apple and Outlook
versions); 4.0 is the default. What other apps see (standard properties): FN; N from
the name's parts as the source gave them, or for a contact typed by hand split only
where that is safe (see :func:`split_name`), never guessed into a scramble; NICKNAME,
ORG, TITLE (role), every EMAIL, TEL and URL (the website and the LinkedIn profile) with
its kind (an own label as Apple's X-ABLabel), ADR (the postal address), BDAY, NOTE,
CATEGORIES (tags), REV, and UID: the UID of the card the contact came from, so a card
exported back to its address book updates it there; else one stable per data file and
contact.

What only NetPlanner reads back:

* ``RELATED;VALUE=text;TYPE=x-introduced-by:Anna de Vries`` (4.0), or
  ``X-NETPLANNER-INTRODUCED-BY`` (3.0, which has no RELATED) -- who introduced this
  contact, as the introducer's name;
* ``X-NETPLANNER-SPECIALISM``, ``X-NETPLANNER-SECTOR``, ``X-NETPLANNER-REGION``,
  ``X-NETPLANNER-HOW-WE-KNOW``: text values escaped like NOTE (an empty REGION beside an
  address: the city is not the region);
* ``N;X-NETPLANNER=guessed``: N split from a name typed by hand, not parts to keep.

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

from netplanner import __version__
from netplanner.core.models import Contact, ContactDetail
from netplanner.interchange.export_support import export_namespace, stable_uid, write_atomically

MAX_LINE_OCTETS = 75
VERSIONS = ("4.0", "3.0")
RELATED_INTRODUCER_TYPE = "x-introduced-by"
X_INTRODUCED_BY = "X-NETPLANNER-INTRODUCED-BY"
#: The parameter of an N that NetPlanner split from the name itself.
N_GUESSED = "X-NETPLANNER=guessed"
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
#: Titles, suffixes and degrees: a name holding one is not split (where would they go?).
_TITLES = frozenset(
    {
        *("mr", "mrs", "ms", "miss", "dr", "drs", "ir", "ing", "prof", "mevr", "dhr", "mw"),
        *("jr", "sr", "ii", "iii", "iv", "phd", "msc", "ma", "mba", "bsc", "ba", "md"),
        *("llm", "mphil", "phr", "cpa", "esq", "rn", "mr.", "bc", "dipl"),
    }
)
_PLAIN_NAME = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*(?: [^\W\d_]+(?:['’\-][^\W\d_]+)*)*$")
#: Control characters a vCard cannot carry (tab is allowed; line breaks are escaped).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: The vCard TYPE of each kind, per property (others go out as an X-ABLabel).
_TYPES = {
    "EMAIL": {"work": "work", "home": "home"},
    "TEL": {
        "work": "work", "home": "home", "mobile": "cell", "fax": "fax", "pager": "pager",
        "main": "main",
    },
    "URL": {"work": "work", "home": "home"},
    "ADR": {"work": "work", "home": "home"},
}  # fmt: skip


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


def split_name(name: str) -> tuple[str, str, str] | None:
    """(family, given, additional) of a name typed by hand, where splitting is safe;
    None where it is not (titles, degrees, initials, digits, several commas).

    "Anna de Vries" -> ("de Vries", "Anna", ""); "Mary Ann Smith" -> ("Smith", "Mary",
    "Ann"); "Smit, Carla" -> ("Smit", "Carla", ""); one word is a given name;
    "Rashmi Nayak, MSc, MBA, PHR" -> None.
    """
    name = " ".join(name.split())
    words = {word.strip(".,").casefold() for word in name.replace(",", " ").split()}
    if words & _TITLES or "." in name or name.count(",") > 1:
        return None
    if "," in name:
        family, _, given = (part.strip() for part in name.partition(","))
        if _PLAIN_NAME.match(family) and _PLAIN_NAME.match(given):
            return family, given, ""
        return None
    if not _PLAIN_NAME.match(name):
        return None
    parts = name.split()
    if len(parts) < 2:
        return "", name, ""
    start = next(
        (i for i in range(1, len(parts) - 1) if parts[i].lower() in _PARTICLES), len(parts) - 1
    )
    return " ".join(parts[start:]), parts[0], " ".join(parts[1:start])


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
    email_kind: str
    phone_kind: str
    website: str
    nickname: str
    name_prefix: str
    given_name: str
    additional_names: str
    family_name: str
    name_suffix: str
    birthday: str
    street: str
    postal_code: str
    city: str
    address_region: str
    country: str
    source_uid: str
    introducer_name: str


class _Writer:
    """The lines of one card; numbers Apple's item groups for own labels."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.lines: list[str] = []
        self.groups = 0

    def add(self, name: str, value: str, params: str = "") -> None:
        self.lines.append(fold(f"{name}{params}:{value}"))

    def add_typed(self, name: str, value: str, kind: str, preferred: bool = False) -> None:
        """EMAIL, TEL, URL or ADR with its kind: a TYPE, or an own label (X-ABLabel)."""
        vcard_type = _TYPES[name].get(kind, "")
        types = [vcard_type] if vcard_type else []
        params = ""
        if preferred and self.version == "3.0":
            types.append("pref")
        elif preferred:
            params = ";PREF=1"
        if types:
            params = f";TYPE={','.join(types)}{params}"
        if kind and not vcard_type:
            self.groups += 1
            group = f"item{self.groups}."
            self.add(group + name, value, params)
            self.add(group + "X-ABLabel", escape_text(kind))
        else:
            self.add(name, value, params)


def _birthday(value: str, version: str) -> str:
    """'1980-03-22' -> '19800322' (4.0) or as it is (3.0); '--03-22' -> '--0322' (4.0)."""
    if version == "3.0":
        return value
    return (
        value.replace("-", "") if not value.startswith("--") else "--" + value[2:].replace("-", "")
    )


def contact_vcard(
    contact: CardData, uid: str, details: Iterable[tuple[str, str, str]] = (), version: str = "4.0"
) -> str:
    """One vCard (``BEGIN:VCARD`` … ``END:VCARD``) with CRLF line ends.

    ``details`` are the contact's other (kind, label, value) e-mail addresses, phones and
    websites, in their order.
    """
    writer = _Writer(version)
    writer.lines += ["BEGIN:VCARD\r\n", f"VERSION:{version}\r\n"]
    writer.add("PRODID", f"-//NetPlanner//NetPlanner {__version__}//EN")
    writer.add("UID", escape_text(contact.source_uid) if contact.source_uid else f"urn:uuid:{uid}")
    writer.add("FN", escape_text(contact.name))
    parts: tuple[str, ...] = (contact.family_name, contact.given_name, contact.additional_names)
    parts += (contact.name_prefix, contact.name_suffix)
    n_params = ""
    if not any(parts):
        # Other programs want N; NetPlanner reading it back knows these are not parts a
        # source gave (an unknown parameter, which other programs ignore).
        family, given, additional = split_name(contact.name) or (contact.name, "", "")
        parts = (family, given, additional, "", "")
        n_params = f";{N_GUESSED}"
    writer.add("N", ";".join(escape_text(part) for part in parts), n_params)
    for name, value in (
        ("NICKNAME", contact.nickname),
        ("ORG", contact.organisation),
        ("TITLE", contact.role),
    ):
        if value:
            writer.add(name, escape_text(value))
    others = list(details)
    for kind, name, first, first_kind in (
        ("email", "EMAIL", contact.email, contact.email_kind),
        ("phone", "TEL", contact.phone, contact.phone_kind),
    ):
        values = [(first, first_kind)] if first else []
        values += [(value, label) for detail, label, value in others if detail == kind]
        for index, (value, label) in enumerate(values):
            writer.add_typed(
                name, escape_text(value), label, preferred=index == 0 and len(values) > 1
            )
    websites = [(contact.website, "")] if contact.website else []
    websites += [(value, label) for detail, label, value in others if detail == "website"]
    for value, label in websites:
        writer.add_typed("URL", escape_text(value), label)
    if contact.linkedin_url:
        writer.add("URL", escape_text(contact.linkedin_url), ";TYPE=x-linkedin")
    address = (contact.street, contact.city, contact.address_region, contact.postal_code)
    if any(address) or contact.country:
        components: tuple[str, ...] = ("", "", contact.street, contact.city, contact.address_region)
        components += (contact.postal_code, contact.country)
        writer.add("ADR", ";".join(escape_text(part) for part in components))
    if contact.birthday:
        writer.add("BDAY", _birthday(contact.birthday, version))
    if contact.notes:
        writer.add("NOTE", escape_text(contact.notes))
    tags = [tag.strip() for tag in contact.tags.split(",") if tag.strip()]
    if tags:
        writer.add("CATEGORIES", ",".join(escape_text(tag) for tag in tags))
    if contact.introducer_name:
        if version == "3.0":
            writer.add(X_INTRODUCED_BY, escape_text(contact.introducer_name))
        else:
            params = f";VALUE=text;TYPE={RELATED_INTRODUCER_TYPE}"
            writer.add("RELATED", escape_text(contact.introducer_name), params)
    for field, property_name in X_PROPERTIES.items():
        value = getattr(contact, field)
        # An empty region is written beside a city, or the city would become the region.
        if value or (field == "region" and contact.city):
            writer.add(property_name, escape_text(value))
    writer.add("REV", contact.updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    writer.lines.append("END:VCARD\r\n")
    return "".join(writer.lines)


def write_contacts_vcard(
    session: Session,
    path: Path,
    contact_ids: Iterable[int] | None = None,
    version: str = "4.0",
) -> int:
    """Write the contacts (all, or those in ``contact_ids``) to ``path`` as vCard
    ``version`` ("4.0" or "3.0"); returns how many.

    Needs a session that may write: the first export gives the data file its UID
    namespace (see :mod:`netplanner.interchange.export_support`).
    """
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r}: NetPlanner writes 4.0 and 3.0.")
    namespace = export_namespace(session)
    introducer = aliased(Contact)
    columns = [getattr(Contact, name) for name in CardData._fields[:-1]]
    statement = (
        select(*columns, func.coalesce(introducer.name, ""))
        .outerjoin(introducer, Contact.introduced_by_id == introducer.id)
        .order_by(Contact.name, Contact.id)
    )
    wanted = None if contact_ids is None else set(contact_ids)
    details: dict[int, list[tuple[str, str, str]]] = {}
    detail_rows = session.execute(
        select(
            ContactDetail.contact_id, ContactDetail.kind, ContactDetail.label, ContactDetail.value
        ).order_by(ContactDetail.contact_id, ContactDetail.position, ContactDetail.id)
    )
    for contact_id, kind, label, value in detail_rows:
        details.setdefault(contact_id, []).append((kind, label, value))
    written = 0

    def produce(stream: IO[str]) -> None:
        nonlocal written
        for row in session.execute(statement):
            card = CardData._make(row)
            if wanted is None or card.id in wanted:
                uid = stable_uid(namespace, "contact", card.id)
                stream.write(contact_vcard(card, uid, details.get(card.id, ()), version))
                written += 1

    write_atomically(path, produce)
    return written

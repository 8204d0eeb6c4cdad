"""Which column of a spreadsheet holds what: guessed from the headings, remembered by the GUI.

A :class:`ColumnMapping` is one field key (or None: leave out) per column. It is
saved as JSON per *header signature* (the folded column names), so the next file
with the same columns is imported the same way without asking again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from netplanner.core.text import fold

#: Fields a column can fill, in the order the mapping dialog offers them.
#: ``first_name``, ``middle_name`` (the Dutch "tussenvoegsel": van, de, van der),
#: ``additional_name`` (middle names) and ``last_name`` make the name when no column
#: holds it whole. A field with a kind after a colon ("phone:mobile") fills the base
#: field with that kind; a ``kind`` column ("E-mail 1 - Type" in Google's export) gives
#: the kind of the next column that takes one. Address fields with a kind
#: ("city:work") belong to that address; without one, the second "city" column starts
#: a second address.
FIELDS = (
    "name", "first_name", "middle_name", "additional_name", "last_name", "name_prefix",
    "name_suffix", "nickname", "role", "organisation", "department", "email", "email:work",
    "email:home", "phone", "phone:mobile", "phone:work", "phone:home", "website",
    "linkedin_url", "specialism", "sector", "region", "street", "postal_code", "city",
    "address_region", "country", "birthday", "how_we_know", "notes", "tags", "introduced_by",
    "kind",
)  # fmt: skip
#: Fields only known layouts use (not offered in the dialog, but valid in a mapping).
LAYOUT_FIELDS = (
    "email:other", "phone:fax", "phone:pager", "phone:main", "phone:other", "website:work",
    "website:home", "street:work", "street:home", "street:other", "postal_code:work",
    "postal_code:home", "postal_code:other", "city:work", "city:home", "city:other",
    "address_region:work", "address_region:home", "address_region:other", "country:work",
    "country:home", "country:other", "birthday:mdy", "birth_year", "birth_month", "birth_day",
)  # fmt: skip
#: Fields that take a kind (from a ``kind`` column or after the colon).
KINDED = frozenset({"email", "phone", "website"})
ADDRESS_PARTS = frozenset({"street", "postal_code", "city", "address_region", "country"})
_JOINED = frozenset({"notes", "tags", "department", "kind"})


def is_multi(field: str) -> bool:
    """Whether several columns may fill ``field``: their texts are joined, or each is one
    more value (another e-mail address, another address)."""
    return field in _JOINED or field.partition(":")[0] in KINDED | ADDRESS_PARTS


def is_field(field: str) -> bool:
    """Whether ``field`` is one a column can fill (a kind after a colon may be any)."""
    base, colon, _kind = field.partition(":")
    return field in _KNOWN_FIELDS or bool(colon and base in KINDED | ADDRESS_PARTS)


NAME_FIELDS = frozenset({"name", "first_name", "last_name"})
#: A row with a column of one of these can be a contact, named after what it has.
IDENTIFYING_FIELDS = NAME_FIELDS | {"email", "email:work", "email:home", "organisation"}

# Headings per field, most specific first; compared after :func:`heading_key`
# (folded, letters only: "E-mail 1 - Value" -> "emailvalue"). The first field whose
# earliest heading matches wins a column, so "Job Title" beats Outlook's "Title" (Mr/Ms).
# Known exports (Google, Outlook, Thunderbird) are recognised whole first, see
# :mod:`netplanner.interchange.csv_layouts`.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "name": (
        "naam", "name", "full name", "volledige naam", "display name", "weergavenaam",
        "contactpersoon", "contact name", "contact",
    ),
    "first_name": ("voornaam", "first name", "given name", "firstname", "roepnaam"),
    "middle_name": ("tussenvoegsel", "tussenvoegsels"),
    "additional_name": (
        "middle name", "additional name", "additional names", "tweede voornaam",
    ),
    "last_name": ("achternaam", "last name", "family name", "surname", "familienaam"),
    "name_prefix": ("name prefix", "aanhef"),
    "name_suffix": ("name suffix", "suffix", "achtervoegsel"),
    "nickname": ("nickname", "bijnaam"),
    "role": (
        "functie", "job title", "functietitel", "position", "role", "rol",
        "organization title", "organisation title", "beroep", "title", "titel",
    ),
    "organisation": (
        "organisatie", "organisation", "organization", "bedrijf", "company", "werkgever",
        "employer", "organization name", "organisation name", "bedrijfsnaam", "firma",
    ),
    "department": ("afdeling", "department", "organization department"),
    "email": (
        "e-mail", "email", "e-mailadres", "emailadres", "email address", "e-mail address",
        "e-mail value", "primary email", "mail", "other emails", "andere e-mailadressen",
    ),
    "phone": (
        "telefoon", "telefoonnummer", "phone", "phone number", "phone value", "tel",
        "primary phone", "other phones", "andere telefoonnummers",
    ),
    "phone:mobile": ("mobiel", "mobiel nummer", "mobile", "mobile phone", "gsm"),
    "phone:work": ("business phone", "work phone", "telefoon werk"),
    "phone:home": ("home phone", "telefoon thuis", "telefoon prive"),
    "website": (
        "website", "web page", "webpage", "homepage", "url", "internet", "other websites",
    ),
    "specialism": ("specialisme", "specialism", "expertise", "vakgebied", "specialty"),
    "sector": ("sector", "branche", "industry", "bedrijfstak"),
    "how_we_know": (
        "how we know", "how_we_know", "hoe we elkaar kennen", "how you know each other",
        "how we met", "ken ik van",
    ),
    "introduced_by": (
        "introduced by", "introduced_by", "geintroduceerd door", "voorgesteld door",
        "referred by",
    ),
    "region": ("regio", "region", "location", "locatie", "werkgebied"),
    "street": ("straat", "adres", "street", "address", "straat en huisnummer"),
    "postal_code": ("postcode", "postal code", "zip", "zip code", "zipcode"),
    "city": ("woonplaats", "plaats", "city", "stad"),
    "address_region": ("provincie", "state", "province", "address region"),
    "country": ("land", "country"),
    "birthday": ("geboortedatum", "verjaardag", "birthday", "date of birth", "birth date"),
    "notes": ("notities", "opmerkingen", "notes", "note", "opmerking", "notitie", "toelichting"),
    "tags": ("tags", "labels", "label", "group membership", "groepen", "groups", "categories"),
    "linkedin_url": ("linkedin", "linkedin url", "linkedin profile", "linkedin profiel"),
}  # fmt: skip


def heading_key(heading: str) -> str:
    """A column heading reduced to its letters: 'E-mail 1 - Value' -> 'emailvalue'."""
    return re.sub(r"[^a-z]", "", fold(heading))


_KEYED: dict[str, list[str]] = {
    field: [heading_key(heading) for heading in headings] for field, headings in _HEADINGS.items()
}


def header_signature(header: Sequence[str]) -> str:
    """A short, stable key for a set of columns (to remember their mapping)."""
    joined = "\x1f".join(" ".join(fold(cell).split()) for cell in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class ColumnMapping:
    """One field key (see :data:`FIELDS`) or None per column of ``header``."""

    header: tuple[str, ...]
    fields: tuple[str | None, ...]

    def __post_init__(self) -> None:
        if len(self.header) != len(self.fields):
            raise ValueError("A column mapping needs one field per column.")
        unknown = [field for field in self.fields if field is not None and not is_field(field)]
        if unknown:
            raise ValueError(f"Unknown field {unknown[0]!r} in the column mapping.")

    @property
    def signature(self) -> str:
        return header_signature(self.header)

    def problem(self) -> str:
        """Why this mapping cannot be used (a sentence), or "" when it can."""
        chosen = [field for field in self.fields if field is not None]
        if not IDENTIFYING_FIELDS & set(chosen):
            return "no column holds the name (or the first and last name, or an e-mail address)."
        doubles = [f for f, n in Counter(chosen).items() if n > 1 and not is_multi(f)]
        if doubles:
            return f"two columns are set to fill “{doubles[0]}”."
        return ""

    def to_json(self) -> str:
        return json.dumps(
            {"version": 1, "header": list(self.header), "fields": list(self.fields)},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """The mapping saved by :meth:`to_json`; ``ValueError`` when the text is not one."""
        try:
            data = json.loads(text)
            header, fields = data["header"], data["fields"]
        except (json.JSONDecodeError, TypeError, KeyError):
            raise ValueError("Not a saved column mapping.") from None
        if data.get("version") != 1 or not all(isinstance(cell, str) for cell in header):
            raise ValueError("Not a saved column mapping.")
        if not all(field is None or isinstance(field, str) for field in fields):
            raise ValueError("Not a saved column mapping.")
        return cls(tuple(header), tuple(fields))


_KNOWN_FIELDS = frozenset(FIELDS) | frozenset(LAYOUT_FIELDS)


def guess_mapping(header: Sequence[str]) -> ColumnMapping:
    """The mapping of a known export (Google, Outlook, Thunderbird) when the header is
    one, else each column's field guessed from its heading (Dutch and English)."""
    from netplanner.interchange.csv_layouts import recognise_layout

    layout = recognise_layout(header)
    if layout is not None:
        return layout.mapping
    return guess_from_headings(header)


def guess_from_headings(header: Sequence[str]) -> ColumnMapping:
    """Each column's field guessed from its heading alone; unknown → None."""
    keys = [heading_key(cell) for cell in header]
    fields: list[str | None] = [None] * len(header)
    # Pass 1: exact headings, the most specific heading of each field first.
    for field, headings in _KEYED.items():
        for heading in headings:
            if field in fields and not is_multi(field):
                break
            for index, key in enumerate(keys):
                if fields[index] is None and key == heading:
                    fields[index] = field
                    if not is_multi(field):
                        break
    # Pass 2: headings that merely contain a telling word ("LinkedIn-profiel (URL)").
    for index, key in enumerate(keys):
        if fields[index] is None and "linkedin" in key and "linkedin_url" not in fields:
            fields[index] = "linkedin_url"
    return ColumnMapping(tuple(header), tuple(fields))

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

#: Fields a column can fill. ``first_name``, ``middle_name`` (the Dutch "tussenvoegsel":
#: van, de, van der) and ``last_name`` make the name when no column holds it whole.
FIELDS = (
    "name", "first_name", "middle_name", "last_name", "role", "organisation", "email",
    "phone", "specialism", "sector", "region", "how_we_know", "notes", "tags", "linkedin_url",
    "introduced_by",
)  # fmt: skip
#: Fields several columns may fill: their texts are joined.
MULTI_FIELDS = frozenset({"notes", "tags"})
NAME_FIELDS = frozenset({"name", "first_name", "last_name"})

# Headings per field, most specific first; compared after :func:`heading_key`
# (folded, letters only: "E-mail 1 - Value" -> "emailvalue"). The first field whose
# earliest heading matches wins a column, so "Job Title" beats Outlook's "Title" (Mr/Ms).
_HEADINGS: dict[str, tuple[str, ...]] = {
    "name": (
        "naam", "name", "full name", "volledige naam", "display name", "weergavenaam",
        "contactpersoon", "contact name", "contact",
    ),
    "first_name": ("voornaam", "first name", "given name", "firstname", "roepnaam"),
    "middle_name": ("tussenvoegsel", "tussenvoegsels", "middle name", "additional name"),
    "last_name": ("achternaam", "last name", "family name", "surname", "familienaam"),
    "role": (
        "functie", "job title", "functietitel", "position", "role", "rol",
        "organization title", "organisation title", "beroep", "title", "titel",
    ),
    "organisation": (
        "organisatie", "organisation", "organization", "bedrijf", "company", "werkgever",
        "employer", "organization name", "organisation name", "bedrijfsnaam", "firma",
    ),
    "email": (
        "e-mail", "email", "e-mailadres", "emailadres", "email address", "e-mail address",
        "e-mail value", "primary email", "mail",
    ),
    "phone": (
        "telefoon", "telefoonnummer", "mobiel", "mobiel nummer", "mobile", "mobile phone",
        "phone", "phone number", "phone value", "tel", "gsm", "business phone",
        "primary phone", "home phone",
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
    "region": ("regio", "woonplaats", "plaats", "city", "region", "stad", "location", "locatie"),
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
        unknown = [field for field in self.fields if field is not None and field not in FIELDS]
        if unknown:
            raise ValueError(f"Unknown field {unknown[0]!r} in the column mapping.")

    @property
    def signature(self) -> str:
        return header_signature(self.header)

    def problem(self) -> str:
        """Why this mapping cannot be used (a sentence), or "" when it can."""
        chosen = [field for field in self.fields if field is not None]
        if not NAME_FIELDS & set(chosen):
            return "no column holds the name (or the first and last name)."
        doubles = [f for f, n in Counter(chosen).items() if n > 1 and f not in MULTI_FIELDS]
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


def guess_mapping(header: Sequence[str]) -> ColumnMapping:
    """Guess each column's field from its heading (Dutch and English); unknown → None."""
    keys = [heading_key(cell) for cell in header]
    fields: list[str | None] = [None] * len(header)
    # Pass 1: exact headings, the most specific heading of each field first.
    for field, headings in _KEYED.items():
        for heading in headings:
            if field in fields and field not in MULTI_FIELDS:
                break
            for index, key in enumerate(keys):
                if fields[index] is None and key == heading:
                    fields[index] = field
                    if field not in MULTI_FIELDS:
                        break
    # Pass 2: headings that merely contain a telling word ("LinkedIn-profiel (URL)").
    for index, key in enumerate(keys):
        if fields[index] is None and "linkedin" in key and "linkedin_url" not in fields:
            fields[index] = "linkedin_url"
    return ColumnMapping(tuple(header), tuple(fields))

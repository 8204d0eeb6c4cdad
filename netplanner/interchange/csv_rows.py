"""One row of a spreadsheet as a person, following a column mapping.

What the mapping's fields do (see :mod:`netplanner.interchange.column_mapping`):

- Several e-mail, phone and website columns are all kept, in column order, each with
  its kind: from the field ("phone:mobile"), else from the ``kind`` column before it
  (Google's "Phone 1 - Label"). One cell may hold several values, as Google writes
  them ("a@x.nl ::: b@y.nl", with labels "Work ::: Home"). Outlook's "Primary Phone"
  comes first.
- Address columns make one address per kind or number after the colon ("city:work",
  Google's "Address 2 - City" as "city:2"); the first one with anything in it is the
  contact's address, any others go into the notes, so nothing is lost (labelled in the
  data language, see :mod:`netplanner.core.imports.notes`).
- A row without a name but with an e-mail address or organisation is kept, named after
  what it has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from netplanner.core.contact_fields import (
    birthday_value,
    kind_of_label,
    label_text,
    name_from_parts,
    name_from_what_is_known,
    plain_email,
    plain_phone,
)
from netplanner.core.enums import ContactSource
from netplanner.core.imports.model import ImportedContact
from netplanner.core.imports.notes import department, import_notes, other_address
from netplanner.core.text import clean
from netplanner.interchange.column_mapping import ADDRESS_PARTS, KINDED
from netplanner.interchange.csv_export import FORMULA_STARTS
from netplanner.messages import Message

_SEPARATORS = {
    "email": re.compile(r"\s*(?::::|;|,)\s*"),  # Google puts " ::: " between values
    "phone": re.compile(r"\s*(?::::|;)\s*"),
    "website": re.compile(r"\s*(?::::|\s)\s*"),
}
_LABELS = re.compile(r"\s*:::\s*")
_TAGS = re.compile(r"\s*(?::::|;|,)\s*")
_ADDRESS_ORDER = ("street", "postal_code", "city", "address_region", "country")


def unneutralise(cell: str) -> str:
    """Undo the apostrophe a spreadsheet export puts before a formula-like cell
    (NetPlanner's own CSV export does it): "'+31 6 1234" -> "+31 6 1234"."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


class _Row:
    """What a row holds, gathered column by column."""

    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {}
        self.channels: dict[str, list[tuple[str, str]]] = {"email": [], "phone": [], "website": []}
        self.primary_phone: list[tuple[str, str]] = []
        self.addresses: dict[str, dict[str, list[str]]] = {}
        self.mapped: set[str | None] = set()

    def add_channel(self, base: str, kind: str, cell: str, label_cell: str) -> None:
        values = [v for v in _SEPARATORS[base].split(cell) if v]
        labels = _LABELS.split(label_cell) if label_cell else []
        for index, value in enumerate(values):
            label = labels[index] if index < len(labels) else (labels[0] if labels else "")
            value = plain_email(value) if base == "email" else value
            value = plain_phone(value) if base == "phone" else value
            own = kind if kind not in ("", "primary") else kind_of_label(label_text(label))
            if kind == "primary":
                self.primary_phone.append((value, own))
            else:
                self.channels[base].append((value, own))

    def add_address(self, part: str, group: str, value: str, label: str) -> None:
        address = self.addresses.setdefault(group, {})
        if label and "label" not in address:
            address["label"] = [label]
        address.setdefault(part, []).append(value)


def contact_from_cells(
    cells: Sequence[str], fields: Sequence[str | None]
) -> ImportedContact | None:
    """One row as a contact (None when it has nothing to name it by)."""
    row = _Row()
    row.mapped = set(fields)
    pending_kind = ""
    for cell, field in zip(cells, fields, strict=False):
        if field is None:
            continue
        value = clean(unneutralise(cell))
        if "\r" in value:  # Outlook ends the lines of a note with CR LF
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        base, _, kind = field.partition(":")
        if base == "kind":
            pending_kind = value
            continue
        if base in KINDED:
            if value:
                row.add_channel(base, kind, value, pending_kind)
            pending_kind = ""
        elif base in ADDRESS_PARTS:
            if value:
                row.add_address(base, kind, value, label_text(pending_kind.strip("* ")))
        elif value:
            row.values.setdefault(field, []).append(value)
    return _contact(row)


def _one(row: _Row, field: str) -> str:
    return row.values.get(field, [""])[0]


def _contact(row: _Row) -> ImportedContact | None:
    given, last = _one(row, "first_name"), _one(row, "last_name")
    particle, additional = _one(row, "middle_name"), _one(row, "additional_name")
    family = f"{particle} {last}".strip() if particle else last
    suffix = _one(row, "name_suffix")
    organisation = _one(row, "organisation")
    emails, phones, websites, kinds = _channels(row)
    linkedin_url = _one(row, "linkedin_url")
    if not linkedin_url:  # Google lists the LinkedIn profile among the websites
        linkedin_url = next((url for url in websites if "linkedin.com/" in url.casefold()), "")
        websites = [url for url in websites if url != linkedin_url]
    name = _one(row, "name") or name_from_parts(given, additional, family, suffix)
    name = name or name_from_what_is_known(emails, organisation, [])
    if not name:
        return None
    notes: list[str] = list(row.values.get("notes", []))
    notes += [department(unit) for unit in row.values.get("department", [])]
    street, postal_code, city, address_region, country, others = _address(row)
    notes += others
    tags = [t for cell in row.values.get("tags", []) for t in _TAGS.split(cell) if t]
    contact = ImportedContact(
        name=name,
        role=_one(row, "role"),
        specialism=_one(row, "specialism"),
        organisation=organisation,
        sector=_one(row, "sector"),
        # A file without a region says where someone is by the city (NetPlanner's own
        # export has both: an empty region there stays empty).
        region=_one(row, "region") if "region" in row.mapped else city,
        how_we_know=_one(row, "how_we_know"),
        emails=emails,
        phones=phones,
        websites=websites,
        kinds=kinds or None,
        linkedin_url=linkedin_url,
        notes=import_notes(notes),
        # Google's own groups ("* myContacts", "* starred") are not the user's labels.
        tags=[tag for tag in tags if not tag.startswith("*")],
        source=ContactSource.CSV.value,
        # Linked as "introduced by" where the name matches exactly one contact.
        related_names=row.values.get("introduced_by", [])[:1],
        nickname=_one(row, "nickname"),
        name_prefix=_one(row, "name_prefix"),
        given_name=given,
        additional_names=additional,
        family_name=family,
        name_suffix=suffix,
        street=street,
        postal_code=postal_code,
        city=city,
        address_region=address_region,
        country=country,
    )
    contact.birthday = _birthday(row)
    return contact


def _channels(row: _Row) -> tuple[list[str], list[str], list[str], dict[str, str]]:
    kinds: dict[str, str] = {}
    lists: list[list[str]] = []
    for base in ("email", "phone", "website"):
        pairs = row.channels[base]
        if base == "phone":
            pairs = row.primary_phone + pairs
        values: list[str] = []
        for value, kind in pairs:
            if value not in values:
                values.append(value)
                if kind:
                    kinds.setdefault(value, kind)
        lists.append(values)
    return lists[0], lists[1], lists[2], kinds


def _address(row: _Row) -> tuple[str, str, str, str, str, list[Message]]:
    """The first address with anything in it, and the others as note lines."""
    found: list[tuple[str, ...]] = []
    for group, parts in row.addresses.items():
        values = tuple("\n".join(parts.get(part, [])) for part in _ADDRESS_ORDER)
        if any(values):
            label = parts.get("label", [group if not group.isdigit() else ""])[0]
            found.append((*values, label))
    if not found:
        return "", "", "", "", "", []
    first, *others = found
    lines = []
    for *address, label in others:
        text = ", ".join(" ".join(v.split()) for v in address if v)
        lines.append(other_address(text, label))
    return (*first[:5], lines)  # type: ignore[return-value]


def _birthday(row: _Row) -> str:
    """The birthday of the row ('' when it has none, or one that cannot be read)."""
    text = _one(row, "birthday") or _one(row, "birthday:mdy")
    year, month, day = (_one(row, f"birth_{part}") for part in ("year", "month", "day"))
    if not text and month and day:
        text = f"{year}-{int(month):02d}-{int(day):02d}" if year else f"--{month}-{day}"
        text = text if month.isdigit() and day.isdigit() else ""
    if not text or text.replace("0", "").strip("/-. ") == "":  # Outlook's "0/0/00"
        return ""
    try:
        return birthday_value(text, month_first="birthday:mdy" in row.values)
    except ValueError:
        return ""

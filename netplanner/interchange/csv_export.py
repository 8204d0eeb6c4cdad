"""Contacts as a CSV file for spreadsheets.

Format choices:

* **UTF-8 with a byte order mark.** Without the BOM, Excel on Windows reads the file
  in the local ANSI code page and shows "Åžükrü" for "Şükrü"; with it, Excel,
  LibreOffice, Numbers and Python's ``csv`` (``encoding="utf-8-sig"``) all read the
  names right. CRLF line ends, fields quoted when needed (RFC 4180); a note with line
  breaks stays one cell.
* **Commas, or semicolons where the decimal point is a comma.** Excel splits a
  double-clicked CSV at the "list separator" of the computer's region, which is ";"
  wherever numbers are written "1,5" (the Netherlands, Germany, France…): a
  comma-separated file opens there as one column of text. :func:`separator_for_locale`
  picks it; the window passes its locale, the command line its ``LANG`` (or
  ``--separator``).
* **One header row** of stable English keys (:data:`COLUMNS`), so scripts and the CSV
  importer can find columns by name whatever the app's language. The second and later
  e-mail addresses, phone numbers and websites are in ``other_emails`` … separated by
  "; ".
* **introduced_by** holds the introducer's name (ids mean nothing outside the file).
  ``created_at`` is ISO 8601 in UTC (``2024-05-01T10:00:00Z``).
* **Formula injection.** A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is run as a formula by spreadsheet programs; a contact's name or
  note from an imported file must never do that. Such cells get a leading
  apostrophe (``'=1+2``), the OWASP advice, which spreadsheets show as text. The
  cost: a phone number written ``+31 6 …`` reads ``'+31 6 …`` in the file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from netplanner.core.models import Contact, ContactDetail
from netplanner.interchange.export_support import write_atomically

COLUMNS: tuple[str, ...] = (
    "name",
    "role",
    "specialism",
    "organisation",
    "sector",
    "region",
    "email",
    "phone",
    "linkedin_url",
    "how_we_know",
    "introduced_by",
    "notes",
    "tags",
    "source",
    "created_at",
    "email_kind",
    "phone_kind",
    "other_emails",
    "other_phones",
    "website",
    "other_websites",
    "nickname",
    "name_prefix",
    "given_name",
    "additional_names",
    "family_name",
    "name_suffix",
    "birthday",
    "street",
    "postal_code",
    "city",
    "address_region",
    "country",
)
#: The columns that come straight from the contact after ``created_at``.
_PLAIN_AFTER = (
    "nickname", "name_prefix", "given_name", "additional_names", "family_name", "name_suffix",
    "birthday", "street", "postal_code", "city", "address_region", "country",
)  # fmt: skip
SEPARATORS = {"comma": ",", "semicolon": ";"}
#: Languages whose numbers have a decimal comma (CLDR), so Excel's list separator is ";".
_DECIMAL_COMMA = frozenset(
    {
        *("nl", "de", "fr", "es", "it", "pt", "da", "sv", "nb", "nn", "no", "fi", "pl"),
        *("cs", "sk", "sl", "hr", "sr", "bs", "hu", "ro", "bg", "ru", "uk", "be", "tr"),
        *("el", "lt", "lv", "et", "id", "vi", "az", "ka", "kk", "is", "ca", "gl", "eu"),
    }
)
#: Regions that write a decimal point although their language elsewhere writes a comma.
_DECIMAL_POINT_REGIONS = frozenset({"CH", "LI", "MX", "US", "GT", "PR", "DO", "PA", "PE"})

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` made safe to open in a spreadsheet (see the module notes)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def format_utc(moment: datetime) -> str:
    """``2024-05-01T10:00:00Z``: seconds precision, always UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def separator_for_locale(name: str) -> str:
    """ ";" for a locale whose numbers have a decimal comma ('nl_NL.UTF-8', 'de-DE',
    'fr'), else ","."""
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    language, _, region = base.partition("_")
    if language.casefold() in _DECIMAL_COMMA and region.upper() not in _DECIMAL_POINT_REGIONS:
        return ";"
    return ","


def contact_rows(session: Session) -> Iterator[list[str]]:
    """The contacts as CSV rows (without the header), sorted by name, neutralised."""
    introducer = aliased(Contact)
    statement = (
        select(
            Contact.id,
            Contact.name,
            Contact.role,
            Contact.specialism,
            Contact.organisation,
            Contact.sector,
            Contact.region,
            Contact.email,
            Contact.phone,
            Contact.linkedin_url,
            Contact.how_we_know,
            func.coalesce(introducer.name, ""),
            Contact.notes,
            Contact.tags,
            Contact.source,
            Contact.created_at,
            Contact.email_kind,
            Contact.phone_kind,
            Contact.website,
            *(getattr(Contact, column) for column in _PLAIN_AFTER),
        )
        .outerjoin(introducer, Contact.introduced_by_id == introducer.id)
        .order_by(Contact.name, Contact.id)
    )
    others: dict[tuple[int, str], list[str]] = {}
    details = select(ContactDetail.contact_id, ContactDetail.kind, ContactDetail.value).order_by(
        ContactDetail.contact_id, ContactDetail.position, ContactDetail.id
    )
    for contact_id, kind, value in session.execute(details):
        others.setdefault((contact_id, kind), []).append(value)
    for row in session.execute(statement):
        first: tuple[Any, ...] = row[:19]  # the id, texts, a time, texts
        contact_id, *texts, created_at, email_kind, phone_kind, website = first
        after = [
            email_kind,
            phone_kind,
            "; ".join(others.get((contact_id, "email"), [])),
            "; ".join(others.get((contact_id, "phone"), [])),
            website,
            "; ".join(others.get((contact_id, "website"), [])),
            *row[19:],
        ]
        yield (
            [neutralise(text or "") for text in texts]
            + [format_utc(created_at)]
            + [neutralise(text or "") for text in after]
        )


def write_rows(stream: IO[str], rows: Iterator[list[str]], delimiter: str = ",") -> int:
    """Write the header and ``rows`` to ``stream``; returns the number of rows."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_contacts_csv(session: Session, path: Path, delimiter: str = ",") -> int:
    """Write every contact to ``path`` (whole or not at all), with ``delimiter`` between
    the cells; returns how many."""
    written = 0

    def produce(stream: IO[str]) -> None:
        nonlocal written
        written = write_rows(stream, contact_rows(session), delimiter)

    write_atomically(path, produce, encoding="utf-8-sig")
    return written

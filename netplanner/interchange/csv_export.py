"""Contacts as a CSV file for spreadsheets.

Format choices:

* **UTF-8 with a byte order mark.** Without the BOM, Excel on Windows reads the file
  in the local ANSI code page and shows "Åžükrü" for "Şükrü"; with it, Excel,
  LibreOffice, Numbers and Python's ``csv`` (``encoding="utf-8-sig"``) all read the
  names right. Comma-separated, CRLF line ends, fields quoted when needed
  (RFC 4180); a note with line breaks stays one cell.
* **One header row** of stable English keys (:data:`COLUMNS`), so scripts and the CSV
  importer can find columns by name whatever the app's language.
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
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from netplanner.core.models import Contact
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
)

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` made safe to open in a spreadsheet (see the module notes)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def format_utc(moment: datetime) -> str:
    """``2024-05-01T10:00:00Z``: seconds precision, always UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def contact_rows(session: Session) -> Iterator[list[str]]:
    """The contacts as CSV rows (without the header), sorted by name, neutralised."""
    introducer = aliased(Contact)
    statement = (
        select(
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
        )
        .outerjoin(introducer, Contact.introduced_by_id == introducer.id)
        .order_by(Contact.name, Contact.id)
    )
    for row in session.execute(statement):
        *texts, created_at = row
        yield [neutralise(text or "") for text in texts] + [format_utc(created_at)]


def write_rows(stream: IO[str], rows: Iterator[list[str]]) -> int:
    """Write the header and ``rows`` to ``stream``; returns the number of rows."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_contacts_csv(session: Session, path: Path) -> int:
    """Write every contact to ``path`` (whole or not at all); returns how many."""
    written = 0

    def produce(stream: IO[str]) -> None:
        nonlocal written
        written = write_rows(stream, contact_rows(session))

    write_atomically(path, produce, encoding="utf-8-sig")
    return written

"""LinkedIn's ``Connections.csv`` (Settings → Data privacy → Get a copy of your data).

The export starts with a few "Notes:" lines, then the header::

    First Name,Last Name,URL,Email Address,Company,Position,Connected On

Older exports have no notes and no URL column; some start with a byte order mark;
a file re-saved by Dutch Excel uses ``;``. The header is found by its column names
(within the first lines), never by skipping a fixed count. E-mail addresses are
often empty: people choose whether their connections may download them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from datetime import date
from operator import attrgetter, itemgetter
from pathlib import Path

from netplanner.core.contact_fields import looks_like_email
from netplanner.core.enums import ContactSource
from netplanner.core.imports.model import (
    ColumnUse,
    ImportedContact,
    ImportFileError,
    ReadResult,
    ReadWarning,
    RejectedRow,
)
from netplanner.core.text import clean, fold
from netplanner.interchange.csv_sniff import (
    Record,
    looks_like_vcard,
    open_text,
    records,
    sample_lines,
    sniff_delimiter,
)
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: How many lines may come before the header (the notes are 3 or 4 today).
HEADER_SEARCH_LINES = 50
_COLUMNS = {
    "first name": "first",
    "last name": "last",
    "url": "url",
    "profile url": "url",
    "email address": "email",
    "e-mail address": "email",
    "company": "company",
    "position": "position",
    "connected on": "connected",
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


_NUMERIC_DATE = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})(?:[,\s].*)?$")


def parse_connected_on(text: str) -> date | None:
    """The date of "Connected On" as LinkedIn wrote it over the years; None if it is not
    one: ``15 Mar 2024`` (today's exports), ``15-Mar-24``, ``2024-03-15`` (also with a
    time), ``Mar 15, 2024``, and the American ``1/8/18, 6:14 PM`` of older exports (month
    first, unless the first number cannot be a month; ``08.01.2018`` is day first).

    Month names are matched here rather than with ``strptime``, whose ``%b`` follows
    the process locale (which Qt sets to the user's, e.g. Dutch "mrt").
    """
    text = clean(text).replace("\u202f", " ")
    try:
        if len(text) >= 10 and text[4] == "-" and text[7] == "-":
            return date.fromisoformat(text[:10])
        if match := _NUMERIC_DATE.match(text):
            first, separator, second, year = match.groups()
            month, day = (int(first), int(second)) if separator == "/" else (0, 0)
            if separator == "." or month > 12:
                day, month = int(first), int(second)
            year_number = int(year)
            return date(year_number + 2000 if year_number < 100 else year_number, month, day)
        parts = text.replace("-", " ").replace("/", " ").replace(",", " ").split()
        if len(parts) != 3:
            return None
        if parts[0].casefold() in _MONTHS and parts[1].isdigit():  # Mar 15, 2024
            parts[0], parts[1] = parts[1], parts[0]
        if parts[1].casefold() not in _MONTHS:
            return None
        day, month, year_number = int(parts[0]), _MONTHS[parts[1].casefold()], int(parts[2])
        return date(year_number + 2000 if year_number < 100 else year_number, month, day)
    except ValueError:
        return None


def _is_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean script only (names written family name first)."""
    return not text.isascii() and all(
        "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"
        for ch in text
    )


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """Column index of each known heading, when ``cells`` is the LinkedIn header."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = _COLUMNS.get(" ".join(fold(cell.lstrip("\ufeff")).split()))
        if key is not None and key not in columns:
            columns[key] = index
    return columns if {"first", "last"} <= columns.keys() else None


def find_linkedin_header(lines: list[str]) -> int | None:
    """The index in ``lines`` of LinkedIn's header line, or None (for "wrong kind" hints).

    Google's, Outlook's and Thunderbird's exports have first and last names too: a header
    of theirs is not LinkedIn's.
    """
    from netplanner.interchange.csv_layouts import recognise_layout

    delimiter = sniff_delimiter(lines[:HEADER_SEARCH_LINES])
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if _header_columns(cells) is not None:
            layout = recognise_layout(cells)
            return index if layout is None or layout.name == "LinkedIn" else None
    return None


def read_linkedin(path: Path) -> ReadResult:
    """Read a LinkedIn ``Connections.csv``; ``ImportFileError`` when it is not one.

    Every row is a connection of its own (``distinct_rows``): two rows are never taken
    for one person, however alike their names.
    """
    result = ReadResult(distinct_rows=True, layout="LinkedIn")
    with open_text(path) as stream:
        lines = sample_lines(stream)
        if looks_like_vcard(lines):
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "%1: this is a vCard file; import it as a vCard."
                    ),
                    path.name,
                )
            )
        delimiter = sniff_delimiter(lines[:HEADER_SEARCH_LINES])
        header_line, width, columns = 0, 0, None
        while columns is None and header_line < HEADER_SEARCH_LINES:
            line = stream.readline()
            if not line:
                break
            header_line += 1
            cells = next(csv.reader([line], delimiter=delimiter), [])
            columns = _header_columns(cells)
            width = len(cells)
        if columns is not None:
            _refuse_other_layouts(path, cells)
        if columns is None:
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1: not a LinkedIn connections export (no line with the columns "
                        "“First Name, Last Name, …, Connected On” near the top).",
                    ),
                    path.name,
                )
            )
        _read_rows(records(stream, delimiter, first_line=header_line + 1), columns, width, result)
    result.columns = _column_uses(cells, columns, result.contacts)
    return result


def _refuse_other_layouts(path: Path, header: list[str]) -> None:
    """A Google, Outlook or Thunderbird export has first and last names too."""
    from netplanner.interchange.csv_layouts import recognise_layout

    layout = recognise_layout(header)
    if layout is not None and layout.name != "LinkedIn":
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1: this is a %2 export, not LinkedIn's; import it as a spreadsheet (CSV).",
                ),
                path.name,
                layout.name,
            )
        )


_USES = {
    "first": ("given_name", "first_name"),
    "last": ("family_name", "last_name"),
    "url": ("linkedin_url", "linkedin_url"),
    "email": ("email", "email"),
    "company": ("organisation", "organisation"),
    "position": ("role", "role"),
    "connected": ("connected_on", "how_we_know"),
}


def _column_uses(
    header: list[str], columns: dict[str, int], contacts: list[ImportedContact]
) -> list[ColumnUse]:
    """What each column of the header is used for, and in how many rows it is filled."""
    fields = {index: key for key, index in columns.items()}
    uses = []
    for index, heading in enumerate(header):
        key = fields.get(index)
        if key is None:
            uses.append(ColumnUse(heading.lstrip("\ufeff").strip(), ""))
            continue
        attribute, field = _USES[key]
        values = map(attrgetter(attribute if attribute != "email" else "emails"), contacts)
        uses.append(ColumnUse(heading.lstrip("\ufeff").strip(), field, "", sum(map(bool, values))))
    return uses


# The fields of a contact in a LinkedIn row, in the order ``_read_rows`` takes them.
_FIELDS = ("first", "last", "url", "email", "company", "position", "connected")


def _read_rows(
    rows: Iterable[Record], columns: dict[str, int], width: int, result: ReadResult
) -> None:
    """Add each row to ``result``: a contact, or a rejected row and why.

    Written for tens of thousands of rows: the cells of all fields are taken at once,
    and each distinct "Connected On" text is parsed only once.
    """
    # A row shorter than the header reads as empty cells; a column the file lacks (older
    # exports have no URL) is an empty cell appended after the last column read.
    span = max(columns.values()) + 1
    lacks_columns = len(columns) < len(_FIELDS)
    padding = [""] * (span + 1)
    take = itemgetter(*(columns.get(key, span) for key in _FIELDS))
    dates: dict[str, date | None] = {}
    linkedin = ContactSource.LINKEDIN.value
    contacts, rejected = result.contacts, result.rejected
    for line, cells in rows:
        if len(cells) > width and "".join(cells[width:]).strip():
            rejected.append(RejectedRow(line, _too_many_columns(len(cells), width)))
            continue
        if lacks_columns:
            row = cells[:span]
            row += padding[len(row) :]
        else:
            row = cells if len(cells) >= span else cells + padding[len(cells) : span]
        first, last, url, email, company, position, connected = take(row)
        first, last = first.strip(), last.strip()
        if first and last:
            both = first + last
            # 王 + 小明: family name first, no space
            name = last + first if not both.isascii() and _is_cjk(both) else f"{first} {last}"
        else:
            name = first or last
        if not name:
            rejected.append(
                RejectedRow(line, Message(QT_TRANSLATE_NOOP("Messages", "no first or last name")))
            )
            continue
        connected = connected.strip()
        if connected in dates:
            connected_on = dates[connected]
        else:
            connected_on = dates[connected] = parse_connected_on(connected)
        email, uid = email.strip(), ""
        if email and not looks_like_email(email):
            if email.startswith("urn:li:"):  # a member's id, not an address: still a key
                uid = email
            else:
                result.warnings.append(ReadWarning(line, _not_an_email(email)))
            email = ""
        contacts.append(
            ImportedContact(
                name=name,
                role=position.strip(),
                organisation=company.strip(),
                emails=[email] if email else [],
                linkedin_url=url.strip(),
                source=linkedin,
                connected_on=connected_on,
                row=line,
                given_name=first,
                family_name=last,
                source_uid=uid,
            )
        )
        if connected and connected_on is None:
            result.warnings.append(ReadWarning(line, _not_a_date(connected)))


def _not_an_email(text: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Messages", "“%1” is not an e-mail address; it was left out"),
        text[:80],
    )


def _not_a_date(text: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Messages", "“%1” under Connected On is not a date; it was left out"),
        text[:80],
    )


def _too_many_columns(count: int, width: int) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 columns where the header has %2 "
            "(a comma in a name or position without quotes around it?)",
        ),
        count,
        width,
    )

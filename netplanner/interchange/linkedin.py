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
from collections.abc import Iterable
from datetime import date
from operator import itemgetter
from pathlib import Path

from netplanner.core.enums import ContactSource
from netplanner.core.import_model import ImportedContact, ImportFileError, ReadResult, RejectedRow
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


def parse_connected_on(text: str) -> date | None:
    """``15 Mar 2024`` (today's exports), ``15-Mar-24`` or ``2024-03-15``; else None.

    Month names are matched here rather than with ``strptime``, whose ``%b`` follows
    the process locale (which Qt sets to the user's, e.g. Dutch "mrt").
    """
    text = clean(text)
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return date.fromisoformat(text)
        parts = text.replace("-", " ").replace("/", " ").split()
        if len(parts) != 3 or parts[1].casefold() not in _MONTHS:
            return None
        day, month, year = int(parts[0]), _MONTHS[parts[1].casefold()], int(parts[2])
        return date(year + 2000 if year < 100 else year, month, day)
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
    """The index in ``lines`` of LinkedIn's header line, or None (for "wrong kind" hints)."""
    delimiter = sniff_delimiter(lines[:HEADER_SEARCH_LINES])
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        if _header_columns(next(csv.reader([line], delimiter=delimiter), [])) is not None:
            return index
    return None


def read_linkedin(path: Path) -> ReadResult:
    """Read a LinkedIn ``Connections.csv``; ``ImportFileError`` when it is not one."""
    result = ReadResult()
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
    return result


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
        email = email.strip()
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
            )
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

"""Any spreadsheet saved as CSV: Google Contacts, Outlook, Thunderbird, a list made in Excel.

The delimiter (comma, semicolon as Dutch Excel writes, or tab) and the encoding
(UTF-8 with or without byte order mark, UTF-16, cp1252 from older Excel) are
sniffed; which column holds what comes from a :class:`ColumnMapping`: the one of a
known export (:mod:`netplanner.interchange.csv_layouts`), else guessed from the
headings when none is given. The first non-empty line is the header. What a row
becomes is in :mod:`netplanner.interchange.csv_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from netplanner.core.imports.model import (
    ColumnUse,
    ImportFileError,
    ReadResult,
    ReadWarning,
    RejectedRow,
)
from netplanner.interchange.column_mapping import ColumnMapping, guess_mapping
from netplanner.interchange.csv_layouts import recognise_layout
from netplanner.interchange.csv_rows import contact_from_cells, unneutralise
from netplanner.interchange.csv_sniff import (
    Record,
    looks_like_vcard,
    open_text,
    records,
    sample_lines,
    single_column_problem,
    sniff_delimiter,
    sniff_encoding,
)
from netplanner.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["CsvPreview", "contact_from_cells", "preview_csv", "read_generic_csv", "unneutralise"]


@dataclass(frozen=True)
class CsvPreview:
    """The header and first rows of a spreadsheet, for the column mapping dialog."""

    header: list[str]
    rows: list[list[str]]
    delimiter: str
    encoding: str
    guessed: ColumnMapping


def preview_csv(path: Path, rows: int = 5) -> CsvPreview:
    encoding = sniff_encoding(path)
    with open_text(path, encoding) as stream:
        delimiter, header = _header(path, stream)
        first: list[list[str]] = []
        for record in records(stream, delimiter, header.line + 1):
            first.append(record.cells)
            if len(first) == rows:
                break
    return CsvPreview(header.cells, first, delimiter, encoding, guess_mapping(header.cells))


def _header(path: Path, stream: TextIO) -> tuple[str, Record]:
    from netplanner.interchange.linkedin import find_linkedin_header

    lines = sample_lines(stream)
    if looks_like_vcard(lines):
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1: this is a vCard file; import it as a vCard."),
                path.name,
            )
        )
    delimiter = sniff_delimiter(lines)
    header = next(records(stream, delimiter), None)
    if header is None:
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1: the file holds no header line, only blank lines."
                ),
                path.name,
            )
        )
    if len(header.cells) == 1:
        if find_linkedin_header(lines) is not None:
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1: this is a LinkedIn connections export; import it as LinkedIn.",
                    ),
                    path.name,
                )
            )
        problem = single_column_problem(path.name, lines[min(header.line, len(lines)) - 1])
        if problem:
            raise ImportFileError(problem)
    return delimiter, header


def read_generic_csv(path: Path, mapping: ColumnMapping | None = None) -> ReadResult:
    """Read the contacts of a spreadsheet; without ``mapping`` the columns of a known
    export are used as that program meant them, and other headings are guessed.

    A LinkedIn export is read as one (every row a connection of its own).
    ``ImportFileError`` when the file is not a spreadsheet, or no column holds a name.
    """
    result = ReadResult()
    with open_text(path) as stream:
        delimiter, header = _header(path, stream)
        layout = recognise_layout(header.cells)
        if layout is not None and layout.name == "LinkedIn":
            from netplanner.interchange.linkedin import read_linkedin

            return read_linkedin(path)
        if mapping is None:
            mapping = layout.mapping if layout is not None else guess_mapping(header.cells)
        elif len(mapping.fields) != len(header.cells):
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1: the file has %2 columns, but the column choices were made for %3.",
                    ),
                    path.name,
                    len(header.cells),
                    len(mapping.fields),
                )
            )
        if layout is not None and mapping.fields == layout.mapping.fields:
            result.layout = layout.name
        problem = mapping.problem()
        if problem:
            columns = ", ".join(cell.strip() or "(empty)" for cell in header.cells[:12])
            raise ImportFileError(f"{path.name}: {problem} Its columns are: {columns}.")
        width = len(header.cells)
        filled = [0] * width
        for record in records(stream, delimiter, header.line + 1):
            extra = [cell for cell in record.cells[width:] if cell.strip()]
            if extra:
                result.rejected.append(
                    RejectedRow(
                        record.line,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "%1 columns where the header has %2 "
                                "(a delimiter inside a cell without quotes around it?)",
                            ),
                            len(record.cells),
                            width,
                        ),
                    )
                )
                continue
            for index, cell in enumerate(record.cells[:width]):
                if cell.strip():
                    filled[index] += 1
            contact = contact_from_cells(record.cells, mapping.fields)
            if contact is None:
                result.rejected.append(
                    RejectedRow(
                        record.line,
                        Message(
                            QT_TRANSLATE_NOOP("Messages", "no name, e-mail address or organisation")
                        ),
                    )
                )
            else:
                contact.row = record.line
                result.contacts.append(contact)
                if _has_unread_birthday(record.cells, mapping.fields, contact.birthday):
                    result.warnings.append(
                        ReadWarning(
                            record.line,
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "Messages", "the birthday cannot be read; it was left out"
                                )
                            ),
                        )
                    )
        result.columns = column_uses(header.cells, mapping.fields, filled)
    return result


def column_uses(
    header: list[str], fields: tuple[str | None, ...], filled: list[int]
) -> list[ColumnUse]:
    """What each column is used for (``field`` "" for a column left out)."""
    uses = []
    for heading, field, count in zip(header, fields, filled, strict=False):
        base, _, kind = (field or "").partition(":")
        uses.append(ColumnUse(heading.strip(), base, "" if kind.isdigit() else kind, count))
    return uses


def _has_unread_birthday(cells: list[str], fields: tuple[str | None, ...], read: str) -> bool:
    if read:
        return False
    for cell, field in zip(cells, fields, strict=False):
        if field in ("birthday", "birthday:mdy") and cell.strip().strip("0/-. "):
            return True
    return False

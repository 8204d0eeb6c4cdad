"""Any spreadsheet saved as CSV: Google Contacts, Outlook, a list made in Excel.

The delimiter (comma, semicolon as Dutch Excel writes, or tab) and the encoding
(UTF-8 with or without byte order mark, UTF-16, cp1252 from older Excel) are
sniffed; which column holds what comes from a :class:`ColumnMapping`, guessed from
the headings when none is given. The first non-empty line is the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from netplanner.core.enums import ContactSource
from netplanner.core.import_model import ImportedContact, ImportFileError, ReadResult, RejectedRow
from netplanner.core.text import clean
from netplanner.interchange.column_mapping import ColumnMapping, guess_mapping
from netplanner.interchange.csv_export import FORMULA_STARTS
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

_EMAILS = re.compile(r"\s*(?::::|;|,)\s*")  # Google puts " ::: " between values in one cell
_PHONES = re.compile(r"\s*(?::::|;)\s*")
_TAGS = re.compile(r"\s*(?::::|;|,)\s*")


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


def _header(path: Path, stream) -> tuple[str, Record]:
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
    """Read the contacts of a spreadsheet; without ``mapping`` the headings are guessed.

    ``ImportFileError`` when the file is not a spreadsheet, or no column holds a name.
    """
    result = ReadResult()
    with open_text(path) as stream:
        delimiter, header = _header(path, stream)
        if mapping is None:
            mapping = guess_mapping(header.cells)
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
        problem = mapping.problem()
        if problem:
            columns = ", ".join(cell.strip() or "(empty)" for cell in header.cells[:12])
            raise ImportFileError(f"{path.name}: {problem} Its columns are: {columns}.")
        width = len(header.cells)
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
            contact = contact_from_cells(record.cells, mapping.fields)
            if contact is None:
                result.rejected.append(
                    RejectedRow(record.line, Message(QT_TRANSLATE_NOOP("Messages", "no name")))
                )
            else:
                contact.row = record.line
                result.contacts.append(contact)
    return result


def unneutralise(cell: str) -> str:
    """Undo the apostrophe a spreadsheet export puts before a formula-like cell
    (NetPlanner's own CSV export does it): "'+31 6 1234" -> "+31 6 1234"."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def contact_from_cells(
    cells: list[str], fields: tuple[str | None, ...] | list[str | None]
) -> ImportedContact | None:
    """One row as a contact (None when it has no name)."""
    values: dict[str, list[str]] = {}
    for cell, field in zip(cells, fields, strict=False):
        value = clean(unneutralise(cell))
        if field is not None and value:
            values.setdefault(field, []).append(value)

    def one(field: str) -> str:
        return values.get(field, [""])[0]

    name = one("name") or " ".join(
        part for part in (one("first_name"), one("middle_name"), one("last_name")) if part
    )
    if not name:
        return None
    emails = [e for cell in values.get("email", []) for e in _EMAILS.split(cell) if e]
    phones = [p for cell in values.get("phone", []) for p in _PHONES.split(cell) if p]
    tags = [t for cell in values.get("tags", []) for t in _TAGS.split(cell) if t]
    notes = values.get("notes", [])
    return ImportedContact(
        name=name,
        role=one("role"),
        specialism=one("specialism"),
        organisation=one("organisation"),
        sector=one("sector"),
        region=one("region"),
        how_we_know=one("how_we_know"),
        emails=emails,
        phones=phones,
        linkedin_url=one("linkedin_url"),
        notes="\n".join(notes),
        # Google's own groups ("* myContacts", "* starred") are not the user's labels.
        tags=[tag for tag in tags if not tag.startswith("* ")],
        source=ContactSource.CSV.value,
        # Linked as "introduced by" where the name matches exactly one contact.
        related_names=values.get("introduced_by", [])[:1],
    )

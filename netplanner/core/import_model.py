"""What an importer reads from a file, before anything is saved.

Readers in :mod:`netplanner.interchange` (LinkedIn, vCard, spreadsheets) turn a file
into a :class:`ReadResult`; :mod:`netplanner.core.imports` plans and applies it.
The model lives in the core so the core never imports the file readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from netplanner.messages import QT_TRANSLATE_NOOP, Message


class ImportFileError(ValueError):
    """The file is not what it claims to be (or cannot be read at all); nothing is imported.

    The message is one plain sentence for the user, naming the file.
    """


#: Files larger than this are refused before a single byte is read.
MAX_IMPORT_BYTES = 200 * 1024 * 1024


@dataclass(slots=True)
class ImportedContact:
    """One person as read from a file, with the row (or vCard card number) it came from."""

    name: str
    role: str = ""
    specialism: str = ""
    organisation: str = ""
    sector: str = ""
    region: str = ""
    #: How the user knows this person (a NetPlanner vCard carries it back).
    how_we_know: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    linkedin_url: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = "manual"
    connected_on: date | None = None
    #: Names of people this one is related to (vCard 4.0 RELATED): a name that matches
    #: exactly one contact becomes "introduced by".
    related_names: list[str] = field(default_factory=list)
    #: The line where the row starts (CSV) or the card number (vCard), as the user finds it.
    row: int = 0

    @property
    def email(self) -> str:
        return self.emails[0] if self.emails else ""

    @property
    def phone(self) -> str:
        return self.phones[0] if self.phones else ""


@dataclass(frozen=True)
class RejectedRow:
    """A row of the file that cannot become a contact, and why (for the user)."""

    row: int
    reason: str


@dataclass
class ReadResult:
    contacts: list[ImportedContact] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    #: What the rows are called in messages: "row" for spreadsheets, "card" for vCards.
    unit: str = "row"
    #: What the user should know about the whole file (read as Windows-1252, …).
    notes: list[str] = field(default_factory=list)


@dataclass
class PlannedUpdate:
    """A row recognised as an existing contact, and the empty fields it fills."""

    contact: ImportedContact
    existing_id: int
    existing_name: str
    fills: dict[str, str]


@dataclass(frozen=True)
class SkippedRow:
    row: int
    reason: str


@dataclass(frozen=True)
class LikelyDuplicate:
    """A new contact that looks like an existing one; merged only when the user says so."""

    contact: ImportedContact
    existing_id: int
    existing_label: str  # name (organisation)
    reason: str

    @property
    def row(self) -> int:
        return self.contact.row


@dataclass
class ImportPlan:
    unit: str = "row"  # "row" or "card": what the numbers count
    to_create: list[ImportedContact] = field(default_factory=list)
    to_update: list[PlannedUpdate] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    likely_duplicates: list[LikelyDuplicate] = field(default_factory=list)
    #: What the user should know about the whole file (from ``ReadResult.notes``).
    notes: list[str] = field(default_factory=list)
    #: Row -> the values checked while planning, so writing need not work them out again;
    #: a row that a later duplicate completed is left out (its values changed).
    checked_values: dict[int, dict[str, str]] = field(default_factory=dict, repr=False)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "create": len(self.to_create),
            "update": len(self.to_update),
            "skip": len(self.skipped),
            "reject": len(self.rejected),
            "likely_duplicates": len(self.likely_duplicates),
        }

    @property
    def changes_anything(self) -> bool:
        return bool(self.to_create or self.to_update)


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    merged: int = 0  # likely duplicates the user chose to merge (counted apart from updated)
    skipped: int = 0
    rejected: int = 0
    introductions: int = 0  # "introduced by" set from vCard RELATED names
    created_ids: list[int] = field(default_factory=list)


def check_file_size(path: Path, limit: int = MAX_IMPORT_BYTES) -> int:
    """The size of ``path``; ``ImportFileError`` when it is missing, empty or too large.

    Only the file system's record is asked: a huge file is refused without reading it.
    """
    try:
        size = int(path.stat().st_size)
    except OSError as error:
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1: cannot be read (%2)."),
                path.name,
                error.strerror or error,
            )
        ) from None
    if size > limit:
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1: %2 MB is more than NetPlanner imports at once (%3 MB); split the file "
                    "or export fewer contacts.",
                ),
                path.name,
                f"{size / 1e6:,.0f}",
                f"{limit / 1e6:,.0f}",
            )
        )
    if size == 0:
        raise ImportFileError(
            Message(QT_TRANSLATE_NOOP("Messages", "%1: the file is empty."), path.name)
        )
    return size

"""What an importer reads from a file, before anything is saved.

Readers in :mod:`netplanner.interchange` (LinkedIn, vCard, spreadsheets) turn a file
into a :class:`ReadResult`; :mod:`netplanner.core.imports.apply` plans and applies it.
The model lives in the core so the core never imports the file readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from netplanner.core.contact_fields import Detail
from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.reasons import os_reason


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
    #: Every e-mail address and phone number, the preferred one first.
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
    #: Websites other than LinkedIn, the preferred one first.
    websites: list[str] = field(default_factory=list)
    #: The kind of an address, number or website ("work", "mobile", …), by its value.
    kinds: dict[str, str] | None = None
    nickname: str = ""
    name_prefix: str = ""
    given_name: str = ""
    additional_names: str = ""
    family_name: str = ""
    name_suffix: str = ""
    #: As stored: "1980-03-22" or "--03-22" (see ``core.contact_fields.birthday_value``).
    birthday: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    address_region: str = ""
    country: str = ""
    #: The card's UID (vCard), or a key made from the row itself (see core.imports.apply).
    source_uid: str = ""

    @property
    def email(self) -> str:
        return self.emails[0] if self.emails else ""

    @property
    def phone(self) -> str:
        return self.phones[0] if self.phones else ""

    def kind_of(self, value: str) -> str:
        return self.kinds.get(value, "") if self.kinds else ""

    def set_kind(self, value: str, kind: str) -> None:
        if kind:
            if self.kinds is None:
                self.kinds = {}
            self.kinds.setdefault(value, kind)


@dataclass(frozen=True)
class RejectedRow:
    """A row of the file that cannot become a contact, and why (for the user)."""

    row: int
    reason: str


@dataclass(frozen=True)
class ReadWarning:
    """Something of a row that could not be read; the rest of the row was."""

    row: int
    reason: str


@dataclass(frozen=True)
class ColumnUse:
    """What the import makes of one column of the file (or one vCard property).

    ``field`` is the contact field it fills (a key of ``core.imports.values.FIELD_NAMES``
    or of the column mapping's fields), or "" for a column that is left out.
    """

    heading: str
    field: str
    #: A kind the column gives its values ("work", "mobile"), if any.
    kind: str = ""
    #: In how many rows (or cards) the column holds something.
    filled: int = 0


@dataclass
class ReadResult:
    contacts: list[ImportedContact] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    #: What the rows are called in messages: "row" for spreadsheets, "card" for vCards.
    unit: str = "row"
    #: Parts of rows that could not be read (a bad vCard property), the rest was kept.
    warnings: list[ReadWarning] = field(default_factory=list)
    #: Which columns (or vCard properties) are used for what, and which are left out.
    columns: list[ColumnUse] = field(default_factory=list)
    #: The layout recognised ("Google Contacts", "Outlook", …), "" when none was.
    layout: str = ""
    #: True when every row is a different person, however alike (LinkedIn: one row per
    #: connection); otherwise rows with the same key are one person listed twice.
    distinct_rows: bool = False
    #: What the user should know about the whole file (read as Windows-1252, …).
    notes: list[str] = field(default_factory=list)


@dataclass
class PlannedUpdate:
    """A row recognised as an existing contact, and the empty fields it fills."""

    contact: ImportedContact
    existing_id: int
    existing_name: str
    fills: dict[str, str]
    #: E-mail addresses, phone numbers and websites the contact does not have yet.
    details: list[Detail] = field(default_factory=list)


@dataclass(frozen=True)
class SkippedRow:
    row: int
    reason: str
    #: True when the row repeats an earlier row of the same file; False when the person
    #: is already in the contacts.
    in_file: bool = False


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
    #: From the reader, for the preview: what could not be read, and what each column
    #: is used for.
    warnings: list[ReadWarning] = field(default_factory=list)
    columns: list[ColumnUse] = field(default_factory=list)
    layout: str = ""
    #: The language of texts the import writes into contacts ("en", "nl").
    language: str = "en"
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


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    merged: int = 0  # likely duplicates the user chose to merge (counted apart from updated)
    skipped: int = 0
    #: Of the skipped rows: how many repeat a row of the same file (the others are
    #: people already in the contacts, with nothing new).
    skipped_in_file: int = 0
    #: Rows the user left out in the preview.
    left_out: int = 0
    rejected: int = 0
    introductions: int = 0  # "introduced by" set from vCard RELATED names
    created_ids: list[int] = field(default_factory=list)
    #: The existing contacts the import completed (or merged rows into).
    updated_ids: list[int] = field(default_factory=list)


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
                os_reason(error),
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

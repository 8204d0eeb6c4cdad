"""Plain data for one prep sheet: what the printing layer needs, nothing more.

The core fills it from the database (see ``core.sheets``); the printing layer
turns it into a PDF. Keeping it free of ORM objects means a sheet can be
rendered without a database session and tested with hand-made data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SheetQuestion:
    """One question on the sheet, in the order it will be asked."""

    text: str
    answer: str = ""


@dataclass(frozen=True)
class PrepSheetData:
    """Everything printed on a prep sheet. Every string is user text: never markup."""

    contact_name: str
    contact_role: str = ""
    contact_specialism: str = ""
    contact_organisation: str = ""
    kind: str = "informational"  # "think_along" or "informational"
    starts_at: datetime | None = None  # timezone-aware; printed in local time
    duration_minutes: int | None = None
    place: str = ""
    introduced_by: str = ""  # name of the person who gave us this contact, "" if none
    how_we_know: str = ""  # how the user knows the introducer (or the contact)
    #: The chain of introductions, e.g. "You → Anna de Vries → Carla Smit" ("" if unknown).
    chain: str = ""
    goal: str = ""  # the concrete ask: what the user is looking for
    purpose: str = ""  # what this conversation is for
    notes: str = ""  # the user's own preparation notes
    questions: list[SheetQuestion] = field(default_factory=list)
    #: Language the sheet's own wording should use: the goal's, since the ask is in it.
    language: str = "en"

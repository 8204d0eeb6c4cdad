"""Plain data for one prep sheet: what the printing layer needs, nothing more.

The core fills it from the database (see ``core.sheets.reading``); the printing layer
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
    contact_phone: str = ""  # to say "I'm running late"
    contact_email: str = ""
    kind: str = "informational"  # "think_along" or "informational"
    starts_at: datetime | None = None  # timezone-aware; printed in local time
    duration_minutes: int | None = None
    place: str = ""
    introduced_by: str = ""  # name of the person who gave us this contact, "" if none
    #: Who introduced the user to the introducer, and so on up: the people of the chain of
    #: introductions between "you" and ``introduced_by``, first known first.
    introduced_via: tuple[str, ...] = ()
    how_we_know: str = ""  # how the user knows the contact (not the introducer)
    goal: str = ""  # the concrete ask: what the user is looking for ("" without a goal)
    #: What to say first in an informational conversation: who you are, who sent you,
    #: what you want to learn ("" without a goal to say it from).
    opening_line: str = ""
    purpose: str = ""  # what this conversation is for
    notes: str = ""  # the user's own preparation notes
    questions: list[SheetQuestion] = field(default_factory=list)
    #: Language the sheet's own wording should use: the goal's, since the ask is in it.
    language: str = "en"

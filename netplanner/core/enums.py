"""The fixed vocabularies of the method, stored as short English keys.

Keys are stable in the data file; what the user reads comes from the GUI's
translations or the printing labels, never from these strings directly.
"""

from __future__ import annotations

from enum import StrEnum


class ConversationKind(StrEnum):
    THINK_ALONG = "think_along"  # asking someone to think along: names, routes, organisations
    INFORMATIONAL = "informational"  # talking with someone who does the work you want


class ConversationStatus(StrEnum):
    IDEA = "idea"
    ASKED = "asked"
    SCHEDULED = "scheduled"
    HELD = "held"
    THANKED = "thanked"
    CLOSED = "closed"
    CANCELLED = "cancelled"


UPCOMING_STATUSES = frozenset(
    {ConversationStatus.IDEA, ConversationStatus.ASKED, ConversationStatus.SCHEDULED}
)


class ContactSource(StrEnum):
    MANUAL = "manual"
    LINKEDIN = "linkedin"
    VCARD = "vcard"
    CSV = "csv"
    DEMO = "demo"


class QuestionCategory(StrEnum):
    """Categories of the built-in banks, in the order a conversation usually runs."""

    WORK = "work"
    PATH = "path"
    ORGANISATION = "organisation"
    TRENDS = "trends"
    ADVICE = "advice"
    RESOURCES = "resources"
    REFERRALS = "referrals"
    OTHER = "other"


LANGUAGES = ("nl", "en")

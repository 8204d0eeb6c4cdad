"""The reasons a suggestion gives, as parts whose points add up to its score.

A part's ``text`` is either the contact's own words (their role, sector, region: shown
as they typed them) or a :class:`~netplanner.messages.Message` the window translates
(``gui.error_text.message_text``); the command line prints the English.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netplanner.core.suggestions.matching import PlaceMatch, RoleMatch
from netplanner.messages import QT_TRANSLATE_NOOP, Message


class Signal(StrEnum):
    """What a part of the score is about (stable keys, for scripts and the window)."""

    ROLE = "role"
    SPECIALISM = "specialism"
    SECTOR = "sector"
    ORGANISATION = "organisation"
    REGION = "region"
    DEGREE = "degree"
    KNOWN = "known"  # how you know each other
    HELPED = "helped"  # held or thanked conversations
    NAMES = "names"  # introduced you to people
    IN_TOUCH = "in_touch"  # last contact a while ago, not too long
    RECENT = "recent"  # approached in the past weeks: give them time
    NEW_FOR_GOAL = "new_for_goal"  # not asked for this goal yet


@dataclass(frozen=True)
class ReasonPart:
    signal: str  # a Signal value
    points: int
    text: str  # a Message, or the contact's own words


#: How long a "how we know each other" text may be in a reason.
_KNOWN_LENGTH = 60


def role_text(match: RoleMatch, role: str) -> str:
    if match == RoleMatch.EXACT:
        return role
    if match == RoleMatch.SAME_FIELD:
        return Message(QT_TRANSLATE_NOOP("Messages", "%1 (same field)"), role)
    if match == RoleMatch.SIMILAR:
        return Message(QT_TRANSLATE_NOOP("Messages", "%1 (similar role)"), role)
    return Message(QT_TRANSLATE_NOOP("Messages", "%1 (related work)"), role)


def specialism_in_role_text(specialism: str) -> str:
    """The goal's specialism found in the contact's role, not in a field of its own."""
    return Message(QT_TRANSLATE_NOOP("Messages", "works on %1"), specialism)


def region_text(match: PlaceMatch, region: str, goal_region: str) -> str:
    if match == PlaceMatch.NEAR:
        return Message(QT_TRANSLATE_NOOP("Messages", "%1, near %2"), region, goal_region)
    return region


def degree_text(degree: int, introducer: str) -> str:
    if degree <= 1 or not introducer:
        return Message(QT_TRANSLATE_NOOP("Messages", "1st degree"))
    if degree == 2:
        return Message(QT_TRANSLATE_NOOP("Messages", "2nd degree via %1"), introducer)
    if degree == 3:
        return Message(QT_TRANSLATE_NOOP("Messages", "3rd degree via %1"), introducer)
    return Message(QT_TRANSLATE_NOOP("Messages", "%1th degree via %2"), degree, introducer)


def known_text(how_we_know: str) -> str:
    text = " ".join(how_we_know.split())
    if len(text) > _KNOWN_LENGTH:
        text = text[: _KNOWN_LENGTH - 1].rstrip() + "…"
    return text


def helped_text(times: int) -> str:
    if times > 1:
        return Message(QT_TRANSLATE_NOOP("Messages", "helped you more than once"))
    return Message(QT_TRANSLATE_NOOP("Messages", "helped you before"))


def names_text() -> str:
    return Message(QT_TRANSLATE_NOOP("Messages", "gave you names before"))


def in_touch_text(within_quarter: bool) -> str:
    if within_quarter:
        return Message(QT_TRANSLATE_NOOP("Messages", "in touch in the past 3 months"))
    return Message(QT_TRANSLATE_NOOP("Messages", "in touch in the past year"))


def recent_text() -> str:
    return Message(QT_TRANSLATE_NOOP("Messages", "approached in the past 4 weeks"))


def new_for_goal_text() -> str:
    return Message(QT_TRANSLATE_NOOP("Messages", "not asked for this goal yet"))

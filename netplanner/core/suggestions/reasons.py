"""The reasons a suggestion gives, as parts whose points add up to its score.

A part's ``text`` is either the contact's own words (their role, sector, region: shown
as they typed them) or a :class:`~netplanner.messages.Message` the window translates
(``gui.error_text.message_text``); the command line prints the English.

While thousands of contacts are scored, a part is a plain tuple (:data:`RawPart`) with
the template and its arguments; only the parts of the suggestions shown become
messages (making a message per part for every candidate took a third of the time).
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


#: (signal, points, template, arguments); no template: the argument is the contact's words.
RawPart = tuple[str, int, "str | None", tuple[object, ...]]

ROLE_TEMPLATES = {
    RoleMatch.EXACT: None,
    RoleMatch.SAME_FIELD: QT_TRANSLATE_NOOP("Messages", "%1 (same field)"),
    RoleMatch.SIMILAR: QT_TRANSLATE_NOOP("Messages", "%1 (similar role)"),
    RoleMatch.RELATED: QT_TRANSLATE_NOOP("Messages", "%1 (related work)"),
}
#: The goal's specialism found in the contact's role, not in a field of its own.
SPECIALISM_IN_ROLE = QT_TRANSLATE_NOOP("Messages", "works on %1")
REGION_TEMPLATES = {
    PlaceMatch.INSIDE: None,
    PlaceMatch.NEAR: QT_TRANSLATE_NOOP("Messages", "%1, near %2"),
}
FIRST_DEGREE = QT_TRANSLATE_NOOP("Messages", "1st degree")
SECOND_DEGREE = QT_TRANSLATE_NOOP("Messages", "2nd degree via %1")
THIRD_DEGREE = QT_TRANSLATE_NOOP("Messages", "3rd degree via %1")
FURTHER_DEGREE = QT_TRANSLATE_NOOP("Messages", "%1th degree via %2")
HELPED_ONCE = QT_TRANSLATE_NOOP("Messages", "helped you before")
HELPED_MORE = QT_TRANSLATE_NOOP("Messages", "helped you more than once")
NAMES = QT_TRANSLATE_NOOP("Messages", "gave you names before")
IN_TOUCH_QUARTER = QT_TRANSLATE_NOOP("Messages", "in touch in the past 3 months")
IN_TOUCH_YEAR = QT_TRANSLATE_NOOP("Messages", "in touch in the past year")
RECENT = QT_TRANSLATE_NOOP("Messages", "approached in the past 4 weeks")
NEW_FOR_GOAL = QT_TRANSLATE_NOOP("Messages", "not asked for this goal yet")

#: How long a "how we know each other" text may be in a reason.
_KNOWN_LENGTH = 60


def degree_template(degree: int, introducer: str) -> tuple[str, tuple[object, ...]]:
    if degree <= 1 or not introducer:
        return FIRST_DEGREE, ()
    if degree == 2:
        return SECOND_DEGREE, (introducer,)
    if degree == 3:
        return THIRD_DEGREE, (introducer,)
    return FURTHER_DEGREE, (degree, introducer)


def known_text(how_we_know: str) -> str:
    """How you know each other, on one line and not too long."""
    text = " ".join(how_we_know.split())
    if len(text) > _KNOWN_LENGTH:
        text = text[: _KNOWN_LENGTH - 1].rstrip() + "…"
    return text


def reason_part(raw: RawPart) -> ReasonPart:
    signal, points, template, arguments = raw
    text = Message(template, *arguments) if template is not None else str(arguments[0])
    return ReasonPart(signal, points, text)

"""The score of one contact for one goal: parts with points, for either list.

*People who do the work* (an informational conversation) are scored mostly on how
well their work matches the goal; warmth only breaks the tie between equals. *People
who can think along* are scored mostly on warmth (how well you know them, whether they
helped before or gave you names); working near the field adds a little, since such
people know whom to ask. Each part names its signal and its points; the parts add up
to the score, so a suggestion explains itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from netplanner.core.enums import ConversationKind
from netplanner.core.suggestions import reasons
from netplanner.core.suggestions.lexicon import SECTORS
from netplanner.core.suggestions.matching import (
    EMPTY,
    PlaceMatch,
    RoleMatch,
    concepts,
    heads,
    place_match,
    places,
    role_match,
    widened,
)
from netplanner.core.suggestions.reasons import ReasonPart, Signal
from netplanner.core.suggestions.warmth import QUARTER, History, approached_recently
from netplanner.core.suggestions.warmth import in_touch_within as _in_touch
from netplanner.core.text import fold


@dataclass(frozen=True)
class Weights:
    """Points per signal for one list."""

    role: dict[RoleMatch, int]
    specialism: int  # when the contact covers all of the goal's specialism
    sector: int
    organisation: int
    region: dict[PlaceMatch, int]
    degree: tuple[int, int, int]  # 1st, 2nd, further
    known: int
    helped: tuple[int, int]  # once, more than once
    names: int
    in_touch: tuple[int, int]  # past 3 months, past year
    recent: int  # approached in the past 4 weeks (negative)
    new_for_goal: int


_NO_ROLE = {RoleMatch.NONE: 0}
WEIGHTS: dict[str, Weights] = {
    ConversationKind.INFORMATIONAL.value: Weights(
        role={**_NO_ROLE, RoleMatch.EXACT: 40, RoleMatch.SAME_FIELD: 25, RoleMatch.SIMILAR: 20,
              RoleMatch.RELATED: 10},
        specialism=20, sector=10, organisation=10,
        region={PlaceMatch.NONE: 0, PlaceMatch.INSIDE: 15, PlaceMatch.NEAR: 8},
        degree=(6, 4, 2), known=5, helped=(6, 8), names=3, in_touch=(3, 2), recent=-10,
        new_for_goal=5,
    ),
    ConversationKind.THINK_ALONG.value: Weights(
        role={**_NO_ROLE, RoleMatch.EXACT: 8, RoleMatch.SAME_FIELD: 6, RoleMatch.SIMILAR: 5,
              RoleMatch.RELATED: 4},
        specialism=6, sector=6, organisation=4,
        region={PlaceMatch.NONE: 0, PlaceMatch.INSIDE: 5, PlaceMatch.NEAR: 3},
        degree=(8, 3, 1), known=12, helped=(15, 20), names=8, in_touch=(6, 3), recent=-12,
        new_for_goal=5,
    ),
}  # fmt: skip


@dataclass(frozen=True)
class GoalTerms:
    """A goal read once, before the contacts are scored."""

    role: frozenset[str]
    role_from_words: bool  # no target role: its concepts come from the goal's own words
    specialism: frozenset[str]
    specialism_text: str
    sectors: frozenset[str]
    organisation: frozenset[str]
    places: frozenset[str]
    region_text: str


def goal_terms(goal) -> GoalTerms:  # goal: a Goal or anything with its attributes
    role = concepts(goal.target_role or "")
    free = concepts(goal.free_text or "")
    from_words = not role
    if from_words:  # only the words the lexicon knows: the rest is how people write
        role = frozenset(c for c in free if not c.startswith("~"))
    specialism = concepts(goal.specialism or "")
    specialism -= heads(specialism)
    organisation = widened(concepts(goal.organisation_kind or ""))
    everything = widened(role | specialism | organisation | free)
    return GoalTerms(
        role=role,
        role_from_words=from_words,
        specialism=specialism,
        specialism_text=goal.specialism or "",
        sectors=everything & SECTORS,
        organisation=frozenset(c for c in organisation if not c.startswith("~")) or organisation,
        places=places(goal.region or ""),
        region_text=goal.region or "",
    )


@dataclass(frozen=True)
class Person:
    """What the ranking knows of one contact (a row of the contacts query)."""

    id: int
    name: str
    role: str
    specialism: str
    organisation: str
    sector: str
    region: str
    how_we_know: str
    tags: str


def work_concepts(person: Person) -> frozenset[str]:
    """What the contact's work is: the role, or the specialism when no role is given."""
    return concepts(person.role or person.specialism)


def role_level(terms: GoalTerms, work: frozenset[str]) -> RoleMatch:
    """How the contact's work matches the goal's role."""
    match = role_match(terms.role, work)
    if terms.role_from_words and match == RoleMatch.EXACT:
        return RoleMatch.SAME_FIELD  # a description is never an exact role
    return match


def is_personal(how_we_know: str) -> bool:
    """True when "how we know each other" says more than an import's boilerplate."""
    text = how_we_know.strip()
    return bool(text) and not fold(text).startswith("linkedin")


def _tags(person: Person) -> list[str]:
    return [tag.strip() for tag in person.tags.split(",") if tag.strip()] if person.tags else []


def match_parts(
    person: Person, terms: GoalTerms, weights: Weights, match: RoleMatch
) -> list[ReasonPart]:
    """Role, specialism, sector, organisation and region, as far as they match."""
    parts: list[ReasonPart] = []
    if match != RoleMatch.NONE:
        shown = person.role or person.specialism
        parts.append(ReasonPart(Signal.ROLE, weights.role[match], reasons.role_text(match, shown)))
    if terms.specialism:
        parts += _specialism_part(person, terms, weights)
    if terms.sectors:
        # A tag that already counted as the specialism does not count twice.
        shown = {part.text for part in parts}
        for text in (person.sector, *_tags(person)):
            if text and text not in shown and widened(concepts(text)) & terms.sectors:
                parts.append(ReasonPart(Signal.SECTOR, weights.sector, text))
                break
    if terms.organisation and widened(concepts(person.organisation)) & terms.organisation:
        parts.append(ReasonPart(Signal.ORGANISATION, weights.organisation, person.organisation))
    if terms.places and person.region:
        where = place_match(terms.places, places(person.region))
        if where != PlaceMatch.NONE:
            text = reasons.region_text(where, person.region, terms.region_text)
            parts.append(ReasonPart(Signal.REGION, weights.region[where], text))
    return parts


def _specialism_part(person: Person, terms: GoalTerms, weights: Weights) -> list[ReasonPart]:
    wanted = terms.specialism
    for text in (person.specialism, *_tags(person)):
        shared = concepts(text) & wanted if text else EMPTY
        if shared:
            points = max(1, round(weights.specialism * len(shared) / len(wanted)))
            return [ReasonPart(Signal.SPECIALISM, points, text)]
    shared = concepts(person.role) & wanted if person.role else EMPTY
    if shared:
        points = max(1, round(weights.specialism * len(shared) / len(wanted)))
        text = reasons.specialism_in_role_text(terms.specialism_text)
        return [ReasonPart(Signal.SPECIALISM, points, text)]
    return []


def warmth_parts(
    person: Person,
    history: History,
    weights: Weights,
    names_given: int,
    now: datetime,
) -> list[ReasonPart]:
    """How you know each other, help and names given, and when you were last in touch."""
    parts: list[ReasonPart] = []
    if is_personal(person.how_we_know):
        parts.append(
            ReasonPart(Signal.KNOWN, weights.known, reasons.known_text(person.how_we_know))
        )
    if history.helped:
        points = weights.helped[1] if history.helped > 1 else weights.helped[0]
        parts.append(ReasonPart(Signal.HELPED, points, reasons.helped_text(history.helped)))
    if names_given:
        parts.append(ReasonPart(Signal.NAMES, weights.names, reasons.names_text()))
    if approached_recently(history, now):
        parts.append(ReasonPart(Signal.RECENT, weights.recent, reasons.recent_text()))
    else:
        ago = _in_touch(history, now)
        if ago is not None:
            quarter = ago < QUARTER
            points = weights.in_touch[0] if quarter else weights.in_touch[1]
            parts.append(ReasonPart(Signal.IN_TOUCH, points, reasons.in_touch_text(quarter)))
    return parts


def degree_part(weights: Weights, degree: int, introducer: str) -> ReasonPart:
    points = weights.degree[min(degree, 3) - 1] if degree >= 1 else weights.degree[0]
    return ReasonPart(Signal.DEGREE, points, reasons.degree_text(degree, introducer))


def new_for_goal_part(weights: Weights, history: History) -> list[ReasonPart]:
    if history.asked_for_goal:
        return []
    return [ReasonPart(Signal.NEW_FOR_GOAL, weights.new_for_goal, reasons.new_for_goal_text())]

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
from typing import NamedTuple, Protocol

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
    role_forms,
    role_match,
    widened,
)
from netplanner.core.suggestions.reasons import RawPart, Signal
from netplanner.core.suggestions.warmth import History, Touch
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
    in_touch: dict[Touch, int]
    recent: int  # approached in the past 4 weeks (negative)
    new_for_goal: int


WEIGHTS: dict[str, Weights] = {
    ConversationKind.INFORMATIONAL.value: Weights(
        role={RoleMatch.EXACT: 40, RoleMatch.SAME_FIELD: 25, RoleMatch.SIMILAR: 20,
              RoleMatch.RELATED: 10, RoleMatch.NONE: 0},
        specialism=20, sector=10, organisation=10,
        region={PlaceMatch.INSIDE: 15, PlaceMatch.NEAR: 8, PlaceMatch.NONE: 0},
        degree=(6, 4, 2), known=5, helped=(6, 8), names=3,
        in_touch={Touch.QUARTER: 3, Touch.YEAR: 2, Touch.NEVER: 0}, recent=-10,
        new_for_goal=5,
    ),
    ConversationKind.THINK_ALONG.value: Weights(
        role={RoleMatch.EXACT: 8, RoleMatch.SAME_FIELD: 6, RoleMatch.SIMILAR: 5,
              RoleMatch.RELATED: 4, RoleMatch.NONE: 0},
        specialism=6, sector=6, organisation=4,
        region={PlaceMatch.INSIDE: 5, PlaceMatch.NEAR: 3, PlaceMatch.NONE: 0},
        degree=(8, 3, 1), known=12, helped=(15, 20), names=8,
        in_touch={Touch.QUARTER: 6, Touch.YEAR: 3, Touch.NEVER: 0}, recent=-12,
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


class GoalWords(Protocol):
    """What the ranking reads of a goal: a ``Goal``, or anything with these attributes."""

    @property
    def target_role(self) -> str | None: ...
    @property
    def free_text(self) -> str | None: ...
    @property
    def specialism(self) -> str | None: ...
    @property
    def organisation_kind(self) -> str | None: ...
    @property
    def region(self) -> str | None: ...


def goal_terms(goal: GoalWords) -> GoalTerms:
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


class Person(NamedTuple):
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


def is_personal(how_we_know: str) -> bool:
    """True when "how we know each other" says more than an import's boilerplate."""
    text = how_we_know.strip()
    return bool(text) and not fold(text).startswith("linkedin")


class Scorer:
    """Scores contacts for one goal and one list; remembers what it worked out per text
    (a network repeats its roles, places and organisations)."""

    def __init__(self, terms: GoalTerms, weights: Weights) -> None:
        self.terms, self.weights = terms, weights
        self._roles: dict[str, RoleMatch] = {}
        self._role_heads = heads(terms.role)
        self._role_forms = role_forms(terms.role)
        self._places: dict[str, PlaceMatch] = {}
        self._sectors: dict[str, bool] = {}
        self._organisations: dict[str, bool] = {}
        self._tags: dict[str, tuple[str, ...]] = {"": ()}
        #: The match parts per (role, specialism, organisation, sector, region, tags).
        self._matches: dict[tuple[str, ...], tuple[RawPart, ...]] = {}
        self._best: dict[tuple[object, ...], int] = {}
        self._degrees: dict[int, RawPart] = {}
        self._best_role = max(weights.role.values())
        #: The most the parts read from a contact's row can add (besides the role).
        self._best_row = weights.known + sum(
            points
            for wanted, points in (
                (terms.specialism, weights.specialism),
                (terms.sectors, weights.sector),
                (terms.organisation, weights.organisation),
                (terms.places, max(weights.region.values())),
            )
            if wanted
        )

    def role(self, work: str) -> RoleMatch:
        """How a contact's work (the role, else the specialism) matches the goal's role."""
        match = self._roles.get(work)
        if match is None:
            if self._role_forms is None or not self._role_forms.search(fold(work)):
                match = RoleMatch.NONE  # none of the goal's words: no need to read it
            else:
                match = role_match(self.terms.role, concepts(work), self._role_heads)
            if self.terms.role_from_words and match == RoleMatch.EXACT:
                match = RoleMatch.SAME_FIELD  # a description is never an exact role
            self._roles[work] = match
        return match

    def match_parts(self, person: Person, match: RoleMatch) -> list[RawPart]:
        """Role, specialism, sector, organisation and region, as far as they match."""
        key = (*person[2:7], person.tags)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = tuple(self._match_parts(person, match))
        return list(found)

    def _match_parts(self, person: Person, match: RoleMatch) -> list[RawPart]:
        terms, weights = self.terms, self.weights
        parts: list[RawPart] = []
        if match:
            shown = person.role or person.specialism
            parts.append(
                (Signal.ROLE, weights.role[match], reasons.ROLE_TEMPLATES[match], (shown,))
            )
        tags = self._tags.get(person.tags)
        if tags is None:
            tags = tuple(tag.strip() for tag in person.tags.split(",") if tag.strip())
            self._tags[person.tags] = tags
        used = ""
        if terms.specialism:
            specialism = self._specialism(person, tags)
            if specialism is not None:
                parts.append(specialism)
                used = str(specialism[3][0]) if specialism[2] is None else ""
        if terms.sectors:
            for text in (person.sector, *tags):
                if text and text != used and self._sector(text):
                    parts.append((Signal.SECTOR, weights.sector, None, (text,)))
                    break
        if terms.organisation and person.organisation and self._organisation(person.organisation):
            parts.append((Signal.ORGANISATION, weights.organisation, None, (person.organisation,)))
        if terms.places and person.region:
            where = self._place(person.region)
            if where:
                template = reasons.REGION_TEMPLATES[where]
                arguments = (person.region, terms.region_text)
                parts.append((Signal.REGION, weights.region[where], template, arguments))
        return parts

    def _specialism(self, person: Person, tags: tuple[str, ...]) -> RawPart | None:
        wanted = self.terms.specialism
        full = self.weights.specialism
        for text in (person.specialism, *tags):
            shared = concepts(text) & wanted if text else EMPTY
            if shared:
                points = max(1, round(full * len(shared) / len(wanted)))
                return (Signal.SPECIALISM, points, None, (text,))
        shared = concepts(person.role) & wanted if person.role else EMPTY
        if shared:
            points = max(1, round(full * len(shared) / len(wanted)))
            specialism = self.terms.specialism_text
            return (Signal.SPECIALISM, points, reasons.SPECIALISM_IN_ROLE, (specialism,))
        return None

    def _sector(self, text: str) -> bool:
        found = self._sectors.get(text)
        if found is None:
            found = self._sectors[text] = bool(widened(concepts(text)) & self.terms.sectors)
        return found

    def _organisation(self, text: str) -> bool:
        found = self._organisations.get(text)
        if found is None:
            found = bool(widened(concepts(text)) & self.terms.organisation)
            self._organisations[text] = found
        return found

    def _place(self, text: str) -> PlaceMatch:
        found = self._places.get(text)
        if found is None:
            found = self._places[text] = place_match(self.terms.places, places(text))
        return found

    def warmth_parts(self, person: Person, history: History, names_given: int) -> list[RawPart]:
        """How you know each other, help and names given, and when you were last in touch."""
        weights = self.weights
        parts: list[RawPart] = []
        if is_personal(person.how_we_know):
            known = reasons.known_text(person.how_we_know)
            parts.append((Signal.KNOWN, weights.known, None, (known,)))
        return parts + self.history_parts(history, names_given)

    def history_parts(self, history: History, names_given: int) -> list[RawPart]:
        """Help and names given, and when you were last in touch (no row needed)."""
        weights = self.weights
        parts: list[RawPart] = []
        if history.helped:
            more = history.helped > 1
            points = weights.helped[1] if more else weights.helped[0]
            template = reasons.HELPED_MORE if more else reasons.HELPED_ONCE
            parts.append((Signal.HELPED, points, template, ()))
        if names_given:
            parts.append((Signal.NAMES, weights.names, reasons.NAMES, ()))
        if history.approached_recently:
            parts.append((Signal.RECENT, weights.recent, reasons.RECENT, ()))
        elif history.touch:
            quarter = history.touch == Touch.QUARTER
            template = reasons.IN_TOUCH_QUARTER if quarter else reasons.IN_TOUCH_YEAR
            parts.append((Signal.IN_TOUCH, weights.in_touch[history.touch], template, ()))
        return parts

    def degree_part(self, degree: int, introducer: str) -> RawPart:
        if not introducer:  # while ranking: the same part for everyone of that degree
            part = self._degrees.get(degree)
            if part is None:
                part = self._degrees[degree] = self._degree_part(degree, "")
            return part
        return self._degree_part(degree, introducer)

    def _degree_part(self, degree: int, introducer: str) -> RawPart:
        points = self.weights.degree[max(1, min(degree, 3)) - 1]
        template, arguments = reasons.degree_template(degree, introducer)
        return (Signal.DEGREE, points, template, arguments)

    def new_for_goal_parts(self, history: History) -> list[RawPart]:
        if history.asked_for_goal:
            return []
        return [(Signal.NEW_FOR_GOAL, self.weights.new_for_goal, reasons.NEW_FOR_GOAL, ())]

    def best_possible(
        self, match: RoleMatch | None, degree: int, history: History, names_given: int
    ) -> int:
        """The most points someone can score, known before their row is read: their role
        match (None: not known yet), degree and history are known; the rest counts in
        full. The ranking reads the people with the best chances first and stops when
        no one left can reach the list."""
        key = (match, degree, history, names_given > 0)
        best = self._best.get(key)
        if best is None:
            role = self.weights.role[match] if match is not None else self._best_role
            parts = self.history_parts(history, names_given) + self.new_for_goal_parts(history)
            parts.append(self.degree_part(degree, ""))
            best = self._best[key] = role + self._best_row + sum(part[1] for part in parts)
        return best

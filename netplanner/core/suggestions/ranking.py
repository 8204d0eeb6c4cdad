"""Who to ask next for a goal: two ranked lists, each suggestion with its reasons.

* ``informational``: people who do the work the goal names, for an informational
  conversation. Only people whose work matches the goal's role (or, for a goal
  without a role, its specialism) are in this list.
* ``think_along``: warm contacts of any field (you know them, they helped, gave you
  names, or you were in touch) who may know such people.

Left out of both: people with a conversation for this goal still open (an idea, an ask
or an appointment) and people the user said "not now" to. The ranking is
deterministic (score, then name, then id) and reads the data in four set-based
queries (contacts, conversations, follow-ups, "not now"), whatever the network's size.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.clock import utc_now
from netplanner.core.enums import ConversationKind
from netplanner.core.errors import NetPlannerError, ValidationError
from netplanner.core.forest import settle_forest
from netplanner.core.goals import get_goal
from netplanner.core.models import Contact, Goal
from netplanner.core.suggestions.matching import RoleMatch
from netplanner.core.suggestions.not_now import hidden_contacts
from netplanner.core.suggestions.reasons import ReasonPart
from netplanner.core.suggestions.scoring import (
    WEIGHTS,
    GoalTerms,
    Person,
    degree_part,
    goal_terms,
    is_personal,
    match_parts,
    new_for_goal_part,
    role_level,
    warmth_parts,
    work_concepts,
)
from netplanner.core.suggestions.warmth import NO_HISTORY, History, read_history
from netplanner.core.text import fold
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: How many suggestions a list holds unless asked otherwise.
DEFAULT_LIMIT = 20


class NoActiveGoalError(NetPlannerError):
    """There is no goal to suggest people for."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is no active goal: say what you are looking for in the Goals tab "
                    "and mark it active.",
                )
            )
        )


@dataclass(frozen=True)
class PersonSuggestion:
    """One person to ask, with the parts of the score that say why."""

    contact_id: int
    name: str
    score: int
    parts: tuple[ReasonPart, ...]
    role: str = ""
    organisation: str = ""
    degree: int = 1
    introducer_id: int | None = None
    introducer_name: str = ""

    @property
    def reasons(self) -> str:
        """The reasons as one English line: 'UX researcher · Utrecht · 1st degree'."""
        return " · ".join(str(part.text) for part in self.parts)


@dataclass(frozen=True)
class SuggestionList:
    goal_id: int
    kind: str  # a ConversationKind value: what "Ask" plans
    items: list[PersonSuggestion] = field(default_factory=list)
    #: How many people qualified for the list before it was cut to its length.
    candidates: int = 0


def active_goal(session: Session) -> Goal | None:
    """The goal the user works on: the first active one (as the conversation form picks)."""
    statement = select(Goal).where(Goal.active.is_(True)).order_by(Goal.id).limit(1)
    return session.scalars(statement).first()


def resolve_goal(session: Session, goal_id: int | None) -> Goal:
    """``goal_id``'s goal (NotFoundError when unknown), or the active goal."""
    if goal_id is not None:
        return get_goal(session, goal_id)
    goal = active_goal(session)
    if goal is None:
        raise NoActiveGoalError()
    return goal


_PERSON_COLUMNS = (
    Contact.id,
    Contact.name,
    Contact.role,
    Contact.specialism,
    Contact.organisation,
    Contact.sector,
    Contact.region,
    Contact.how_we_know,
    Contact.tags,
    Contact.introduced_by_id,
)


def suggest_people(
    session: Session,
    goal_id: int | None = None,
    kind: str = ConversationKind.INFORMATIONAL.value,
    limit: int | None = DEFAULT_LIMIT,
    now: datetime | None = None,
) -> SuggestionList:
    """The best ``limit`` people to ask for the goal (default: the active goal), for an
    informational conversation or to think along. ``limit`` None: everyone who qualifies.

    Raises NoActiveGoalError without a goal, NotFoundError for an unknown ``goal_id``,
    ValidationError for an unknown ``kind`` or a ``limit`` below 1.
    """
    try:
        list_kind = ConversationKind(kind)
    except ValueError as error:
        raise ValidationError(f"Unknown kind of list: {kind}") from error
    if limit is not None and limit < 1:
        raise ValidationError("A list holds at least one suggestion.")
    moment = now or utc_now()
    if moment.tzinfo is None:
        raise ValueError("now needs a time zone")
    goal = resolve_goal(session, goal_id)
    terms = goal_terms(goal)
    rows = session.execute(select(*_PERSON_COLUMNS)).all()
    parent: dict[int, int | None] = {row[0]: row[9] for row in rows}
    degrees = settle_forest(parent)
    history = read_history(session, goal.id, moment)
    skipped = hidden_contacts(session, goal.id, moment)
    skipped |= {cid for cid, h in history.items() if h.open_for_goal}
    context = _Context(terms, WEIGHTS[list_kind.value], history, parent, degrees, moment, rows)
    if list_kind == ConversationKind.INFORMATIONAL:
        found = context.informational(skipped)
    else:
        found = context.think_along(skipped)
    best = found if limit is None else heapq.nsmallest(limit, found)
    if limit is None:
        best.sort()
    items = [context.suggestion(entry) for entry in best]
    return SuggestionList(goal.id, list_kind.value, items, len(found))


#: A scored candidate: sorts best first, then by name, then by id (deterministic ties).
_Entry = tuple[int, str, int, tuple[ReasonPart, ...], Person]


class _Context:
    """Everything read once, and the two ways to go through the contacts."""

    def __init__(
        self,
        terms: GoalTerms,
        weights,
        history: dict[int, History],
        parent: dict[int, int | None],
        degrees: dict[int, int],
        now: datetime,
        rows,
    ) -> None:
        self.terms, self.weights, self.history = terms, weights, history
        self.parent, self.degrees, self.now, self.rows = parent, degrees, now, rows
        self.names = {row[0]: row[1] for row in rows}
        self.names_given = Counter(p for p in parent.values() if p is not None)

    def _parts(self, person: Person, history: History, match: RoleMatch) -> list[ReasonPart]:
        weights = self.weights
        parts = match_parts(person, self.terms, weights, match)
        introducer = self.parent.get(person.id)
        intro_name = self.names.get(introducer, "") if introducer is not None else ""
        parts.append(degree_part(weights, self.degrees.get(person.id, 1), intro_name))
        given = self.names_given.get(person.id, 0)
        parts += warmth_parts(person, history, weights, given, self.now)
        parts += new_for_goal_part(weights, history)
        return parts

    def _entry(self, person: Person, parts: list[ReasonPart]) -> _Entry:
        score = sum(part.points for part in parts)
        return (-score, fold(person.name), person.id, tuple(parts), person)

    def informational(self, skipped: set[int]) -> list[_Entry]:
        terms = self.terms
        found = []
        for row in self.rows:
            if row[0] in skipped:
                continue
            person = Person(*row[:9])
            match = role_level(terms, work_concepts(person))
            if match == RoleMatch.NONE:
                if terms.role:
                    continue
                # A goal without a role: the specialism says what the work is.
                parts = self._parts(person, self.history.get(row[0], NO_HISTORY), match)
                if not any(part.signal == "specialism" for part in parts):
                    continue
            else:
                parts = self._parts(person, self.history.get(row[0], NO_HISTORY), match)
            found.append(self._entry(person, parts))
        return found

    def think_along(self, skipped: set[int]) -> list[_Entry]:
        history, names_given = self.history, self.names_given
        found = []
        for row in self.rows:
            contact_id = row[0]
            if contact_id in skipped:
                continue
            past = history.get(contact_id)
            if past is None and not names_given.get(contact_id) and not is_personal(row[7]):
                continue  # not warm: you do not know each other yet
            person = Person(*row[:9])
            past = past or NO_HISTORY
            warm = warmth_parts(
                person, past, self.weights, names_given.get(contact_id, 0), self.now
            )
            if not any(part.points > 0 for part in warm):
                continue
            match = role_level(self.terms, work_concepts(person))
            found.append(self._entry(person, self._parts(person, past, match)))
        return found

    def suggestion(self, entry: _Entry) -> PersonSuggestion:
        score, _, contact_id, parts, person = entry
        introducer = self.parent.get(contact_id)
        return PersonSuggestion(
            contact_id=contact_id,
            name=person.name,
            score=-score,
            parts=parts,
            role=person.role,
            organisation=person.organisation,
            degree=self.degrees.get(contact_id, 1),
            introducer_id=introducer,
            introducer_name=self.names.get(introducer, "") if introducer is not None else "",
        )

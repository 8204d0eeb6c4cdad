"""Who to ask next for a goal: two ranked lists, each suggestion with its reasons.

* ``informational``: people who do the work the goal names, for an informational
  conversation. Only people whose work matches the goal's role (or, for a goal
  without a role, its specialism) are in this list.
* ``think_along``: warm contacts of any field (you know them, they helped, gave you
  names, or you were in touch) who may know such people.

Left out of both: people with a conversation for this goal still open (an idea, an ask
or an appointment) and people the user said "not now" to. The ranking is
deterministic (score, then name, then id).

Reading is what takes the time at 30,000 contacts (tests/bench), so it is set-based and
narrow: one query reads three columns of every contact (id, introducer, and the work
or whether you know each other personally), two queries read the history (one row per
conversation, one per contact with finished follow-ups), and only the people who
qualify are then read in full, by id, those with the best chances first.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, case, not_, select
from sqlalchemy.orm import Session

from netplanner.core.clock import utc_now
from netplanner.core.enums import ConversationKind
from netplanner.core.errors import NetPlannerError, ValidationError
from netplanner.core.goals import get_goal
from netplanner.core.models import Contact, Goal
from netplanner.core.network.forest import settle_forest
from netplanner.core.suggestions.matching import RoleMatch
from netplanner.core.suggestions.not_now import hidden_contacts
from netplanner.core.suggestions.reasons import RawPart, ReasonPart, Signal, reason_part
from netplanner.core.suggestions.scoring import WEIGHTS, Person, Scorer, goal_terms
from netplanner.core.suggestions.warmth import NO_HISTORY, History, read_history
from netplanner.core.text import fold
from netplanner.garbage_collector import collector_paused
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


#: The columns of a contact the scoring reads (the fields of ``scoring.Person``).
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
)
#: Ids per ``IN (...)``: well below SQLite's limit on bound parameters.
_BATCH = 500
#: What a contact does: the role, or the specialism when no role is given.
_WORK = case((Contact.role != "", Contact.role), else_=Contact.specialism)
#: "How we know each other" says more than an import's "LinkedIn connection since …"
#: (``scoring.is_personal`` in SQL, so the texts need not be read).
_PERSONAL = and_(Contact.how_we_know != "", not_(Contact.how_we_know.ilike("linkedin%")))


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
    # Tens of thousands of rows and tuples, none of them garbage: no cycle search
    # while they are made (see netplanner.garbage_collector).
    with collector_paused():
        return _suggest(session, goal, list_kind, limit, moment)


def _suggest(
    session: Session, goal: Goal, list_kind: ConversationKind, limit: int | None, moment: datetime
) -> SuggestionList:
    scorer = Scorer(goal_terms(goal), WEIGHTS[list_kind.value])
    informational = list_kind == ConversationKind.INFORMATIONAL
    third = _WORK if informational else _PERSONAL
    rows = session.connection().execute(select(Contact.id, Contact.introduced_by_id, third)).all()
    parent: dict[int, int | None] = {row[0]: row[1] for row in rows}
    degrees = settle_forest(parent)
    names_given = Counter(p for p in parent.values() if p is not None)
    history = read_history(session, goal.id, moment)
    skipped = hidden_contacts(session, goal.id, moment)
    skipped.update(cid for cid, h in history.items() if h.open_for_goal)
    ranking = _Ranking(scorer, history, parent, degrees, names_given)
    if informational and not scorer.terms.role:
        # A goal in words NetPlanner does not know: its specialism decides, so everyone
        # is read (this needs no speed: such a goal is rare, and finds little).
        people = _people(session, [row[0] for row in rows if row[0] not in skipped])
        found = [ranking.entry(person) for person in people]
        found = [entry for entry in found if any(p[0] == Signal.SPECIALISM for p in entry[3])]
        best = sorted(found) if limit is None else heapq.nsmallest(limit, found)
        candidates = len(found)
    else:
        if informational:
            wanted: list[tuple[int, RoleMatch | None]] = [
                (row[0], scorer.role(row[2])) for row in rows if row[0] not in skipped
            ]
            wanted = [(contact_id, match) for contact_id, match in wanted if match]
        else:
            warm = names_given.get
            wanted = [
                (row[0], None)
                for row in rows
                if row[0] not in skipped
                and (row[2] or warm(row[0]) or history.get(row[0], NO_HISTORY).is_warm)
            ]
        best = ranking.best(session, wanted, limit)
        candidates = len(wanted)
    introducers = {by for entry in best if (by := parent.get(entry[2])) is not None}
    names = {person.id: person.name for person in _people(session, introducers)}
    items = [ranking.suggestion(entry, names) for entry in best]
    return SuggestionList(goal.id, list_kind.value, items, candidates)


def _people(session: Session, ids: Iterable[int]) -> Iterator[Person]:
    """The contacts with these ids, read in batches."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), _BATCH):
        batch = ordered[start : start + _BATCH]
        statement = select(*_PERSON_COLUMNS).where(Contact.id.in_(batch))
        yield from map(Person._make, session.connection().execute(statement).all())


#: A scored candidate: sorts best first, then by name, then by id (deterministic ties).
_Entry = tuple[int, str, int, tuple[RawPart, ...], Person]


class _Ranking:
    """Scores the people who qualify, with everything read once."""

    def __init__(
        self,
        scorer: Scorer,
        history: dict[int, History],
        parent: dict[int, int | None],
        degrees: dict[int, int],
        names_given: Counter[int],
    ) -> None:
        self.scorer, self.history = scorer, history
        self.parent, self.degrees, self.names_given = parent, degrees, names_given

    def entry(self, person: Person) -> _Entry:
        scorer = self.scorer
        past = self.history.get(person.id, NO_HISTORY)
        match = scorer.role(person.role or person.specialism)
        parts = scorer.match_parts(person, match)
        # Its points: the introducer's name is read, and put in, for the shown ones only.
        parts.append(scorer.degree_part(self.degrees.get(person.id, 1), ""))
        parts += scorer.warmth_parts(person, past, self.names_given.get(person.id, 0))
        parts += scorer.new_for_goal_parts(past)
        score = sum(part[1] for part in parts)
        return (-score, fold(person.name), person.id, tuple(parts), person)

    def best(
        self, session: Session, wanted: list[tuple[int, RoleMatch | None]], limit: int | None
    ) -> list[_Entry]:
        """The best ``limit`` of ``wanted`` (contact, role match if known), in order.

        People are read and scored best chances first, a batch at a time; once the list
        is full and no one left can reach its last score, the rest is not read.
        """
        scorer, degrees, history, given = self.scorer, self.degrees, self.history, self.names_given
        chances = sorted(
            (
                -scorer.best_possible(
                    match, degrees.get(contact_id, 1), history.get(contact_id, NO_HISTORY),
                    given.get(contact_id, 0),
                ),
                contact_id,
            )
            for contact_id, match in wanted
        )  # fmt: skip
        kept: list[_Entry] = []
        for start in range(0, len(chances), _BATCH):
            batch = chances[start : start + _BATCH]
            if limit is not None and len(kept) == limit and -batch[0][0] < -kept[-1][0]:
                break  # the best chance left scores less than the last one listed
            found = [self.entry(person) for person in _people(session, [c for _, c in batch])]
            kept = sorted(kept + found) if limit is None else heapq.nsmallest(limit, kept + found)
        return kept

    def suggestion(self, entry: _Entry, names: dict[int, str]) -> PersonSuggestion:
        score, _, contact_id, parts, person = entry
        introducer = self.parent.get(contact_id)
        introducer_name = names.get(introducer, "") if introducer is not None else ""
        degree = self.degrees.get(contact_id, 1)
        shown = [
            self.scorer.degree_part(degree, introducer_name) if part[0] == Signal.DEGREE else part
            for part in parts
        ]
        return PersonSuggestion(
            contact_id=contact_id,
            name=person.name,
            score=-score,
            parts=tuple(reason_part(part) for part in shown),
            role=person.role,
            organisation=person.organisation,
            degree=degree,
            introducer_id=introducer,
            introducer_name=introducer_name,
        )

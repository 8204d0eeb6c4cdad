"""*Not now*: people the user does not want suggested for a while, kept in the data file.

Kept as JSON in ``app_meta`` (like ``core.followups.routine_settings``), so it needed no schema
change while the Contact model is being reworked. It deserves a table of its own later
(a ``not_now`` row per contact and goal): then it can be undone like any other write
(``app_meta`` is bookkeeping the undo log leaves alone), exported and merged.

An entry hides a contact from the suggestions for one goal, or for every goal
(``goal_id`` None), until a moment; entries that have run out are dropped on the next
write. A damaged value hides no one: suggestions never silently go missing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from netplanner.core.clock import utc_now
from netplanner.core.errors import ValidationError
from netplanner.core.queries.run import Queries

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: The ``app_meta`` key: a JSON list of {"contact": id, "goal": id or null, "until": ISO}.
NOT_NOW_KEY = "suggestions_not_now"
#: How long "Not now" hides someone unless said otherwise.
DEFAULT_WEEKS = 4
MAX_WEEKS = 52


@dataclass(frozen=True)
class NotNow:
    contact_id: int
    goal_id: int | None  # None: for every goal
    until: datetime  # aware, UTC


def load_not_now(session: Session) -> list[NotNow]:
    """:func:`read_not_now` in a session."""
    from netplanner.core.queries.run import SessionQueries

    return read_not_now(SessionQueries(session))


def read_not_now(queries: Queries) -> list[NotNow]:
    """Every entry as stored, run out or not; unreadable entries are skipped."""
    kept = queries.rows("meta.value", key=NOT_NOW_KEY)
    try:
        stored = json.loads((kept[0][0] if kept else "") or "[]")
    except json.JSONDecodeError:
        return []
    entries = []
    for item in stored if isinstance(stored, list) else []:
        try:
            contact, goal = item["contact"], item.get("goal")
            until = datetime.fromisoformat(item["until"])
        except (TypeError, KeyError, ValueError, AttributeError):
            continue
        if not isinstance(contact, int) or not (goal is None or isinstance(goal, int)):
            continue
        if until.tzinfo is None:
            until = until.replace(tzinfo=UTC)
        entries.append(NotNow(contact, goal, until))
    return entries


def _save(session: Session, entries: list[NotNow]) -> None:
    from netplanner.core.meta import set_meta

    value = [
        {"contact": e.contact_id, "goal": e.goal_id, "until": e.until.astimezone(UTC).isoformat()}
        for e in sorted(entries, key=lambda e: (e.contact_id, e.goal_id or 0))
    ]
    set_meta(session, NOT_NOW_KEY, json.dumps(value))


def hidden_contacts(session: Session, goal_id: int | None, now: datetime | None = None) -> set[int]:
    """Contacts "not now" at ``now`` for ``goal_id`` (entries for every goal count too)."""
    moment = now or utc_now()
    return {
        e.contact_id
        for e in load_not_now(session)
        if e.until > moment and (e.goal_id is None or e.goal_id == goal_id)
    }


def set_not_now(
    session: Session,
    contact_id: int,
    goal_id: int | None = None,
    *,
    weeks: int = DEFAULT_WEEKS,
    now: datetime | None = None,
) -> NotNow:
    """Hide ``contact_id`` from the suggestions for ``weeks`` weeks, for ``goal_id``
    (None: for every goal). Saying it again sets a new end; run-out entries go."""
    from netplanner.core.contacts import get_contact

    get_contact(session, contact_id)  # NotFoundError for an unknown id
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(f"Not now lasts 1 to {MAX_WEEKS} weeks, not {weeks}.")
    moment = now or utc_now()
    if moment.tzinfo is None:
        raise ValueError("now needs a time zone")
    entry = NotNow(contact_id, goal_id, (moment + timedelta(weeks=weeks)).astimezone(UTC))
    kept = [
        e
        for e in load_not_now(session)
        if e.until > moment and (e.contact_id, e.goal_id) != (contact_id, goal_id)
    ]
    _save(session, [*kept, entry])
    return entry


def clear_not_now(session: Session, contact_id: int, goal_id: int | None = None) -> bool:
    """Suggest ``contact_id`` again (for ``goal_id``; None: every entry of theirs).
    True when something was cleared."""
    entries = load_not_now(session)
    kept = [
        e
        for e in entries
        if e.contact_id != contact_id or (goal_id is not None and e.goal_id != goal_id)
    ]
    if len(kept) == len(entries):
        return False
    _save(session, kept)
    return True

"""What conversation mode keeps between starts, in the data file.

When the conversation started (the thank-you counts from it), the order the questions
are asked in (a parked question goes last), which were skipped, where the user was, and
the names noted while the other person mentioned them. Kept as JSON in ``app_meta``,
one entry per conversation: a window killed halfway starts again where it was, with the
names it had. It is bookkeeping of the mode, not data to undo (``app_meta`` is outside
the undo log); the names live on until *Record names you got* saves them.

A damaged entry is read as no entry: the mode then starts afresh, losing nothing stored
in the conversation itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from netplanner.core.meta import delete_meta, get_meta, set_meta
from netplanner.core.text import clean

_KEY = "live_conversation:{}"


@dataclass(frozen=True)
class LiveState:
    started_at: datetime | None = None
    order: tuple[str, ...] = ()  # item keys (see ``plan``), in the order they are asked
    skipped: frozenset[str] = frozenset()
    current: str | None = None
    names: tuple[str, ...] = field(default=())


def load_state(session: Session, conversation_id: int) -> LiveState:
    """The mode's state for the conversation (an empty one when there is none)."""
    try:
        stored = json.loads(get_meta(session, _KEY.format(conversation_id)) or "{}")
        started = stored.get("started")
        started_at = datetime.fromisoformat(started) if started else None
        if started_at is not None and started_at.tzinfo is None:
            started_at = started_at.replace(tzinfo=UTC)
        return LiveState(
            started_at=started_at,
            order=tuple(str(key) for key in stored.get("order", [])),
            skipped=frozenset(str(key) for key in stored.get("skipped", [])),
            current=str(stored["current"]) if stored.get("current") else None,
            names=tuple(str(name) for name in stored.get("names", []) if clean(str(name))),
        )
    except (ValueError, TypeError, AttributeError):
        return LiveState()


def save_state(session: Session, conversation_id: int, state: LiveState) -> None:
    value = {
        "started": state.started_at.isoformat() if state.started_at else None,
        "order": list(state.order),
        "skipped": sorted(state.skipped),
        "current": state.current,
        "names": list(state.names),
    }
    set_meta(session, _KEY.format(conversation_id), json.dumps(value, ensure_ascii=False))


def noted_names(session: Session, conversation_id: int) -> list[str]:
    """The names noted in the conversation and not yet recorded as contacts."""
    return list(load_state(session, conversation_id).names)


def finish_state(session: Session, conversation_id: int) -> None:
    """The conversation ended: forget the mode's place in it, keep the names noted
    (for *Record names you got*)."""
    names = load_state(session, conversation_id).names
    if names:
        save_state(session, conversation_id, LiveState(names=names))
    else:
        forget_state(session, conversation_id)


def forget_names(session: Session, conversation_id: int) -> None:
    """The names noted were recorded (or let go): drop them."""
    state = load_state(session, conversation_id)
    if state.started_at is None and not state.order:
        forget_state(session, conversation_id)
    else:
        save_state(session, conversation_id, replace(state, names=()))


def forget_state(session: Session, conversation_id: int) -> None:
    # Not session.get: app_meta's key is (owner, key) since migration 0006.
    delete_meta(session, _KEY.format(conversation_id))

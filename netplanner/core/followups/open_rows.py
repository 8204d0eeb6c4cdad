"""The follow-ups not done yet, as the Today overview lists them.

Read through named statements (``queries.today.open_follow_ups``), so the window can list
them before SQLAlchemy is loaded; ``stored.open_follow_ups`` reads them in a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from netplanner.core.enums import ConversationStatus
from netplanner.core.followups.routines import FollowUpKind
from netplanner.core.queries.run import Queries

#: The conversation status a routine's follow-up is about; when the conversation has
#: moved on (the thanks was sent elsewhere, a reply came), the follow-up is moot.
_STILL_RELEVANT_WHEN = {
    FollowUpKind.THANK_YOU.value: ConversationStatus.HELD.value,
    FollowUpKind.NUDGE.value: ConversationStatus.ASKED.value,
    FollowUpKind.FOLLOW_UP.value: ConversationStatus.ASKED.value,
}

#: Snoozing moves a follow-up to this time of day, N days later.
SNOOZE_TIME = time(9, 0)


@dataclass(frozen=True)
class FollowUpRow:
    """A stored follow-up as plain data, with the contact's name for display."""

    id: int
    what: str
    due_at: datetime
    done_at: datetime | None
    kind: str
    suggestion_key: str | None
    contact_id: int | None
    contact_name: str
    conversation_id: int | None
    #: The version shown: Done or Snooze on it is refused once someone else changed it.
    version: int | None = None


def read_open_follow_ups(queries: Queries, *, include_moot: bool = False) -> list[FollowUpRow]:
    """Follow-ups not done yet, soonest first.

    A routine's follow-up whose conversation has moved on (thanked elsewhere, or a
    reply came to an ask) is left out unless ``include_moot``.
    """
    rows = []
    for (
        id_,
        what,
        due_at,
        done_at,
        kind,
        suggestion_key,
        contact_id,
        name,
        conversation_id,
        status,
        version,
    ) in queries.rows("today.open_follow_ups"):
        needed = _STILL_RELEVANT_WHEN.get(kind)
        if include_moot or needed is None or status is None or status == needed:
            rows.append(
                FollowUpRow(
                    id=id_,
                    what=what,
                    due_at=due_at,
                    done_at=done_at,
                    kind=kind,
                    suggestion_key=suggestion_key,
                    contact_id=contact_id,
                    contact_name=name or "",
                    conversation_id=conversation_id,
                    version=version,
                )
            )
    return rows

"""The names the user got in conversations and has not approached yet: the top of the
Today overview.

Read through named statements (``queries.today.named`` and ``named_conversations``), so
the window shows them before SQLAlchemy is loaded; ``approach.names_to_approach`` reads
them in a session. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from netplanner.core.clock import utc_now
from netplanner.core.enums import ConversationStatus
from netplanner.core.queries.run import Queries
from netplanner.core.suggestions.not_now import read_not_now


@dataclass(frozen=True)
class NameToApproach:
    """Someone named in a conversation whom the user has not approached yet."""

    contact_id: int
    name: str
    introducer_id: int | None
    introducer_name: str
    named_in_id: int  # the conversation in which their name came up
    named_at: datetime  # when that was (the conversation's time, else when recorded)
    idea_id: int | None = None  # an idea planned with them, if any
    kind: str | None = None  # that idea's kind
    goal_id: int | None = None  # that idea's goal, else the naming conversation's

    @property
    def what(self) -> str:
        """'Approach Lotte de Wit (via Marieke Bos)', in English (the window words its own)."""
        if self.introducer_name:
            return f"Approach {self.name} (via {self.introducer_name})"
        return f"Approach {self.name}"


def read_names_to_approach(queries: Queries, now: datetime | None = None) -> list[NameToApproach]:
    """People named in a conversation with only an idea (without a date) or nothing
    planned yet, the longest waiting first; "not now" ones are left out.

    An idea that has a date is planned: Today shows it as a conversation. Three
    queries whatever the size of the network.
    """
    moment = now or utc_now()
    rows = queries.rows("today.named")
    if not rows:
        return []
    ideas: dict[int, tuple[int, str, int | None]] = {}
    approached: set[int] = set()
    for conversation_id, contact_id, status, starts_at, kind, goal_id in queries.rows(
        "today.named_conversations"
    ):
        if status != ConversationStatus.IDEA.value or starts_at is not None:
            approached.add(contact_id)
        else:
            ideas.setdefault(contact_id, (conversation_id, kind, goal_id))
    hidden = {e.contact_id for e in read_not_now(queries) if e.until > moment}
    found = []
    for contact_id, name, by_id, by_name, named_in, at, named_goal in rows:
        if contact_id in approached or contact_id in hidden:
            continue
        idea = ideas.get(contact_id)
        found.append(
            NameToApproach(
                contact_id=contact_id,
                name=name,
                introducer_id=by_id,
                introducer_name=by_name or "",
                named_in_id=named_in,
                named_at=at,
                idea_id=idea[0] if idea else None,
                kind=idea[1] if idea else None,
                goal_id=(idea[2] if idea and idea[2] is not None else named_goal),
            )
        )
    found.sort(key=lambda n: (n.named_at, n.name.casefold(), n.contact_id))
    return found

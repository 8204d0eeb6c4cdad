"""Small networks where the right suggestion is clear, built through the core services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.goals import GoalInput, create_goal

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


class Network:
    """Builds contacts, goals and conversations in one session."""

    def __init__(self, session) -> None:
        self.session = session

    def goal(self, role: str = "", **fields) -> int:
        return create_goal(self.session, GoalInput(target_role=role, **fields)).id

    def person(self, name: str, **fields) -> int:
        return create_contact(self.session, ContactInput(name=name, **fields)).id

    def talk(
        self,
        contact_id: int,
        status: str,
        goal_id: int | None = None,
        *,
        kind: str = "informational",
        days_ago: float | None = None,
    ) -> int:
        """A conversation; ``days_ago``: when it took place or was asked."""
        moment = NOW - timedelta(days=days_ago) if days_ago is not None else None
        conversation = create_conversation(
            self.session,
            ConversationInput(contact_id, kind=kind, status=status, goal_id=goal_id),
        )
        if status != "idea":
            conversation.asked_at = moment or NOW - timedelta(days=400)
        if status in ("held", "thanked", "closed"):
            conversation.starts_at = conversation.held_at = moment or NOW - timedelta(days=400)
        if status == "thanked":
            conversation.thanked_at = conversation.held_at
        self.session.flush()
        return conversation.id

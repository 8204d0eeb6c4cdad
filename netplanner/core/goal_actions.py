"""What the Goals tab needs beyond ``core.goals``: plain rows, and deleting a goal.

Kept apart from ``core.goals`` so that module stays as it is while others build on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from netplanner.core.goals import get_goal, goal_title, list_goals
from netplanner.core.models import Conversation


@dataclass(frozen=True)
class GoalRow:
    """One line of the goals list."""

    id: int
    title: str
    active: bool
    language: str


def list_goal_rows(session: Session) -> list[GoalRow]:
    """Every goal, the active ones first (the order of ``list_goals``)."""
    return [
        GoalRow(goal.id, goal_title(goal), bool(goal.active), goal.language)
        for goal in list_goals(session)
    ]


def linked_conversation_count(session: Session, goal_id: int) -> int:
    """How many conversations are tied to this goal."""
    statement = select(func.count()).select_from(Conversation)
    return int(session.scalar(statement.where(Conversation.goal_id == goal_id)) or 0)


def delete_goal(session: Session, goal_id: int) -> int:
    """Delete the goal. Its conversations stay but lose the link to it.

    Returns how many conversations lost their goal. The link is cleared here rather
    than left to the foreign key's ON DELETE SET NULL, so the rule does not depend on
    the connection's ``foreign_keys`` pragma.
    """
    goal = get_goal(session, goal_id)
    unlinked = session.execute(
        update(Conversation).where(Conversation.goal_id == goal_id).values(goal_id=None)
    )
    session.delete(goal)
    session.flush()
    return int(getattr(unlinked, "rowcount", 0) or 0)

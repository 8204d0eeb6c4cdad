"""Goals: the concrete ask ("zoekvraag") — what the user is looking for.

Creating and changing goals, the rows of the Goals tab, and deleting a goal without
losing its conversations. The ask written from a goal is in
:mod:`netplanner.core.checks.ask.composer`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from netplanner.core.enums import LANGUAGES
from netplanner.core.errors import NotFoundError, ValidationError, check_version
from netplanner.core.models import Conversation, Goal
from netplanner.core.text import clean
from netplanner.messages import QT_TRANSLATE_NOOP, Message


@dataclass
class GoalInput:
    target_role: str = ""
    specialism: str = ""
    region: str = ""
    organisation_kind: str = ""
    free_text: str = ""
    language: str = "en"
    active: bool = True


def ask_language(window_language: str = "en") -> str:
    """The language a new goal's ask is written in: the window's ("nl", "nl_BE", "en-GB"),
    when NetPlanner writes asks in it; else English."""
    code = window_language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def new_goal_input(window_language: str = "en") -> GoalInput:
    """An empty goal as a form starts it: its ask in the window's language."""
    return GoalInput(language=ask_language(window_language))


def create_goal(session: Session, data: GoalInput) -> Goal:
    goal = Goal()
    _apply(goal, data)
    session.add(goal)
    session.flush()
    return goal


def update_goal(
    session: Session, goal_id: int, data: GoalInput, *, loaded_version: int | None = None
) -> Goal:
    """Save the form; refused when someone else saved the goal since ``loaded_version``."""
    goal = get_goal(session, goal_id)
    check_version(goal, "goal", loaded_version)
    _apply(goal, data)
    session.flush()
    return goal


def _apply(goal: Goal, data: GoalInput) -> None:
    if not (clean(data.target_role) or clean(data.free_text)):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "A goal needs at least a target role or a description."
                )
            )
        )
    if data.language not in LANGUAGES:
        raise ValidationError(f"Unknown language {data.language!r}.")
    goal.target_role = clean(data.target_role)
    goal.specialism = clean(data.specialism)
    goal.region = clean(data.region)
    goal.organisation_kind = clean(data.organisation_kind)
    goal.free_text = data.free_text.strip()
    goal.language = data.language
    goal.active = data.active


def get_goal(session: Session, goal_id: int) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFoundError("goal", goal_id)
    return goal


def list_goals(session: Session) -> list[Goal]:
    return list(session.scalars(select(Goal).order_by(Goal.active.desc(), Goal.id)))


def goal_title(goal: Goal) -> str:
    """A short label for pickers: 'UX researcher · healthcare apps · Utrecht'."""
    parts = [goal.target_role, goal.specialism, goal.region]
    title = " · ".join(part for part in parts if part)
    return title or goal.free_text.splitlines()[0][:80]


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

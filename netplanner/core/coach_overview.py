"""A coach's overview: per client who granted access, the Progress tab's own figures.

On a practice server a coach's login sees exactly the rows of the clients who granted it
(row-level security). Each client's figures come from :func:`progress_report`, run with
every ORM query of the session narrowed to that client's rows, so the overview and the
client's own Progress tab can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import event, func, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from netplanner.core.clock import utc_now
from netplanner.core.models import Contact, Conversation, FollowUp, Owned
from netplanner.core.progress import ProgressReport, progress_report

#: How many weeks the overview looks back (the window and the command line alike).
OVERVIEW_WEEKS = 8


@dataclass(frozen=True)
class ClientFigures:
    """One client's line in the overview."""

    owner: str
    name: str
    report: ProgressReport
    open_follow_ups: int
    overdue_follow_ups: int
    last_activity: datetime | None


@contextmanager
def only_rows_of(session: Session, owner: str) -> Iterator[Session]:
    """``session`` with every ORM query narrowed to ``owner``'s rows, while in the block."""

    def narrow(state: ORMExecuteState) -> None:
        if state.is_select:
            state.statement = state.statement.options(
                with_loader_criteria(Owned, lambda cls: cls.owner == owner, include_aliases=True)
            )

    event.listen(session, "do_orm_execute", narrow)
    try:
        yield session
    finally:
        event.remove(session, "do_orm_execute", narrow)


def coach_overview(
    session: Session,
    names: dict[str, str],
    weeks: int = OVERVIEW_WEEKS,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> list[ClientFigures]:
    """A line per client in ``names`` (owner -> name: the practice's member list) whose
    rows this login sees, by name."""
    now = now or utc_now()
    owners = [o for o in session.scalars(select(Contact.owner).distinct()) if o in names]
    lines = []
    for owner in owners:
        with only_rows_of(session, owner):
            report = progress_report(session, weeks=weeks, now=now, tz=tz)
            open_count, overdue = session.execute(
                select(
                    func.count(),
                    func.count().filter(FollowUp.due_at < now),
                ).where(FollowUp.done_at.is_(None))
            ).one()
            last = max(
                (
                    moment
                    for moment in (
                        session.scalar(select(func.max(Contact.updated_at))),
                        session.scalar(select(func.max(Conversation.updated_at))),
                    )
                    if moment is not None
                ),
                default=None,
            )
        lines.append(
            ClientFigures(
                owner=owner,
                name=names[owner],
                report=report,
                open_follow_ups=int(open_count),
                overdue_follow_ups=int(overdue),
                last_activity=last,
            )
        )
    return sorted(lines, key=lambda line: line.name.casefold())

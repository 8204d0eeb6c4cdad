"""A client's grants to the practice's coaches, made through the client's own login.

A grant is a row of ``coach_grant`` (migration 0006): while it is there the coach reads
the client's rows, and changes them only with ``can_write``. The server's policies let
a login grant in its own name only, and to a coach only; deleting the row revokes, from
the coach's next statement on.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Coach:
    role: str
    name: str
    granted: bool
    can_write: bool


def coaches(session: Session) -> list[Coach]:
    """The practice's coaches, with what this login has granted each."""
    rows = session.execute(
        text(
            "SELECT m.role, m.display_name, g.coach IS NOT NULL, coalesce(g.can_write, false) "
            "FROM practice_member m LEFT JOIN coach_grant g "
            "ON g.coach = m.role AND g.client = current_user "
            "WHERE m.kind = 'coach' ORDER BY lower(m.display_name)"
        )
    ).all()
    return [Coach(role, name, bool(granted), bool(write)) for role, name, granted, write in rows]


def find_coach(session: Session, who: str) -> Coach | None:
    """The coach named ``who`` (display name, any case, or login)."""
    wanted = who.strip().casefold()
    matches = [c for c in coaches(session) if wanted in (c.role, c.name.casefold())]
    return matches[0] if len(matches) == 1 else None


def grant(session: Session, coach: Coach, *, can_write: bool = False) -> None:
    session.execute(
        text(
            "INSERT INTO coach_grant (coach, can_write) VALUES (:coach, :write) "
            "ON CONFLICT (client, coach) DO UPDATE SET can_write = excluded.can_write"
        ),
        {"coach": coach.role, "write": can_write},
    )


def revoke(session: Session, coach: Coach) -> None:
    session.execute(text("DELETE FROM coach_grant WHERE coach = :coach"), {"coach": coach.role})


def client_names(session: Session) -> dict[str, str]:
    """Login -> name of the clients this login may see in the member list (a coach: those
    who granted it; a client: themselves)."""
    rows = session.execute(
        text("SELECT role, display_name FROM practice_member WHERE kind = 'client'")
    ).all()
    return {role: name for role, name in rows}


def is_coach(session: Session) -> bool:
    """True when this login is one of the practice's coaches (an administrator's login,
    who sees every row, is not: the overview is a coach's view of what was shared)."""
    return bool(
        session.scalar(
            text(
                "SELECT EXISTS (SELECT 1 FROM practice_member "
                "WHERE role = current_user AND kind = 'coach')"
            )
        )
    )

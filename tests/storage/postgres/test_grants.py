"""A client grants and revokes a coach from the command line; the coach's very next
read shows the change."""

from __future__ import annotations

from sqlalchemy import func, select

from netplanner.cli import main
from netplanner.core.demo.example import load_demo
from netplanner.core.models import Contact
from netplanner.datafile import open_data_file


def _seen_by_coach(coach) -> int:
    with coach.session() as session:
        return session.scalar(select(func.count()).select_from(Contact)) or 0


def test_grant_read_then_write_then_revoke(practice_template, practice_db, capsys) -> None:
    t = practice_template
    anna_url = t.location(practice_db, t.anna).url
    anna = open_data_file(t.location(practice_db, t.anna))
    with anna.transaction() as session:
        load_demo(session)
    anna.close()
    coach = open_data_file(t.location(practice_db, t.coach))
    try:
        assert _seen_by_coach(coach) == 0
        assert main(["--db", anna_url, "practice", "grant", "coach carla"]) == 0
        assert _seen_by_coach(coach) == 12
        assert main(["--db", anna_url, "practice", "coaches"]) == 0
        assert "Coach Carla\t" in capsys.readouterr().out
        assert main(["--db", anna_url, "practice", "grant", "Coach Carla", "--write"]) == 0
        assert "can change your data" in (
            main(["--db", anna_url, "practice", "coaches"]) or capsys.readouterr().out
        )
        assert main(["--db", anna_url, "practice", "revoke", "Coach Carla"]) == 0
        assert _seen_by_coach(coach) == 0
        assert main(["--db", anna_url, "practice", "grant", "Bram Bakker"]) == 2  # no coach
    finally:
        coach.close()

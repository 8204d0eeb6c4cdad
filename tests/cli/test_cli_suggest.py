"""``netplanner suggest``: the ranked list as text and JSON, and its exit codes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from netplanner.cli import main
from netplanner.cli.suggest import suggest_command
from netplanner.core.demo.example import load_demo

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


@pytest.fixture
def demo(database):
    with database.transaction() as session:
        load_demo(session, NOW)
    return database


def test_the_informational_list_as_text(demo, capsys) -> None:
    assert suggest_command(demo, now=NOW) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "People who do the work, for an informational conversation",
        "Goal 1: UX researcher · healthcare apps · Utrecht",
        "",
    ]
    assert lines[3] == "1. Hanna Meijer (contact 9): 92 points"
    assert lines[4] == (
        "   UX researcher +40 · mental health apps +20 · healthcare +10 · Utrecht +15 · "
        "4th degree via Şükrü Yılmaz +2 · not asked for this goal yet +5"
    )
    text = "\n".join(lines)
    # Asked (Gijs) and scheduled (Şükrü) for this goal: not suggested again.
    assert "Gijs de Boer" not in text and "Şükrü Yılmaz (contact" not in text
    assert "approached in the past 4 weeks -10" in text  # Carla, talked with two days ago


def test_the_think_along_list_is_cut_to_n_and_says_so(demo, capsys) -> None:
    assert suggest_command(demo, kind="think_along", limit=2, now=NOW) == 0
    out = capsys.readouterr().out
    assert out.startswith("People who can think along with you\n")
    assert "1. Femke Visser (contact 7): 44 points" in out
    assert out.rstrip().endswith("2 of 6 people shown; -n 6 lists them all.")


def test_json_gives_each_reason_with_its_points(demo, capsys) -> None:
    assert suggest_command(demo, limit=3, as_json=True, now=NOW) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in records] == ["Hanna Meijer", "Carla Smit", "Joost van Dijk"]
    first = records[0]
    assert set(first) >= {"contact_id", "name", "score", "reasons", "parts"}
    assert first["contact_id"] == 9 and first["score"] == 92
    assert first["reasons"][0] == "UX researcher"
    assert first["parts"][0] == {"signal": "role", "text": "UX researcher", "points": 40}
    for record in records:
        assert sum(part["points"] for part in record["parts"]) == record["score"]
        assert record["reasons"] == [part["text"] for part in record["parts"]]


def _run(tmp_path: Path, *args: str) -> int:
    return main(["--db", str(tmp_path / "data.sqlite3"), *args])


def test_exit_codes(tmp_path: Path, capsys) -> None:
    assert _run(tmp_path, "suggest") == 1  # an empty file: no goal at all
    assert "There is no active goal" in capsys.readouterr().err
    assert _run(tmp_path, "demo") == 0
    capsys.readouterr()
    assert _run(tmp_path, "suggest", "--json", "-n", "1") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert _run(tmp_path, "suggest", "--goal", "7") == 2
    assert capsys.readouterr().err == "netplanner: There is no goal with ID 7.\n"
    for bad in (["-n", "0"], ["-n", "many"], ["--kind", "gossip"]):
        with pytest.raises(SystemExit) as stopped:
            _run(tmp_path, "suggest", *bad)
        assert stopped.value.code == 2


def test_an_empty_list_says_what_to_do(database, capsys) -> None:
    from netplanner.core.goals import GoalInput, create_goal

    with database.transaction() as session:
        create_goal(session, GoalInput(target_role="Astronaut"))
    assert suggest_command(database, now=NOW) == 0
    assert "No one in your network matches this goal's role yet" in capsys.readouterr().out
    assert suggest_command(database, as_json=True, now=NOW) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_help_documents_the_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["suggest", "--help"])
    out = capsys.readouterr().out
    assert "--kind {informational,think_along}" in out
    assert "1 there is no active goal" in out

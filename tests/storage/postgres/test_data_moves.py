"""*Copy my data to the practice server* and *Take my data home*: one person's data goes
from a file to the server and back through the JSON archive, with nothing lost. The
server gives new ids (a login may not choose them), so archives are compared with
their refs numbered in order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from netplanner.cli import main

#: Where an archive holds a ref, and the kind of record it points at.
LINKS = {
    "contact": "contacts",
    "introduced_by": "contacts",
    "introduced_in": "conversations",
    "conversation": "conversations",
    "goal": "goals",
    "source_question": "questions",
}


def _renumbered(archive: dict[str, Any]) -> dict[str, Any]:
    """The archive with each kind's refs numbered 1, 2, … in the order listed."""
    order: dict[str, dict[int, int]] = {}
    for kind in ("contacts", "goals", "conversations", "follow_ups", "banks"):
        order[kind] = {r["ref"]: i for i, r in enumerate(archive[kind], 1)}
    questions = [q for bank in archive["banks"] for q in bank.get("questions", [])]
    order["questions"] = {q["ref"]: i for i, q in enumerate(questions, 1)}

    def walk(value: Any, kind: str | None) -> Any:
        if isinstance(value, list):
            return [walk(item, kind) for item in value]
        if not isinstance(value, dict):
            return value
        out = {}
        for key, item in value.items():
            if key == "ref" and kind is not None:
                out[key] = order[kind].get(item, item)
            elif key in LINKS and isinstance(item, int):
                out[key] = order[LINKS[key]][item]
            else:
                inner = {"questions": "questions"}.get(key, key if key in order else None)
                out[key] = walk(item, inner)
        return out

    body = {k: v for k, v in archive.items() if k not in ("exported_at",)}
    return walk(body, None)


def test_a_file_goes_to_the_server_and_comes_home_whole(
    practice_template, practice_db, tmp_path: Path, capsys
) -> None:
    laptop, home = tmp_path / "laptop.sqlite3", tmp_path / "home.sqlite3"
    first, second, third = (tmp_path / f"{n}.json" for n in ("first", "second", "third"))
    server = practice_template.location(practice_db, practice_template.bram).url
    assert main(["--db", str(laptop), "demo", "--language", "nl"]) == 0
    assert main(["--db", str(laptop), "export", "json", "-o", str(first)]) == 0
    # Bram's first start on the server gave him the built-in banks: a new, empty login.
    assert main(["--db", server, "import", "json", str(first)]) == 0
    assert main(["--db", server, "export", "json", "-o", str(second)]) == 0
    assert main(["--db", str(home), "import", "json", str(second)]) == 0
    assert main(["--db", str(home), "export", "json", "-o", str(third)]) == 0
    capsys.readouterr()
    archives = [json.loads(p.read_text(encoding="utf-8")) for p in (first, second, third)]
    assert len(archives[0]["contacts"]) == 12
    assert _renumbered(archives[1]) == _renumbered(archives[0])
    assert archives[2]["contacts"] == archives[1]["contacts"]  # a file keeps the ids

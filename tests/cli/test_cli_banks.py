"""Sharing banks from the command line: export, import, update or copy, broken files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netplanner.cli import main


def _banks(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), "list", "banks", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_export_then_import_twice_asks_update_or_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, other = tmp_path / "coach.sqlite3", tmp_path / "client.sqlite3"
    file = tmp_path / "bank.json"
    assert main(["--db", str(db), "export", "bank", "3", "-o", str(file)]) == 0
    assert json.loads(file.read_text(encoding="utf-8"))["language"] == "nl"
    # The client already has the built-in bank: same key, so update or copy is asked.
    assert main(["--db", str(other), "import", "bank", str(file)]) == 2
    assert "--update" in capsys.readouterr().err
    assert len(_banks(other, capsys)) == 4
    assert main(["--db", str(other), "import", "bank", str(file), "--copy"]) == 0
    names = [bank["name"] for bank in _banks(other, capsys)]
    assert len(names) == 5 and any(name.endswith("(copy)") for name in names)
    assert main(["--db", str(other), "import", "bank", str(file), "--update"]) == 0
    assert len(_banks(other, capsys)) == 5


def test_repeated_questions_in_a_file_are_left_out_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "coach.json"
    questions = [{"category": "work", "text": "What does your week look like?"}] * 3
    file.write_text(
        json.dumps(
            {
                "format": "netplanner-question-bank",
                "version": 1,
                "key": "coach-petra",
                "name": "Petra's",
                "language": "en",
                "questions": questions,
            }
        ),
        encoding="utf-8",
    )
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "import", "bank", str(file)]) == 0
    assert "2 repeated questions left out" in capsys.readouterr().out
    petra = next(bank for bank in _banks(db, capsys) if bank["name"] == "Petra's")
    assert petra["questions"] == 1


@pytest.mark.parametrize("content", ["", "not json", '{"format": "netplanner-question-bank"}'])
def test_broken_file_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    file = tmp_path / "broken.json"
    file.write_text(content, encoding="utf-8")
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "import", "bank", str(file)]) == 2
    error = capsys.readouterr().err
    assert "broken.json" in error and "Nothing was imported" in error
    assert len(_banks(db, capsys)) == 4


def test_missing_file_and_unknown_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "import", "bank", str(tmp_path / "nope.json")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["--db", str(db), "export", "bank", "99", "-o", str(tmp_path / "x.json")]) == 2
    assert "no question bank with ID 99" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()

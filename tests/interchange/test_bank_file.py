"""Sharing a question bank as a file: round trip, clear errors with lines, no half imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netplanner.core.banks import (
    add_question,
    bank_content,
    create_bank,
    find_bank_by_key,
    get_bank,
    import_bank,
    list_bank_rows,
)
from netplanner.interchange.bank_file import (
    MAX_QUESTIONS,
    BankFileError,
    read_bank_file,
    write_bank_file,
)


def _own_bank(database) -> int:
    with database.transaction() as session:
        bank = create_bank(session, "Coach Petra's vragen", "nl", "Voor <designers> & makers")
        for text, category in (
            ("Wat maakt jouw werk de moeite waard?", "work"),
            ("Hoe ben je in dit vak terechtgekomen?", "path"),
            ("Wie zou ik nog meer moeten spreken?", "referrals"),
        ):
            add_question(session, bank.id, text, category)
        return bank.id


def test_round_trip_keeps_everything(database, tmp_path: Path) -> None:
    bank_id = _own_bank(database)
    with database.transaction() as session:
        content = bank_content(session, bank_id)
    path = tmp_path / "bank.json"
    write_bank_file(content, path)
    assert read_bank_file(path) == content
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "netplanner-question-bank" and data["version"] == 1
    assert "Wat maakt jouw werk" in path.read_text(encoding="utf-8")  # readable UTF-8


def test_same_file_twice_is_recognised_for_update_or_copy(database, tmp_path: Path) -> None:
    bank_id = _own_bank(database)
    with database.transaction() as session:
        content = bank_content(session, bank_id)
    with database.transaction() as session:
        existing = find_bank_by_key(session, content.key)
        assert existing is not None and existing.id == bank_id
        changed = type(content)(content.key, "Nieuwe naam", "nl", "", content.questions[:1])
        import_bank(session, changed, replace_bank_id=existing.id)
    with database.session() as session:
        updated = get_bank(session, bank_id)
        assert (updated.name, len(updated.questions)) == ("Nieuwe naam", 1)
    with database.transaction() as session:
        copy = import_bank(session, content)
        assert copy.id != bank_id and copy.share_key is None
        assert find_bank_by_key(session, content.key).id == bank_id


def test_builtin_bank_export_keeps_its_key(database) -> None:
    with database.transaction() as session:
        row = next(r for r in list_bank_rows(session) if r.builtin)
        content = bank_content(session, row.id)
        assert find_bank_by_key(session, content.key).id == row.id
    assert content.key in (
        "en-informational",
        "en-think-along",
        "nl-informatiegesprek",
        "nl-meedenken",
    )


def _bank_json(questions: list, **overrides) -> str:
    data = {
        "format": "netplanner-question-bank",
        "version": 1,
        "key": "k",
        "name": "Mine",
        "language": "en",
        "description": "",
        "questions": questions,
    }
    data.update(overrides)
    return json.dumps(data, indent=2)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "line 1: not valid JSON"),
        ("\x00\x01binary\xff junk", "not"),
        (
            '{\n  "format": "netplanner-question-bank",\n  "version": 1,\n  oops\n}',
            "line 4: not valid JSON",
        ),
        ("[1, 2, 3]", "expected a JSON object"),
        (_bank_json([], version=2), "version 2 is not supported"),
        (_bank_json([], format="something-else"), "not a NetPlanner question bank"),
        (_bank_json([], language="fr"), "language must be one of"),
        (_bank_json([], name="   "), "'name' is empty"),
        (
            _bank_json([{"category": "work", "text": "What?"}, {"category": "work"}]),
            "line 13: question 2: 'text' is missing",
        ),
        (
            _bank_json([{"category": "gossip", "text": "What?"}]),
            "line 10: question 1: unknown category 'gossip'",
        ),
        (_bank_json([{"category": "work", "text": "W" * 5000}]), "longer than 1,000"),
        (_bank_json([{"category": "work", "text": 42}]), "'text' must be text"),
    ],
)
def test_broken_files_are_refused_with_line_and_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bank.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with pytest.raises(BankFileError, match=message) as caught:
        read_bank_file(path)
    assert str(caught.value).startswith("bank.json")


def test_huge_bank_is_refused_whole(database, tmp_path: Path) -> None:
    questions = [{"category": "work", "text": f"What is step {n}?"} for n in range(100_000)]
    path = tmp_path / "huge.json"
    path.write_text(_bank_json(questions), encoding="utf-8")
    with pytest.raises(BankFileError, match=f"more than a bank can hold \\({MAX_QUESTIONS:,}"):
        read_bank_file(path)
    with database.session() as session:
        assert len(list_bank_rows(session)) == 4  # only the built-in banks


def test_broken_import_leaves_no_half_bank(database) -> None:
    from netplanner.core.banks import BankContent
    from netplanner.core.errors import ValidationError

    bad = BankContent("k", "Half", "en", "", [("work", "What?")] * 50 + [("nonsense", "How?")])
    with pytest.raises(ValidationError), database.transaction() as session:
        import_bank(session, bad)
    with database.session() as session:
        assert [r.name for r in list_bank_rows(session) if r.name == "Half"] == []


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x00 not text")
    with pytest.raises(BankFileError, match="not a text file in UTF-8"):
        read_bank_file(path)

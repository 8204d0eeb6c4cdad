"""Bad input stays bad input (issue 16): JSON with a 100,000-digit number, a lone
surrogate, NaN or absurd nesting, and a vCard with a huge note, are refused in one
line naming the file (exit 2, nothing written), never a traceback or gigabytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netplanner.cli import main
from netplanner.interchange.bank_file import BankFileError, parse_bank_text
from netplanner.interchange.json_reading import JsonInputError, line_of, load_json
from netplanner.interchange.vcard_import import MAX_CARD_CHARS, read_vcard

ARCHIVE_START = '{"format": "netplanner-archive", "version": 1, "contacts": '
BANK_START = '{"format": "netplanner-question-bank", "version": 1, "key": "k", "language": "en", '

BAD_JSON = {
    "huge number": ARCHIVE_START + '[{"ref": ' + "9" * 100_000 + "}]}",
    "huge float": ARCHIVE_START + '[{"ref": 1e999999}]}',
    "lone surrogate": ARCHIVE_START + '[{"ref": 1, "name": "Anna \\ud800"}]}',
    "lone surrogate key": ARCHIVE_START + '[{"\\udc00": 1}]}',
    "NaN": ARCHIVE_START + '[{"ref": NaN}]}',
    "absurd nesting": ARCHIVE_START + "[" * 100_000 + "]" * 100_000 + "}",
    "deep but parseable": ARCHIVE_START + "[" * 200 + "]" * 200 + "}",
}


@pytest.mark.parametrize("case", BAD_JSON)
def test_a_bad_archive_is_one_line_and_writes_nothing(tmp_path: Path, case: str, capsys) -> None:
    path = tmp_path / "archive.json"
    path.write_text(BAD_JSON[case], encoding="utf-8")
    db = tmp_path / "new.sqlite3"
    assert main(["--db", str(db), "import", "json", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("netplanner: archive.json") and err.count("\n") == 1, err
    assert "Traceback" not in err and "Nothing was restored" in err
    assert not db.exists()


@pytest.mark.parametrize("case", BAD_JSON)
def test_a_bad_bank_is_one_line_and_imports_nothing(tmp_path: Path, case: str, capsys) -> None:
    text = BAD_JSON[case].replace(ARCHIVE_START, BANK_START + '"name": "N", "questions": ')
    path = tmp_path / "bank.json"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "import", "bank", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("netplanner: bank.json") and err.count("\n") == 1, err
    assert not db.exists()


def test_the_messages_say_what_is_wrong() -> None:
    cases = {
        "huge number": "100,000 digits",
        "lone surrogate": "\\ud800",
        "NaN": "NaN",
        "absurd nesting": "nested too deeply",
        "deep but parseable": "nested too deeply",
    }
    for case, said in cases.items():
        with pytest.raises(JsonInputError, match=None) as raised:
            load_json(BAD_JSON[case], "x.json")
        assert said in str(raised.value), case


def test_bank_problems_still_name_their_line() -> None:
    text = json.dumps(
        {
            "format": "netplanner-question-bank",
            "version": 1,
            "key": "k",
            "name": "Coach",
            "language": "en",
            "questions": [
                {"category": "work", "text": "What is a day like?"},
                {"category": "nonsense", "text": "Why?"},
            ],
        },
        indent=2,
    )
    with pytest.raises(BankFileError) as raised:
        parse_bank_text(text, "coach.json")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "nonsense" in row)
    assert f"coach.json, line {line}:" in str(raised.value)


def test_locating_values_by_path() -> None:
    text = '{\n "a": 1,\n "list": [\n  {"x": 1},\n  {"x": 2,\n   "y": "z"}\n ]\n}'
    assert line_of(text, ["list", 1]) == 5
    assert line_of(text, ["list", 1, "y"]) == 6
    assert line_of(text, ["a"]) == 2
    assert line_of(text, ["missing"]) == 1


def _vcard(note_chars: int) -> str:
    note = "NOTE:" + "Lorem ipsum dolor sit amet. " * (note_chars // 28)
    folded = [note[:75]] + [" " + note[i : i + 74] for i in range(75, len(note), 74)]
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Before\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge Note\r\n" + "\r\n".join(folded) + "\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:After\r\nEND:VCARD\r\n"
    )


def test_a_card_too_large_is_rejected_unread_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "big.vcf"
    path.write_text(_vcard(MAX_CARD_CHARS + 100_000), encoding="utf-8")
    result = read_vcard(path)
    assert [c.name for c in result.contacts] == ["Before", "After"]
    (rejected,) = result.rejected
    assert rejected.row == 2 and "1 MB" in rejected.reason


def test_a_card_within_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "fine.vcf"
    path.write_text(_vcard(50_000), encoding="utf-8")
    result = read_vcard(path)
    assert [c.name for c in result.contacts] == ["Before", "Huge Note", "After"]


def test_a_huge_note_on_one_line_is_rejected_unread(tmp_path: Path) -> None:
    path = tmp_path / "one-line.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge\r\nNOTE:"
        + "Zoë " * (MAX_CARD_CHARS // 2)
        + "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:After\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    result = read_vcard(path)
    assert [c.name for c in result.contacts] == ["After"]
    assert [r.row for r in result.rejected] == [1]

"""``export csv|vcard|ics|json`` and ``import json``: exit codes, one-line errors, no
half files, nothing restored into a file that is not empty."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from netplanner.cli import main
from netplanner.cli.errors import CommandError
from netplanner.cli.export import export_command
from netplanner.cli.importing import import_json_command
from netplanner.datafile import open_data_file


def _parser() -> argparse.ArgumentParser:
    from netplanner.cli import build_parser as cli_parser

    return cli_parser()


def test_the_command_lines_parse() -> None:
    args = _parser().parse_args(["export", "ics", "-o", "talks.ics", "--conversation", "3"])
    assert (args.format, args.output, args.conversation) == ("ics", Path("talks.ics"), 3)
    args = _parser().parse_args(["export", "csv", "--output", "contacts.csv"])
    assert (args.format, args.output) == ("csv", Path("contacts.csv"))
    args = _parser().parse_args(["export", "bank", "2", "-o", "bank.json"])
    assert (args.format, args.bank_id) == ("bank", 2)
    args = _parser().parse_args(["import", "json", "everything.json"])
    assert (args.format, args.file) == ("json", Path("everything.json"))
    with pytest.raises(SystemExit):
        _parser().parse_args(["export", "vcard"])  # -o is required


@pytest.mark.parametrize(
    ("kind", "name", "said"),
    [
        ("csv", "contacts.csv", "12 contacts written"),
        ("vcard", "contacts.vcf", "12 contacts written"),
        ("ics", "talks.ics", "1 conversation written"),
        ("json", "all.json", "Archive written"),
    ],
)
def test_each_export_writes_its_file(
    demo_database, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind, name, said
) -> None:
    output = tmp_path / name
    assert export_command(demo_database, kind, output) == 0
    assert said in capsys.readouterr().out
    assert output.stat().st_size > 100


@pytest.mark.parametrize("kind", ["csv", "vcard", "ics", "json"])
def test_a_missing_folder_fails_in_one_line_and_writes_nothing(
    demo_database, tmp_path: Path, kind: str
) -> None:
    from netplanner.storage.output_files import OutputFileError, OutputRefusedError

    output = tmp_path / "no such folder" / "out.file"
    with pytest.raises(OutputFileError) as error:
        export_command(demo_database, kind, output)
    assert not isinstance(error.value, OutputRefusedError)  # exit 1, not a usage error
    assert "folder does not exist" in str(error.value) and "\n" not in str(error.value)
    assert not output.parent.exists()


def test_no_upcoming_conversation_writes_no_calendar(database, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no upcoming conversations") as error:
        export_command(database, "ics", tmp_path / "talks.ics")
    assert error.value.code == 1
    assert not (tmp_path / "talks.ics").exists()


def test_json_export_then_import_into_a_new_file(
    demo_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "all.json"
    assert export_command(demo_database, "json", archive) == 0
    fresh = open_data_file(tmp_path / "new.sqlite3")
    assert import_json_command(fresh, archive) == 0
    assert "12 contacts, 4 conversations" in capsys.readouterr().out
    # Imported twice: the file is no longer empty; exit 2 and nothing changes.
    with pytest.raises(CommandError, match="already holds 12 contacts") as error:
        import_json_command(fresh, archive)
    assert error.value.code == 2 and "Nothing was restored" in str(error.value)
    assert export_command(fresh, "json", tmp_path / "again.json") == 0
    again = json.loads((tmp_path / "again.json").read_text("utf-8"))
    assert len(again["contacts"]) == 12
    fresh.close()


@pytest.mark.parametrize(
    "content", ["", "not json", '{"format": "netplanner-question-bank", "version": 1}']
)
def test_not_an_archive_is_refused_with_exit_2(database, tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError) as error:
        import_json_command(database, path)
    message = str(error.value)
    assert error.value.code == 2 and "broken.json" in message and "Nothing was restored" in message
    with pytest.raises(CommandError, match="no such file"):
        import_json_command(database, tmp_path / "missing.json")


def test_through_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, archive = tmp_path / "data.sqlite3", tmp_path / "all.json"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "export", "json", "-o", str(archive)]) == 0
    missing = tmp_path / "nowhere" / "contacts.csv"
    capsys.readouterr()
    assert main(["--db", str(db), "export", "csv", "-o", str(missing)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "folder does not exist" in error
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", "json", str(archive)]) == 0
    assert main(["--db", str(fresh), "import", "json", str(archive)]) == 2
    assert "Nothing was restored" in capsys.readouterr().err
    assert main(["--db", str(fresh), "export", "ics", "-o", str(tmp_path / "t.ics")]) == 0


def test_vcard_3_0_and_the_csv_separator_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    cards = tmp_path / "contacts.vcf"
    assert main(["--db", str(db), "export", "vcard", "--version", "3.0", "-o", str(cards)]) == 0
    assert "as vCard 3.0" in capsys.readouterr().out
    text = cards.read_text("utf-8")
    assert text.count("VERSION:3.0") == 12 and "VERSION:4.0" not in text
    assert text.count("\nUID:") == 12  # a UID on every card
    # Where numbers have a decimal comma, Excel splits a double-clicked file at ";".
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    sheet = tmp_path / "contacts.csv"
    assert main(["--db", str(db), "export", "csv", "-o", str(sheet)]) == 0
    assert "separated by semicolons" in capsys.readouterr().out
    assert sheet.read_text("utf-8-sig").startswith("name;role;")
    assert main(["--db", str(db), "export", "csv", "--separator", "comma", "-o", str(sheet)]) == 0
    assert sheet.read_text("utf-8-sig").startswith("name,role,")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["--db", str(db), "export", "csv", "-o", str(sheet)]) == 0
    assert sheet.read_text("utf-8-sig").startswith("name,role,")

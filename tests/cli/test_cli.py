"""The command line as a script sees it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netplanner import __version__
from netplanner.cli import main


def run(*args: str, env_db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if env_db is not None:
        env["NETPLANNER_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "netplanner", *args], capture_output=True, text=True, env=env
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"NetPlanner {__version__}"


def test_demo_then_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "list", "contacts", "--json"]) == 0
    contacts = json.loads(capsys.readouterr().out)
    by_name = {c["name"]: c for c in contacts}
    assert len(contacts) == 12
    assert set(contacts[0]) >= {
        "id",
        "name",
        "role",
        "specialism",
        "organisation",
        "email",
        "introduced_by",
    }
    assert by_name["Carla Smit"]["introduced_by"] == by_name["Anna de Vries"]["id"]
    assert main(["--db", str(db), "list", "conversations", "--json"]) == 0
    conversations = json.loads(capsys.readouterr().out)
    assert {c["status"] for c in conversations} == {"thanked", "held", "scheduled", "asked"}
    assert main(["--db", str(db), "list", "banks"]) == 0
    assert "[nl]" in capsys.readouterr().out


def test_environment_variable_chooses_the_data_file(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    assert run("demo", env_db=db).returncode == 0
    result = run("list", "goals", "--json", env_db=db)
    assert json.loads(result.stdout)[0]["target_role"] == "UX researcher"


def test_sheet_is_written(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    out = tmp_path / "sheet.pdf"
    result = run("--db", str(db), "sheet", "2", "-o", str(out), "--page-size", "Letter")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_sheet_reads_the_file_without_the_database_layer(tmp_path: Path) -> None:
    """Printing writes nothing, so a file at the current revision is read with sqlite3
    alone: importing SQLAlchemy took longer than building the sheet (issue #7)."""
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    out = tmp_path / "sheet.pdf"
    probe = (
        "import sys\nfrom netplanner.cli import main\ncode = main(sys.argv[1:])\n"
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(db), "sheet", "2", "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.stdout.splitlines()[-1] == "0 []", result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_sheet_of_an_older_file_upgrades_it_first(tmp_path: Path) -> None:
    import shutil

    from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS
    from netplanner.storage.sqlite.revision import read_revision

    fixture = Path(__file__).parents[1] / "storage" / "fixtures" / "revision_0001.sqlite3"
    db = tmp_path / "data.sqlite3"
    shutil.copy(fixture, db)
    assert read_revision(db) == KNOWN_REVISIONS[0] != HEAD_REVISION
    out = tmp_path / "sheet.pdf"
    assert main(["--db", str(db), "sheet", "2", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert read_revision(db) == HEAD_REVISION


def test_sheet_of_a_damaged_file_moves_it_aside_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damaged_demo_file
) -> None:
    from netplanner.storage.schema_version import HEAD_REVISION
    from netplanner.storage.sqlite.revision import read_revision

    db = damaged_demo_file("conversation")
    assert read_revision(db) == HEAD_REVISION
    capsys.readouterr()
    assert main(["--db", str(db), "sheet", "2", "-o", str(tmp_path / "sheet.pdf")]) == 1
    error = capsys.readouterr().err
    assert "moved aside" in error and "netplanner restore" in error
    assert list(tmp_path.glob("data.sqlite3.damaged-*"))
    assert not (tmp_path / "sheet.pdf").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["sheet", "99", "-o", "{tmp}/x.pdf"], 2, "There is no conversation with ID 99."),
        (["sheet", "1", "-o", "{tmp}/missing/x.pdf"], 1, "the folder does not exist"),
        (["list", "people"], 2, "invalid choice"),
    ],
)
def test_errors_are_one_line_without_traceback(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    db = tmp_path / "data.sqlite3"
    main(["--db", str(db), "demo"])
    result = run("--db", str(db), *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_not_a_data_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    result = run("--db", str(path), "list", "contacts")
    assert result.returncode == 1
    assert "not a NetPlanner data file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_text() == "shopping list"


def test_sheet_failing_halfway_leaves_no_file(tmp_path: Path, monkeypatch, capsys) -> None:
    import netplanner.printing.prep_sheet as prep_sheet

    db = tmp_path / "data.sqlite3"
    main(["--db", str(db), "demo"])
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"%PDF the user's older sheet")

    def broken(sheet, target, **options) -> None:
        target.write(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(prep_sheet, "render_prep_sheet", broken)
    assert main(["--db", str(db), "sheet", "1", "-o", str(out)]) == 1
    assert "no room left" in capsys.readouterr().err
    assert out.read_bytes() == b"%PDF the user's older sheet"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("sheet")) == ["sheet.pdf"]


def test_demo_in_dutch_fills_the_file_with_the_dutch_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "nl.sqlite3"
    assert main(["--db", str(data), "demo", "--language", "nl"]) == 0
    capsys.readouterr()
    assert main(["--db", str(data), "list", "contacts", "--json"]) == 0
    contacts = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert contacts["Bert Jansen"]["role"] == "Buurman"
    assert contacts["Carla Smit"]["specialism"] == "zorgapps"


def test_output_into_a_pipe_that_closes_early_ends_quietly(tmp_path: Path) -> None:
    """``netplanner list contacts | head -1``: no traceback when the reader stops."""
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "netplanner", "--db", str(db), "list", "contacts"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written
    errors = process.stderr.read().decode()
    assert process.wait() == 1
    assert errors == ""

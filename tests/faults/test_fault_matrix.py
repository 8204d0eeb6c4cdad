"""The fault matrix (issue 16): {full disk, lock held by another process, read-only
folder, permission denied, file is a folder, dangling symlink} × {open, check, import,
backup, restore, export, sheet}, and the same faults where an output goes.

Each case runs the real command line in a child process (see ``fault_harness``) and
asserts what a user must be able to count on: the data file's bytes unchanged or the
write complete, one line on stderr that names the problem, exit code 1 (2 when a
target was refused), no traceback, nothing moved aside and no empty file in its place.
The row "no fault" shows that every command works in the harness, so a failure in
another row comes from its fault.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from fault_harness import (
    IS_ROOT,
    Result,
    can_mount,
    full_disk,
    give_to_user,
    leftovers,
    lock_held,
    run_cli,
    state_of,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="forks, chmod and mounts")

DATA_FAULTS = [
    "no fault",
    "full disk",
    "lock held by another process",
    "read-only folder",
    "permission denied",
    "file is a folder",
    "dangling symlink",
]
OPERATIONS = ["open", "check", "import", "backup", "restore", "export", "sheet"]
#: What the one line says for each fault (any of these, case-insensitive).
SAYS = {
    # Without a tmpfs (not root), the child's file size limit fails writes with EFBIG,
    # which SQLite reports as an I/O error.
    "full disk": ("no room", "disk reported an error", "i/o error"),
    "lock held by another process": ("another program is using",),
    "read-only folder": ("may not", "cannot be opened"),
    "permission denied": ("may not", "cannot read and write", "permission denied"),
    "file is a folder": ("is a folder",),
    "dangling symlink": ("is a link to",),
}
DEMO_CONTACTS = 12


@dataclass
class Templates:
    data: Path  # a demo data file in WAL mode, no -wal/-shm beside it
    backup: Path
    people: Path  # a small CSV to import


@pytest.fixture(scope="module")
def base() -> Iterator[Path]:
    """A folder everyone may enter (pytest's own tmp folder is root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="np-faults-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def templates(base: Path) -> Templates:
    from netplanner.cli import main

    work = base / "template"
    work.mkdir()
    made = work / "made.sqlite3"
    assert main(["--db", str(made), "demo"]) == 0
    assert main(["--db", str(made), "export", "csv", "-o", str(work / "warm.csv")]) == 0
    assert main(["--db", str(made), "sheet", "1", "-o", str(work / "warm.pdf")]) == 0
    data = work / "data.sqlite3"
    source = sqlite3.connect(made)
    target = sqlite3.connect(data)
    source.backup(target)
    target.execute("PRAGMA journal_mode=WAL")
    target.close()
    source.close()
    inputs = base / "in"
    inputs.mkdir(mode=0o755)
    backup = inputs / "backup.sqlite3"
    assert main(["--db", str(made), "backup", "-o", str(backup)]) == 0
    people = inputs / "people.csv"
    people.write_text("Name,Organisation\nFaulty Fay,Matrix BV\nEdge Ed,Matrix BV\n")
    for path in (backup, people):
        os.chmod(path, 0o644)
    return Templates(data, backup, people)


def _command(operation: str, db: Path, out: Path, templates: Templates) -> list[str]:
    return {
        "open": ["--db", str(db), "list", "contacts"],
        "check": ["--db", str(db), "check"],
        "import": ["--db", str(db), "import", "csv", str(templates.people)],
        "backup": ["--db", str(db), "backup"],
        "restore": ["--db", str(db), "restore", str(templates.backup)],
        "export": ["--db", str(db), "export", "csv", "-o", str(out / "contacts.csv")],
        "sheet": ["--db", str(db), "sheet", "1", "-o", str(out / "sheet.pdf")],
    }[operation]


def _case_folder(base: Path, name: str) -> tuple[Path, Path]:
    case = Path(tempfile.mkdtemp(prefix=name.replace(" ", "-") + "-", dir=base))
    os.chmod(case, 0o755)
    data, out = case / "data", case / "out"
    data.mkdir()
    out.mkdir()
    return data, out


def _contacts(db: Path) -> int:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        connection.close()


def _says(result: Result, fault: str) -> bool:
    text = result.err.lower()
    return any(phrase in text for phrase in SAYS[fault])


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("fault", DATA_FAULTS)
def test_a_fault_at_the_data_file(
    base: Path, templates: Templates, fault: str, operation: str
) -> None:
    data, out = _case_folder(base, f"{fault}-{operation}")
    db = data / "data.sqlite3"
    shutil.copy(templates.data, db)
    os.chmod(db, 0o600)
    if fault == "file is a folder":
        db.unlink()
        db.mkdir()
        (db / "keep.txt").write_text("mine")
    elif fault == "dangling symlink":
        db.unlink()
        db.symlink_to(data / "on-a-disk-not-connected.sqlite3")
    os.chmod(out, 0o777)
    give_to_user(data)
    limit = None
    with ExitStack() as stack:
        if fault == "full disk":
            limit = stack.enter_context(full_disk(data, [db]))
            give_to_user(data)
        elif fault == "lock held by another process":
            stack.enter_context(lock_held(db))
        elif fault == "read-only folder":
            os.chmod(data, 0o555)
            stack.callback(os.chmod, data, 0o755)
        elif fault == "permission denied":
            os.chmod(db, 0o000)
            stack.callback(os.chmod, db, 0o600)
        before = state_of(db)
        result = run_cli(
            _command(operation, db, out, templates), as_nobody=IS_ROOT, file_size_limit=limit
        )
        after = state_of(db)
        left = leftovers(data) + leftovers(out)
        report = f"{fault} × {operation}: exit {result.code}\n{result.err}"
        assert "Traceback" not in result.err, report
        assert result.code in (0, 1), report
        assert left == [], report
        if fault == "dangling symlink":
            assert not (data / "on-a-disk-not-connected.sqlite3").exists(), report
        if result.code == 1:
            assert result.one_line, report
            assert fault != "no fault" and _says(result, fault), report
            assert after == before, report  # bytes, folder or link as they were
        else:
            assert fault in ("no fault", "full disk"), report
            # The write is complete: a whole data file that holds at least the demo.
            assert _contacts(db) >= DEMO_CONTACTS, report
            if operation in ("export", "sheet"):
                written = next(out.iterdir())
                assert stat.S_IMODE(written.stat().st_mode) == 0o600, report
        if before[0] == "file":  # never an empty file in its place
            assert db.stat().st_size > 0, report
            if os.access(db, os.R_OK):
                assert db.read_bytes()[:6] == b"SQLite", report


OUTPUT_FAULTS = [
    "full disk",
    "read-only folder",
    "permission denied",
    "target is a folder",
    "dangling symlink",
]
OUTPUTS = ["export", "sheet", "backup -o"]
OUTPUT_SAYS = {
    "full disk": ("no room",),
    "read-only folder": ("may not",),
    "permission denied": ("may not",),
    "target is a folder": ("is a folder",),
    "dangling symlink": ("folder does not exist",),
}


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("fault", OUTPUT_FAULTS)
def test_a_fault_where_the_output_goes(
    base: Path, templates: Templates, fault: str, output: str
) -> None:
    if fault == "full disk" and not can_mount():
        pytest.skip("a full output disk needs a tmpfs (root may mount one)")
    if fault == "permission denied" and not IS_ROOT:
        pytest.skip("needs a folder of another user")
    data, out = _case_folder(base, f"out-{fault}-{output}")
    db = data / "data.sqlite3"
    shutil.copy(templates.data, db)
    os.chmod(db, 0o600)
    target = (
        out / {"export": "contacts.csv", "sheet": "sheet.pdf", "backup -o": "copy.sqlite3"}[output]
    )
    argv = {
        "export": ["--db", str(db), "export", "csv", "-o", str(target)],
        "sheet": ["--db", str(db), "sheet", "1", "-o", str(target)],
        "backup -o": ["--db", str(db), "backup", "-o", str(target)],
    }[output]
    give_to_user(data, out)
    with ExitStack() as stack:
        if fault == "full disk":
            stack.enter_context(full_disk(out, []))
            give_to_user(out)
        elif fault == "read-only folder":
            os.chmod(out, 0o555)
            stack.callback(os.chmod, out, 0o755)
        elif fault == "permission denied":
            os.chown(out, 0, 0)
            os.chmod(out, 0o700)
        elif fault == "target is a folder":
            target.mkdir()
            (target / "keep.txt").write_text("mine")
        elif fault == "dangling symlink":
            target.symlink_to(out / "gone" / target.name)
        before, data_before = state_of(target), state_of(db)
        result = run_cli(argv, as_nobody=IS_ROOT)
        after = state_of(target)
        left = leftovers(out)
        report = f"{fault} × {output}: exit {result.code}\n{result.err}"
        assert "Traceback" not in result.err, report
        assert result.code in (1, 2), report
        assert result.one_line, report
        assert any(phrase in result.err.lower() for phrase in OUTPUT_SAYS[fault]), report
        assert after == before and left == [], report
        assert state_of(db)[0] == data_before[0] == "file", report
        assert _contacts(db) == DEMO_CONTACTS, report

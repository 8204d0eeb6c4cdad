"""Writers wait for each other (issue 16): every write begins ``BEGIN IMMEDIATE`` and a
command-line writer waits for another writer as long as it takes, saying once that it
waits; eight imports started at once all succeed, one after the other."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netplanner.cli import main

pytestmark = pytest.mark.slow
IMPORTS = 8
ROWS = 2000


def _people(path: Path, batch: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Organisation", "Email"])
        for n in range(ROWS):
            writer.writerow(
                [f"Persoon {n} uit groep {batch}", f"Org {n % 40}", f"p{n}.g{batch}@x.nl"]
            )
    return path


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "netplanner", *args]


def test_eight_imports_at_once_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    files = [_people(tmp_path / f"group{n}.csv", n) for n in range(IMPORTS)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    running = [
        subprocess.Popen(
            _command("--db", str(db), "import", "csv", str(path)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for path in files
    ]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in running]  # type: ignore[union-attr]
    for code, out, err in results:
        assert code == 0, err
        assert f"Created: {ROWS}" in out
        assert "Traceback" not in err and "locked" not in err
    import sqlite3

    with sqlite3.connect(db) as connection:
        (contacts,) = connection.execute("SELECT count(*) FROM contact").fetchone()
    connection.close()
    assert contacts == 12 + IMPORTS * ROWS


def test_a_writer_says_once_that_it_waits_then_writes(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    people = _people(tmp_path / "people.csv", 1)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[1]))\n"
            "c.execute('COMMIT')\n",
            "4.5",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    done = subprocess.run(
        _command("--db", str(db), "import", "csv", str(people)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    holder.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started > 3  # it did wait for the other writer
    assert done.stderr.count("waiting for another program") == 1
    assert f"Created: {ROWS}" in done.stdout

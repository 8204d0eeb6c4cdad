"""Kill figures (issue 16): committed records lost over N SIGKILLs of a 30,000-row
import, of a backup and of a restore, each started as the real command line.

    .venv/bin/python tests/bench/kill_figures.py [--kills 40] [--seed 16]

For each kill: a fresh copy of a data file that already holds a committed import of
30,000 contacts (and the demo network), the command started, SIGKILL at a random
moment within the command's own duration (measured first), then the checks:
SQLite's integrity check passes, every committed record is there, the command's own
work is all there or not at all, and nothing is left that the next run must live with
(a ``*.part`` file is allowed only until the next backup, which must remove it).
Not part of the test run (``tests/bench/conftest.py`` keeps pytest out of here).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 30_000


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "netplanner", "--db", str(db), *args]


def _people(path: Path, group: str) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Company", "Email", "Notes"])
        for n in range(ROWS):
            writer.writerow(
                [f"Persoon{n}", f"van {group}", f"Org {n % 300}", f"p{n}@{group}.nl", "x" * 40]
            )
    return path


def _count(db: Path) -> int:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        connection.close()


def _timed(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)
    return time.monotonic() - started


def _kill_at(command: list[str], after: float) -> bool:
    """Start ``command``, SIGKILL it ``after`` seconds; True when it had already ended."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return finished and process.returncode == 0


def _fresh(base: Path, work: Path) -> Path:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    db = work / "data.sqlite3"
    shutil.copy(base, db)
    return db


def kill_imports(base: Path, folder: Path, kills: int, rng: random.Random) -> dict[str, int]:
    committed = _count(base)
    second = _people(folder / "second.csv", "tweede")
    db = _fresh(base, folder / "import")
    duration = _timed(_cli(db, "import", "csv", str(second)))
    lost = half = imported = 0
    for _ in range(kills):
        db = _fresh(base, folder / "import")
        _kill_at(_cli(db, "import", "csv", str(second)), rng.uniform(0, duration))
        after = _count(db)
        lost += max(0, committed - after)
        if after not in (committed, committed + ROWS):
            half += 1
        imported += after == committed + ROWS
    return {
        "kills": kills,
        "committed records lost": lost,
        "half imports": half,
        "kills after the import's commit": imported,
        "import duration s": round(duration, 1),
    }


def kill_backups(base: Path, folder: Path, kills: int, rng: random.Random) -> dict[str, int]:
    committed = _count(base)
    db = _fresh(base, folder / "backup")
    duration = _timed(_cli(db, "backup"))
    lost = bad = parts_seen = 0
    for _ in range(kills):
        _kill_at(_cli(db, "backup"), rng.uniform(0, duration))
        lost += max(0, committed - _count(db))
        for backup in (db.parent / "backups").glob("*.sqlite3"):
            try:
                _count(backup)
            except (AssertionError, sqlite3.DatabaseError):
                bad += 1
        parts_seen = max(parts_seen, len(list((db.parent / "backups").glob("*.part"))))
    subprocess.run(_cli(db, "backup"), check=True, capture_output=True)
    parts_left = len(list((db.parent / "backups").glob("*.part")))
    return {
        "kills": kills,
        "committed records lost": lost,
        "broken backups": bad,
        "most .part files seen": parts_seen,
        ".part files after the next backup": parts_left,
    }


def kill_restores(
    base: Path, older: Path, folder: Path, kills: int, rng: random.Random
) -> dict[str, int]:
    committed, restored = _count(base), _count(older)
    db = _fresh(base, folder / "restore")
    duration = _timed(_cli(db, "restore", str(older)))
    lost = neither = done = 0
    for _ in range(kills):
        db = _fresh(base, folder / "restore")
        _kill_at(_cli(db, "restore", str(older)), rng.uniform(0, duration))
        after = _count(db)
        if after == committed:
            continue  # the data as it was: nothing lost
        done += 1
        if after != restored:
            neither += 1
        # Restored: the state before must be in a whole pre-restore backup.
        saved = sorted((db.parent / "backups").glob("*pre-restore*.sqlite3"))
        if not saved or _count(saved[-1]) != committed:
            lost += committed
    return {
        "kills": kills,
        "committed records lost": lost,
        "neither state": neither,
        "kills after the swap": done,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="np-kills-") as name:
        folder = Path(name)
        base = folder / "base.sqlite3"
        subprocess.run(_cli(base, "demo"), check=True, capture_output=True)
        older = folder / "older.sqlite3"
        subprocess.run(_cli(base, "backup", "-o", str(older)), check=True, capture_output=True)
        first = _people(folder / "first.csv", "eerste")
        subprocess.run(_cli(base, "import", "csv", str(first)), check=True, capture_output=True)
        shutil.rmtree(folder / "backups", ignore_errors=True)
        print(f"data file: {_count(base)} committed contacts; backup to restore: {_count(older)}")
        for name_, figures in (
            ("import of 30,000 rows", kill_imports(base, folder, args.kills, rng)),
            ("backup", kill_backups(base, folder, args.kills, rng)),
            ("restore", kill_restores(base, older, folder, args.kills, rng)),
        ):
            print(f"{name_}: " + ", ".join(f"{key} {value}" for key, value in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

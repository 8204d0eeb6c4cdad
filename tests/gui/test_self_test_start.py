"""``--self-test-start``: the benchmark's start figure (tests/bench) opens the window with
the contacts shown and quits, without rendering a sheet; it is not in ``--help``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-m", "netplanner", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_self_test_start_shows_the_contacts_and_quits(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert _run(tmp_path, "--db", str(db), "demo").returncode == 0
    result = _run(tmp_path, "--db", str(db), "--self-test-start")
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout and "12 contacts shown" in result.stdout
    assert "sheet" not in result.stdout


def test_self_test_start_is_not_in_the_help(tmp_path: Path) -> None:
    result = _run(tmp_path, "--help")
    assert "--self-test-start" not in result.stdout

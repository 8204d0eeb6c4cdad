"""End to end as a user starts it: a real X11 window under Xvfb, not the offscreen platform."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from xvfb_server import private_display

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)",
    ),
]


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb server; -displayfd lets it pick a free display number."""
    with private_display() as number:
        yield number


def _env(display: str, tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("NETPLANNER_DB", None)
    return env


def test_app_opens_a_window_titled_with_its_own_data_file(display: str, tmp_path: Path) -> None:
    env = _env(display, tmp_path)
    app = subprocess.Popen(
        [sys.executable, "-m", "netplanner"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        found = subprocess.run(
            [
                "xdotool",
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                r"^netplanner\.sqlite3 .+ NetPlanner$",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert found.returncode == 0 and found.stdout.strip(), app.stderr
        welcome = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Welcome to NetPlanner"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert welcome.stdout.strip(), "the first-start offer of example data did not appear"
        data_file = tmp_path / "data" / "NetPlanner" / "netplanner.sqlite3"
        deadline = time.monotonic() + 10
        while not data_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert data_file.exists()
    finally:
        app.kill()
        app.wait(timeout=10)


def test_self_test_passes_in_a_real_window(display: str, tmp_path: Path) -> None:
    env = _env(display, tmp_path)
    db = tmp_path / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "netplanner", "--db", str(db), "demo"],
        env=env,
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "netplanner", "--db", str(db), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout and "12 contacts" in result.stdout

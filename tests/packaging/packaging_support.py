"""Shared by the packaging tests and their fixtures (a plain module: conftest is not importable)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING_DIR = ROOT / "packaging"
APP_NAME = "NetPlanner"

# name -> text, shown in the terminal summary by conftest.py
FIGURES: dict[str, str] = {}


@dataclass(frozen=True)
class BuiltApp:
    folder: Path  # dist/NetPlanner
    executable: Path
    seconds: float  # how long packaging/build.py took
    size: int  # bytes in the folder


def desktop_env(display: str, home: Path, data_file: Path | None = None) -> dict[str, str]:
    """The environment of a user's desktop session: real X11 (xcb), a fresh home folder."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "PYTHON", "NETPLANNER_", "LC_"))
        and key not in ("VIRTUAL_ENV", "LANGUAGE")
    }
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        LANG="en_GB.UTF-8",  # English texts: the tests look for window titles
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    if data_file is not None:
        env["NETPLANNER_DB"] = str(data_file)
    return env

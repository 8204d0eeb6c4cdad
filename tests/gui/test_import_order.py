"""On the way to the first paint, nothing of NetPlanner's Qt-free layers is imported after
PySide6 (netplanner/gui/__init__.py says why: PySide6 reads the source of every module
imported after it), and a healthy data file is shown without SQLAlchemy, which is loaded
once the window has painted (issue #24): whether the window opens on the Contacts tab or
on Today, a new user's first tab."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netplanner import process_clock

_WATCH = """
import json, sys
import netplanner.process_clock as clock
mark = clock.mark_first_paint
def watched():
    mark()
    names = list(sys.modules)
    late = names[names.index("PySide6.QtCore"):]
    with open(sys.argv[1], "w") as handle:
        json.dump({"late": [n for n in late if n.startswith("netplanner.")
                            and not n.startswith("netplanner.gui")],
                   "sqlalchemy": [n for n in names if n.split(".")[0] == "sqlalchemy"]},
                  handle)
clock.mark_first_paint = watched
from netplanner.cli import main
sys.exit(main(["--db", sys.argv[2]]))
"""


@pytest.mark.parametrize("tab", [1, 0], ids=["contacts", "today"])
def test_the_layers_below_qt_come_before_it(tmp_path: Path, tab: int) -> None:
    db = tmp_path / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "netplanner", "--db", str(db), "demo"], check=True, timeout=120
    )
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    settings = tmp_path / "config" / "NetPlanner" / "NetPlanner.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[welcome]\nseen=true\n\n[window]\ntab={tab}\n", encoding="utf-8")
    env[process_clock.MARKER_ENV] = str(tmp_path / "marks")
    late = tmp_path / "late.json"
    result = subprocess.run(
        [sys.executable, "-c", _WATCH, str(late), str(db)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    at_first_paint = json.loads(late.read_text())
    assert at_first_paint["late"] == []
    assert at_first_paint["sqlalchemy"] == []

"""The benchmark (``python3 run.py bench``, issue #7) still runs from end to end.

It is not part of the test run itself: this runs it once on a small network (700
contacts, so there are the 100 conversations its sheet figures print) with one repeat,
in a temporary folder, and checks every figure was measured. About 20 seconds.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIGURES = (
    "data file size (MB)",
    "first paint (s)",
    "first paint peak memory (MB)",
    "first paint processor time (s)",
    "first paint on the Today tab (s)",
    "close (s)",
    "close processor time (s)",
    "window ready after the first paint (s)",
    "window ready peak memory (MB)",
    "import LinkedIn file (s)",
    "import the same file again (s)",
    "search as you type, p95 (ms)",
    "sort by slowest column (ms)",
    "first sort by slowest column (ms)",
    "open Network view (ms)",
    "one prep sheet (s)",
    "100 prep sheets in one process, one PDF (s)",
    "100 prep sheets, 100 PDFs (s)",
    "who to ask next: people who do the work (ms)",
    "who to ask next: people to think along (ms)",
    "who to ask next, every role written differently (ms)",
    "conversation mode: one answer saved, with every tab built, p95 (ms)",
)


def test_the_benchmark_measures_every_figure(tmp_path: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path))  # its data files and work folder
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "bench" / "run.py"), "--sizes", "700",
         "--repeats", "1"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    measured = {}
    for line in result.stdout.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 3 and cells[0] != "figure" and re.fullmatch(r"[\d.]+", cells[1]):
            measured[cells[0]] = float(cells[1])
    assert set(measured) == set(FIGURES)
    assert all(value > 0 for value in measured.values())

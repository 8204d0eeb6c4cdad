"""The window's first paint (issue #24): work that waits for it, and the marker the
benchmark reads (``NETPLANNER_FIRST_PAINT_MARKER``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QLabel

from netplanner import process_clock
from netplanner.gui.first_paint import FirstPaint


def test_work_waits_for_the_first_paint_then_runs_in_order(qtbot) -> None:
    label = QLabel("contacts")
    qtbot.addWidget(label)
    done: list[str] = []
    after_paint = FirstPaint(label)
    after_paint.later(lambda: done.append("server"))
    after_paint.later(lambda: done.append("backup"))
    qtbot.wait(50)
    assert done == [], "nothing runs before the widget has painted"
    label.show()
    qtbot.waitUntil(lambda: after_paint.painted)
    assert done == ["server", "backup"]
    after_paint.later(lambda: done.append("late"))
    assert done == ["server", "backup", "late"], "after the paint, work runs at once"


def test_work_still_runs_when_no_paint_comes(qtbot, monkeypatch) -> None:
    monkeypatch.setattr("netplanner.gui.first_paint.PAINT_WAIT_MS", 50)
    label = QLabel("never shown")
    qtbot.addWidget(label)
    done: list[str] = []
    FirstPaint(label).later(lambda: done.append("backup"))
    qtbot.waitUntil(lambda: done == ["backup"], timeout=2000)


def test_no_marker_is_written_unless_asked(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(process_clock.MARKER_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    process_clock.mark_first_paint()
    process_clock.mark_close()
    assert list(tmp_path.iterdir()) == []


def _start(tmp_path: Path, db: Path, marks: Path) -> subprocess.CompletedProcess[str]:
    """The real start, which closes itself once it has marked its first paint."""
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    settings = tmp_path / "config" / "NetPlanner" / "NetPlanner.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[welcome]\nseen=true\n\n[window]\ntab=1\n", encoding="utf-8")
    env[process_clock.MARKER_ENV] = str(marks)
    command = [sys.executable, "-m", "netplanner", "--db", str(db)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_the_app_marks_its_first_paint_and_its_close(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "netplanner", "--db", str(db), "demo"], check=True, timeout=120
    )
    marks = tmp_path / "marks"
    started = time.monotonic()
    result = _start(tmp_path, db, marks)
    wall = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert marks.read_text().count('"first_paint"') == 1, "one mark, by the window"
    stamps = process_clock.read_marks(marks)
    paint, ready, close = stamps["first_paint"], stamps["ready"], stamps["close"]
    assert 0 < paint["seconds"] < ready["seconds"] < wall
    assert 20 < paint["peak_mb"] <= ready["peak_mb"]
    assert close["clock_ns"] < process_clock.now_ns()


def test_the_daily_backup_waits_for_the_paint_but_is_made(tmp_path: Path) -> None:
    from netplanner.storage.sqlite.backups import backup_folder

    db = tmp_path / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "netplanner", "--db", str(db), "demo"], check=True, timeout=120
    )
    shutil.rmtree(backup_folder(db), ignore_errors=True)
    result = _start(tmp_path, db, tmp_path / "marks")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in backup_folder(db).glob("*-daily.sqlite3")] != []


def _file_menu(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() or "—" for action in menu.actions()]


def test_import_and_export_come_after_the_paint_in_their_place(qtbot, demo_context) -> None:
    from netplanner.gui.main_window import MainWindow

    whole = MainWindow(demo_context)
    qtbot.addWidget(whole)
    later = MainWindow(demo_context, transfer_menus=False)
    qtbot.addWidget(later)
    assert "&Import" not in _file_menu(later) and not hasattr(later, "transfer_imports")
    later.add_transfer_menus()
    later.add_transfer_menus()  # once only
    assert _file_menu(later) == _file_menu(whole)
    assert "&Import" in _file_menu(later) and hasattr(later, "transfer_imports")

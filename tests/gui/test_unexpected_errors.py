"""An error nobody expected: one dialog with the details folded away, and the log;
never thousands of traceback lines while the window carries on as if nothing happened."""

from __future__ import annotations

import logging
import sys

import pytest
from gui_faults import fail_reads
from PySide6.QtCore import QObject, QTimer, Signal

from netplanner.gui.main_window import MainWindow
from netplanner.gui.unexpected import ErrorReporter, log, start_log

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter, not pytest-qt, takes them

DISK = (
    "The disk with the data file reported an error; try again, and if it keeps failing, "
    "check the disk."
)


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def reporter(tmp_path, prompts, monkeypatch):
    quits: list[bool] = []
    log_file = tmp_path / "log" / "netplanner.log"
    handlers = list(log.handlers)
    start_log(log_file)
    reporter = ErrorReporter(prompts, lambda: quits.append(True), log_file)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter.install()
    reporter.quits = quits
    yield reporter
    for handler in log.handlers[len(handlers) :]:
        handler.close()
        log.removeHandler(handler)
    log.setLevel(logging.NOTSET)


def _paint_fails() -> None:
    raise ZeroDivisionError("the chart divided by zero contacts")


def test_an_error_in_a_slot_is_shown_once_with_details_and_logged(
    qtbot, reporter, prompts, capsys
) -> None:
    emitter = Emitter()
    emitter.fired.connect(_paint_fails)
    for _ in range(200):  # a paint handler that fails on every repaint
        emitter.fired.emit()
    qtbot.waitUntil(lambda: prompts.asked != [], timeout=2000)
    qtbot.wait(50)
    assert [kind for kind, _ in prompts.asked] == ["problem"]
    assert "did not expect" in prompts.asked[0][1]
    details = prompts.details[0]
    assert "ZeroDivisionError: the chart divided by zero contacts" in details
    assert "_paint_fails" in details and "199 more errors" in details
    assert str(reporter.log_file) in details
    logged = reporter.log_file.read_text(encoding="utf-8")
    assert logged.count("ZeroDivisionError: the chart divided by zero contacts") == 200
    assert reporter.log_file.stat().st_mode & 0o777 == 0o600
    assert "Traceback" not in capsys.readouterr().err, "one line each, not the traceback"

    emitter.fired.emit()  # the same error later: in the log, not in another dialog
    qtbot.wait(50)
    assert len(prompts.asked) == 1
    assert reporter.quits == []


def test_quit_from_the_dialog(qtbot, reporter, prompts) -> None:
    prompts.problem_answers = [1]  # Quit NetPlanner
    QTimer.singleShot(0, _paint_fails)
    qtbot.waitUntil(lambda: reporter.quits == [True], timeout=2000)


def test_trouble_with_the_data_file_is_said_in_its_one_line(
    qtbot, reporter, prompts, demo_context, monkeypatch
) -> None:
    """A read that fails on the disk (a USB stick pulled out): the one line, no traceback."""
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.contacts_tab  # noqa: B018 - built, so it reads on a change
    fail_reads(monkeypatch, demo_context.database, "disk I/O error")
    demo_context.events.contacts_changed.emit()
    qtbot.waitUntil(lambda: prompts.errors != [], timeout=3000)
    assert prompts.errors == [DISK]
    assert not any(kind == "problem" for kind, _ in prompts.asked)

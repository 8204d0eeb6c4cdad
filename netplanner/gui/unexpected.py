"""Errors nobody expected: one dialog with the details folded away, and a log.

PySide prints an exception raised in a slot or a paint handler and carries on; a
failing paint handler prints on every repaint, thousands of lines nobody reads, while
the window goes on half-working. :class:`ErrorReporter` is installed as
``sys.excepthook`` by the app: it writes each error to the log, and shows one dialog at
a time, after the failing handler has returned. Trouble with the data file (a lock,
a full disk) is said in its one line; anything else is "something went wrong", with
the traceback behind *Show Details…* and a choice to keep working or quit (which
still asks about unsaved edits).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer

from netplanner.gui.data_trouble import trouble_of
from netplanner.gui.prompts import Prompts
from netplanner.messages import fill

log = logging.getLogger("netplanner")
log.addHandler(logging.NullHandler())  # without a log file: no tracebacks on stderr either

# The log is kept small: the newest errors matter, and it may name people (a message
# can quote a value). Two files of this size at most.
LOG_BYTES = 512 * 1024


def default_log_file() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("NetPlanner", appauthor=False)) / "netplanner.log"


def start_log(path: Path) -> None:
    """Log warnings and errors of NetPlanner to ``path`` (made 0600, in a 0700 folder)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=1, encoding="utf-8")
    except OSError:
        return  # no log (a full disk, a read-only home): the dialog still shows the error
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


ExceptInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorReporter:
    """``sys.excepthook`` for the window's life; see the module's docstring."""

    def __init__(
        self, prompts: Prompts, quit_app: Callable[[], object], log_file: Path | None = None
    ) -> None:
        self.prompts = prompts
        self.quit_app = quit_app
        self.log_file = log_file
        self._waiting: list[ExceptInfo] = []
        self._showing = False
        self._shown: set[tuple[str, str]] = set()  # errors already shown, by kind and place

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error\n%s", details_of(kind, error, tb))
        print(f"NetPlanner: {kind.__name__}: {_first_line(error)}", file=sys.stderr)
        if not self._waiting:
            QTimer.singleShot(0, self.show_waiting)  # after the failing handler returned
        self._waiting.append((kind, error, tb))

    def show_waiting(self) -> None:
        """Show the first error that waits (the others were logged); one dialog at a time."""
        if self._showing or not self._waiting:
            return
        waiting, self._waiting = self._waiting, []
        kind, error, tb = waiting[0]
        place = _place(tb)
        if (kind.__name__, place) in self._shown:
            return  # the same again (a paint handler on every repaint): logged only
        self._shown.add((kind.__name__, place))
        self._showing = True
        try:
            self._show(kind, error, tb, len(waiting) - 1)
        finally:
            self._showing = False

    def _show(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None, more: int
    ) -> None:
        trouble = trouble_of(error)
        if trouble is not None:
            self.prompts.error(
                QCoreApplication.translate("ErrorReporter", "Problem with the data file"),
                trouble.text,
            )
            return
        text = QCoreApplication.translate(
            "ErrorReporter",
            "Something went wrong that NetPlanner did not expect. What you saved is safe; "
            "what you are typing is still there. If the window behaves oddly, quit and "
            "start NetPlanner again.",
        )
        details = details_of(kind, error, tb)
        if more:
            details += "\n" + fill(
                QCoreApplication.translate(
                    "ErrorReporter", "%1 more errors followed; they are in the log."
                ),
                str(more),
            )
        if self.log_file is not None:
            details += "\n" + fill(
                QCoreApplication.translate("ErrorReporter", "Log: %1"), str(self.log_file)
            )
        choice = self.prompts.problem(
            QCoreApplication.translate("ErrorReporter", "Something went wrong"),
            text,
            [
                QCoreApplication.translate("ErrorReporter", "Keep working"),
                QCoreApplication.translate("ErrorReporter", "Quit NetPlanner"),
            ],
            details=details,
            escape=0,
        )
        if choice == 1:
            self.quit_app()


def details_of(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The traceback, without the statement and values SQLAlchemy adds to its errors:
    they can be long and hold notes about people."""
    return "".join(traceback.format_tb(tb)) + f"{kind.__name__}: {_message(error)}\n"


def _message(error: BaseException) -> str:
    # Only SQLAlchemy raises its errors: until it is loaded none can come.
    exc = sys.modules.get("sqlalchemy.exc")
    if exc is not None and isinstance(error, exc.StatementError) and error.orig is not None:
        return f"{type(error.orig).__name__}: {error.orig}"
    return str(error)


def _first_line(error: BaseException) -> str:
    text = _message(error).strip()
    return (text.splitlines() or [""])[0][:200]


def _place(tb: TracebackType | None) -> str:
    """Where the error was raised: its innermost frame's file and line."""
    frames = traceback.extract_tb(tb)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""

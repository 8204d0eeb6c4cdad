"""The end of a session the window did not start: logging out, shutting down, a SIGTERM.

Closing the window asks about unsaved edits itself (``MainWindow.closeEvent``). When
the desktop ends the session, Qt 6 does not close the window: it only emits
``commitDataRequest``. Then the same question is asked if the session manager allows
it, and a *Keep editing* cancels the logout. When nobody may be asked (a forced
shutdown, a SIGTERM) the edits are saved as they are: better a note saved that the
user could still change than a note lost.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

from netplanner.gui.main_window import MainWindow
from netplanner.gui.prompts import QuietPrompts

log = logging.getLogger(__name__)


class SessionManager(Protocol):
    """What is used of ``QSessionManager`` (which tests cannot construct)."""

    def allowsInteraction(self) -> bool: ...  # Qt's name

    def release(self) -> None: ...

    def cancel(self) -> None: ...


def commit_data(window: MainWindow, manager: SessionManager) -> None:
    """The session ends: ask about unsaved edits, or save them when nobody can be asked."""
    if not window.tabs_with_unsaved_edits():
        return
    if manager.allowsInteraction():
        try:
            keep_session = not window.resolve_unsaved_edits()
        finally:
            manager.release()
        if keep_session:
            manager.cancel()
        return
    save_without_asking(window)


def save_without_asking(window: MainWindow) -> None:
    """Save every unsaved form; a problem is logged, never shown (nobody is there)."""
    context = window.context
    if not window.tabs_with_unsaved_edits():
        return
    shown, context.prompts = context.prompts, QuietPrompts()
    try:
        left = window.save_unsaved_edits()
    finally:
        context.prompts = shown
    for tab in left:
        log.warning("unsaved edits in %s could not be saved at the end of the session", tab)


def watch_session_end(app: QApplication, window: MainWindow) -> None:
    """Connect the session's end to the window: logging out, quitting, SIGTERM."""
    app.commitDataRequest.connect(lambda manager: commit_data(window, manager))
    # Quitting without the window closed first (the session manager's "die", SIGTERM):
    # the last moment anything can be saved.
    app.aboutToQuit.connect(lambda: save_without_asking(window))

    def terminated() -> None:
        save_without_asking(window)  # first: quitting closes the window, which would ask
        app.quit()

    on_sigterm(app, terminated)


def on_sigterm(app: QApplication, act: Callable[[], None]) -> QObject | None:
    """Run ``act`` on SIGTERM (what a desktop sends at logout) instead of dying on the
    spot. Python runs signal handlers only between its own bytecodes, which Qt's event
    loop never reaches when idle: the signal wakes a socket that Qt watches instead."""
    try:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        signal.signal(signal.SIGTERM, lambda _number, _frame: None)
    except (OSError, ValueError, AttributeError):  # not the main thread, or no SIGTERM
        return None
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            numbers = reader.recv(64)
        except OSError:
            return
        if signal.SIGTERM in numbers:
            act()

    notifier.activated.connect(woken)
    _kept.append((reader, writer, notifier))  # as long as the application runs
    return notifier


_kept: list[object] = []

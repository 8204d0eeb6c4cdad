"""The main window's size and place on the screen it opens on.

A new window takes a generous share of the screen's available area (the screen less
task bars and docks) and never more: at 1100 × 720 the bottom, status bar included, fell
off a 1920 × 1080 laptop at 150 % scaling (1280 × 720 logical pixels, less a task bar).
A remembered size is kept, but clamped to the available area too: the screen may have
become smaller since (another monitor, a larger scaling).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1100, 720)
"""The size a new window wants where there is room."""
SHARE = 0.85
"""On screens larger than PREFERRED needs, the share of the available area taken."""
FRAME_ALLOWANCE = QSize(16, 48)
"""Room left for the window manager's frame and title bar, which the window's own
size does not include and which is unknown before the window is first shown."""


def first_size(available: QRect) -> QSize:
    """A new window's size on a screen whose available area is ``available``."""
    room = available.size() - FRAME_ALLOWANCE
    wanted = QSize(
        max(PREFERRED.width(), round(available.width() * SHARE)),
        max(PREFERRED.height(), round(available.height() * SHARE)),
    )
    return wanted.boundedTo(room).expandedTo(QSize(1, 1))


def clamped(frame: QRect, available: QRect) -> QRect:
    """``frame`` made to fit inside ``available``: smaller where it is larger, moved in
    where it sticks out."""
    size = frame.size().boundedTo(available.size())
    left = min(max(frame.left(), available.left()), available.right() - size.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def _available(window: QWidget) -> QRect | None:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else None


def open_at_first_size(window: QWidget) -> None:
    """Size a window shown for the first time to its screen, centred on it."""
    available = _available(window)
    if available is None:
        window.resize(PREFERRED)
        return
    size = first_size(available)
    window.resize(size)
    centre = available.center()
    left = centre.x() - (size.width() + FRAME_ALLOWANCE.width()) // 2
    top = centre.y() - (size.height() + FRAME_ALLOWANCE.height()) // 2
    window.move(QPoint(max(left, available.left()), max(top, available.top())))


def keep_on_screen(window: QWidget) -> None:
    """After restoring a remembered geometry: the whole window, frame included, on the
    screen it is on, shrunk where the screen has become smaller."""
    available = _available(window)
    if available is None or window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()  # the frame, when the window has one
    extra = extra.expandedTo(FRAME_ALLOWANCE) if not window.isVisible() else extra
    fitted = clamped(QRect(frame.topLeft(), window.size() + extra), available)
    if fitted.size() != window.size() + extra:
        window.resize(fitted.size() - extra)
    if fitted.topLeft() != frame.topLeft():
        window.move(fitted.topLeft())

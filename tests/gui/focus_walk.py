"""Walking the focus with the Tab key, and telling whether a focus can be seen.

Seen means: compared with the same place without the focus, pixels around the control
changed by at least 3:1 (WCAG 2.1's non-text contrast), together as many as a 1-pixel
line all round it. Only a band along the control's edge is compared (from 4 pixels
outside to 3 inside): a frame shows there, and the band is small enough to compare in
Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QStyleFactory,
    QWidget,
)

from netplanner.gui import theme
from netplanner.gui.contrast import contrast
from netplanner.gui.focus_frame import focus_target, uninstall_focus_frames

OUTSIDE, INSIDE = 4, 3
#: An item's frame may sit inside the item's padding (the banks' tables have 3 pixels).
ITEM_INSIDE = 6


@contextmanager
def themed(scheme: str) -> Iterator[None]:
    """The application in ``scheme`` ("light", "dark") with its focus frame; the plain
    style and palette back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name, palette = app.style().name() or "fusion", app.palette()
    theme.apply_theme(app, scheme)
    try:
        yield
    finally:
        uninstall_focus_frames(app)
        app.setStyle(QStyleFactory.create(name))
        app.setPalette(palette)


def tab_stops(
    window: QWidget,
    start: QWidget,
    on_stop: Callable[[QWidget], object] = lambda _widget: None,
    limit: int = 150,
) -> tuple[list[QWidget], bool]:
    """The controls Tab reaches from ``start`` until it comes back there, in order (a
    control once however many presses it takes), and whether it came back.
    ``on_stop`` is called with each control the first time it has the focus."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[QWidget] = []
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        target = focus_target(QApplication.focusWidget())
        if target is None or target is start:
            return stops, target is start
        if target not in stops:
            stops.append(target)
            on_stop(target)
    return stops, False


def _band(rect: QRect, inside: int = INSIDE) -> list[QRect]:
    """Four strips along the edge of ``rect``: top, bottom, left, right."""
    outer = rect.adjusted(-OUTSIDE, -OUTSIDE, OUTSIDE, OUTSIDE)
    depth = OUTSIDE + inside
    return [
        QRect(outer.left(), outer.top(), outer.width(), depth),
        QRect(outer.left(), outer.bottom() - depth + 1, outer.width(), depth),
        QRect(outer.left(), outer.top() + depth, depth, outer.height() - 2 * depth),
        QRect(outer.right() - depth + 1, outer.top() + depth, depth, outer.height() - 2 * depth),
    ]


def _grab(window: QWidget, strips: list[QRect]) -> list[QImage]:
    QApplication.processEvents()
    return [window.grab(strip).toImage() for strip in strips]


def _changed(before: list[QImage], after: list[QImage]) -> int:
    """Pixels that differ by 3:1 or more between two grabs of the same strips."""
    ratios: dict[tuple[int, int], float] = {}
    count = 0
    for one, other in zip(before, after, strict=True):
        for y in range(min(one.height(), other.height())):
            for x in range(min(one.width(), other.width())):
                a, b = one.pixel(x, y), other.pixel(x, y)
                if a == b:
                    continue
                key = (a, b)
                if key not in ratios:
                    ratios[key] = contrast(QColor.fromRgb(a), QColor.fromRgb(b))
                count += ratios[key] >= 3
    return count


def in_window(window: QWidget, widget: QWidget, rect: QRect | None = None) -> QRect:
    """``rect`` of ``widget`` (default: all of it) in ``window``'s coordinates."""
    rect = rect if rect is not None else widget.rect()
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def focus_shows(window: QWidget, widget: QWidget) -> bool:
    """Whether ``widget`` (which has the focus) looks different enough from itself
    without it: its own edge, and for a list or table the current item's too (inside
    the list: the frame around the list does not count for the item)."""
    visible = in_window(window, widget).intersected(window.rect())
    areas = [(visible, _band(visible), visible)]
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        inside = in_window(window, widget.viewport())
        item = in_window(window, widget.viewport(), widget.visualRect(widget.currentIndex()))
        strips = [strip.intersected(inside) for strip in _band(item, ITEM_INSIDE)]
        areas.append((item.intersected(inside), strips, inside))
    focused = [_grab(window, strips) for _rect, strips, _clip in areas]
    QApplication.focusWidget().clearFocus()
    unfocused = [_grab(window, strips) for _rect, strips, _clip in areas]
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    for (rect, _strips, _clip), one, other in zip(areas, focused, unfocused, strict=True):
        if _changed(one, other) < 2 * (rect.width() + rect.height()):
            return False
    return True


def out_of_order(window: QWidget, stops: list[QWidget]) -> list[str]:
    """Steps of the Tab order that go back against the reading order: up, without going
    on to a column further right (a row of buttons goes right; the next field is below;
    the top of the next column is right of where the last one ended). A scrolling form
    counts as scrolled to the top; from inside it to outside, where the form is counts."""
    found = []
    for one, other in pairwise(stops):
        a, b = _comparable(window, one, other)
        next_column = b.left() >= a.right() - 4
        below = b.top() >= a.top() - 4
        same_line = abs(b.center().y() - a.center().y()) < max(a.height(), b.height()) / 2
        if (same_line and b.left() < a.left() - 4) or not (below or next_column):
            found.append(f"{describe(one)} → {describe(other)}")
    return found


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if inner is not None and inner.isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def _unscrolled(window: QWidget, widget: QWidget, area: QScrollArea) -> QRect:
    """Where ``widget`` is with ``area`` scrolled to the top and left."""
    origin = area.viewport().mapTo(window, QPoint(0, 0))
    return QRect(origin + widget.mapTo(area.widget(), QPoint(0, 0)), widget.size())


def _comparable(window: QWidget, one: QWidget, other: QWidget) -> tuple[QRect, QRect]:
    first, second = _scroll_area(one), _scroll_area(other)
    if first is not None and first is second:
        return _unscrolled(window, one, first), _unscrolled(window, other, first)
    return (
        in_window(window, first if first is not None else one),
        in_window(window, second if second is not None else other),
    )


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {name!r}"[:80]

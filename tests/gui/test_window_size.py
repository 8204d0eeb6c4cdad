"""The window fits the screen: a new window takes the screen's available area into
account (never larger), and a remembered size is clamped to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from netplanner.gui import window_size
from netplanner.gui.main_window import MainWindow
from netplanner.gui.window_size import FRAME_ALLOWANCE, clamped, first_size

TASK_BAR = 48


@pytest.mark.parametrize(
    "available",
    [
        QRect(0, 0, 1366, 768 - TASK_BAR),  # a common small laptop
        QRect(0, 0, 1280, 720 - TASK_BAR),  # 1920 × 1080 at 150 % scaling
        QRect(0, 0, 1024, 600 - TASK_BAR),  # a netbook
    ],
)
def test_a_new_window_fits_the_available_area_with_its_frame(available: QRect) -> None:
    size = first_size(available) + FRAME_ALLOWANCE
    assert size.width() <= available.width() and size.height() <= available.height()
    assert size.height() >= available.height() * 0.9, "it uses the room there is"


def test_on_a_large_screen_a_new_window_is_large_but_not_full() -> None:
    available = QRect(0, 0, 2560, 1400)
    size = first_size(available)
    assert QSize(1800, 1000).width() <= size.width() < available.width()
    assert size.height() < available.height()


def test_a_remembered_frame_is_moved_and_shrunk_onto_the_screen() -> None:
    available = QRect(0, 0, 1280, 672)
    assert clamped(QRect(1500, 300, 1100, 720), available) == QRect(180, 0, 1100, 672)
    assert clamped(QRect(-50, -20, 600, 400), available) == QRect(0, 0, 600, 400)
    assert clamped(QRect(100, 100, 600, 400), available) == QRect(100, 100, 600, 400)


def test_the_first_window_fits_the_screen_it_opens_on(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    window.show()
    qtbot.waitExposed(window)
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)


def test_the_first_window_on_a_small_laptop(qtbot, demo_context, monkeypatch) -> None:
    laptop = QRect(0, 0, 1366, 768 - TASK_BAR)
    monkeypatch.setattr(window_size, "_available", lambda _window: laptop)
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    frame = QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    assert laptop.contains(frame), (frame, laptop)
    assert window.minimumSizeHint().height() <= window.height(), "the layout can shrink to it"


def test_a_remembered_size_larger_than_the_screen_is_clamped(qtbot, demo_context) -> None:
    first = MainWindow(demo_context)
    qtbot.addWidget(first)
    first.show()
    first.resize(3000, 2000)  # remembered on a larger monitor
    first.move(-400, 200)
    first.close()
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)

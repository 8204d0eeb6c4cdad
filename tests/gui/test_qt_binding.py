"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 returned None/True from signal emits and void Qt
calls without a reference; after enough calls the interpreter aborts ("bool_dealloc").
pyproject.toml excludes that release; this test fails loudly if one like it comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emit_and_void_calls_keep_reference_counts(qapp) -> None:
    emitter, timer = _Emitter(), QTimer()
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        emitter.fired.emit()
        timer.setInterval(5)
    assert sys.getrefcount(None) - before_none > -100
    assert sys.getrefcount(True) - before_true > -100

"""The baseline of the first-paint figures (issue #24): ``python first_paint_baseline.py``.

PySide6 and ``sqlalchemy.orm`` imported, an empty ``QMainWindow`` shown; its first paint
marked exactly as the app marks its own (``netplanner.process_clock``, asked for by the
same environment variable), then the window closed 300 ms later as the app's run closes
its own. A file of its own, so nothing else (json, statistics…) is imported first.
"""

import sqlalchemy.orm  # noqa: F401 - the import is what is measured
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from netplanner import process_clock  # the same clock and marker as the app


class Marker(QObject):
    """Marks the window's first paint, then closes it after the app's wait."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            process_clock.mark_first_paint()
            self.window.removeEventFilter(self)
            QTimer.singleShot(300, self.close)
        return False

    def close(self) -> None:
        process_clock.mark_close()
        self.window.close()


def main() -> None:
    app = QApplication([])
    window = QMainWindow()
    window.resize(1100, 720)
    marker = Marker(window)
    window.show()
    app.exec()
    del marker


if __name__ == "__main__":
    main()

"""The one-line count label: shows its text, elides what does not fit, never relayouts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netplanner.gui.line_label import LineLabel


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_text_is_shown_and_long_text_is_elided_with_a_tooltip(qtbot) -> None:
    label = LineLabel()
    qtbot.addWidget(label)
    label.resize(120, label.sizeHint().height())
    label.show()
    label.setText("3 of 12 contacts")
    assert label.text() == "3 of 12 contacts" and label.toolTip() == ""
    assert label.accessibleName() == "3 of 12 contacts"
    long = "Geen overeenkomsten onder 30.000 contactpersonen in je netwerk"
    label.setText(long)
    assert label.toolTip() == long
    label.resize(2000, label.height())
    assert label.toolTip() == ""


def _layout_requests_while_counting(qtbot, label: QWidget) -> int:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(label)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the first layout is done
    requests = _LayoutRequests()
    window.installEventFilter(requests)
    for count in range(1, 20):
        label.setText(f"{count} of 30,000 contacts")
        qtbot.wait(1)
    return requests.count


def test_changing_the_text_asks_no_relayout_of_the_window(qtbot) -> None:
    assert _layout_requests_while_counting(qtbot, QLabel()) > 0  # what it saves
    assert _layout_requests_while_counting(qtbot, LineLabel()) == 0

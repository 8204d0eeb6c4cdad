"""At 150 % and 200 % text, in English and in Dutch, no label, button or column heading
loses letters and no wrapped line is cut off, in a window the size a new one opens at.

The text is made larger the way a user's larger system font does it (the application
font), which also stands for QT_FONT_DPI with high-DPI scaling off: pixel sizes stay,
text grows. (With high-DPI scaling on, Qt scales everything alike.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QWidget

from netplanner.gui.main_window import MainWindow


@pytest.fixture(params=[1.5, 2.0], ids=["150%", "200%"])
def larger_text(request, qapp) -> Iterator[float]:
    font = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(font.pointSizeF() * request.param)
    QApplication.setFont(larger)
    try:
        yield request.param
    finally:
        QApplication.setFont(font)


def _cut(page: QWidget) -> list[str]:
    """Shown texts with less room than they need: one-line labels and buttons narrower
    than their text, wrapped labels lower than their lines, column headings narrower
    than their title."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if widget.height() < need:
                found.append(f"{widget.text()!r}: {widget.height()} of {need} px high")
            continue
        if isinstance(widget, QLabel) and widget.text():
            need = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        else:
            continue
        if widget.width() < need:
            found.append(f"{widget.text()!r}: {widget.width()} of {need} px")
    for header in page.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        for column in range(header.count()):
            title = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
            need = header.fontMetrics().horizontalAdvance(title) + 12
            if title and not header.isSectionHidden(column) and header.sectionSize(column) < need:
                found.append(f"heading {title!r}: {header.sectionSize(column)} of {need} px")
    return found


def test_no_text_is_cut_with_larger_text(qtbot, demo_context, language, larger_text) -> None:
    window = MainWindow(demo_context)  # sized to the screen, as a new window is
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.contacts_tab.show_contact(2)  # forms filled, so every button is shown
    window.conversations_tab.show_conversation(2)
    cut = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)  # the layout settles
        if problems := _cut(window.tabs.currentWidget()):
            cut[window.tabs.tabText(index)] = problems
    assert cut == {}
    assert window.screen().availableGeometry().contains(window.frameGeometry())

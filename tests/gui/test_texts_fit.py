"""At the window's first size, in English and in Dutch, no label or button loses letters.

Dutch texts run longer than English ones: "na geen contact gedurende" lost its last
letter in the Today tab's side panel, and "Samenvoegen met…" was squeezed in the
Contacts tab's button row, both at 1100 × 720 pixels, the size a new window opens at.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from netplanner.gui.main_window import MainWindow


def _squeezed(page: QWidget) -> list[str]:
    """Shown labels (one line) and buttons narrower than their text needs."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            need = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        else:
            continue
        if widget.width() < need:
            found.append(f"{widget.text()!r}: {widget.width()} of {need} px")
    return found


def test_no_text_is_cut_at_the_first_window_size(qtbot, demo_context, language) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.contacts_tab.show_contact(2)  # forms filled, so every button is shown
    window.conversations_tab.show_conversation(2)
    squeezed = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)  # the layout settles
        page = window.tabs.currentWidget()
        if problems := _squeezed(page):
            squeezed[window.tabs.tabText(index)] = problems
    assert squeezed == {}


def test_no_text_is_cut_in_a_dialog_as_it_opens(qtbot, demo_context, language) -> None:
    from tests.gui.test_mnemonics import _dialogs

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    squeezed = {}
    for dialog, tabs in _dialogs(demo_context, window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                qtbot.wait(1)
            if problems := _squeezed(dialog):
                squeezed[f"{type(dialog).__name__} {index}"] = problems
        dialog.close()
    assert squeezed == {}

"""Fixtures of the banks tab tests: a shown tab and a way to type any text into it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from netplanner.core import banks as service
from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.context import AppContext


@pytest.fixture
def make_tab(qtbot) -> Callable[[AppContext], BanksTab]:
    """Builds a BanksTab at the usual window size, shown and active."""

    def make(context: AppContext) -> BanksTab:
        tab = BanksTab(context)
        qtbot.addWidget(tab)
        tab.resize(1100, 720)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
        return tab

    return make


def _type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Types text one key event at a time; safe for non-ASCII (unlike keyClicks)."""
    return _type_text


@pytest.fixture
def own_bank(context: AppContext) -> Callable[..., int]:
    """Creates a bank with questions straight in the data file; returns its id."""

    def make(name: str = "My questions", language: str = "en", questions: tuple = ()) -> int:
        with context.transaction() as session:
            bank = service.create_bank(session, name, language)
            for text in questions:
                service.add_question(session, bank.id, text, "work")
            bank_id = bank.id
        context.events.banks_changed.emit()
        return bank_id

    return make

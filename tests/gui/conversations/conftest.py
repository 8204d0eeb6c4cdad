"""Fixtures for the Conversations tab: a shown tab on an empty or example data file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import list_conversation_rows
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.tab import ConversationsTab


def _type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, event)


def _conversation_id(context: AppContext, contact_name: str) -> int:
    rows = context.read(list_conversation_rows)
    return next(row.id for row in rows if row.contact_name == contact_name)


@pytest.fixture
def type_text():
    """Types any text, also non-ASCII (qtbot.keyClicks asserts on it), one event a char."""
    return _type_text


@pytest.fixture
def conversation_id():
    """The id of the (first) conversation with the contact of that name."""
    return _conversation_id


@pytest.fixture
def tab(context: AppContext, qtbot) -> ConversationsTab:
    """The tab on a data file with the built-in banks and two contacts."""
    with context.transaction() as session:
        create_contact(session, ContactInput(name="Carla Smit", organisation="MedApp Studio"))
        create_contact(session, ContactInput(name="Dmitri Ivanov"))
    widget = ConversationsTab(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    return widget


@pytest.fixture
def demo_tab(demo_context: AppContext, qtbot) -> ConversationsTab:
    widget = ConversationsTab(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    return widget

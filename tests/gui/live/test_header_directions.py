"""Conversation mode's header with names in Arabic and Hebrew: each line reads in the
window's direction, from its left edge, the names in their own direction inside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.gui.context import AppContext
from netplanner.gui.conversations.tab import ConversationsTab
from netplanner.gui.live.window import ConversationModeWindow
from tests.gui.live.conftest import START
from tests.gui.probes import ink_span, seen

ARABIC = "أحمد الهاشمي"
HEBREW = "שרה כהן"


def test_the_header_reads_from_the_left_with_arabic_and_hebrew_names(
    qtbot, context: AppContext, database
) -> None:
    with database.transaction() as session:
        sara = create_contact(session, ContactInput(HEBREW)).id
        ahmed = create_contact(
            session,
            ContactInput(ARABIC, role="باحث تجربة المستخدم", introduced_by_id=sara),
        ).id
        talk = create_conversation(
            session,
            ConversationInput(ahmed, status="scheduled", starts_at=START, duration_minutes=30),
            [QuestionChoice("What does your week look like?")],
        ).id
    tab = ConversationsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    tab.show_conversation(talk)
    qtbot.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConversationModeWindow)]
    window.resize(1100, 720)
    assert seen(window.name_label.text()) == ARABIC
    assert seen(window.details_label.text()) == f"باحث تجربة المستخدم · via {HEBREW}"
    assert seen(window.question_label.text()) == f"Small talk: how do you both know {HEBREW}?"
    for label in (window.name_label, window.details_label, window.question_label):
        left, _right = ink_span(label)
        assert left < 12, f"{seen(label.text())!r} starts at the left edge"
    for label in (window.name_label, window.details_label):  # short: not pushed right
        assert ink_span(label)[1] < label.width() // 2, seen(label.text())
    window.close()

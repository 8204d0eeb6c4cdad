"""The ask composer's check offers the invitation to think along (issue 17): in place of a
yes/no question, or added when the message asks nothing; both by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netplanner.core.checks.ask.checker import AskFindingKind
from netplanner.gui.context import AppContext
from netplanner.gui.goals.tab import GoalsTab
from tests.gui.probes import shown_findings, underlined

CONCRETE = "Hi Anna, I'm a nurse and I'd like to learn how wound care nurses in home care work."


def _tab(qtbot, context: AppContext) -> GoalsTab:
    tab = GoalsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    return tab


def _type(qtbot, tab: GoalsTab, text: str) -> None:
    tab.composer.message.clear()
    qtbot.keyClicks(tab.composer.message, text)
    qtbot.waitUntil(lambda: not tab.composer.checker.is_pending(), timeout=2000)


def test_a_yes_no_question_is_replaced_by_the_invitation(qtbot, context: AppContext) -> None:
    tab = _tab(qtbot, context)
    _type(qtbot, tab, CONCRETE + " Do you know anyone?")
    kinds = [f.kind for f in tab.composer.checker.findings]
    assert kinds == [AskFindingKind.CLOSED_QUESTION]
    assert underlined(tab.composer.checker) == ["Do you know anyone?"]
    [button] = tab.composer.feedback.suggestion_buttons
    assert button.text() == "Use this question"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert tab.composer.message.toPlainText() == (
        CONCRETE + " Would you think along with me about who I could talk to?"
    )
    assert tab.composer.checker.findings == []
    assert tab.composer.feedback.ok_label.isVisibleTo(tab)


def test_a_message_without_a_question_gets_the_invitation_added(qtbot, context: AppContext) -> None:
    tab = _tab(qtbot, context)
    _type(qtbot, tab, CONCRETE + " Have a nice weekend!")
    [finding] = tab.composer.checker.findings
    assert finding.kind is AskFindingKind.NO_INVITATION
    assert shown_findings(tab.composer.feedback)[0].startswith("No invitation to think along: ")
    [button] = tab.composer.feedback.suggestion_buttons
    assert button.text() == "Add this question"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert tab.composer.message.toPlainText().endswith(
        "weekend! Would you think along with me about who I could talk to?"
    )
    assert tab.composer.checker.findings == []

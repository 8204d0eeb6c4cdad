"""The Goals tab as a user meets it: typing a goal, composing and checking the ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from netplanner.core.checks.ask.checker import AskFindingKind
from netplanner.core.conversations import list_conversation_rows
from netplanner.core.goals import GoalInput, create_goal, list_goals
from netplanner.core.models import Conversation
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.goals.tab import GoalsTab
from tests.gui.probes import shown_findings, underlined


def make_tab(qtbot, context: AppContext) -> GoalsTab:
    tab = GoalsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    return tab


def type_message(qtbot, tab: GoalsTab, text: str) -> None:
    tab.composer.message.clear()
    qtbot.keyClicks(tab.composer.message, text)


def append(qtbot, widget, text: str) -> None:
    """Type at the end of a field (a loaded field has its cursor at the start)."""
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    else:
        widget.end(False)
    qtbot.keyClicks(widget, text)


def wait_for_check(qtbot, tab: GoalsTab) -> None:
    qtbot.waitUntil(lambda: not tab.composer.checker.is_pending(), timeout=2000)


def test_create_a_goal_by_typing(qtbot, context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, context)
    assert tab.model.rowCount() == 0
    assert "No goals yet" in tab.count_label.text()
    tab.new_item()
    form = tab.form
    assert not form.save_button.isEnabled(), "a goal needs a role or a description"
    qtbot.keyClicks(form.edits["target_role"], "UX researcher")
    qtbot.keyClicks(form.edits["specialism"], "healthcare apps")
    qtbot.keyClicks(form.edits["region"], "Utrecht")
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(context.events.goals_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors == []
    goals = context.read(list_goals)
    assert [(g.target_role, g.specialism, g.region, g.active) for g in goals] == [
        ("UX researcher", "healthcare apps", "Utrecht", True)
    ]
    assert tab.model.rowCount() == 1 and tab.count_label.text() == "1 goal"
    assert tab.list.currentIndex().row() == 0
    assert form.heading.text() == "UX researcher · healthcare apps · Utrecht"
    assert not form.is_dirty()


def test_the_composed_ask_names_role_and_specialism_and_passes_the_check(
    qtbot, context: AppContext
) -> None:
    tab = make_tab(qtbot, context)
    tab.new_item()
    qtbot.keyClicks(tab.form.edits["target_role"], "data analyst")
    qtbot.keyClicks(tab.form.edits["specialism"], "logistics planning")
    message = tab.composer.message.toPlainText()
    assert "data analyst" in message and "logistics planning" in message
    assert "think along" in message
    wait_for_check(qtbot, tab)
    assert tab.composer.checker.findings == []
    assert tab.composer.feedback.ok_label.isVisibleTo(tab)
    assert tab.composer.feedback.ok_label.text() == "Concrete, and invites them to think along ✓"
    assert underlined(tab.composer.checker) == []


def test_a_vague_ask_is_flagged_and_underlined(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    type_message(qtbot, tab, "Do you know anything for me?")
    assert tab.composer.checker.is_pending(), "checked after a short pause, not per key"
    wait_for_check(qtbot, tab)
    kinds = [finding.kind for finding in tab.composer.checker.findings]
    assert AskFindingKind.TOO_VAGUE in kinds
    shown = shown_findings(tab.composer.feedback)
    assert any(text.startswith("Too vague: ") for text in shown)
    assert not tab.composer.feedback.ok_label.isVisibleTo(tab)
    assert "know anything for me" in underlined(tab.composer.checker)
    # Back to the composed text: nothing to flag any more.
    tab.composer.message.setPlainText(tab.composer.composed_text())
    wait_for_check(qtbot, tab)
    assert shown_findings(tab.composer.feedback) == []
    assert tab.composer.feedback.ok_label.isVisibleTo(tab)


def test_the_message_follows_the_fields_until_the_user_edits_it(
    qtbot, demo_context: AppContext, prompts
) -> None:
    tab = make_tab(qtbot, demo_context)
    composer = tab.composer
    qtbot.keyClicks(composer.contact, "Anna de Vries")
    assert composer.message.toPlainText().startswith("Hi Anna,")
    tab.form.language.setCurrentIndex(tab.form.language.findData("nl"))
    assert "Ik ben op zoek naar mensen die werken als UX researcher" in (
        composer.message.toPlainText()
    )
    append(qtbot, composer.message, " Groetjes!")
    edited = composer.message.toPlainText()
    append(qtbot, tab.form.edits["region"], " en Amersfoort")
    assert composer.message.toPlainText() == edited, "the user's edits are never overwritten"
    assert "Your edits are kept" in composer.status.text()
    # Writing again asks first; "no" keeps the edits, "yes" replaces them.
    prompts.confirm_answers = [False]
    qtbot.mouseClick(composer.write_again_button, Qt.MouseButton.LeftButton)
    assert prompts.asked[-1][0] == "confirm"
    assert composer.message.toPlainText() == edited
    prompts.confirm_answers = [True]
    qtbot.mouseClick(composer.write_again_button, Qt.MouseButton.LeftButton)
    assert composer.message.toPlainText() == composer.composed_text()
    assert "Utrecht en Amersfoort" in composer.message.toPlainText()


def test_write_again_does_not_ask_when_nothing_was_edited(
    qtbot, demo_context: AppContext, prompts
) -> None:
    tab = make_tab(qtbot, demo_context)
    qtbot.mouseClick(tab.composer.write_again_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == []


def test_copy_puts_the_message_on_the_clipboard(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    append(qtbot, tab.composer.message, " Thanks!")
    qtbot.mouseClick(tab.composer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == tab.composer.message.toPlainText()
    assert QGuiApplication.clipboard().text().endswith("Thanks!")
    assert tab.composer.status.text() == "Copied"


def test_contact_names_are_offered_while_typing(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    completer = tab.composer.contact.completer()
    completer.setCompletionPrefix("yılmaz")
    assert completer.currentCompletion() == "Şükrü Yılmaz"


def test_delete_asks_and_keeps_the_conversations(qtbot, demo_context: AppContext, prompts) -> None:
    tab = make_tab(qtbot, demo_context)
    goal_id = tab.form.goal_id
    assert goal_id is not None
    prompts.confirm_answers = [False]
    qtbot.mouseClick(tab.form.delete_button, Qt.MouseButton.LeftButton)
    kind, text = prompts.asked[-1]
    assert kind == "confirm"
    assert "4 conversations are linked to this goal. They stay, but without a goal." in text
    assert len(demo_context.read(list_goals)) == 1
    prompts.confirm_answers = [True]
    with (
        qtbot.waitSignal(demo_context.events.goals_changed),
        qtbot.waitSignal(demo_context.events.conversations_changed),
    ):
        qtbot.mouseClick(tab.form.delete_button, Qt.MouseButton.LeftButton)
    assert demo_context.read(list_goals) == []
    assert len(demo_context.read(list_conversation_rows)) == 4
    linked = demo_context.read(
        lambda s: s.query(Conversation).filter(Conversation.goal_id.is_not(None)).count()
    )
    assert linked == 0
    assert tab.model.rowCount() == 0 and tab.form.goal_id is None


def test_leaving_unsaved_edits_asks_and_drafts_are_kept(
    qtbot, demo_context: AppContext, prompts
) -> None:
    demo_context.write(
        lambda s: create_goal(
            s, GoalInput(target_role="Data analyst", specialism="logistics", active=False)
        ),
        changes=Change.GOALS,
    )
    tab = make_tab(qtbot, demo_context)
    assert tab.model.rowCount() == 2
    inactive = tab.model.goal_at(1)
    assert inactive is not None and not inactive.active
    assert "(on hold)" in tab.model.data(tab.model.index(1, 0))
    append(qtbot, tab.composer.message, " P.S. coffee is on me.")
    draft = tab.composer.message.toPlainText()
    append(qtbot, tab.form.edits["region"], " and Zeist")
    prompts.choose_answers = [2]  # keep editing
    tab.show_goal(inactive.id)
    assert tab.form.edits["region"].text() == "Utrecht and Zeist"
    prompts.choose_answers = [1]  # discard
    tab.show_goal(inactive.id)
    assert tab.form.goal_id == inactive.id
    assert "Data analyst" in tab.composer.message.toPlainText()
    first = tab.model.goal_at(0)
    assert first is not None
    tab.show_goal(first.id)
    assert tab.composer.message.toPlainText() == draft, "the edited message comes back"


def test_a_new_goal_asks_in_the_windows_language(
    qtbot, demo_context: AppContext, prompts, language
) -> None:
    """The example's goal is in English; a new goal in a Dutch window is written in Dutch
    (and in an English window in English, after looking at a Dutch goal)."""
    from netplanner.core.goals import update_goal

    other = "en" if language == "nl" else "nl"
    with demo_context.database.transaction() as session:
        goal = list_goals(session)[0]
        update_goal(
            session,
            goal.id,
            GoalInput(target_role=goal.target_role, specialism=goal.specialism, language=other),
        )
    tab = make_tab(qtbot, demo_context)
    assert tab.form.language.currentData() == other, "a stored goal keeps its own language"
    tab.new_item()
    assert tab.form.language.currentData() == language
    qtbot.keyClicks(tab.form.edits["target_role"], "UX researcher")
    starts = "Ik ben op zoek naar" if language == "nl" else "I'm looking for"
    assert starts in tab.composer.message.toPlainText()
    with qtbot.waitSignal(demo_context.events.goals_changed):
        qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert [g.language for g in demo_context.read(list_goals)] == [other, language]


def test_with_no_goals_the_empty_form_asks_in_the_windows_language(
    qtbot, context: AppContext, language
) -> None:
    tab = make_tab(qtbot, context)
    assert tab.form.language.currentData() == language

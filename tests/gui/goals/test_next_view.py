"""*Who to ask next* in the Goals tab, clicked through as a user does it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListView
from sqlalchemy import select

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.goals import GoalInput, create_goal
from netplanner.core.models import Contact, Conversation
from netplanner.core.suggestions import hidden_contacts
from netplanner.gui.context import AppContext
from netplanner.gui.goals.suggestion_list import SuggestionRole
from netplanner.gui.goals.tab import GoalsTab
from tests.gui.probes import seen

INFORMATIONAL, THINK_ALONG = "informational", "think_along"


def open_next(qtbot, context: AppContext) -> GoalsTab:
    """The Goals tab at its default size, the *Who to ask next* page clicked open."""
    tab = GoalsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tab.pages.currentWidget() is tab.next_view
    qtbot.waitUntil(lambda: not tab.next_view._queue, timeout=3000)
    return tab


def names(view: QListView) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data(SuggestionRole).name for row in range(model.rowCount())]


def reasons(view: QListView, row: int) -> str:
    return view.model().index(row, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)


def click_row(qtbot, view: QListView, name: str) -> None:
    row = names(view).index(name)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def conversations_with(context: AppContext, name: str) -> list[tuple[str, str, int | None]]:
    def read(session):
        rows = session.execute(
            select(Conversation.status, Conversation.kind, Conversation.goal_id)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Contact.name == name)
        )
        return [tuple(row) for row in rows]

    return context.read(read)


def test_people_are_ranked_for_the_goal_with_their_reasons(
    qtbot, demo_context: AppContext, language
) -> None:
    tab = open_next(qtbot, demo_context)
    view = tab.next_view
    dutch = language == "nl"
    assert view.goal_label.text() == (
        "Voor je doel: UX researcher · healthcare apps · Utrecht"
        if dutch
        else "For your goal: UX researcher · healthcare apps · Utrecht"
    )
    work, warm = view.views[INFORMATIONAL], view.views[THINK_ALONG]
    assert names(work)[:3] == ["Hanna Meijer", "Carla Smit", "Joost van Dijk"]
    assert names(warm)[0] == "Femke Visser"
    degree = "4e graad via Şükrü Yılmaz" if dutch else "4th degree via Şükrü Yılmaz"
    not_asked = "nog niet gevraagd voor dit doel" if dutch else "not asked for this goal yet"
    assert reasons(work, 0).startswith("UX researcher · ")
    assert degree in reasons(work, 0) and reasons(work, 0).endswith(not_asked)
    assert view.counts[INFORMATIONAL].text() == ("3 mensen passen" if dutch else "3 people fit")
    # Picking someone explains the score as parts that add up.
    assert not view.ask_button.isEnabled()
    click_row(qtbot, work, "Carla Smit")
    why = seen(view.why_label.text())
    assert why.startswith("Waarom Carla Smit:" if dutch else "Why Carla Smit:")
    assert "+40 UX researcher" in why
    assert why.endswith("= 81 in totaal" if dutch else "= 81 in all")
    assert seen(view.ask_button.text()) == ("Carla Smit vragen…" if dutch else "Ask Carla Smit…")
    # One person is selected at a time, across the two lists.
    click_row(qtbot, warm, "Femke Visser")
    assert not work.selectionModel().hasSelection()
    assert "Femke Visser" in seen(view.ask_button.text())


def test_ask_plans_an_asked_conversation_and_opens_the_composer(
    qtbot, demo_context: AppContext
) -> None:
    tab = open_next(qtbot, demo_context)
    view = tab.next_view
    goal_id = tab.form.goal_id
    assert conversations_with(demo_context, "Hanna Meijer") == []
    click_row(qtbot, view.views[INFORMATIONAL], "Hanna Meijer")
    click(qtbot, view.ask_button)
    assert conversations_with(demo_context, "Hanna Meijer") == [("asked", INFORMATIONAL, goal_id)]
    # The composer, addressed to her, with the goal's message to send.
    assert tab.pages.currentIndex() == 0
    assert tab.composer.contact.text() == "Hanna Meijer"
    assert "Hanna Meijer" in tab.composer.status.text()
    assert "UX researcher" in tab.composer.message.toPlainText()
    # Asked for this goal: she leaves the lists.
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: not view._queue, timeout=3000)
    assert "Hanna Meijer" not in names(view.views[INFORMATIONAL])
    assert names(view.views[INFORMATIONAL])[0] == "Carla Smit"
    # From the think-along list, the ask is a think-along conversation.
    click_row(qtbot, view.views[THINK_ALONG], "Bert Jansen")
    click(qtbot, view.ask_button)
    assert conversations_with(demo_context, "Bert Jansen")[-1] == ("asked", THINK_ALONG, goal_id)


def test_not_now_hides_someone_for_this_goal_and_show_again_takes_it_back(
    qtbot, demo_context: AppContext
) -> None:
    tab = open_next(qtbot, demo_context)
    view = tab.next_view
    warm = view.views[THINK_ALONG]
    click_row(qtbot, warm, "Femke Visser")
    click(qtbot, view.not_now_button)
    qtbot.waitUntil(lambda: not view._queue, timeout=3000)
    assert "Femke Visser" not in names(warm)
    assert seen(view.status_label.text()) == (
        "Femke Visser is left out of this goal's lists for 4 weeks."
    )
    assert not view.ask_button.isEnabled(), "no one selected after hiding"
    hidden = demo_context.read(lambda s: hidden_contacts(s, tab.form.goal_id))
    assert len(hidden) == 1
    click(qtbot, view.show_again_button)
    qtbot.waitUntil(lambda: not view._queue, timeout=3000)
    assert names(warm)[0] == "Femke Visser"
    assert not view.show_again_button.isVisible()
    assert demo_context.read(lambda s: hidden_contacts(s, tab.form.goal_id)) == set()


def test_the_keyboard_reaches_every_step(qtbot, demo_context: AppContext) -> None:
    tab = GoalsTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    tab.list.setFocus()
    qtbot.keyClick(
        tab.list,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = tab.next_view
    assert tab.pages.currentWidget() is view
    qtbot.waitUntil(lambda: not view._queue, timeout=3000)
    work = view.views[INFORMATIONAL]
    assert work.hasFocus()
    qtbot.keyClick(work, Qt.Key.Key_Down)
    qtbot.keyClick(work, Qt.Key.Key_Down)
    assert seen(view.ask_button.text()) == "Ask Carla Smit…"
    qtbot.keyClick(work, Qt.Key.Key_Delete)  # Not now
    qtbot.waitUntil(lambda: not view._queue, timeout=3000)
    assert "Carla Smit" not in names(work)
    work.setCurrentIndex(work.model().index(0, 0))
    qtbot.keyClick(work, Qt.Key.Key_Return)  # Ask
    assert conversations_with(demo_context, "Hanna Meijer") == [
        ("asked", INFORMATIONAL, tab.form.goal_id)
    ]


def test_names_from_everywhere_and_no_goal(qtbot, context: AppContext, database, language) -> None:
    tab = open_next(qtbot, context)
    view = tab.next_view
    assert view.no_goal_label.isVisible()
    assert names(view.views[INFORMATIONAL]) == [] and not view.ask_button.isEnabled()
    arabic = "أحمد بن عبد الرحمن الهاشمي"
    long_name = "Maximiliane Wilhelmina van Oldenbarnevelt-Schimmelpenninck tot Nijenhuis"
    with database.transaction() as session:
        create_goal(session, GoalInput(target_role="UX researcher", region="Utrecht"))
        for name in (arabic, long_name, "สมชาย ใจดี", "Jan de Vries", "Jan de Vries"):
            create_contact(session, ContactInput(name=name, role="UX researcher", region="Utrecht"))
    context.events.goals_changed.emit()
    qtbot.waitUntil(lambda: len(names(view.views[INFORMATIONAL])) == 5, timeout=3000)
    assert not view.no_goal_label.isVisible()
    work = view.views[INFORMATIONAL]
    # The row reads number, name, work in that order, whatever the script of the name.
    row = work.model().index(names(work).index(arabic), 0).data()
    assert row.split(". ", 1)[1] == f"\u2068{arabic}\u2069 — \u2068UX researcher\u2069"
    click_row(qtbot, work, long_name)
    assert view.ask_button.width() < 400, "a long name is cut short on the button"
    assert long_name in view.why_label.text()
    # Namesakes are two people: asking one leaves the other in the list.
    click_row(qtbot, work, "Jan de Vries")
    click(qtbot, view.ask_button)
    qtbot.mouseClick(
        tab.pages.tabBar(), Qt.MouseButton.LeftButton, pos=tab.pages.tabBar().tabRect(1).center()
    )
    qtbot.waitUntil(lambda: not view._queue, timeout=3000)
    assert names(work).count("Jan de Vries") == 1

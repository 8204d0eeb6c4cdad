"""The main window: tabs, menus and shortcuts, remembered settings, the first-start offer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from netplanner.core.contacts import count_contacts
from netplanner.gui.app import offer_example_data
from netplanner.gui.main_window import MainWindow


def test_window_has_three_tabs_and_standard_shortcuts(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    assert window.windowTitle() == "netplanner.sqlite3 – NetPlanner"  # the data file
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == [
        "Today",
        "Contacts",
        "Conversations",
        "Goals",
        "Network",
        "Progress",
        "Question banks",
    ]
    shortcuts = {
        action.shortcut().toString()
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        for action in menu.actions()
    }
    for key in (
        QKeySequence.StandardKey.New,
        QKeySequence.StandardKey.Find,
        QKeySequence.StandardKey.Print,
        QKeySequence.StandardKey.Quit,
    ):
        assert QKeySequence(key).toString() in shortcuts
    assert window.contacts_tab.visible_row_count() == demo_context.read(count_contacts)
    assert "12" in window._status.text()


def test_size_position_and_tab_are_remembered(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    window.resize(790, 580)
    expected = (window.width(), window.height())  # the offscreen screen is 800 px wide
    window.tabs.setCurrentWidget(window.banks_tab)
    window.close()
    again = MainWindow(demo_context)
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.banks_tab
    assert (again.width(), again.height()) == expected


def test_a_given_first_tab_is_the_only_one_built(qtbot, demo_context) -> None:
    # The benchmark's start opens on Contacts: the remembered tab must not be built too.
    from netplanner.gui.main_window import BANKS, CONTACTS

    demo_context.settings.setValue("window/tab", BANKS)
    window = MainWindow(demo_context, start_tab=CONTACTS)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == CONTACTS
    assert [index for index, tab in enumerate(window._built) if tab is not None] == [CONTACTS]


def test_paper_size_setting(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    letter = next(a for a in window.findChildren(type(window.new_action)) if a.text() == "Letter")
    letter.trigger()
    assert demo_context.page_size == "Letter"


def test_first_start_offers_example_data_once(qtbot, context, prompts) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    prompts.choose_answers = [0]
    offer_example_data(context)
    assert context.read(count_contacts) == 12
    assert window.contacts_tab.visible_row_count() == 12
    offer_example_data(context)
    assert [kind for kind, _ in prompts.asked].count("choose") == 1


def test_start_empty_is_respected(qtbot, context, prompts) -> None:
    prompts.choose_answers = [1]
    offer_example_data(context)
    offer_example_data(context)
    assert context.read(count_contacts) == 0
    assert len(prompts.asked) == 1


def test_new_follows_the_open_tab(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.contacts_tab)
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    focused = window.focusWidget()
    assert window.contacts_tab.isAncestorOf(focused)
    assert focused.hasFocus() or focused.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_search_answers_from_the_edit_menu(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # shortcuts need the active window
    window.tabs.setCurrentWidget(window.contacts_tab)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentWidget() is window.conversations_tab
    qtbot.waitUntil(lambda: window.conversations_tab.answer_edit.hasFocus())


def test_file_menu_offers_backup_and_restore(qtbot, demo_context) -> None:
    from netplanner.storage.sqlite.backups import list_backups

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    texts = {a.text().replace("&", ""): a for a in window.menuBar().actions()[0].menu().actions()}
    assert "Restore from backup…" in texts
    texts["Back up now"].trigger()
    assert [b.reason for b in list_backups(demo_context.database.path)] == ["manual"]


def test_tabs_are_built_when_first_shown_and_then_show_their_data(qtbot, demo_context) -> None:
    from PySide6.QtWidgets import QTableView

    from netplanner.core.conversations import list_conversation_rows
    from netplanner.gui.conversations.tab import ConversationsTab

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Only the tab on screen is built at start (the others would read all contacts again).
    assert window.findChildren(ConversationsTab) == []
    window.tabs.tabBar().setCurrentIndex(2)  # as a click on "Conversations" does
    page = window.tabs.currentWidget()
    assert isinstance(page, ConversationsTab) and page.isVisible()
    assert window.conversations_tab is page
    table = page.findChildren(QTableView)[0]
    assert table.model().rowCount() == len(demo_context.read(list_conversation_rows))
    assert window.tabs.count() == 7
    assert window.tabs.tabText(2).replace("&", "") == "Conversations"

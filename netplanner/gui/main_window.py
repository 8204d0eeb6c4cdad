"""The main window: the tabs, menus, status bar; remembers its size and last tab."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSignalBlocker
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from netplanner.core.contact_reading import count_contacts
from netplanner.gui.backup_actions import back_up_now, restore_from_backup, show_about
from netplanner.gui.context import AppContext
from netplanner.gui.data_files import DataFiles
from netplanner.gui.language_menu import build_language_menu
from netplanner.gui.plural import counted
from netplanner.gui.practice_menu import PracticeActions
from netplanner.gui.undo import add_undo_actions
from netplanner.gui.unsaved import HoldsEdits
from netplanner.gui.window_size import keep_on_screen, open_at_first_size
from netplanner.messages import fill

if TYPE_CHECKING:
    from netplanner.gui.banks.tab import BanksTab
    from netplanner.gui.contacts.tab import ContactsTab
    from netplanner.gui.conversations.tab import ConversationsTab
    from netplanner.gui.goals.tab import GoalsTab
    from netplanner.gui.network.tab import NetworkTab
    from netplanner.gui.progress.tab import ProgressTab
    from netplanner.gui.today.tab import TodayTab

# Where each tab's class lives, in the order of the tab bar.
_TAB_CLASSES = (
    ("netplanner.gui.today.tab", "TodayTab"),
    ("netplanner.gui.contacts.tab", "ContactsTab"),
    ("netplanner.gui.conversations.tab", "ConversationsTab"),
    ("netplanner.gui.goals.tab", "GoalsTab"),
    ("netplanner.gui.network.tab", "NetworkTab"),
    ("netplanner.gui.progress.tab", "ProgressTab"),
    ("netplanner.gui.banks.tab", "BanksTab"),
)
TODAY, CONTACTS, CONVERSATIONS, GOALS, NETWORK, PROGRESS, BANKS = range(len(_TAB_CLASSES))


class MainWindow(QMainWindow):
    """The tabs, the menus and the status bar.

    A tab is built the first time it is shown or asked for (``window.contacts_tab``):
    until then its page is an empty placeholder. Building every tab at start read the
    contacts four times and imported every tab's code; with 30,000 contacts that was
    seconds before the window appeared (tests/bench).
    """

    def __init__(
        self, context: AppContext, *, start_tab: int | None = None, transfer_menus: bool = True
    ) -> None:
        """Without ``transfer_menus`` File > Import and Export wait for
        :meth:`add_transfer_menus` (the start adds them once the window has painted)."""
        super().__init__()
        self.context = context
        self._transfer_menus_added = False
        self.setObjectName("MainWindow")
        self.data_files = DataFiles(self)  # the title names the data file
        self._built: list[QWidget | None] = [None] * len(_TAB_CLASSES)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        labels = (
            self.tr("&Today"),
            self.tr("&Contacts"),
            self.tr("Con&versations"),
            self.tr("&Goals"),
            self.tr("Net&work"),
            self.tr("&Progress"),
            self.tr("&Question banks"),
        )
        with QSignalBlocker(self.tabs):
            for label in labels:
                self.tabs.addTab(QWidget(), label)
        self.tabs.currentChanged.connect(self.tab_at)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        if transfer_menus:
            self.add_transfer_menus()
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)
        self._listen()
        self._update_status()
        # A given first tab is the only one built: not the remembered one first.
        self._restore_settings(restore_tab=start_tab is None)
        if start_tab is not None:
            self.tabs.setCurrentIndex(start_tab)
        self.tab_at(self.tabs.currentIndex())

    # -- tabs ---------------------------------------------------------------------------------
    def tab_at(self, index: int) -> QWidget:
        """The tab at ``index``, built (and put in its place) if it was not yet."""
        tab = self._built[index]
        if tab is not None:
            return tab
        module, name = _TAB_CLASSES[index]
        tab = getattr(importlib.import_module(module), name)(self.context)
        self._built[index] = tab
        placeholder = self.tabs.widget(index)
        was_current = self.tabs.currentIndex() == index
        with QSignalBlocker(self.tabs):
            # Insert before the placeholder, show it if the placeholder was showing, then
            # remove the placeholder: no other tab is shown in between.
            self.tabs.insertTab(index, tab, self.tabs.tabText(index))
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        placeholder.deleteLater()
        return tab

    def start_over(self) -> None:
        """Another data file is open (File ▸ Open) and the context has new events: every
        tab is made anew from the file, as at start, so nothing of the old file's views
        stays (a search, a filter, a selection). The old tabs heard their last event."""
        self._listen()
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):
            for index, tab in enumerate(self._built):
                if tab is not None:
                    self._built[index] = None
                    self.tabs.insertTab(index, QWidget(), self.tabs.tabText(index))
                    self.tabs.removeTab(index + 1)
                    tab.deleteLater()
            self.tabs.setCurrentIndex(current)
        self.tab_at(current)
        self._update_status()

    def _listen(self) -> None:
        events = self.context.events
        for signal in (events.contacts_changed, events.conversations_changed):
            signal.connect(self._update_status)
        events.open_conversation_requested.connect(self._show_conversation)
        events.open_contact_requested.connect(self._show_contact)

    def built_tab(self, index: int) -> QWidget | None:
        """The tab at ``index`` if it has been built, without building it."""
        return self._built[index]

    def add_transfer_menus(self) -> None:
        """File > Import and File > Export, and dropping a file on the window (once)."""
        if self._transfer_menus_added:
            return
        self._transfer_menus_added = True
        from netplanner.gui.transfer.menu import build_transfer_menus

        for menu in build_transfer_menus(self, self.context):
            self._file_menu.insertMenu(self._transfer_place, menu)

    def build_all_tabs(self) -> None:
        """Build the tabs not built yet (the shortcuts list needs every tab's shortcuts)."""
        for index in range(len(_TAB_CLASSES)):
            self.tab_at(index)

    @property
    def today_tab(self) -> TodayTab:
        return self.tab_at(TODAY)  # type: ignore[return-value]

    @property
    def contacts_tab(self) -> ContactsTab:
        return self.tab_at(CONTACTS)  # type: ignore[return-value]

    @property
    def conversations_tab(self) -> ConversationsTab:
        return self.tab_at(CONVERSATIONS)  # type: ignore[return-value]

    @property
    def goals_tab(self) -> GoalsTab:
        return self.tab_at(GOALS)  # type: ignore[return-value]

    @property
    def network_tab(self) -> NetworkTab:
        return self.tab_at(NETWORK)  # type: ignore[return-value]

    @property
    def progress_tab(self) -> ProgressTab:
        return self.tab_at(PROGRESS)  # type: ignore[return-value]

    @property
    def banks_tab(self) -> BanksTab:
        return self.tab_at(BANKS)  # type: ignore[return-value]

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New…"), QKeySequence.StandardKey.New, self._new_item
        )
        self.new_action.setStatusTip(
            self.tr(
                "Add a contact, plan a conversation or add a question, depending on the open tab"
            )
        )
        file_menu.addAction(self.new_action)
        self.export_sheet_action = self._action(
            self.tr("&Export prep sheet…"), QKeySequence.StandardKey.Print, self._export_sheet
        )
        self.export_sheet_action.setStatusTip(
            self.tr("Save the prep sheet of the selected conversation as a PDF to print")
        )
        file_menu.addAction(self.export_sheet_action)
        self.print_sheet_action = self._action(
            self.tr("Prin&t prep sheet…"), QKeySequence("Ctrl+Shift+P"), self._print_sheet
        )
        self.print_sheet_action.setStatusTip(
            self.tr("Open the prep sheet of the selected conversation in your PDF viewer to print")
        )
        file_menu.addAction(self.print_sheet_action)
        paper_menu = file_menu.addMenu(self.tr("&Paper size"))
        group = QActionGroup(self)
        for size in ("A4", "Letter"):
            action = QAction(size, self, checkable=True)
            action.setChecked(self.context.page_size == size)
            action.triggered.connect(lambda _=False, s=size: self._set_page_size(s))
            group.addAction(action)
            paper_menu.addAction(action)
        file_menu.addMenu(build_language_menu(self, self.context))
        file_menu.addSeparator()
        self.data_files.add_to(file_menu)  # New data file…, Open data file…, Open recent
        file_menu.addSeparator()
        self._file_menu = file_menu
        self._transfer_place = file_menu.addSeparator()  # File > Import and Export go before
        # A practice server's backups are its administrator's (pg_dump): no file to copy.
        self._file_actions = [
            self._action(self.tr("&Back up now"), None, self._back_up_now),
            self._action(self.tr("&Restore from backup…"), None, self._restore_from_backup),
        ]
        self.practice = PracticeActions(self, self.context, file_menu, self._file_actions)
        file_menu.addSeparator()
        file_menu.addActions(self._file_actions)
        self._file_actions.append(file_menu.addSeparator())
        self.practice.update()
        quit_action = self._action(self.tr("&Quit"), None, self.close)
        # The platform's keys; Windows and desktops without a Qt theme have none: Ctrl+Q.
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = add_undo_actions(
            edit_menu, self.context.undo_stack, self
        )
        edit_menu.addAction(
            self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self._find)
        )
        edit_menu.addAction(
            self._action(
                self.tr("Search &answers…"), QKeySequence("Ctrl+Shift+F"), self._search_answers
            )
        )
        edit_menu.addAction(self.practice.refresh)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Welcome"), None, self.show_welcome))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(self.tr("&About NetPlanner"), None, self._about))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _current_tab(self) -> Any:  # a tab: each has new_item() and focus_search()
        return self.tab_at(self.tabs.currentIndex())

    def _new_item(self) -> None:
        self._current_tab().new_item()

    def _find(self) -> None:
        self._current_tab().focus_search()

    def _search_answers(self) -> None:
        self.tabs.setCurrentWidget(self.conversations_tab)
        self.conversations_tab.list.focus_answer_search()

    def _export_sheet(self) -> None:
        self.tabs.setCurrentWidget(self.conversations_tab)
        self.conversations_tab.export_sheet()

    def _print_sheet(self) -> None:
        self.tabs.setCurrentWidget(self.conversations_tab)
        self.conversations_tab.print_sheet()

    def show_welcome(self) -> None:
        self.context.prompts.welcome(False)

    def show_shortcuts(self) -> None:
        from netplanner.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _set_page_size(self, size: str) -> None:
        self.context.set_page_size(size)
        self.statusBar().showMessage(
            fill(self.tr("Prep sheets will be printed on %1."), size), 4000
        )

    def _show_conversation(self, conversation_id: int) -> None:
        self.tabs.setCurrentWidget(self.conversations_tab)
        self.conversations_tab.show_conversation(conversation_id)

    def _show_contact(self, contact_id: int) -> None:
        self.tabs.setCurrentWidget(self.contacts_tab)
        self.contacts_tab.show_contact(contact_id)

    def _back_up_now(self) -> None:
        back_up_now(self, self.context)

    def _restore_from_backup(self) -> None:
        restore_from_backup(self, self.context)

    def _about(self) -> None:
        show_about(self, self.context)

    def _update_status(self) -> None:
        count = self.context.rows(count_contacts)
        self._status.setText(counted(count, self.tr("%n contact"), self.tr("%n contacts")))
        self._status.setToolTip(str(self.context.place.location))

    # -- settings ----------------------------------------------------------------------------
    def _restore_settings(self, *, restore_tab: bool = True) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            keep_on_screen(self)
        else:
            open_at_first_size(self)
        if not restore_tab:
            return
        tab = settings.value("window/tab", 0)
        try:
            self.tabs.setCurrentIndex(int(str(tab)))
        except (TypeError, ValueError):
            self.tabs.setCurrentIndex(0)

    # -- unsaved edits (see netplanner.gui.unsaved) -------------------------------------------
    def tabs_with_unsaved_edits(self) -> list[HoldsEdits]:
        """The built tabs whose form holds unsaved text, the one shown first."""
        current = self.tabs.currentIndex()
        order = [current, *(i for i in range(len(self._built)) if i != current)]
        tabs = [self._built[index] for index in order]
        return [tab for tab in tabs if isinstance(tab, HoldsEdits) and tab.has_unsaved_edits()]

    def resolve_unsaved_edits(self) -> bool:
        """Before the window closes: ask about every form with unsaved edits, showing its
        tab. True when nothing is left to lose; False when the user keeps editing (or a
        save failed: the text stays where it was)."""
        for tab in self.tabs_with_unsaved_edits():
            self.tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
            if not tab.may_close():
                return False
        return True

    def save_unsaved_edits(self) -> list[HoldsEdits]:
        """Save every form with unsaved edits without asking (the session ends and
        nobody can be asked); returns the tabs whose edits could not be saved."""
        return [tab for tab in self.tabs_with_unsaved_edits() if not tab.save_edits()]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.resolve_unsaved_edits():
            event.ignore()
            return
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.settings.setValue("window/tab", self.tabs.currentIndex())
        self.context.settings.sync()
        super().closeEvent(event)

"""Alt+letter: no letter is used twice among what is on screen together.

When two controls of a window share a mnemonic, Qt activates neither on Alt+letter: it
moves the focus between them. So a label "&Tags:" on the Contacts tab took Alt+T away from
the Today tab. Each tab of the main window, with the menu titles and the tab titles, has
to use every letter once at most, in English and in Dutch; so does every dialog.

Every control of a tab counts, shown or not: the hidden ones (the follow-up form on Today,
the edit-mode buttons and the suggestion in the question editor, "Show everyone" in the
network) appear next to the others.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from netplanner.gui.main_window import MainWindow

_MNEMONIC = re.compile(r"&(\w)")


def letter(text: str) -> str | None:
    """The Alt letter of a text ("Save chan&ges" -> "g"; "Q&&A" has none), lower case."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _text(widget: QWidget) -> str | None:
    """The text whose mnemonic Qt listens for on ``widget`` (None if it has none)."""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel):
        return widget.text() if widget.buddy() is not None else None
    if isinstance(widget, QGroupBox):
        return widget.title()
    return None


def _controls(root: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    """The texts with a mnemonic inside ``root`` (tab bars: each tab), shown or not,
    except inside ``leave_out``."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if any(part is widget or part.isAncestorOf(widget) for part in leave_out):
            continue
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        text = _text(widget)
        if text is not None:
            texts.append(text)
    return [text for text in texts if letter(text)]


def _views(window: QWidget, tabs: QTabWidget | None = None) -> dict[str, list[str]]:
    """What is on screen together: per page of ``tabs``, that page with everything outside
    the pages (the menu titles, the tab titles, the buttons under the tabs)."""
    common = []
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        common += [action.text() for action in menu_bar().actions() if letter(action.text())]
    if tabs is None:
        return {window.windowTitle() or type(window).__name__: common + _controls(window)}
    pages = tuple(tabs.widget(i) for i in range(tabs.count()))
    common += _controls(window, leave_out=pages)
    return {tabs.tabText(i): common + _controls(page) for i, page in enumerate(pages)}


def clashes(views: dict[str, list[str]]) -> list[str]:
    """ "Contacts: t used by '&Tags:', '&Today'" for every letter a view uses twice."""
    found = []
    for where, texts in views.items():
        by_letter: dict[str, list[str]] = defaultdict(list)
        for text in texts:
            by_letter[letter(text) or ""].append(text)
        found += [
            f"{where.replace('&', '')}: {key} used by {', '.join(map(repr, users))}"
            for key, users in sorted(by_letter.items())
            if len(users) > 1
        ]
    return found


#: How many controls of each tab (in tab order) have an Alt letter. The 3 menus and 7 tabs
#: take 10 letters, so a tab has 16 left at most, and fewer in practice (hardly a label
#: holds a j, q, x, y or z, in English or Dutch). So some controls of Contacts,
#: Conversations, Goals and Question banks have none; most of them have a key of their own
#: (Ctrl+S, Ctrl+N, Ctrl+F, Delete, Enter, Esc). Fewer than this: a mnemonic went missing.
KEPT = (11, 13, 13, 13, 3, 1, 13)


def test_every_tab_of_the_main_window_uses_each_alt_letter_once(
    qtbot, demo_context, language
) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.build_all_tabs()
    window.contacts_tab.show_contact(2)  # forms filled: every label has its text
    window.conversations_tab.show_conversation(2)
    views = _views(window, window.tabs)
    menus_and_tabs = len(window.menuBar().actions()) + window.tabs.count()
    assert menus_and_tabs == 10
    assert clashes(views) == []
    kept = tuple(len(texts) - menus_and_tabs for texts in views.values())
    assert all(now >= before for now, before in zip(kept, KEPT, strict=True)), kept


def test_the_menus_use_each_alt_letter_once(qtbot, demo_context, language) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    problems = []

    def check(menu: QMenu) -> None:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and letter(a.text())]
        problems.extend(clashes({menu.title(): texts}))
        for action in menu.actions():
            if isinstance(action.menu(), QMenu):
                check(action.menu())

    for action in window.menuBar().actions():
        check(action.menu())
    assert problems == []


def _dialogs(context, window: MainWindow) -> Iterator[tuple[QWidget, QTabWidget | None]]:
    """The dialogs the main window opens, each filled so that all its parts show."""
    from netplanner.core.contacts import list_contact_rows
    from netplanner.core.conversations import list_conversation_rows
    from netplanner.gui.backup_dialog import RestoreBackupDialog
    from netplanner.gui.banks.bank_dialog import BankDialog, BankFields
    from netplanner.gui.names.dialog import RecordNamesDialog
    from netplanner.gui.shortcuts_dialog import ShortcutsDialog
    from netplanner.gui.transfer.import_dialog import ImportPreview, ImportPreviewDialog
    from netplanner.gui.transfer.import_models import DuplicateRow
    from netplanner.gui.transfer.mapping_dialog import MappingDialog
    from netplanner.gui.transfer.merge_dialog import MergeDialog
    from netplanner.gui.welcome import WelcomeDialog
    from netplanner.storage.sqlite.backups import make_backup

    contact = context.read(list_contact_rows)[0]
    talk = context.read(list_conversation_rows)[0]
    yield MergeDialog(context, contact.id), None
    preview = ImportPreview(
        source="LinkedIn connections",
        file_name="Connections.csv",
        created=[("2", "Anna Bos", "Adviseur", "Acme", "anna@acme.example", "+31 6 1")],
        updated=[("3", contact.name, "e-mail")],
        skipped=[("4", "the same person as row 2 of the file")],
        skipped_in_file=1,
        rejected=[("5", "no name")],
        duplicates=[DuplicateRow(6, "Carla Smit", contact.id, contact.name, "same name")],
        warnings=[("7", "line 3: ORG cannot be decoded")],
        columns=[("Naam", "Name", "", "4"), ("Foto", "— left out —", "", "1")],
        columns_can_change=True,
    )
    dialog = ImportPreviewDialog(preview)
    yield dialog, dialog.tabs
    yield MappingDialog("list.csv", ["Name", "Company"], [["Anna", "Acme"]], ["name", None]), None
    yield BankDialog(BankFields("Mine", "en", "About it")), None
    make_backup(context.database.path, reason="manual")
    yield RestoreBackupDialog(context), None
    yield ShortcutsDialog(window), None
    names = RecordNamesDialog(context, talk.id)
    names.add_row()
    yield names, None
    yield WelcomeDialog(offer_example=True), None
    yield WelcomeDialog(offer_example=False), None


def test_every_dialog_uses_each_alt_letter_once(qtbot, demo_context, language) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    problems = []
    count = 0
    for dialog, tabs in _dialogs(demo_context, window):
        qtbot.addWidget(dialog)
        views = _views(dialog, tabs)
        count += 1
        problems += clashes({f"{type(dialog).__name__} {k}": v for k, v in views.items()})
    assert count == 9
    assert problems == []


def test_the_check_finds_a_clash() -> None:
    assert letter("Save chan&ges") == "g"
    assert letter("Share && &print") == "p"
    assert letter("Q&&A") is None
    assert clashes({"Contacts": ["&Today", "&Tags:", "&Name:"]}) == [
        "Contacts: t used by '&Today', '&Tags:'"
    ]

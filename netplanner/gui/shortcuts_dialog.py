"""Help ▸ Keyboard shortcuts: a table built from the window's own actions, so it is
never out of date.

It lists every menu action that has a shortcut (with the menu it is in), then the
shortcuts that work inside a tab: the QShortcuts and QActions that carry a description
in their ``whatsThis`` (see :func:`describe_shortcut`). A menu action's description,
when it has one, is shown instead of its text: Undo's text names the step it would take
back ("Undo Delete Carla Smit"), which says nothing about the key.

Keys are written as the platform writes them, leaving out keys no ordinary keyboard
has: Qt binds Undo to F14 too (the Undo key of old Sun keyboards).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QKeyCombination, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.text_scale import scaled

T = TypeVar("T", QAction, QShortcut)


@dataclass(frozen=True)
class ShortcutEntry:
    where: str  # "File", "Edit", or the part of the window ("Contacts")
    what: str  # the action's text without its mnemonic: "Export prep sheet…"
    keys: str  # as the platform writes it: "Ctrl+P", or "Ctrl+Shift+Z, Ctrl+Y"


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ampersand: "&Find…" -> "Find…", "Q&&A" -> "Q&A"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(sequence: QKeySequence) -> list[QKeyCombination]:
    """The key presses of ``sequence`` (PySide6's stubs lack its indexing)."""
    return [sequence[index] for index in range(sequence.count())]  # type: ignore[index]


def _on_a_keyboard(sequence: QKeySequence) -> bool:
    """Every key of ``sequence`` is on an ordinary keyboard: F1 to F12, not F13 to F35
    nor the media and "Undo" keys Qt numbers after them."""
    for combination in _keys(sequence):
        key = combination.key().value
        if Qt.Key.Key_F13.value <= key <= Qt.Key.Key_F35.value:
            return False
        if key >= Qt.Key.Key_Back.value:  # Back, Forward, Undo, Redo, media keys…
            return False
    return True


def _named(sequence: QKeySequence) -> str:
    """The platform's name for ``sequence``; the big Return key is called Enter, as it
    is labelled on most keyboards (Qt says "Return", and "Enter" for the keypad's)."""
    keys = _keys(sequence)
    if len(keys) == 1 and keys[0].key() == Qt.Key.Key_Return:
        sequence = QKeySequence(keys[0].keyboardModifiers() | Qt.Key.Key_Enter)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def key_text(sequences: list[QKeySequence]) -> str:
    """The keys as the platform writes them ("Ctrl+Shift+Z, Ctrl+Y"), each name once."""
    shown: list[str] = []
    for sequence in sequences:
        if sequence.isEmpty() or not _on_a_keyboard(sequence):
            continue
        text = _named(sequence)
        if text and text not in shown:
            shown.append(text)
    return ", ".join(shown)


def describe_shortcut(shortcut: T, where: str, what: str) -> T:
    """Give a QShortcut or QAction a line in the shortcuts dialog: ``where`` it works
    ("Contacts"; empty for a menu action: its menu) and ``what`` it does, both already
    translated."""
    shortcut.setWhatsThis(f"{where}\t{what}")
    return shortcut


def _described(thing: QAction | QShortcut) -> tuple[str, str]:
    where, _, what = thing.whatsThis().partition("\t")
    return where, what


def _menu_entries(menu: QMenu, path: str) -> list[ShortcutEntry]:
    entries: list[ShortcutEntry] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            entries += _menu_entries(submenu, f"{path} ▸ {plain_text(action.text())}")
            continue
        keys = key_text(action.shortcuts())
        if keys:
            _where, what = _described(action)
            entries.append(ShortcutEntry(path, what or plain_text(action.text()), keys))
    return entries


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """Every menu shortcut in menu order, then the described shortcuts inside tabs."""
    build_all_tabs = getattr(window, "build_all_tabs", None)
    if callable(build_all_tabs):  # the main window builds tabs when first shown
        build_all_tabs()
    entries: list[ShortcutEntry] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            entries += _menu_entries(menu, plain_text(action.text()))
    in_menus = len(entries)
    seen = set(entries)
    things: list[tuple[QAction | QShortcut, list[QKeySequence]]] = [
        (shortcut, shortcut.keys()) for shortcut in window.findChildren(QShortcut)
    ]
    things += [(action, action.shortcuts()) for action in window.findChildren(QAction)]
    for thing, sequences in things:  # QActions of a widget here, not those in a menu
        where, what = _described(thing)
        entry = ShortcutEntry(where, what, key_text(sequences))
        if where and what and entry.keys and entry not in seen:
            seen.add(entry)
            entries.append(entry)
    central = window.centralWidget()
    tabs = (
        [plain_text(central.tabText(i)) for i in range(central.count())]
        if isinstance(central, QTabWidget)
        else []
    )

    def tab_order(entry: ShortcutEntry) -> tuple[int, str]:
        place = tabs.index(entry.where) if entry.where in tabs else len(tabs)
        return place, entry.what

    return entries[:in_menus] + sorted(entries[in_menus:], key=tab_order)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = shortcut_entries(window)
        intro = QLabel(
            self.tr(
                "Everything in NetPlanner works from the keyboard. Tab and Shift+Tab move "
                "between fields; Alt with an underlined letter goes to that tab, field, "
                "button or menu."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("Shortcut"), self.tr("Does"), self.tr("Where")]
        )
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.keys, entry.what, entry.where)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        # Larger text, a larger dialog, but never larger than the screen.
        size = QSize(scaled(self, 780), scaled(self, 560))
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() - QSize(40, 80))
        self.resize(size)

"""Keyboard-only use: every control on the focus chain of every tab has a name a screen
reader can say, and Help ▸ Keyboard shortcuts lists every shortcut of the menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QMenu,
    QWidget,
)

from netplanner.gui.main_window import MainWindow
from netplanner.gui.shortcuts_dialog import ShortcutsDialog, plain_text
from tests.gui.probes import shown


def _window(qtbot, context) -> MainWindow:
    return shown(qtbot, MainWindow(context), 1200, 760)


def _focus_target(widget: QWidget) -> QWidget:
    """The control a focus stop belongs to: the combo box of its line edit, the view of
    its viewport (the focus proxy), the spin box of its editor."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


def _focus_chain(window: MainWindow, tab: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside ``tab``, in order."""
    stops: list[QWidget] = []
    widget = tab.nextInFocusChain()
    for _ in range(5000):
        if widget is tab:
            break
        tab_stop = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        shown = widget.isVisibleTo(window) and widget.isEnabled()
        if tab.isAncestorOf(widget) and tab_stop and shown:
            target = _focus_target(widget)
            if target not in stops:
                stops.append(target)
        widget = widget.nextInFocusChain()
    return stops


def _has_name(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, (QAbstractButton, QLabel)):
        return bool(plain_text(widget.text()).strip())
    return False


def test_every_tab_stop_of_every_tab_has_an_accessible_name_or_a_label(qtbot, demo_context) -> None:
    window = _window(qtbot, demo_context)
    window.contacts_tab.show_contact(2)  # forms filled, so every field is shown
    window.conversations_tab.show_conversation(2)
    missing: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        tab = window.tabs.widget(index)
        buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
        stops = _focus_chain(window, tab)
        assert len(stops) >= 3, f"tab {index} has hardly a tab stop: {stops}"
        missing += [
            f"{plain_text(window.tabs.tabText(index))}: {type(stop).__name__} "
            f"{stop.objectName()!r} in {type(stop.parentWidget()).__name__}"
            for stop in stops
            if not _has_name(stop, buddies)
        ]
    assert missing == []


def test_tabs_and_menus_have_mnemonics(qtbot, demo_context) -> None:
    window = _window(qtbot, demo_context)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    menus = [action.text() for action in window.menuBar().actions()]
    for text in tabs + menus:
        assert "&" in text.replace("&&", ""), text
    letters = [text[text.index("&") + 1].lower() for text in tabs + menus]
    assert len(letters) == len(set(letters)), letters


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if isinstance(action.menu(), QMenu):
            found += _menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def test_the_shortcuts_dialog_lists_every_menu_shortcut(qtbot, demo_context) -> None:
    window = _window(qtbot, demo_context)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {
        (dialog.table.item(row, 1).text(), dialog.table.item(row, 0).text())
        for row in range(dialog.table.rowCount())
    }
    with_keys = [
        action
        for top in window.menuBar().actions()
        if isinstance(top.menu(), QMenu)
        for action in _menu_actions(top.menu())
        if action.shortcuts()
    ]
    assert len(with_keys) >= 6
    for action in with_keys:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        # What the key does: Undo's own text names the step it would take back now.
        does = action.whatsThis().partition("\t")[2] or plain_text(action.text())
        assert any(what == does and keys in shown for what, shown in listed), (
            action.text(),
            keys,
        )
    native = QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Print prep sheet…", native) in listed


def test_the_shortcuts_dialog_lists_the_shortcuts_inside_tabs(qtbot, demo_context) -> None:
    window = _window(qtbot, demo_context)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = [
        tuple(dialog.table.item(row, column).text() for column in range(3))
        for row in range(dialog.table.rowCount())
    ]
    save = QKeySequence(QKeySequence.StandardKey.Save).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert (save, "Save the contact", "Contacts") in rows
    assert (save, "Save the conversation", "Conversations") in rows
    assert any(what == "Move the question up" for _, what, _ in rows)


def test_help_menu_has_welcome_and_shortcuts(qtbot, demo_context, prompts) -> None:
    window = _window(qtbot, demo_context)
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [plain_text(action.text()) for action in help_menu.actions()]
    assert texts[:2] == ["Welcome", "Keyboard shortcuts"]
    help_menu.actions()[0].trigger()
    assert prompts.asked == [("welcome", "")]  # shown again, without the data question

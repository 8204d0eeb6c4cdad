"""The Network tab: who introduced whom, drawn as a tree from "You" to the right.

Colour the people by degree or by where the conversation with them stands, find
someone by name, zoom and pan; click a person (or press Enter) to open them in
the Contacts tab. The tree is read again when contacts or conversations change,
but only while the tab is visible (otherwise when it is shown next).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.network.chains import TreeNode, network_tree
from netplanner.core.text import fold
from netplanner.garbage_collector import collector_paused
from netplanner.gui.contacts.texts import degree_label
from netplanner.gui.context import AppContext
from netplanner.gui.network import colours
from netplanner.gui.network.legend import Legend
from netplanner.gui.network.scene import SUMMARY_ID, NetworkScene
from netplanner.gui.network.view import NetworkView
from netplanner.gui.numbers import format_number
from netplanner.gui.plural import counted
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.messages import fill


class NetworkTab(QWidget):
    """The network of introductions as a tree."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._placed = False  # the view was given its first zoom and position
        self._nodes: list[TreeNode] = []
        self._folded: dict[int, str] | None = None  # per node, made by the first search
        self._match_index = 0

        self.network = NetworkScene(self.font(), self)
        self.view = NetworkView(self.network)
        self.view.setAccessibleName(self.tr("Network of introductions"))
        self.view.setAccessibleDescription(
            self.tr("Arrow keys move between people; Enter opens the selected person.")
        )
        self.view.activated.connect(self._activate)
        self.view.current_moved.connect(self._go_to)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or organisation…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Press Enter for the next match"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._next_match)
        find_label = QLabel(self.tr("Fin&d:"))
        find_label.setBuddy(self.search)
        self.match_label = QLabel()

        self.colour_combo = QComboBox()
        self.colour_combo.addItem(self.tr("degree"), colours.BY_DEGREE)
        self.colour_combo.addItem(self.tr("conversation status"), colours.BY_STATUS)
        mode = str(context.settings.value("network/colour_by", colours.BY_DEGREE))
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(mode)))
        self.colour_combo.currentIndexChanged.connect(self._colour_changed)
        colour_label = QLabel(self.tr("C&olour by:"))
        colour_label.setBuddy(self.colour_combo)
        self.everyone_box = QCheckBox(self.tr("&Show everyone"))
        self.everyone_box.setToolTip(
            self.tr("Also draw each person you know yourself who has not introduced anyone yet")
        )
        self.everyone_box.toggled.connect(self.refresh)

        self.zoom_out_button = self._tool_button("−", self.tr("Zoom out (Ctrl+wheel, −)"))
        self.zoom_in_button = self._tool_button("+", self.tr("Zoom in (Ctrl+wheel, +)"))
        self.fit_button = self._tool_button(self.tr("Fit"), self.tr("Show the whole network"))
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.fit_button.clicked.connect(self.view.fit)
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))

        tools = QHBoxLayout()
        tools.addWidget(find_label)
        tools.addWidget(self.search, 2)
        tools.addWidget(self.match_label, 1)
        tools.addSpacing(12)
        tools.addWidget(colour_label)
        tools.addWidget(self.colour_combo)
        tools.addWidget(self.everyone_box)
        tools.addSpacing(12)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        self.legend = Legend()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr(
                "Nobody in your network yet. Add the people you know in the Contacts tab; "
                "when someone gives you a name, record who introduced whom and the chain "
                "grows here."
            )
        )
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        QWidget.setTabOrder(self.search, self.colour_combo)
        QWidget.setTabOrder(self.colour_combo, self.everyone_box)
        QWidget.setTabOrder(self.everyone_box, self.zoom_out_button)  # the row, then the view
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        QWidget.setTabOrder(self.zoom_in_button, self.fit_button)
        QWidget.setTabOrder(self.fit_button, self.view)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search.clear)
        describe_shortcut(escape, self.tr("Network"), self.tr("Clear the search"))

        context.events.contacts_changed.connect(self._data_changed)
        context.events.conversations_changed.connect(self._data_changed)

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Fit") + 24)
        return button

    # -- public API (the main window calls these) ---------------------------------------------
    def new_item(self) -> None:
        """Nothing to add here: find someone instead."""
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_contact(self, contact_id: int) -> None:
        """Make ``contact_id`` the current person and centre the view on them."""
        if self._stale:
            self.refresh()
        self._go_to(contact_id)

    # -- loading ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read the tree again and draw it, keeping the zoom and the current person."""
        with collector_paused():  # tens of thousands of objects, all kept (see there)
            self._nodes = self.context.read(network_tree)
            self._stale = False
            self._folded = None
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            self.network.mode = self.colour_combo.currentData()
            self.network.build(self._nodes, self.everyone_box.isChecked())
        self.everyone_box.setVisible(self.network.hidden_count > 0 or self.everyone_box.isChecked())
        self.empty_label.setVisible(not self._nodes)
        self._set_current(self.network.current)  # renamed, or gone
        self._update_texts()
        self._apply_search(move=False)
        if not self._placed:
            self._place()
        elif self.network.current is not None:
            self.view.centerOn(self.network.node_items[self.network.current])
        else:
            self.view.centerOn(centre)

    def _place(self) -> None:
        """First look: the whole tree when it is readable, else life size from "You"."""
        self._placed = True
        self.view.fit()
        if self.view.zoom() < 0.7:
            self.view.reset_zoom()
            if self.network.you_item is not None:
                self.view.centerOn(self.network.you_item)
            self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())

    def _update_texts(self) -> None:
        mode = self.network.mode
        self.legend.set_entries(colours.legend(mode, self.network.colour_counts()))
        if not self._nodes:
            self.summary.setText("")
            return
        direct = sum(1 for node in self._nodes if node.degree == 1)
        deepest = max(node.degree for node in self._nodes)
        text = counted(len(self._nodes), self.tr("%n person"), self.tr("%n people"))
        text += " · " + counted(
            direct, self.tr("%n you know yourself"), self.tr("%n you know yourself")
        )
        text += " · " + counted(
            len(self._nodes) - direct, self.tr("%n via via"), self.tr("%n via via")
        )
        if deepest > 1:
            text += " · " + fill(self.tr("longest chain: %1"), degree_label(deepest))
        if self.network.hidden_count:
            text += " · " + counted(
                self.network.hidden_count,
                self.tr("%n person who introduced nobody yet is drawn as one box"),
                self.tr("%n people who introduced nobody yet are drawn as one box"),
            )
        self.summary.setText(text)

    # -- reacting -----------------------------------------------------------------------------
    def _colour_changed(self) -> None:
        mode = self.colour_combo.currentData()
        self.context.settings.setValue("network/colour_by", mode)
        self.network.recolour(mode)
        self._update_texts()

    def _activate(self, node_id: int) -> None:
        if node_id == SUMMARY_ID:
            self.everyone_box.setChecked(True)
            return
        self._set_current(node_id)
        self.context.events.open_contact_requested.emit(node_id)

    def _go_to(self, node_id: int) -> None:
        item = self.network.node_items.get(node_id)
        if item is None:
            return
        self._set_current(node_id)
        self.view.centerOn(item)

    def _set_current(self, node_id: int | None) -> None:
        """Select a person, and say who: a screen reader reads the view's name when it
        changes (Qt sends the NameChanged event), so the arrow keys are heard."""
        self.network.set_current(node_id)
        about = self.network.tooltip(self.network.current).replace("\n", ", ")
        name = self.tr("Network of introductions")
        self.view.setAccessibleName(fill(self.tr("%1: %2"), name, about) if about else name)

    def _search_changed(self, _text: str) -> None:
        self._match_index = 0
        self._apply_search(move=True)

    def _next_match(self) -> None:
        if self.network.matches:
            self._match_index = (self._match_index + 1) % len(self.network.matches)
            self._show_match()

    def _apply_search(self, move: bool) -> None:
        text = self.search.text().strip()
        if not text:
            self.network.set_matches([])
            self.match_label.setText("")
            return
        terms = fold(text).split()
        if self._folded is None:  # made for a search, not at every refresh
            self._folded = {n.id: fold(f"{n.name} {n.organisation}") for n in self._nodes}
        folded = self._folded
        found = [n.id for n in self._nodes if all(t in folded[n.id] for t in terms)]
        self.network.set_matches(found)
        shown = len(self.network.matches)
        if not found:
            self.match_label.setText(self.tr("No match"))
        elif not shown:
            self.match_label.setText(self.tr("Not drawn: tick “Show everyone”"))
        else:
            self._match_index = min(self._match_index, shown - 1)
            if move:
                self._show_match()
            else:
                self._update_match_label()

    def _show_match(self) -> None:
        self._go_to(self.network.matches[self._match_index])
        self._update_match_label()

    def _update_match_label(self) -> None:
        shown = len(self.network.matches)
        self.match_label.setText(
            fill(self.tr("%1 of %2"), format_number(self._match_index + 1), format_number(shown))
        )

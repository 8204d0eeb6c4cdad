"""A section of the Today view (heading with a count, then one row per item).

Rows are widgets, not an item view: a section holds a handful of items, each with
its own buttons, and a long section shows its first rows with "Show all".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.followups.routines import FollowUpKind
from netplanner.core.followups.today import ItemSource, TodayItem
from netplanner.gui.numbers import format_number
from netplanner.gui.today.texts import item_what, item_why, warning_color, when_text
from netplanner.messages import fill

#: Rows shown before "Show all N"; a section with hundreds of rows is not "at a glance".
FIRST_ROWS = 30

#: Snooze choices: days.
SNOOZE_DAYS = (1, 3, 7)

_WHEN, _WHAT, _BUTTONS = range(3)
_LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


class ItemActions(QWidget):
    """Done / Snooze / Dismiss (or Open for a conversation) for one item."""

    def __init__(self, item: TodayItem, section: TodaySection) -> None:
        super().__init__()
        self.item = item
        self.done_button: QPushButton | None = None
        self.snooze_button: QPushButton | None = None
        self.dismiss_button: QPushButton | None = None
        self.open_button: QPushButton | None = None
        self.not_now_button: QPushButton | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        what = item_what(item)
        if item.source == ItemSource.APPROACH:
            self._approach_buttons(item, section, layout)
            return
        if item.source == ItemSource.CONVERSATION:
            self.open_button = self._button(self.tr("Open"), self.tr("Open: %1"), item)
            conversation_id = item.conversation_id
            self.open_button.clicked.connect(
                lambda: section.open_conversation.emit(conversation_id)
            )
            layout.addWidget(self.open_button)
            # Invisible stand-ins keep "Open" under the other rows' "Done".
            snooze_stand_in = QPushButton(self.tr("Snooze"))
            snooze_stand_in.setMenu(QMenu(snooze_stand_in))
            for stand_in in (snooze_stand_in, QPushButton(self.tr("Dismiss"))):
                _hide_keeping_place(stand_in)
                layout.addWidget(stand_in)
            return
        self.done_button = self._button(self.tr("Done"), self.tr("Done: %1"), item)
        if item.kind == FollowUpKind.THANK_YOU.value:
            self.done_button.setToolTip(self.tr("I sent it: the conversation is marked thanked"))
        self.done_button.clicked.connect(lambda: section.done.emit(item))
        layout.addWidget(self.done_button)
        # A push button with a menu: the style leaves room for the menu's arrow (a tool
        # button drew it over the last letter of the longer Dutch "Uitstellen").
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_button.setAccessibleName(fill(self.tr("Snooze: %1"), what))
        self.snooze_menu = QMenu(self.snooze_button)
        labels = {1: self.tr("Until tomorrow"), 3: self.tr("For 3 days"), 7: self.tr("For a week")}
        for days in SNOOZE_DAYS:
            action = self.snooze_menu.addAction(labels[days])
            action.triggered.connect(lambda _=False, d=days: section.snoozed.emit(item, d))
        self.snooze_button.setMenu(self.snooze_menu)
        layout.addWidget(self.snooze_button)
        self.dismiss_button = self._button(self.tr("Dismiss"), self.tr("Dismiss: %1"), item)
        self.dismiss_button.setToolTip(self.tr("Not needed: hide this suggestion for good"))
        self.dismiss_button.clicked.connect(lambda: section.dismissed.emit(item))
        layout.addWidget(self.dismiss_button)
        if item.source != ItemSource.SUGGESTION:
            # Only suggestions can be dismissed; keep the place so the buttons line up.
            _hide_keeping_place(self.dismiss_button)

    def _approach_buttons(self, item: TodayItem, section: TodaySection, layout) -> None:
        """Open (their idea conversation, else the contact) and Not now."""
        self.open_button = self._button(self.tr("Open"), self.tr("Open: %1"), item)
        if item.conversation_id is not None:
            conversation_id = item.conversation_id
            self.open_button.setToolTip(self.tr("Open the conversation planned with them"))
            self.open_button.clicked.connect(
                lambda: section.open_conversation.emit(conversation_id)
            )
        else:
            contact_id = item.contact_id
            self.open_button.setToolTip(self.tr("Open the contact to plan a conversation"))
            self.open_button.clicked.connect(lambda: section.open_contact.emit(contact_id))
        layout.addWidget(self.open_button)
        stand_in = QPushButton(self.tr("Snooze"))  # keeps the buttons in line with the rows'
        stand_in.setMenu(QMenu(stand_in))
        _hide_keeping_place(stand_in)
        layout.addWidget(stand_in)
        self.not_now_button = self._button(self.tr("Not now"), self.tr("Not now: %1"), item)
        self.not_now_button.setToolTip(self.tr("Hide this name for four weeks"))
        self.not_now_button.clicked.connect(lambda: section.not_now.emit(item))
        layout.addWidget(self.not_now_button)

    @staticmethod
    def _button(text: str, accessible: str, item: TodayItem) -> QPushButton:
        button = QPushButton(text)
        who = f"{item_what(item)}, {item.contact_name}" if item.contact_name else item_what(item)
        button.setAccessibleName(fill(accessible, who))
        return button

    def buttons(self) -> list[QWidget]:
        shown = (
            self.done_button,
            self.snooze_button,
            self.dismiss_button,
            self.open_button,
            self.not_now_button,
        )
        return [b for b in shown if b is not None and not b.isHidden()]

    def first_button(self) -> QWidget | None:
        return self.done_button or self.open_button


def _hide_keeping_place(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    widget.setVisible(False)


class TodaySection(QWidget):
    """One heading ("Overdue (3)") and its items in aligned columns."""

    done = Signal(object)  # TodayItem
    snoozed = Signal(object, int)  # TodayItem, days
    dismissed = Signal(object)  # TodayItem
    not_now = Signal(object)  # TodayItem: a name to approach, hidden for weeks
    open_contact = Signal(int)
    open_conversation = Signal(int)

    def __init__(self, title: str, empty_text: str, *, warning: bool = False) -> None:
        super().__init__()
        self.title = title
        self.warning = warning
        self.items: list[TodayItem] = []
        self.row_actions: list[ItemActions] = []
        #: The row widgets a keyboard user tabs through, in reading order.
        self.focus_chain: list[QWidget] = []
        self._show_all = False
        self._now: datetime | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        if warning:
            palette = self.heading.palette()
            palette.setColor(QPalette.ColorRole.WindowText, warning_color(palette))
            self.heading.setPalette(palette)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(_WHAT, 1)
        self.more_button = QPushButton()
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(self._show_everything)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.grid)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_items(self, items: Sequence[TodayItem], now: datetime) -> None:
        self.items = list(items)
        self._now = now
        self.heading.setText(fill(self.tr("%1 (%2)"), self.title, format_number(len(items))))
        self.heading.setAccessibleName(self.heading.text())
        self._clear()
        shown = self.items if self._show_all else self.items[:FIRST_ROWS]
        for row, item in enumerate(shown):
            self._add_row(row, item, now)
        hidden = len(self.items) - len(shown)
        everything = format_number(len(self.items))
        self.more_button.setText(fill(self.tr("Show all %1"), everything))
        self.more_button.setVisible(hidden > 0)
        self.empty_label.setVisible(not self.items)

    def _clear(self) -> None:
        self.row_actions = []
        self.focus_chain = []
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show_everything(self) -> None:
        self._show_all = True
        if self._now is not None:
            self.set_items(self.items, self._now)

    def _add_row(self, row: int, item: TodayItem, now: datetime) -> None:
        with_time = item.source == ItemSource.CONVERSATION
        when = QLabel(when_text(item.when, now, with_time=with_time))
        when.setFixedWidth(_when_width(when))
        when.setWordWrap(True)
        if self.warning:
            when.setPalette(self.heading.palette())
        what = QLabel(self._what_html(item))
        what.setToolTip(item_why(item))
        labels = [when, what]
        cell = QWidget()
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(what)
        if item.contact_id is not None:
            who = QLabel(self._who_html(item))
            who.setAccessibleName(item.contact_name)
            stack.addWidget(who)
            labels.append(who)
        for label in labels[1:]:
            label.setWordWrap(True)
            label.setTextInteractionFlags(_LINKS)
            label.linkActivated.connect(self._link)
        actions = ItemActions(item, self)
        self.row_actions.append(actions)
        self.focus_chain += [label for label in labels[1:] if "<a " in label.text()]
        self.focus_chain += actions.buttons()
        for label in labels:
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        when.setMinimumHeight(actions.sizeHint().height())
        what.setMinimumHeight(actions.sizeHint().height() if len(labels) == 2 else 0)
        self.grid.addWidget(when, row, _WHEN)
        self.grid.addWidget(cell, row, _WHAT)
        self.grid.addWidget(actions, row, _BUTTONS, Qt.AlignmentFlag.AlignTop)

    def _what_html(self, item: TodayItem) -> str:
        text = escape(item_what(item), quote=False)
        if item.source == ItemSource.CONVERSATION:
            text = f'<a href="conversation:{item.conversation_id}">{text}</a>'
            if item.place:
                text += " · " + escape(item.place, quote=False)
        return text

    def _who_html(self, item: TodayItem) -> str:
        name = escape(item.contact_name, quote=False)
        text = f'<a href="contact:{item.contact_id}">{name}</a>'
        if item.conversation_id is not None and item.source != ItemSource.CONVERSATION:
            link = escape(self.tr("the conversation"), quote=False)
            text += f' · <a href="conversation:{item.conversation_id}">{link}</a>'
        # The line reads in the window's direction: a name in Arabic or Hebrew first
        # made it a right-to-left line, pushed to the right edge.
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        return f'<div dir="{direction}">{text}</div>'

    def _link(self, href: str) -> None:
        what, _, number = href.partition(":")
        if what == "contact":
            self.open_contact.emit(int(number))
        elif what == "conversation":
            self.open_conversation.emit(int(number))


def _when_width(label: QLabel) -> int:
    """Wide enough for "Yesterday 10:00" or "Wed 28 Sep 2027 10:00": the same in every
    section, so the columns line up."""
    metrics = label.fontMetrics()
    samples = (
        QCoreApplication.translate("TodayTexts", "Yesterday") + " 00:00",
        "Wed 28 Sep 2027 00:00",
    )
    return max(metrics.horizontalAdvance(sample) for sample in samples) + 8

"""The Today tab: what to do next, at a glance.

Overdue follow-ups (in a warning colour), today's, this week's with the planned
conversations, and the thank-yous to send; each with Done and Snooze. On the
right: the routines that suggest follow-ups, and printing the week's prep sheets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.contact_reading import list_contact_rows
from netplanner.core.followups.today import TodayItem, TodayOverview, read_today_overview
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.list_form import remembered_splitter
from netplanner.gui.today.add_form import AddFollowUpForm, NewFollowUp
from netplanner.gui.today.rows import TodaySection
from netplanner.gui.today.side_panel import PrintWeekBox, RoutinesBox
from netplanner.gui.today.texts import summary_text
from netplanner.gui.unsaved import DISCARD, SAVE, ask_about_unsaved
from netplanner.messages import fill

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Clock = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone()


class TodayTab(QWidget):
    """The first thing a user sees: what to do next."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, clock: Clock = local_now
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.overview: TodayOverview | None = None
        self._stale = True
        self._period_set = False

        self.title = QLabel(self.tr("Today"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("A&dd follow-up…"))
        self.add_form = AddFollowUpForm()
        self.add_form.setVisible(False)
        self.add_form.submitted.connect(self._add)
        self.add_form.cancelled.connect(self._close_form)
        self.add_button.clicked.connect(self.new_item)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(48, 48, 48, 0)
        self.to_approach = TodaySection(self.tr("Names to approach"), "")
        self.overdue = TodaySection(self.tr("Overdue"), "", warning=True)
        self.today = TodaySection(self.tr("Today"), self.tr("Nothing else for today."))
        self.this_week = TodaySection(
            self.tr("This week"), self.tr("Nothing planned for the coming seven days.")
        )
        self.thank_yous = TodaySection(
            self.tr("Thank-yous to send"), self.tr("Everyone you talked with has been thanked.")
        )
        self.sections = (
            self.to_approach,
            self.overdue,
            self.today,
            self.this_week,
            self.thank_yous,
        )
        for section in self.sections:
            section.not_now.connect(self._not_now)
            section.done.connect(self._done)
            section.dismissed.connect(self._dismiss)
            section.snoozed.connect(self._snooze)
            section.open_contact.connect(context.events.open_contact_requested)
            section.open_conversation.connect(context.events.open_conversation_requested)

        self.routines = RoutinesBox(context)
        self.routines.changed.connect(self.refresh)
        self.print_box = PrintWeekBox()
        self.print_box.print_requested.connect(self.print_week)
        self.print_box.save_requested.connect(self.save_week)
        self._build_layout()

        events = context.events
        for signal in (events.conversations_changed, events.contacts_changed):
            signal.connect(self._data_changed)
        events.follow_ups_changed.connect(self._data_changed)
        self.refresh()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.date_label)
        header.addLayout(titles, 1)
        header.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(14)
        column.addWidget(self.empty_label)
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        # No tab stop of its own: Tab goes through the rows' links and buttons, and the
        # area scrolls to show the one with focus.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(header)
        main_layout.addWidget(self.summary)
        main_layout.addWidget(self.add_form)
        main_layout.addWidget(self.scroll_area, 1)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.routines)
        side_layout.addWidget(self.print_box)
        side_layout.addStretch(1)
        # No minimum width of its own: the routines' switches need their whole text.
        main.setMinimumWidth(480)

        self.splitter = remembered_splitter(
            self.context.settings, "today/splitter", (main, side), stretch=(3, 1), sizes=(780, 300)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    # -- public API (the main window calls these) ----------------------------------------------
    def new_item(self) -> None:
        """Add a follow-up: show the small form with the cursor in "What"."""
        contacts = self.context.rows(list_contact_rows)
        self.add_form.start(contacts, self.clock().date())

    def focus_search(self) -> None:
        """No search here: go to the first item's button (or the Add button)."""
        for section in self.sections:
            for actions in section.row_actions:
                button = actions.first_button()
                if button is not None:
                    button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    return
        self.add_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- loading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
        if self.add_form.isVisible():
            self.add_form.set_contacts(self.context.rows(list_contact_rows))

    def refresh(self) -> None:
        now = self.clock()
        # Through the named statements: the window may show this tab before the database
        # (SQLAlchemy) is open (issue #24).
        self.overview = self.context.rows(lambda queries: read_today_overview(queries, now))
        self._stale = False
        if not self._period_set:
            self.print_box.set_period(now.date(), now.date() + timedelta(days=7))
            self._period_set = True
        scrolled = self.scroll_area.verticalScrollBar().value()
        overview = self.overview
        day = QDate(now.year, now.month, now.day)
        self.date_label.setText(QLocale().toString(day, "dddd d MMMM yyyy"))
        self.to_approach.set_items(overview.to_approach, now)
        self.to_approach.setVisible(bool(overview.to_approach))
        self.overdue.set_items(overview.overdue, now)
        self.today.set_items(overview.today, now)
        self.this_week.set_items(overview.this_week, now)
        self.thank_yous.set_items(overview.thank_yous, now)
        empty = overview.is_empty
        self.overdue.setVisible(bool(overview.overdue))
        self.today.setVisible(not empty)
        self.this_week.setVisible(not empty)
        self.thank_yous.setVisible(
            not empty and (bool(overview.thank_yous) or self.routines.thank_you.isChecked())
        )
        self.empty_label.setVisible(empty)
        self.empty_label.setText(
            self.tr(
                "<p style='font-size:large'>Nothing is due. Well done!</p>"
                "<p>A good moment to plan a conversation: who could think along with you, "
                "or who does the work you want? Plan it in the Conversations tab.</p>"
            )
        )
        self.summary.setText(summary_text(overview))
        self.summary.setVisible(not empty)
        self.scroll_area.verticalScrollBar().setValue(scrolled)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Rows are made after the side panel: put them back in reading order."""
        form = self.add_form
        chain: list[QWidget] = [self.add_button, form.what_edit, form.due_edit]
        chain += [form.contact_picker, form.add_button, form.cancel_button]
        for section in self.sections:
            chain += [*section.focus_chain, section.more_button]
        routines, printing = self.routines, self.print_box
        chain += [routines.thank_you, routines.three_b_seven, routines.stay_in_touch]
        chain += [routines.weeks, printing.from_edit, printing.to_edit, printing.print_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- acting on items -----------------------------------------------------------------------
    def _done(self, item: TodayItem) -> None:
        self._finish(item, record_thanks=True)

    def _dismiss(self, item: TodayItem) -> None:
        self._finish(item, record_thanks=False)

    def _finish(self, item: TodayItem, *, record_thanks: bool) -> None:
        from netplanner.core.followups.stored import accept_suggestion, mark_done

        now = self.clock()

        def work(session: Session) -> bool:
            if item.suggestion is not None:
                accept_suggestion(
                    session, item.suggestion, done=True, now=now, record_thanks=record_thanks
                )
            elif item.follow_up_id is not None:
                mark_done(
                    session,
                    item.follow_up_id,
                    now,
                    record_thanks=record_thanks,
                    loaded_version=item.version,
                )
            return True

        self._act(
            item,
            work,
            # A thank-you done marks its conversation "thanked".
            Change.FOLLOW_UPS | Change.CONVERSATIONS,
            self.tr("Mark done") if record_thanks else self.tr("Dismiss"),
            self.tr("Not marked done"),
        )

    def _not_now(self, item: TodayItem) -> None:
        """Hide a name to approach for some weeks (kept in the data file)."""
        from netplanner.core.suggestions.not_now import set_not_now

        contact_id = item.contact_id
        if contact_id is None:
            return
        now = self.clock()
        self._act(
            item,
            lambda session: set_not_now(session, contact_id, None, now=now),
            Change.FOLLOW_UPS,
            self.tr("Not now"),
            self.tr("Not hidden"),
        )

    def _snooze(self, item: TodayItem, days: int) -> None:
        from netplanner.core.followups.stored import accept_suggestion, snooze, snooze_until

        until = snooze_until(self.clock(), days)

        def work(session: Session) -> bool:
            if item.suggestion is not None:
                accept_suggestion(session, item.suggestion, snooze_until=until)
            elif item.follow_up_id is not None:
                snooze(session, item.follow_up_id, until, loaded_version=item.version)
            return True

        self._act(item, work, Change.FOLLOW_UPS, self.tr("Snooze"), self.tr("Not snoozed"))

    def _act(
        self,
        item: TodayItem,
        work: Callable[[Session], object],
        changes: Change,
        label: str,
        failure_title: str,
    ) -> None:
        """Write ``work`` for ``item`` and show the new state (the write's announcement
        refreshed a visible tab; a failed one may have met data changed elsewhere),
        keeping the keyboard focus where the item was. A follow-up changed elsewhere since
        it was shown is refused in one line, then shown as it is now (nothing typed to keep)."""
        place = next(
            (
                (section, row)
                for section in self.sections
                for row, actions in enumerate(section.row_actions)
                if actions.item is item
            ),
            None,
        )
        saved = self.context.write(work, changes=changes, label=label, failure_title=failure_title)
        if self._stale or saved is None:
            self.refresh()
        if place is not None:
            section, row = place
            if section.row_actions:
                actions = section.row_actions[min(row, len(section.row_actions) - 1)]
                button = actions.first_button()
                if button is not None:
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        self.focus_search()

    def _add(self, new: NewFollowUp) -> None:
        from netplanner.core.followups.stored import create_follow_up

        saved = self.context.write(
            lambda session: create_follow_up(session, new.what, new.due_at, new.contact_id),
            changes=Change.FOLLOW_UPS,
            label=self.tr("Add follow-up"),
            failure_title=self.tr("Follow-up not added"),
        )
        if saved is None:
            return
        self._close_form()
        if self._stale:
            self.refresh()

    def _close_form(self) -> None:
        self.add_form.setVisible(False)
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing the window (see netplanner.gui.unsaved) ---------------------------------------
    def has_unsaved_edits(self) -> bool:
        """A follow-up typed in the open form but not added yet."""
        return not self.add_form.isHidden() and bool(self.add_form.what_edit.text().strip())

    def may_close(self) -> bool:
        if not self.has_unsaved_edits():
            return True
        question = fill(
            self.tr("Add the follow-up “%1” first?"), self.add_form.what_edit.text().strip()
        )
        choice = ask_about_unsaved(self.context.prompts, question)
        if choice == SAVE:
            return self.save_edits()
        if choice == DISCARD:
            self._close_form()
            return True
        self.add_form.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def save_edits(self) -> bool:
        """Add the typed follow-up; True when it was added (the form then closes)."""
        self.add_form.submit()
        return self.add_form.isHidden()

    # -- printing ------------------------------------------------------------------------------
    def print_week(self, first=None, last=None) -> None:
        """Open the prep sheets of the period (default: the box's dates) in the PDF viewer."""
        from netplanner.gui.today.print_week import export_period  # the sheets' modules

        export_period(self.context, self.print_box, self, first, last, to_print=True)

    def save_week(self, first=None, last=None) -> None:
        """Save the prep sheets of the period (default: the box's dates) as one PDF."""
        from netplanner.gui.today.print_week import export_period  # the sheets' modules

        export_period(self.context, self.print_box, self, first, last, to_print=False)

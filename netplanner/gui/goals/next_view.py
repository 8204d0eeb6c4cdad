"""*Who to ask next* (issue #20): for the goal shown (else the active one), two ranked
lists from ``core.suggestions``: people who do the work, for an informational
conversation, and warm contacts who can think along. Each person with the reasons in
words; the panel under the lists adds the score up. *Ask* plans an "asked" conversation
of the list's kind and hands the person to the ask composer; *Not now* hides them from
this goal's lists for four weeks (with *Show again* to take that back).

Ranking 30,000 contacts takes up to ~160 ms per list (tests/bench), so the two lists
are ranked in two turns of the event loop, never both at once; only while the view is
shown (a change while hidden ranks once, when it shows), and never for a change that
cannot move anyone (a question bank).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.enums import ConversationKind
from netplanner.core.errors import NotFoundError
from netplanner.core.goals import get_goal, goal_title
from netplanner.core.suggestions import (
    DEFAULT_WEEKS,
    NoActiveGoalError,
    PersonSuggestion,
    SuggestionList,
    ask_person,
    clear_not_now,
    set_not_now,
    suggest_people,
)
from netplanner.gui.context import AppContext
from netplanner.gui.error_text import error_text
from netplanner.gui.events import Change
from netplanner.gui.goals.suggestion_list import SuggestionModel, parts_lines, suggestion_view
from netplanner.gui.plural import counted
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.messages import fill

KINDS = (ConversationKind.INFORMATIONAL.value, ConversationKind.THINK_ALONG.value)


class NextView(QWidget):
    #: Someone was asked: (goal id, contact id, their name); the tab opens the composer.
    asked = Signal(int, int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._goal_id: int | None = None  # the goal shown in the form; None: the active one
        self._shown_goal: int | None = None  # the goal the lists are for
        self._queue: list[str] = []  # the lists still to rank
        self._stale = True
        self._current: tuple[str, PersonSuggestion] | None = None
        self._hidden: tuple[int, int, str] | None = None  # the last Not now: for Show again
        self._build()
        for signal in (
            context.events.contacts_changed,
            context.events.conversations_changed,
            context.events.goals_changed,
            context.events.follow_ups_changed,  # Not now, here or on Today
        ):
            signal.connect(self.refresh)

    def _build(self) -> None:
        self.goal_label = QLabel()
        self.goal_label.setFont(_bold(self.goal_label.font()))
        self.goal_label.setWordWrap(True)
        self.goal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.views: dict[str, QListView] = {}
        self.counts: dict[str, QLabel] = {}
        self.empties: dict[str, QLabel] = {}
        titles = {
            KINDS[0]: (
                self.tr("People who do the work"),
                self.tr(
                    "For an informational conversation: what the work involves, how they got there."
                ),
            ),
            KINDS[1]: (
                self.tr("People who can think along"),
                self.tr("Warm contacts of any field who may know people who do this work."),
            ),
        }
        lists = QGridLayout()
        for column, kind in enumerate(KINDS):
            title, intro = titles[kind]
            heading = QLabel(title)
            heading.setFont(_bold(heading.font()))
            explained = QLabel(intro)
            explained.setWordWrap(True)
            explained.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            view = suggestion_view(title)
            heading.setBuddy(view)
            self.views[kind] = view
            self.counts[kind] = QLabel()
            empty = QLabel()
            empty.setWordWrap(True)
            empty.setVisible(False)
            self.empties[kind] = empty
            for row, widget in enumerate((heading, explained, self.counts[kind], empty, view)):
                lists.addWidget(widget, row, column)
            view.selectionModel().currentChanged.connect(
                lambda current, _old, kind=kind: self._picked(kind, current)
            )
            for keys, slot, what in (
                (
                    (Qt.Key.Key_Return, Qt.Key.Key_Enter),
                    self.ask,
                    self.tr("Ask the selected person"),
                ),
                ((Qt.Key.Key_Delete,), self.not_now, self.tr("Not now: hide the selected person")),
            ):
                for key in keys:
                    shortcut = QShortcut(QKeySequence(key), view)
                    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                    shortcut.activated.connect(slot)
                    describe_shortcut(shortcut, self.tr("Goals"), what)
        lists.setRowStretch(4, 1)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)
        self.why_label.setAccessibleName(self.tr("Why this person"))
        self.ask_button = QPushButton(self.tr("Ask…"))
        self.ask_button.setToolTip(
            self.tr("Plan an ask with this person for the goal and write the message (Enter)")
        )
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setToolTip(
            fill(
                self.tr("Leave this person out of the lists for %1 weeks (Delete)"),
                str(DEFAULT_WEEKS),
            )
        )
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Who to ask next messages"))
        self.show_again_button = QPushButton(self.tr("Show again"))
        self.show_again_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ask_button)
        buttons.addWidget(self.not_now_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.show_again_button)
        self.no_goal_label = QLabel()
        self.no_goal_label.setWordWrap(True)
        self.no_goal_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.goal_label)
        layout.addWidget(self.no_goal_label)
        layout.addLayout(lists, 1)
        layout.addWidget(self.why_label)
        layout.addLayout(buttons)
        self.ask_button.clicked.connect(self.ask)
        self.not_now_button.clicked.connect(self.not_now)
        self.show_again_button.clicked.connect(self.show_again)
        QWidget.setTabOrder(self.views[KINDS[0]], self.views[KINDS[1]])
        QWidget.setTabOrder(self.views[KINDS[1]], self.ask_button)
        self._show_current()

    # -- what the tab calls -----------------------------------------------------------------
    def set_goal(self, goal_id: int | None) -> None:
        """Suggest for ``goal_id`` (the goal the tab shows); None: the active goal."""
        if goal_id != self._goal_id:
            self._goal_id = goal_id
            self.refresh()

    def refresh(self) -> None:
        """Rank again, soon (once for several changes), if shown; else when shown."""
        if not self.isVisible():
            self._stale = True
            return
        if not self._queue:
            QTimer.singleShot(0, self, self._rank_next)
        self._queue = list(KINDS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- ranking ----------------------------------------------------------------------------
    def _rank_next(self) -> None:
        """Rank one list (each up to ~160 ms at 30,000 contacts), then yield to the window."""
        if not self._queue:
            return
        kind = self._queue.pop(0)
        self._stale = False
        goal_id = self._goal_id
        try:
            result = self.context.read(lambda s: suggest_people(s, goal_id, kind))
        except NoActiveGoalError as error:
            self._queue.clear()
            self._show_no_goal(error_text(error))
            return
        except NotFoundError:  # the goal shown was deleted: the active one then
            self._goal_id = None
            self._queue = list(KINDS)
            QTimer.singleShot(0, self, self._rank_next)
            return
        self._show_list(result)
        if self._queue:
            QTimer.singleShot(0, self, self._rank_next)

    def _show_no_goal(self, text: str) -> None:
        self._shown_goal = None
        self.no_goal_label.setText(text)
        self.no_goal_label.setVisible(True)
        self.goal_label.clear()
        for kind in KINDS:
            self._model(kind).set_items([])
            self.counts[kind].clear()
            self.empties[kind].setVisible(False)
        self._set_current(None)

    def _show_list(self, result: SuggestionList) -> None:
        self.no_goal_label.setVisible(False)
        if result.goal_id != self._shown_goal or not self.goal_label.text():
            self._shown_goal = result.goal_id
            title = self.context.read(lambda s: goal_title(get_goal(s, result.goal_id)))
            self.goal_label.setText(fill(self.tr("For your goal: %1"), title))
        view = self.views[result.kind]
        keep = (
            self._current[1].contact_id
            if self._current and self._current[0] == result.kind
            else None
        )
        self._model(result.kind).set_items(result.items)
        shown, total = len(result.items), result.candidates
        self.counts[result.kind].setText(
            counted(total, self.tr("%n person fits"), self.tr("%n people fit"))
            if shown == total
            else fill(self.tr("The best %1 of %2 people"), str(shown), str(total))
        )
        empty = self.empties[result.kind]
        empty.setVisible(not result.items)
        empty.setText(
            self.tr(
                "No one in your contacts does this work yet, as far as NetPlanner can tell. "
                "Ask someone to think along: they may know such people."
            )
            if result.kind == KINDS[0]
            else self.tr(
                "No warm contacts yet. Say in Contacts how you know people, and note the "
                "conversations you held."
            )
        )
        row = self._model(result.kind).row_of(keep) if keep is not None else None
        if row is not None:
            view.setCurrentIndex(self._model(result.kind).index(row, 0))
        elif self._current is not None and self._current[0] == result.kind:
            self._set_current(None)

    def _model(self, kind: str) -> SuggestionModel:
        return self.views[kind].model()  # type: ignore[return-value]

    # -- the person picked ------------------------------------------------------------------
    def _picked(self, kind: str, current: QModelIndex) -> None:
        item = self._model(kind).item_at(current.row()) if current.isValid() else None
        if item is None:
            return
        other = self.views[KINDS[1 - KINDS.index(kind)]]
        other.selectionModel().clearSelection()
        self._set_current((kind, item))

    def _set_current(self, current: tuple[str, PersonSuggestion] | None) -> None:
        self._current = current
        self._show_current()

    def _show_current(self) -> None:
        item = self._current[1] if self._current else None
        self.ask_button.setEnabled(item is not None)
        self.not_now_button.setEnabled(item is not None)
        if item is None:
            self.ask_button.setText(self.tr("Ask…"))
            self.why_label.setText(self.tr("Select someone to see why they are suggested."))
            return
        # A very long name is cut in its middle on the button (the panel above has it whole).
        self.ask_button.setText(
            self.ask_button.fontMetrics().elidedText(
                fill(self.tr("Ask %1…"), item.name), Qt.TextElideMode.ElideMiddle, 300
            )
        )
        why = fill(self.tr("Why %1:"), item.name)
        self.why_label.setText(why + " " + " · ".join(parts_lines(item.parts, item.score)))

    # -- acting -----------------------------------------------------------------------------
    def ask(self) -> None:
        """Plan an "asked" conversation of the list's kind; the tab opens the composer."""
        if self._current is None or self._shown_goal is None:
            return
        kind, item = self._current
        goal_id = self._shown_goal
        done = self.context.write(
            lambda s: ask_person(s, item.contact_id, goal_id, kind).id,
            # Asking lifts a "not now" (Today shows names put off).
            changes=Change.CONVERSATIONS | Change.FOLLOW_UPS,
            label=fill(self.tr("Ask %1"), item.name),
            failure_title=self.tr("Not asked"),
        )
        if done is not None:
            self.asked.emit(goal_id, item.contact_id, item.name)

    def not_now(self) -> None:
        if self._current is None or self._shown_goal is None:
            return
        item, goal_id = self._current[1], self._shown_goal
        done = self.context.write(
            lambda s: set_not_now(s, item.contact_id, goal_id) is not None,
            changes=Change.FOLLOW_UPS,
            label=fill(self.tr("Not now: %1"), item.name),
            failure_title=self.tr("Not hidden"),
        )
        if done is None:
            return
        self._hidden = (item.contact_id, goal_id, item.name)
        text = self.tr("%1 is left out of this goal's lists for %2 weeks.")
        self.status_label.setText(fill(text, item.name, str(DEFAULT_WEEKS)))
        self.show_again_button.setVisible(True)
        self._set_current(None)

    def show_again(self) -> None:
        """Take the last Not now back."""
        if self._hidden is None:
            return
        contact_id, goal_id, name = self._hidden
        done = self.context.write(
            lambda s: clear_not_now(s, contact_id, goal_id),
            changes=Change.FOLLOW_UPS,
            label=fill(self.tr("Show %1 again"), name),
        )
        if done is None:
            return
        self._hidden = None
        self.show_again_button.setVisible(False)
        self.status_label.setText(fill(self.tr("%1 is suggested again."), name))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold

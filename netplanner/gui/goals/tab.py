"""The Goals tab: what you are looking for, and the ask you send to one person.

Left the goals, in the middle the goal's form, on the right the ask composer with its
live checker. A short explanation of the method sits on top.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from netplanner.core.contacts import contact_names
from netplanner.core.errors import NotFoundError
from netplanner.core.goals import (
    create_goal,
    delete_goal,
    get_goal,
    goal_title,
    linked_conversation_count,
    list_goal_rows,
    update_goal,
)
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.goals.ask_composer_panel import AskComposerPanel
from netplanner.gui.goals.goal_form import GoalForm
from netplanner.gui.goals.goal_list_model import GoalListModel, WrappingDelegate
from netplanner.gui.goals.next_view import KINDS, NextView
from netplanner.gui.list_form import ListFormTab, remembered_splitter, select_row
from netplanner.gui.list_keys import delete_action
from netplanner.gui.plural import counted
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.gui.stale_form import reload_keeping_typed
from netplanner.gui.translation import ui_language
from netplanner.messages import fill


class GoalsTab(ListFormTab):
    """Goals (the concrete ask) and the message composed from them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = GoalListModel(self)
        self._drafts: dict[int | None, str] = {}  # edited messages per goal, this session

        self.explanation = QLabel(
            self.tr(
                "Say concretely what you are looking for: a role with its specialism, and if "
                "you can a region and a kind of organisation, never just “a job” or “anything "
                "in communications”. Then ask people one by one, by name, to think along with "
                "you about who does that work, and whom you could talk to."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.new_button = QPushButton(self.tr("New goal"))
        self.new_button.setToolTip(self.tr("Start a new goal (Ctrl+N)"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Goals"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        delete_action(self.list, self.delete, self.tr("Goals"), self.tr("Delete the goal"))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        list_heading = QLabel(self.tr("Your goals:"))
        list_heading.setBuddy(self.list)
        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 4, 0)
        list_layout.addWidget(list_heading)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.count_label)
        list_layout.addWidget(self.new_button)

        self.form = GoalForm(language=ui_language())
        self.composer = AskComposerPanel(context.prompts)
        form_pane = QWidget()
        form_layout = QVBoxLayout(form_pane)
        form_layout.setContentsMargins(8, 0, 8, 0)
        form_layout.addWidget(self.form)
        composer_pane = QWidget()
        composer_layout = QVBoxLayout(composer_pane)
        composer_layout.setContentsMargins(8, 0, 0, 0)
        composer_layout.addWidget(self.composer)

        for pane, minimum in ((list_pane, 170), (form_pane, 330), (composer_pane, 340)):
            pane.setMinimumWidth(minimum)
        # Two pages beside the goals: the goal with the ask, and who to ask next for it.
        ask_page = remembered_splitter(
            context.settings, "goals/ask", (form_pane, composer_pane), (4, 5), (400, 480)
        )
        self.next_view = NextView(context)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(ask_page, self.tr("Goal and ask"))
        self.pages.addTab(self.next_view, self.tr("Who to ask next"))
        self.pages.setAccessibleName(self.tr("Goal pages"))
        self.pages.tabBar().setAccessibleName(self.tr("Goal pages"))
        self.splitter = self._splitter(
            "goals/pages", (list_pane, self.pages), stretch=(2, 9), sizes=(220, 880)
        )
        to_next = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        to_next.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        to_next.activated.connect(self.show_next)
        describe_shortcut(to_next, self.tr("Goals"), self.tr("Who to ask next for this goal"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.list, self.new_button)
        # The goal pages' tab bar sits above the form: it comes before the form's fields.
        QWidget.setTabOrder(self.new_button, self.pages.tabBar())
        QWidget.setTabOrder(self.form.delete_button, self.composer.contact)

        self.new_button.clicked.connect(self.new_item)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.form.save_requested.connect(self.save)
        self.form.delete_requested.connect(self.delete)
        self.form.edited.connect(self._on_form_edited)
        self.next_view.asked.connect(self._asked)
        context.events.goals_changed.connect(self.refresh)
        context.events.contacts_changed.connect(self._load_contact_names)

        self._load_contact_names()
        self.refresh()
        first = self.model.goal_at(0)
        if first is not None:
            self._select(first.id)
            self._load(first.id)
        else:
            self.composer.show_goal(self.form.goal_input())

    # -- public API (the main window calls these) ----------------------------------------------
    def focus_search(self) -> None:
        """There is no search here: the goals list is short, so focus it."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_goal(self, goal_id: int) -> None:
        if self.model.find(goal_id) is None:
            self.refresh()
        if self.model.find(goal_id) is None or not self.may_leave():
            return
        self._leaving()
        self._select(goal_id)
        self._load(goal_id)

    def show_next(self) -> None:
        """Show who to ask next for the goal, the keyboard in the first list."""
        self.pages.setCurrentWidget(self.next_view)
        self.next_view.views[KINDS[0]].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _asked(self, goal_id: int, _contact_id: int, name: str) -> None:
        """Someone was asked: the message to them, written from the goal, to send."""
        if goal_id != self.form.goal_id:
            self.show_goal(goal_id)
        self.pages.setCurrentIndex(0)
        self.composer.contact.setText(name)
        self.composer.status.setText(
            fill(self.tr("Planned: %1 is asked. Send them this message."), name)
        )
        self.composer.message.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the goals again, keeping the selection and unsaved edits."""
        self.model.set_rows(self.context.read(list_goal_rows))
        count = self.model.rowCount()
        self.count_label.setText(
            counted(count, self.tr("%n goal"), self.tr("%n goals"))
            if count
            else self.tr("No goals yet: describe what you are looking for.")
        )
        goal_id = self.form.goal_id
        self._select(goal_id)
        if goal_id is not None and not self.form.is_dirty() and self.model.find(goal_id) is None:
            self.form.clear(ui_language())  # deleted elsewhere
            self.composer.set_goal(self.form.goal_input())

    def _load(self, goal_id: int) -> bool:
        try:
            goal = self.context.read(lambda s: get_goal(s, goal_id))
        except NotFoundError:
            self.refresh()
            return False
        self.form.load(goal, goal_title(goal))
        self.composer.show_goal(self.form.goal_input(), self._drafts.pop(goal_id, None))
        self.next_view.set_goal(goal_id)
        return True

    def _load_contact_names(self) -> None:
        self.composer.set_contact_names(name for _, name in self.context.read(contact_names))

    # -- writing ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; True when saved."""
        data = self.form.goal_input()
        goal_id, loaded_version = self.form.goal_id, self.form.loaded_version

        def work(session: Session) -> int:
            if goal_id is None:
                return create_goal(session, data).id
            return update_goal(session, goal_id, data, loaded_version=loaded_version).id

        saved_id = self.context.write(
            work,
            changes=Change.GOALS,
            label=self.tr("Save goal"),
            failure_title=self.tr("Goal not saved"),
            reload=lambda: reload_keeping_typed(self.form, lambda: self._load(goal_id or 0)),
        )
        if saved_id is None:
            return False
        goal = self.context.read(lambda s: get_goal(s, saved_id))
        edited = self.composer.draft()
        self.form.load(goal, goal_title(goal))
        self.composer.show_goal(self.form.goal_input(), edited)
        self._select(saved_id)
        self.next_view.set_goal(saved_id)
        return True

    def delete(self) -> None:
        """Delete the shown goal after saying what happens to its conversations."""
        goal_id = self.form.goal_id
        if goal_id is None:
            return
        linked = self.context.read(lambda s: linked_conversation_count(s, goal_id))
        detail = (
            counted(
                linked,
                self.tr("%n conversation is linked to this goal. It stays, but without a goal."),
                self.tr("%n conversations are linked to this goal. They stay, but without a goal."),
            )
            if linked
            else self.tr("No conversations are linked to this goal.")
        )
        if not self.context.prompts.confirm(
            self.tr("Delete goal"),
            fill(self.tr("Delete the goal “%1”?"), self.form.loaded_title),
            confirm_label=self.tr("Delete"),
            detail=detail,
        ):
            return
        row = self.model.row_of(goal_id)
        unlinked = self.context.write(
            lambda s: delete_goal(s, goal_id),
            changes=Change.GOALS | Change.CONVERSATIONS,  # its conversations lose their goal
            label=self.tr("Delete goal"),
            failure_title=self.tr("Goal not deleted"),
        )
        if unlinked is None:
            return
        self._drafts.pop(goal_id, None)
        self.form.clear(ui_language())
        neighbour = self.model.goal_at(min(row or 0, self.model.rowCount() - 1))
        if neighbour is not None:
            self._select(neighbour.id)
            self._load(neighbour.id)
        else:
            self.composer.show_goal(self.form.goal_input())

    # -- the list-plus-form steps (see netplanner.gui.list_form) ------------------------------
    def shown_id(self) -> int | None:
        return self.form.goal_id

    def has_unsaved_edits(self) -> bool:
        return self.form.is_dirty()

    def _unsaved_question(self) -> str:
        title = self.form.loaded_title
        if title:
            return fill(self.tr("Save the changes to the goal “%1” first?"), title)
        return self.tr("Save the new goal first?")

    def _discard(self) -> None:
        self.form.revert()

    def _select_row(self, goal_id: int | None) -> None:
        row = self.model.row_of(goal_id)
        select_row(self.list, self.model.index(row, 0) if row is not None else None)

    def _show_new(self) -> None:
        self.form.clear(ui_language())  # a new ask speaks the window's language
        self.composer.show_goal(self.form.goal_input(), self._drafts.pop(None, None))
        self.next_view.set_goal(None)
        self.form.focus_first()

    def _leaving(self) -> None:
        """Remember an edited message for the goal being left (until the app closes)."""
        draft = self.composer.draft()
        if draft is not None:
            self._drafts[self.form.goal_id] = draft

    # -- reacting to the user -----------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        goal = self.model.goal_at(current.row()) if current.isValid() else None
        self._pick(goal.id if goal is not None else None)

    def _on_form_edited(self) -> None:
        self.composer.set_goal(self.form.goal_input())

"""Tabs with a list of records on one side and the form of one record on the other.

Contacts, Conversations, Goals and Question banks have that shape, and did the same
things each in their own copy; :class:`ListFormTab` does them once:

- it moves the list's selection by code without taking that for the user's pick
  (:meth:`ListFormTab._select`, :meth:`ListFormTab._quietly`), and acts on a pick
  (:meth:`ListFormTab._pick`): first the unsaved-edits question, then the record;
- it asks that question (:mod:`netplanner.gui.unsaved`) before the form shows anything
  else (:meth:`ListFormTab.may_leave`) and offers what the window calls when it closes;
- it builds the splitter between the panes, remembered in the settings.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QWidget

from netplanner.gui.context import AppContext
from netplanner.gui.text_scale import scaled
from netplanner.gui.unsaved import DISCARD, SAVE, ask_about_unsaved


class ListFormTab(QWidget):
    """The list-plus-form logic; a subclass says how its list and form do each step.

    It implements ``shown_id``, ``has_unsaved_edits``, ``save``, ``_unsaved_question``,
    ``_discard``, ``_load``, ``_select_row`` and ``_show_new``, and may extend
    ``_leaving`` (something to keep of the record being left) and ``_keep_editing``.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._syncing = False  # True while the tab itself moves the list's selection

    # -- what a subclass says -----------------------------------------------------------------
    def shown_id(self) -> int | None:
        """The record in the form; None for a new one (or none)."""
        raise NotImplementedError

    def has_unsaved_edits(self) -> bool:
        """True while the form holds something the data file does not have yet."""
        raise NotImplementedError

    def save(self) -> bool:
        """Save the form; True when saved (else the user was told, and the form kept)."""
        raise NotImplementedError

    def _unsaved_question(self) -> str:
        """What to ask before the form's edits could be lost ("Save the changes to …?")."""
        raise NotImplementedError

    def _discard(self) -> None:
        """Forget the form's edits: show the record as stored."""
        raise NotImplementedError

    def _load(self, record_id: int) -> bool:
        """Show ``record_id`` in the form; False when it is gone."""
        raise NotImplementedError

    def _select_row(self, record_id: int | None) -> None:
        """Move the list's selection to ``record_id`` (None: no row)."""
        raise NotImplementedError

    def _show_new(self) -> None:
        """An empty form for a new record, the cursor in its first field."""
        raise NotImplementedError

    def _leaving(self) -> None:
        """The form is about to show another record (once any edits are dealt with)."""

    def _keep_editing(self) -> None:
        """The user chose to go on editing: the list shows the record in the form again."""
        self._select(self.shown_id())

    # -- what the window calls ----------------------------------------------------------------
    def new_item(self) -> None:
        """Start a new record (File > New, Ctrl+N)."""
        if not self.may_leave():
            return
        self._leaving()
        self._select(None)
        self._show_new()

    def may_leave(self) -> bool:
        """Ask what to do with unsaved edits; True when the form may show something else."""
        if not self.has_unsaved_edits():
            return True
        choice = ask_about_unsaved(self.context.prompts, self._unsaved_question())
        if choice == SAVE:
            return self.save()
        if choice == DISCARD:
            self._discard()
            return True
        self._keep_editing()
        return False

    # Closing the window (see netplanner.gui.unsaved): the same question, or a save
    # without asking at the end of a session.
    def may_close(self) -> bool:
        return self.may_leave()

    def save_edits(self) -> bool:
        return self.save()

    # -- the list -----------------------------------------------------------------------------
    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection changes made inside are the tab's own, not the user's picks."""
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was

    def _select(self, record_id: int | None) -> None:
        """Move the list's selection to ``record_id`` without loading anything."""
        with self._quietly():
            self._select_row(record_id)

    def _pick(self, record_id: int | None) -> None:
        """The user picked ``record_id`` in the list: show it, unsaved edits dealt with."""
        if self._syncing or record_id is None or record_id == self.shown_id():
            return
        if not self.may_leave():
            return
        self._leaving()
        self._select(record_id if self._load(record_id) else self.shown_id())

    # -- the splitter -------------------------------------------------------------------------
    def _splitter(
        self, key: str, panes: Sequence[QWidget], stretch: Sequence[int], sizes: Sequence[int]
    ) -> QSplitter:
        return remembered_splitter(self.context.settings, key, panes, stretch, sizes)


def remembered_splitter(
    settings: QSettings,
    key: str,
    panes: Sequence[QWidget],
    stretch: Sequence[int],
    sizes: Sequence[int],
) -> QSplitter:
    """The panes side by side, ``sizes`` wide at first and then as the user left them
    (kept in the setting ``key``); ``stretch`` shares out a wider or narrower window.
    ``sizes`` are pixels at the usual text size: larger text makes them larger in step
    (see :mod:`netplanner.gui.text_scale`). A pane given a minimum width gets at least
    what its contents need, so larger text does not squeeze its buttons."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    for index, (pane, factor) in enumerate(zip(panes, stretch, strict=True)):
        splitter.addWidget(pane)
        splitter.setStretchFactor(index, factor)
        if pane.minimumWidth() > 0:  # it replaced what the contents need: never less
            pane.setMinimumWidth(max(pane.minimumWidth(), pane.minimumSizeHint().width()))
    splitter.setSizes([scaled(splitter, size) for size in sizes])
    state = settings.value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda: settings.setValue(key, splitter.saveState()))
    return splitter


def select_row(view: QAbstractItemView, index: QModelIndex | None) -> None:
    """Make ``index``'s row the selected and current one, scrolled into view; None: no row."""
    selection = view.selectionModel()
    if index is None or not index.isValid():
        selection.clearSelection()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        return
    selection.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)

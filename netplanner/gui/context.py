"""What every part of the GUI is handed: the data file, the signal hub, prompts, settings.

At start the context may hold a :class:`CheckedFile` instead of the database: the window
reads its first screen through :meth:`AppContext.rows` with :mod:`sqlite3` alone, and the
database (SQLAlchemy, the ORM) is opened once the window has painted, or as soon as
anything needs a session (issue #24). Nothing here imports SQLAlchemy before that.
"""

from __future__ import annotations

import linecache
import sqlite3
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QUndoStack

from netplanner.core.errors import ChangedElsewhereError, NetPlannerError
from netplanner.gui.data_trouble import DataTrouble, trouble_of
from netplanner.gui.error_text import error_text
from netplanner.gui.events import Change, DataEvents
from netplanner.gui.prompts import Prompts
from netplanner.gui.stale_form import offer_reload
from netplanner.gui.undo import StepCommand, live_steps
from netplanner.messages import fill
from netplanner.storage.errors import DataFileError
from netplanner.storage.sqlite.checked_file import CheckedFile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from netplanner.core.queries.run import Queries
    from netplanner.storage.database import Database

T = TypeVar("T")


class AppContext:
    """Passed explicitly to every tab and dialog (no globals to patch in tests).

    Every write through :meth:`write` can be taken back: ``undo_stack`` holds one
    command per write, named by its label ("Delete Carla Smit"). A write says what it
    changes, and the context announces it on ``events`` once it is committed, undone or
    redone: no view has to know which others show the same data.
    """

    #: Writes the user can take back, newest first; older ones are forgotten.
    UNDO_LIMIT = 100

    def __init__(
        self,
        database: Database | CheckedFile,
        events: DataEvents,
        prompts: Prompts,
        settings: QSettings,
    ) -> None:
        self.events = events
        self.prompts = prompts
        self.settings = settings
        self.undo_stack = QUndoStack()
        self.undo_stack.setUndoLimit(self.UNDO_LIMIT)
        self._putting_back = False  # True while a failed undo's place is restored
        self._database: Database | None = None
        self._checked: CheckedFile | None = None
        if isinstance(database, CheckedFile):
            self._checked = database
        else:
            self._adopt(database)

    @property
    def database(self) -> Database:
        """The open database (opened now if the window was shown from a checked file)."""
        if self._database is None:
            assert self._checked is not None  # one of the two, always
            self._adopt(self._checked.open_database())
            self._checked = None
        assert self._database is not None
        return self._database

    @database.setter
    def database(self, database: Database) -> None:
        """Another data file (a restored backup): the steps of the old one do not apply,
        and every view shows the new one."""
        self.undo_stack.clear()
        if self._checked is not None:
            self._checked.close()
            self._checked = None
        self._adopt(database)
        self.events.announce(Change.EVERYTHING)

    def _adopt(self, database: Database) -> None:
        self._database = database
        use_window_waits()
        database.engine.dispose()  # connections pooled with another wait go
        database.record_undo()
        # SQLAlchemy and the ORM are loaded now. PySide6 read the source of every module
        # imported after it (its check for ``__feature__``) and left the lines in
        # ``linecache``: some 17 MB for these. Python reads them again should a traceback
        # ever need them.
        linecache.clearcache()

    @property
    def place(self) -> Database | CheckedFile:
        """Where the data is (``path``, ``is_file``, ``location``), without opening the
        database for it."""
        return self._checked or self.database

    def close(self) -> None:
        """Close the data file: the database, or the checked file when nothing needed the
        database (a window closed before its first paint's work)."""
        if self._checked is not None:
            self._checked.close()
        elif self._database is not None:
            self._database.close()

    def open_database(self) -> None:
        """Open the database now, if the window was shown from a checked file."""
        self.database  # noqa: B018 - opened as it is asked for

    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a short read-only session; returns plain or detached objects."""
        with self.database.session() as session:
            return work(session)

    def rows(self, work: Callable[[Queries], T]) -> T:
        """Run ``work`` with the named statements in one read: on the checked file's
        sqlite3 connection until the database is open, then in a session."""
        if self._checked is not None:
            from netplanner.core.queries.plain import PlainQueries

            return self._checked.read(lambda connection: work(PlainQueries(connection)))
        from netplanner.core.queries.run import SessionQueries

        return self.read(lambda session: work(SessionQueries(session)))

    def write(
        self,
        work: Callable[[Session], T],
        *,
        changes: Change,
        label: str = "",
        failure_title: str = "",
        undoable: bool = True,
        merge_key: Hashable | None = None,
        reload: Callable[[], object] | None = None,
    ) -> T | None:
        """Run ``work`` in one transaction. A NetPlannerError is shown to the user, who
        loses nothing: the transaction is rolled back and None returned.

        ``changes`` is what ``work`` may change (cascades included: deleting a contact
        deletes their conversations); once committed it is announced on ``events``, and
        again whenever the step is undone or redone. ``label`` names the write in the Edit
        menu ("Undo Delete Carla Smit"); a write that changes data becomes one undo step.
        ``undoable=False`` for bookkeeping the user did not ask for (a share key given on
        export), which may change nothing shown (``Change.NOTHING_SHOWN``).

        ``merge_key``: a write that goes on with the last one (the answers of a conversation,
        saved every moment while they are typed) joins its undo step when that step has the
        same key and is the newest one, not undone: one Ctrl+Z takes back all of them.

        ``reload``: what shows the item as it is now, offered (with *Keep editing*) when the
        save is refused because someone else changed the item since the form showed it.
        """
        if undoable and not changes:
            raise ValueError("An undoable write changes something the views show: say what.")
        from sqlalchemy.exc import SQLAlchemyError  # loaded with the database

        title = failure_title or QCoreApplication.translate("AppContext", "Not saved")
        joined = self._step_to_join(merge_key) if undoable else None
        while True:
            try:
                result, step = self._write_once(work, undoable, joined)
                break
            except ChangedElsewhereError as error:
                if reload is None:
                    self.prompts.error(title, error_text(error))
                elif offer_reload(self.prompts, title, error_text(error)):
                    reload()
                    # What changed elsewhere is news to every view showing such data.
                    self.events.announce(changes)
                return None
            except NetPlannerError as error:
                self.prompts.error(title, error_text(error))
                return None
            # Not OSError: the data file's own failures come as SQLite errors; an OSError
            # is from a file ``work`` writes (an export), which its caller reports.
            except (SQLAlchemyError, sqlite3.Error, DataFileError) as error:
                trouble = trouble_of(error)
                if trouble is None:
                    raise  # a bug, not the data file: the excepthook shows it
                if not self._try_again(title, trouble):
                    return None
        if joined is not None and step == joined.step:
            joined.changes |= changes
        elif step is not None:
            text = label or QCoreApplication.translate("AppContext", "Change")
            self.undo_stack.push(StepCommand(self._replay, text, step, changes, merge_key))
        self.events.announce(changes)
        return result

    def _step_to_join(self, merge_key: Hashable | None) -> StepCommand | None:
        """The newest step, when a write with ``merge_key`` goes on with it."""
        stack = self.undo_stack
        if merge_key is None or stack.index() == 0 or stack.index() != stack.count():
            return None
        command = stack.command(stack.index() - 1)
        if not isinstance(command, StepCommand) or command.step is None:
            return None
        return command if command.merge_key == merge_key else None

    def _write_once(
        self, work: Callable[[Session], T], undoable: bool, joined: StepCommand | None = None
    ) -> tuple[T, int | None]:
        from netplanner.storage.sqlite import undo as undo_log  # with the database

        with self.database.transaction() as session:
            connection = session.connection()
            # What writes outside this method logged is no part of this step.
            undo_log.discard_open_changes(connection)
            result = work(session)
            session.flush()
            step = None
            if undoable and joined is not None and joined.step is not None:
                undo_log.add_to_step(connection, joined.step)
                step = joined.step
            elif undoable:
                step = undo_log.close_step(connection)
                if step is not None:
                    undo_log.keep_only_steps(connection, [*live_steps(self.undo_stack), step])
            else:
                undo_log.discard_open_changes(connection)
        return result, step

    def _try_again(self, title: str, trouble: DataTrouble) -> bool:
        """Say what went wrong; True when the user wants to try again. Nothing was
        written, and the form that asked for the write keeps its text either way."""
        if not trouble.passing:
            self.prompts.error(title, trouble.text)
            return False
        choice = self.prompts.problem(
            title,
            trouble.text,
            [
                QCoreApplication.translate("AppContext", "Try again"),
                QCoreApplication.translate("AppContext", "Cancel"),
            ],
            escape=1,
        )
        return choice == 0

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write that is not undoable (bookkeeping such as the first-start flag)."""
        from netplanner.storage.sqlite import undo as undo_log  # with the database

        with self.database.transaction() as session:
            yield session
            session.flush()
            undo_log.discard_open_changes(session.connection())

    def _replay(self, step: int | None, label: str, changes: Change) -> int | None:
        """Undo or redo one step; the views showing what it ``changes`` (what its write
        declared: undoing touches the same rows) show the result. On failure nothing
        changed, and the history is dropped: its steps may no longer fit the data."""
        from netplanner.storage.sqlite import undo as undo_log  # with the database

        if step is None or self._putting_back:
            return step
        try:
            new_step = undo_log.undo(self.database.engine, step)
        except undo_log.UndoError as error:
            trouble = trouble_of(error.__cause__)
            if trouble is not None and trouble.passing:
                # Nothing changed and the steps still fit: keep them, and the stack's place.
                self.prompts.error(
                    QCoreApplication.translate("AppContext", "Not undone"), trouble.text
                )
                QTimer.singleShot(0, self._put_back(self.undo_stack.index()))
                return step
            self.prompts.error(
                QCoreApplication.translate("AppContext", "Not undone"),
                fill(
                    QCoreApplication.translate(
                        "AppContext",
                        "“%1” cannot be undone or redone any more: the data changed in the "
                        "meantime, perhaps from the command line. Nothing was changed. The list "
                        "of steps to undo has been emptied.",
                    ),
                    label,
                ),
            )
            QTimer.singleShot(0, self._forget_history)
            return None
        self.events.announce(changes)
        return new_step

    def _put_back(self, index: int) -> Callable[[], None]:
        """What moves the stack back to ``index`` after a step failed to replay (QUndoStack
        moves on once the command returns), without replaying anything."""

        def put_back() -> None:
            self._putting_back = True
            try:
                self.undo_stack.setIndex(index)
            finally:
                self._putting_back = False

        return put_back

    def _forget_history(self) -> None:
        from netplanner.storage.sqlite import undo as undo_log  # with the database

        self.undo_stack.clear()
        undo_log.clear_log(self.database.engine)

    @property
    def page_size(self) -> str:
        """Paper size for sheets, "A4" or "Letter": the one kept in the data file (which
        ``netplanner`` on the command line uses too); until one is chosen there, the one
        this computer's settings had from before, else the locale's."""
        from netplanner.core.sheets.paper_size import (
            locale_paper_size,
            normalise,
            stored_paper_size,
        )

        stored = self.rows(stored_paper_size)
        if stored is not None:
            return stored
        return normalise(self.settings.value("print/page_size")) or locale_paper_size()

    def set_page_size(self, size: str) -> None:
        """Keep ``size`` in the data file (a setting, not a step to undo)."""
        from netplanner.core.sheets.paper_size import save_paper_size

        with self.transaction() as session:
            save_paper_size(session, size)


#: How long a write in the window waits for another program's lock, in milliseconds.
#: Longer and the window would hang while a command-line import holds the file; after
#: it the user is told and can try again. (The command line waits far longer.)
GUI_BUSY_TIMEOUT_MS = 400


def use_window_waits() -> None:
    """Reads and writes of the window wait :data:`GUI_BUSY_TIMEOUT_MS` for another
    program's lock (storage's wait policy, which the command line sets to "as long as it
    takes")."""
    from netplanner.storage.sqlite.waiting import WaitPolicy, set_wait_policy, wait_policy

    seconds = GUI_BUSY_TIMEOUT_MS / 1000
    if wait_policy().write_seconds != seconds:
        set_wait_policy(WaitPolicy(read_seconds=seconds, write_seconds=seconds))

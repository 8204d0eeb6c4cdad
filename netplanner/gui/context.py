"""What every part of the GUI is handed: the data file, the signal hub, prompts, settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings
from sqlalchemy.orm import Session

from netplanner.core.errors import NetPlannerError
from netplanner.gui.events import DataEvents
from netplanner.gui.prompts import Prompts
from netplanner.storage.database import Database

T = TypeVar("T")


@dataclass
class AppContext:
    """Passed explicitly to every tab and dialog (no globals to patch in tests)."""

    database: Database
    events: DataEvents
    prompts: Prompts
    settings: QSettings

    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a short read-only session; returns plain or detached objects."""
        with self.database.session() as session:
            return work(session)

    def write(self, work: Callable[[Session], T], *, failure_title: str = "") -> T | None:
        """Run ``work`` in one transaction. A NetPlannerError is shown to the user, who
        loses nothing: the transaction is rolled back and None returned."""
        try:
            with self.database.transaction() as session:
                return work(session)
        except NetPlannerError as error:
            title = failure_title or QCoreApplication.translate("AppContext", "Not saved")
            self.prompts.error(title, str(error))
            return None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.database.transaction() as session:
            yield session

    @property
    def page_size(self) -> str:
        """Paper size for sheets: "A4" (default) or "Letter"."""
        value = str(self.settings.value("print/page_size", "A4"))
        return value if value in ("A4", "Letter") else "A4"

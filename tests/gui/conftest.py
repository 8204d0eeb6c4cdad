"""GUI fixtures: an AppContext on a temporary data file, with prompts that never block."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from netplanner.gui import translation
from netplanner.gui.context import AppContext
from netplanner.gui.events import DataEvents
from netplanner.gui.locale_choice import apply_locale
from netplanner.storage.database import Database
from tests.gui.declared_changes import checking_declarations


class ScriptedPrompts:
    """Stands in for :class:`netplanner.gui.prompts.Prompts`: answers from lists, records all.

    Set ``confirm_answers`` / ``choose_answers`` / ``problem_answers`` / ``save_paths``
    before the action; when a list is empty, ``confirm`` answers False, ``choose`` and
    ``problem`` None, ``save_file`` and ``open_file`` None.
    """

    def __init__(self) -> None:
        self.parent = None
        self.confirm_answers: list[bool] = []
        self.choose_answers: list[int | None] = []
        self.problem_answers: list[int | None] = []  # Prompts.problem: 0 = "Try again"
        #: When set, answers ``problem`` instead of the list (to change the world in between).
        self.on_problem: Callable[[str], int | None] | None = None
        self.save_paths: list[Path | None] = []
        self.open_paths: list[Path | None] = []  # what open_file answers
        self.asked: list[tuple[str, str]] = []  # (kind, text) of every prompt shown
        self.errors: list[str] = []
        self.details: list[str] = []  # what Prompts.problem folded away
        self.infos: list[str] = []
        self.shown_files: list[Path] = []  # what show_file opened "in the system viewer"
        self.show_file_works = True
        self.welcome_answers: list[bool | None] = []  # wants the example network?

    def confirm(self, title: str, text: str, *, confirm_label: str = "", detail: str = "") -> bool:
        self.asked.append(("confirm", f"{text}\n{detail}".strip()))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def choose(
        self, title: str, text: str, options: list[str], detail: str = "", escape: int | None = None
    ) -> int | None:
        self.asked.append(("choose", text))
        return self.choose_answers.pop(0) if self.choose_answers else None

    def problem(
        self,
        title: str,
        text: str,
        options: list[str],
        details: str = "",
        escape: int | None = None,
    ) -> int | None:
        self.asked.append(("problem", text))
        self.details.append(details)
        if self.on_problem is not None:
            return self.on_problem(text)
        return self.problem_answers.pop(0) if self.problem_answers else None

    def inform(self, title: str, text: str) -> None:
        self.infos.append(text)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def save_file(
        self, title: str, suggested: Path, file_filter: str, *, confirm_overwrite: bool = True
    ) -> Path | None:
        self.asked.append(("save_file", str(suggested)))
        return self.save_paths.pop(0) if self.save_paths else None

    def open_file(self, title: str, folder: Path, file_filter: str) -> Path | None:
        self.asked.append(("open_file", str(folder)))
        return self.open_paths.pop(0) if self.open_paths else None

    def welcome(self, offer_example: bool) -> bool | None:
        self.asked.append(("welcome", "offer example" if offer_example else ""))
        return self.welcome_answers.pop(0) if self.welcome_answers else None

    def show_file(self, path: Path) -> bool:
        self.shown_files.append(Path(path))
        return self.show_file_works


@pytest.fixture(autouse=True, scope="session")
def _locale(qapp):
    apply_locale()


@pytest.fixture(autouse=True)
def _writes_declare_what_they_change(monkeypatch):
    """Every write a GUI test makes declares (at least) what its undo step changed."""
    with checking_declarations(monkeypatch):
        yield


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_context(prompts: ScriptedPrompts, settings: QSettings, qapp):
    """Builds an AppContext on a given Database (use with ``database`` or ``demo_database``)."""

    def make(database: Database) -> AppContext:
        return AppContext(database, DataEvents(), prompts, settings)  # type: ignore[arg-type]

    return make


@pytest.fixture
def context(make_context, database: Database) -> Iterator[AppContext]:
    yield make_context(database)


@pytest.fixture
def demo_context(make_context, demo_database: Database) -> Iterator[AppContext]:
    yield make_context(demo_database)


@pytest.fixture(params=[translation.ENGLISH, translation.DUTCH])
def language(request, qapp) -> Iterator[str]:
    """The test once in English and once in Dutch (texts and number formats)."""
    loaded = translation.install_translators(request.param)
    if request.param == translation.DUTCH:
        assert any(path.endswith("netplanner_nl.qm") for path in loaded)
        apply_locale(translation.DUTCH)
    yield request.param
    translation.install_translators(translation.ENGLISH)
    apply_locale()

"""Shared fixtures: offscreen Qt, a fresh temporary data file per test, scripted prompts."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless Qt on a desktop-sized virtual screen (the offscreen default is 800x600).
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
# The tests read English texts; an app they start speaks English on a Dutch desktop too.
os.environ.setdefault("NETPLANNER_LANGUAGE", "en")
# The language chosen in the window is kept in a preferences file: the tests' own, emptied
# after each test (never the user's, in ~/.config).
_PREFERENCES = Path(tempfile.mkdtemp(prefix="netplanner-tests-")) / "preferences.json"
os.environ["NETPLANNER_PREFERENCES"] = str(_PREFERENCES)

from netplanner.datafile import open_data_file  # noqa: E402 - after the Qt platform choice
from netplanner.storage.database import Database  # noqa: E402

#: The PostgreSQL half: a throwaway server, a template practice, a copy per test.
pytest_plugins = ["postgres_fixtures"]


@pytest.fixture(autouse=True, scope="session")
def _compiled_translations() -> None:
    """Compile resources/translations/*.ts to .qm (when stale), as the build does."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("netplanner_translations_build", path)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_translations()


@pytest.fixture(autouse=True)
def _no_language_chosen() -> Iterator[None]:
    """Each test starts with no language chosen in the window."""
    yield
    _PREFERENCES.unlink(missing_ok=True)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated data file with the built-in banks, closed after the test."""
    db = open_data_file(tmp_path / "netplanner.sqlite3")
    yield db
    db.close()


@pytest.fixture
def demo_database(database: Database) -> Database:
    """The fresh data file filled with the example network."""
    from netplanner.core.demo.example import load_demo

    with database.transaction() as session:
        load_demo(session)
    return database

"""Every older data file upgrades to head with its data intact.

``fixtures/revision_NNNN.sqlite3`` is the example network as saved by the
NetPlanner of that revision. Add one whenever a revision is added.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from netplanner.storage.database import open_database
from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS

FIXTURES = Path(__file__).parent / "fixtures"
COUNTED = ("contact", "conversation", "conversation_question", "question_bank", "question", "goal")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def test_there_is_a_fixture_for_every_revision_but_head() -> None:
    have = sorted(p.stem.removeprefix("revision_") for p in FIXTURES.glob("revision_*.sqlite3"))
    assert have == list(KNOWN_REVISIONS[:-1]) or have == list(KNOWN_REVISIONS)


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("revision_*.sqlite3")), ids=lambda p: p.stem
)
def test_old_file_upgrades_with_data_intact(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    before = _counts(path)
    with sqlite3.connect(path) as connection:
        names_before = connection.execute("SELECT id, name, notes FROM contact").fetchall()
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        names_after = connection.execute("SELECT id, name, notes FROM contact").fetchall()
    assert revision == HEAD_REVISION
    assert _counts(path) == before
    assert names_after == names_before

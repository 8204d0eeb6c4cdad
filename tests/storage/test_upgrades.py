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
    # Revision 0005 moves the "Other e-mail/phone" lines of older imports into details.
    assert names_after == [
        (i, name, _without_moved_lines(notes)) for i, name, notes in names_before
    ]


def _without_moved_lines(notes: str) -> str:
    kept = [
        line
        for line in notes.split("\n")
        if not line.startswith(("Other e-mail: ", "Other phone: "))
    ]
    return "\n".join(kept).strip()


def test_other_e_mails_and_phones_in_the_notes_become_details(tmp_path: Path) -> None:
    """An older vCard import kept the second e-mail and phone as note lines."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "revision_0004.sqlite3", path)
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        (contact_id, email, phone, notes) = connection.execute(
            "SELECT id, email, phone, notes FROM contact WHERE name = 'Özlem Yılmaz'"
        ).fetchone()
        details = connection.execute(
            "SELECT kind, value FROM contact_detail WHERE contact_id = ? ORDER BY id",
            (contact_id,),
        ).fetchall()
    assert (email, phone) == ("o.yilmaz@utrecht.example", "+31 6 1234 5678")
    assert details == [("email", "ozlem@thuis.example"), ("phone", "030 286 0000")]
    assert notes == "Ontmoet op de meetup."

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


def test_0006_makes_every_row_the_files_own_at_version_one(tmp_path: Path) -> None:
    """A file of one person: owner '' everywhere, version 1, its facts and keys kept, and
    a form saving a copy loaded before another save is refused."""
    from sqlalchemy.orm.exc import StaleDataError

    from netplanner.core.models import Contact

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "revision_0005.sqlite3", path)
    with sqlite3.connect(path) as connection:
        meta_before = connection.execute("SELECT key, value FROM app_meta ORDER BY key").fetchall()
        banks_before = connection.execute(
            "SELECT builtin_key FROM question_bank ORDER BY id"
        ).fetchall()
    database = open_database(path)
    database.close()
    with sqlite3.connect(path) as connection:
        for table in ("app_meta", "contact", "question", "follow_up", "undo_log"):
            owners = connection.execute(f"SELECT DISTINCT owner FROM {table}").fetchall()
            assert owners in ([("",)], []), table
        versions = connection.execute("SELECT DISTINCT version FROM contact").fetchall()
        assert versions == [(1,)]
        meta = connection.execute("SELECT key, value FROM app_meta ORDER BY key").fetchall()
        banks = connection.execute("SELECT builtin_key FROM question_bank ORDER BY id").fetchall()
        # Keys unique per owner now: a second bank with the same key is still refused.
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO question_bank (name, language, description, builtin, builtin_key, "
                "created_at) SELECT name, language, description, 1, builtin_key, created_at "
                "FROM question_bank WHERE builtin_key IS NOT NULL LIMIT 1"
            )
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert meta == meta_before and banks == banks_before
    database = open_database(path)
    try:
        with database.session() as one, database.session() as two:
            mine, theirs = one.get(Contact, 1), two.get(Contact, 1)
        with database.transaction() as session:
            session.add(mine)
            mine.notes = "saved first"
        with pytest.raises(StaleDataError), database.transaction() as session:
            session.add(theirs)
            theirs.notes = "saved from a stale form"
        with database.session() as session:
            assert session.get(Contact, 1).notes == "saved first"
    finally:
        database.close()


def test_0006_goes_back_down_to_0005_with_the_data(tmp_path: Path) -> None:
    from netplanner.storage.migrate import migrate
    from netplanner.storage.sqlite.opening import make_engine

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "revision_0005.sqlite3", path)
    before = _counts(path)
    open_database(path).close()
    engine = make_engine(path)
    try:
        migrate(engine, "0005", down=True)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        columns = [row[1] for row in connection.execute("PRAGMA table_info(contact)")]
    assert revision == "0005" and "owner" not in columns and "version" not in columns
    assert _counts(path) == before

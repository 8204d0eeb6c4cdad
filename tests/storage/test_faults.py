"""Fault injection: a failure at step N of a save, an import, a migration, a backup or an
export leaves the data file consistent and, where the step did not complete, unchanged.

"Step N" is the N-th SQL statement (a listener on every engine raises there) or the
N-th file operation; N is stepped up until the operation succeeds.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from netplanner.core.banks import BankContent, import_bank
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.storage.database import open_database
from netplanner.storage.sqlite import backups
from netplanner.storage.sqlite.backups import BackupError, list_backups, make_backup

FIXTURES = Path(__file__).parent / "fixtures"


class InjectedFault(Exception):
    pass


class StatementFault:
    """Raises at the N-th SQL statement sent by any engine while armed."""

    def __init__(self) -> None:
        self.fail_at: int | None = None
        self.count = 0

    def __call__(self, *args: object) -> None:
        if self.fail_at is None:
            return
        self.count += 1
        if self.count == self.fail_at:
            raise InjectedFault(f"fault at statement {self.count}")

    def arm(self, n: int) -> None:
        self.fail_at, self.count = n, 0

    def disarm(self) -> None:
        self.fail_at = None


@pytest.fixture
def fault() -> Iterator[StatementFault]:
    injector = StatementFault()
    event.listen(Engine, "before_cursor_execute", injector)
    yield injector
    event.remove(Engine, "before_cursor_execute", injector)


def _content(path: Path) -> list[str]:
    """The logical content of a data file (schema and rows), independent of page layout."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return list(connection.iterdump())
    finally:
        connection.close()


def _step_through(
    fault: StatementFault, attempt: Callable[[], None], check: Callable[[], None]
) -> int:
    """Fail at statement 1, 2, 3 … until ``attempt`` succeeds; ``check`` after each failure."""
    for n in range(1, 500):
        fault.arm(n)
        try:
            attempt()
        except InjectedFault:
            fault.disarm()
            check()
            continue
        fault.disarm()
        return n - 1
    raise AssertionError("the operation never completed")


def test_save_fails_at_every_step_without_a_trace(database, fault: StatementFault) -> None:
    before = _content(database.path)

    def save() -> None:
        with database.transaction() as session:
            contact = create_contact(session, ContactInput(name="Faulty Fay", notes="x" * 500))
            create_conversation(
                session,
                ConversationInput(contact_id=contact.id),
                [QuestionChoice(f"How {n}?") for n in range(4)],
            )

    faults = _step_through(fault, save, lambda: _assert_same(database.path, before))
    print(f"\nsave: {faults} faults injected, data file unchanged after each")
    assert faults >= 5
    assert _content(database.path) != before


def test_bank_import_fails_at_every_step_without_a_trace(database, fault: StatementFault) -> None:
    before = _content(database.path)
    content = BankContent("k", "Coach", "en", "", [("work", f"What is {n}?") for n in range(30)])

    def save() -> None:
        with database.transaction() as session:
            import_bank(session, content)

    faults = _step_through(fault, save, lambda: _assert_same(database.path, before))
    print(f"\nbank import: {faults} faults injected, data file unchanged after each")
    assert faults >= 3


def _assert_same(path: Path, before: list[str]) -> None:
    assert _content(path) == before


def test_migration_failing_halfway_leaves_the_file_as_it_was(
    tmp_path: Path, fault: StatementFault
) -> None:
    original = tmp_path / "original.sqlite3"
    shutil.copy(FIXTURES / "revision_0001.sqlite3", original)
    before = _content(original)
    tried = 0
    for n in range(1, 400):
        path = tmp_path / f"try-{n}.sqlite3"
        shutil.copy(original, path)
        fault.arm(n)
        try:
            open_database(path).close()
        except InjectedFault:
            fault.disarm()
            tried += 1
            assert _content(path) == before, f"changed by a migration that failed at step {n}"
            continue
        finally:
            fault.disarm()
        break
    print(f"\nmigration: {tried} faults injected, data file unchanged after each")
    assert tried >= 10
    (backup,) = list_backups(path)
    assert backup.reason == "pre-migration"


def test_backup_failing_leaves_no_partial_file(demo_database, monkeypatch) -> None:
    before = _content(demo_database.path)

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", disk_full)
    with pytest.raises(BackupError, match="no room left"):
        make_backup(demo_database.path)
    folder = demo_database.path.parent / "backups"
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    assert _content(demo_database.path) == before
    make_backup(demo_database.path)
    assert len(list_backups(demo_database.path)) == 1

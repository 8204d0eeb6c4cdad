"""The reasons the system and SQLite give, in our own translatable words (issue 16)."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from netplanner.messages import Message
from netplanner.storage.reasons import os_reason, reason_of, sqlite_reason


@pytest.mark.parametrize(
    ("number", "ours"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "not permitted"),
        (errno.ENOTDIR, "a part of the path is not a folder"),
        (errno.EISDIR, "it is a folder"),
        (errno.ENOENT, "no such file or folder"),
        (errno.ENOSPC, "no room left on the disk"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EBUSY, "in use by another program"),
    ],
)
def test_a_common_errno_gets_our_text(number: int, ours: str) -> None:
    reason = os_reason(OSError(number, os.strerror(number)))
    assert isinstance(reason, Message) and reason.template == ours


def test_an_unknown_errno_keeps_the_systems_text() -> None:
    reason = os_reason(OSError(errno.ECONNRESET, "Connection reset by peer"))
    assert reason == "connection reset by peer" and not isinstance(reason, Message)


def test_sqlites_reason_by_its_code_or_its_own_words() -> None:
    # A real error of a kind we have no text for (a syntax error): SQLite's own words.
    connection = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError) as raised:
        connection.execute("PRAGMA no_such_thing = (")
    connection.close()
    assert not isinstance(reason_of(raised.value), Message)
    # Raised by hand, without a code (as tests and old Pythons do): by SQLite's words.
    for words, ours in (
        ("disk I/O error", "the disk could not be read or written"),
        ("database or disk is full", "no room left on the disk"),
        ("database is locked", "in use by another program"),
        ("attempt to write a readonly database", "the file or the disk is read-only"),
    ):
        reason = sqlite_reason(sqlite3.OperationalError(words))
        assert isinstance(reason, Message) and reason.template == ours


def test_sqlites_code_counts_before_its_words(tmp_path) -> None:
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is a letter, not a database" * 200)
    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        connection.execute("SELECT * FROM sqlite_master")
    connection.close()
    reason = reason_of(raised.value)
    assert isinstance(reason, Message) and reason.template == "it is not a data file"

"""Damaged data files and restoring backups.

A damaged file is never overwritten: it is renamed aside with a timestamp (its
-wal and -shm files with it), so whatever can still be rescued stays on disk.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.sqlite.backups import (
    BackupError,
    BackupInfo,
    copy_database,
    make_backup,
    remove_stale_parts,
    verify,
)
from netplanner.storage.sqlite.revision import has_sqlite_header

SIDE_FILES = ("-wal", "-shm")


def quick_check(path: Path) -> str:
    """SQLite's quick check of a file: "ok", or what is damaged in it.

    Only damage is answered: a file that cannot be checked for another reason (a lock
    held by another program, a full disk, a folder NetPlanner may not write in) raises
    that reason as a ``DataFileUnavailableError``; it says nothing about the file.
    """
    from netplanner.storage.sqlite.failures import is_damage, unavailable
    from netplanner.storage.sqlite.waiting import connect_read_only

    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return str(error)
        raise unavailable(path, error) from error
    except OSError as error:
        raise unavailable(path, error) from error
    messages = [row[0] for row in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:3])


def recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back what a killed writer left in ``<file>-journal`` (a "hot
    journal", left by a kill while a file in rollback mode was written, e.g. right after
    a restore switched it to WAL): the file is whole again. A reader that may not write
    cannot do this and fails with "attempt to write a readonly database"; that is no
    damage. Errors are left to the checks that follow."""
    from netplanner.storage.sqlite.waiting import connect

    journal = path.with_name(path.name + "-journal")
    try:
        if not journal.is_file() or journal.stat().st_size == 0:
            return
        connection = connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged data file (and its -wal/-shm) to ``<name>.damaged-<time>``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    path.replace(target)
    return target


def restore_backup(data_file: Path, backup: Path) -> BackupInfo | None:
    """Put ``backup`` in place of ``data_file``; the app must have closed the file.

    The backup is checked whole first (integrity, a NetPlanner file, a schema revision
    this NetPlanner knows). Then the current file is backed up ("pre-restore"; that
    backup is returned). When that backup cannot be made (a full disk, a lock, a
    folder NetPlanner may not write in), nothing is restored and the data file is left
    as it was; only a damaged current file (or one that is no database at all) is
    moved aside instead, since restoring is how the user gets out of it. Every failure
    is a ``BackupError`` with one line for the user.
    """
    import tempfile

    from netplanner.storage.sqlite.failures import dangling_link, is_a_folder

    verify(backup, known_revision=True)
    if data_file.is_symlink() and not data_file.exists():
        raise BackupError(dangling_link(data_file).args[0])
    if data_file.is_dir():
        raise BackupError(is_a_folder(data_file).args[0])
    # Through a link to the file it points at: the link stays as the user made it.
    data_file = Path(os.path.realpath(data_file))
    folder = data_file.parent
    remove_stale_parts(folder)
    saved = None
    try:
        present = data_file.exists() and data_file.stat().st_size > 0
        ours = present and has_sqlite_header(data_file)
    except OSError as error:
        raise _not_restored(error) from error
    if ours:
        recover_hot_journal(data_file)
        try:
            saved = make_backup(data_file, reason="pre-restore")
        except BackupError as error:
            if not error.damaged:
                raise BackupError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The data as it is now could not be saved first (%1) Nothing was "
                            "restored; the data file was not changed.",
                        ),
                        error.args[0],
                    )
                ) from error
            _move_aside_for_restore(data_file)
    elif present:
        _move_aside_for_restore(data_file)
    partial = None
    try:
        fd, name = tempfile.mkstemp(
            dir=folder, prefix=f".{data_file.stem}-{os.getpid()}-", suffix=".part"
        )
        os.close(fd)
        partial = Path(name)
        copy_database(backup, partial)
        verify(partial, known_revision=True)
        _to_wal(partial)  # as the app keeps it: no switch of journal mode after the swap
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        for suffix in SIDE_FILES:
            data_file.with_name(data_file.name + suffix).unlink(missing_ok=True)
        partial.replace(data_file)
    except (OSError, sqlite3.Error) as error:
        raise _not_restored(error) from error
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    return saved


def _to_wal(path: Path) -> None:
    from netplanner.storage.sqlite.waiting import connect

    connection = connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def _move_aside_for_restore(data_file: Path) -> Path:
    try:
        return move_aside(data_file)
    except OSError as error:
        raise _not_restored(error) from error


def _not_restored(error: BaseException) -> BackupError:
    from netplanner.storage.reasons import reason_of

    reason = reason_of(error)
    return BackupError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nothing was restored (%1); the data file was not changed.",
            ),
            reason,
        )
    )

"""When the data file cannot be written or read: what kind of trouble, in one line.

SQLite and the operating system name their errors in their own words ("database or
disk is full", ``[Errno 28]``), wrapped by SQLAlchemy in thousands of characters of
statement and parameters. The window shows one sentence that says what is wrong and
what to do instead, in the user's language.

Kept in the GUI layer: the window's questions (*Try again*) and texts live here. The
command line words the same troubles in its own messages (netplanner/cli/errors.py).
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from netplanner.gui.error_text import error_text, message_text
from netplanner.messages import fill
from netplanner.storage.errors import (
    DataFileAccessError,
    DataFileBusyError,
    DataFileError,
    DataFileUnavailableError,
    DiskFullError,
)
from netplanner.storage.reasons import os_reason, sqlite_reason


class Trouble(Enum):
    BUSY = "busy"  # another program holds a lock
    FULL = "full"  # the disk (or the user's quota) is full
    READ_ONLY = "read-only"  # a read-only file, folder or disk, or no permission
    DISK = "disk"  # an input/output error
    GONE = "gone"  # the file or its folder went away (a removed USB stick)
    DAMAGED = "damaged"  # SQLite found the file damaged
    UNAVAILABLE = "unavailable"  # storage's DataFileUnavailableError (its message says why)
    DATA_FILE = "data-file"  # storage's other DataFileErrors: not ours, newer, damaged
    OTHER = "other"  # another SQLite or OS error


# Troubles that may pass: the user can free space, close a program, plug a disk in.
PASSING = frozenset(
    {Trouble.BUSY, Trouble.FULL, Trouble.READ_ONLY, Trouble.DISK, Trouble.GONE, Trouble.UNAVAILABLE}
)

# SQLite's primary result codes (https://sqlite.org/rescode.html).
_CODES = {
    5: Trouble.BUSY,  # SQLITE_BUSY
    6: Trouble.BUSY,  # SQLITE_LOCKED
    8: Trouble.READ_ONLY,  # SQLITE_READONLY
    10: Trouble.DISK,  # SQLITE_IOERR
    11: Trouble.DAMAGED,  # SQLITE_CORRUPT
    13: Trouble.FULL,  # SQLITE_FULL
    14: Trouble.GONE,  # SQLITE_CANTOPEN
    23: Trouble.READ_ONLY,  # SQLITE_AUTH
    26: Trouble.DAMAGED,  # SQLITE_NOTADB
}
# When the code is missing (an error made by hand, an old Python): its words.
_WORDS = (
    ("locked", Trouble.BUSY),
    ("busy", Trouble.BUSY),
    ("disk is full", Trouble.FULL),
    ("readonly", Trouble.READ_ONLY),
    ("read-only", Trouble.READ_ONLY),
    ("disk i/o error", Trouble.DISK),
    ("malformed", Trouble.DAMAGED),
    ("not a database", Trouble.DAMAGED),
    ("unable to open", Trouble.GONE),
)
_ERRNOS = {
    errno.ENOSPC: Trouble.FULL,
    errno.EDQUOT: Trouble.FULL,
    errno.EROFS: Trouble.READ_ONLY,
    errno.EACCES: Trouble.READ_ONLY,
    errno.EPERM: Trouble.READ_ONLY,
    errno.ENOENT: Trouble.GONE,
    errno.ENOTDIR: Trouble.GONE,
    errno.EIO: Trouble.DISK,
}


_UNAVAILABLE_KINDS = {
    DataFileBusyError: Trouble.BUSY,
    DiskFullError: Trouble.FULL,
    DataFileAccessError: Trouble.READ_ONLY,
}


@dataclass(frozen=True)
class DataTrouble:
    """One failure to use the data file, said in one line."""

    kind: Trouble
    text: str

    @property
    def passing(self) -> bool:
        """Trying again later can work (after freeing space, closing a program)."""
        return self.kind in PASSING


def _sqlite_trouble(error: sqlite3.Error) -> Trouble:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _CODES:
        return _CODES[code & 0xFF]
    words = str(error).lower()
    return next((kind for word, kind in _WORDS if word in words), Trouble.OTHER)


def trouble_of(error: BaseException | None, *, os_errors: bool = False) -> DataTrouble | None:
    """The data-file trouble ``error`` is, or None when it is none (a bug, a bad value).

    Looks through SQLAlchemy's wrapper and through the causes an error was raised from.
    An ``OSError`` counts only with ``os_errors``, where only the data file was being
    opened: during a write it comes from another file (an export), whose caller says so.
    """
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, DataFileUnavailableError):
            kind = _UNAVAILABLE_KINDS.get(type(error))
            if kind is None:  # storage's sentence says why
                return DataTrouble(Trouble.UNAVAILABLE, error_text(error))
            return DataTrouble(kind, _text(kind, error_text(error)))
        if isinstance(error, DataFileError):
            return DataTrouble(Trouble.DATA_FILE, error_text(error))
        # Only an error SQLAlchemy raised wraps the driver's; until the database is open
        # (the window's first screen is read with sqlite3) SQLAlchemy is not loaded.
        exc = sys.modules.get("sqlalchemy.exc")
        orig = getattr(error, "orig", None)
        if (
            exc is not None
            and isinstance(error, exc.DBAPIError)
            and isinstance(orig, BaseException)
        ):
            error = orig
            continue
        # Not its other kinds (IntegrityError, ProgrammingError…): those are our bugs.
        if isinstance(error, sqlite3.OperationalError) or type(error) is sqlite3.DatabaseError:
            kind = _sqlite_trouble(error)
            return DataTrouble(kind, _text(kind, message_text(sqlite_reason(error))))
        if _server_failure(error):
            # A practice server that went away, or a row another session held too long.
            reason = " ".join(str(error).split())[:200]
            return DataTrouble(
                Trouble.UNAVAILABLE,
                fill(
                    QCoreApplication.translate(
                        "DataTrouble",
                        "The practice server cannot be used just now (%1). Nothing was "
                        "changed; try again.",
                    ),
                    reason,
                ),
            )
        if os_errors and isinstance(error, OSError):
            kind = _ERRNOS.get(error.errno or 0, Trouble.OTHER)
            return DataTrouble(kind, _text(kind, message_text(os_reason(error))))
        error = error.__cause__
        seen += 1
    return None


def _text(kind: Trouble, reason: str) -> str:
    if kind is Trouble.BUSY:
        return QCoreApplication.translate(
            "DataTrouble", "Another program is using the data file; close it and try again."
        )
    if kind is Trouble.FULL:
        return QCoreApplication.translate(
            "DataTrouble", "The disk with the data file is full; free some space and try again."
        )
    if kind is Trouble.READ_ONLY:
        return QCoreApplication.translate(
            "DataTrouble",
            "NetPlanner may not write to the data file (it, its folder or the disk is "
            "read-only); allow it and try again.",
        )
    if kind is Trouble.DISK:
        return QCoreApplication.translate(
            "DataTrouble",
            "The disk with the data file reported an error; try again, and if it keeps "
            "failing, check the disk.",
        )
    if kind is Trouble.GONE:
        return QCoreApplication.translate(
            "DataTrouble",
            "The data file cannot be found or opened any more (was its disk removed?); "
            "put it back and try again.",
        )
    if kind is Trouble.DAMAGED:
        return fill(
            QCoreApplication.translate(
                "DataTrouble",
                "The data file is damaged (%1). Quit NetPlanner and start it again: it will "
                "offer to restore the newest good backup.",
            ),
            reason,
        )
    return fill(
        QCoreApplication.translate("DataTrouble", "The data file could not be used (%1)."), reason
    )


def _server_failure(error: BaseException) -> bool:
    """psycopg's own failures of the connection or the server (not our SQL's mistakes)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a dependency
        return False
    return isinstance(error, psycopg.OperationalError)

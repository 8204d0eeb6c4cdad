"""Which failures of SQLite or the operating system are damage, and the one line to
say about every other one.

Only SQLite's ``SQLITE_CORRUPT`` and ``SQLITE_NOTADB`` (and a failed integrity check,
which the callers judge themselves) mean the file is broken. A lock (``BUSY``,
``LOCKED``), a full disk (``FULL``), a read-only file or folder (``READONLY``,
``CANTOPEN``), a disk error (``IOERR``) or any ``OSError`` says nothing about the
file's content: :func:`unavailable` turns them into a :class:`DataFileUnavailableError`
of the right kind, and the file is left as it is.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.errors import (
    DataFileAccessError,
    DataFileBusyError,
    DataFileError,
    DataFileUnavailableError,
    DiskFullError,
)
from netplanner.storage.reasons import reason_of

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
#: SQLITE_IOERR_SHORT_READ: the file is shorter than its own header says (cut off).
SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8)
#: Less room than this on the disk after an I/O error: the error was a full disk
#: (SQLite reports a failed write of its shared-memory file as IOERR, not FULL).
_ALMOST_FULL_BYTES = 256 * 1024
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_ACCESS_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def extended_code(error: BaseException) -> int | None:
    """SQLite's extended result code of ``error`` (a sqlite3 error, or SQLAlchemy's
    wrapper of one); None when it carries none."""
    original = getattr(error, "orig", None)  # SQLAlchemy keeps the driver's error here
    if isinstance(original, BaseException):
        error = original
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error``; None when it carries none."""
    code = extended_code(error)
    return code & 0xFF if code is not None else None


def is_damage(error: BaseException) -> bool:
    """True only when SQLite says the file is corrupt, not a database, or cut off."""
    return sqlite_code(error) in DAMAGE_CODES or extended_code(error) == SQLITE_IOERR_SHORT_READ


def is_busy(error: BaseException) -> bool:
    return sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def no_room(path: Path) -> bool:
    """True when the disk of ``path`` has (almost) no room left."""
    try:
        stats = os.statvfs(path.parent if path.name else path)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < _ALMOST_FULL_BYTES


def busy(path: Path) -> DataFileBusyError:
    return DataFileBusyError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Another program is using the data file %1 (a backup or sync program, or "
                "NetPlanner in another window). Close it or wait until it is done, then try "
                "again; the file was not changed.",
            ),
            path,
        ),
    )


def disk_full(path: Path) -> DiskFullError:
    return DiskFullError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There is no room left on the disk of the data file %1. Make room, then try "
                "again; the file was not changed.",
            ),
            path,
        ),
    )


def no_access(path: Path, reason: object) -> DataFileAccessError:
    return DataFileAccessError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "NetPlanner may not read or write the data file %1 or its folder (%2). "
                "Check that the disk is not read-only and that the file and folder are "
                "yours, then try again; the file was not changed.",
            ),
            path,
            reason,
        ),
    )


def _reason(error: BaseException) -> str:
    """Why, in our translatable words where the reason is a common one."""
    return reason_of(error)


def unavailable(path: Path, error: BaseException) -> DataFileError:
    """``error`` (met while using the data file ``path``) as the one-line error to show.

    Never a damaged-file error: the caller checks :func:`is_damage` first where
    damage is possible. An error that already is a ``DataFileError`` is returned as is.
    """
    if isinstance(error, DataFileError):
        return error
    if isinstance(error, OSError):
        return _from_os_error(path, error)
    code = sqlite_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy(path)
    if code == SQLITE_FULL or (code == SQLITE_IOERR and no_room(path)):
        return disk_full(path)
    if code == SQLITE_READONLY:
        return no_access(path, _reason(error))
    if code == SQLITE_CANTOPEN:
        if no_room(path):
            return disk_full(path)
        return DataFileAccessError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The data file %1 cannot be opened (%2). Check that its folder exists and "
                    "that you may write in it (SQLite keeps two small files beside it), then "
                    "try again; the file was not changed.",
                ),
                path,
                _reason(error),
            ),
        )
    if code == SQLITE_NOMEM or isinstance(error, MemoryError):
        return DataFileUnavailableError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is not enough memory to work with the data file %1. Close other "
                    "programs, then try again; the file was not changed.",
                ),
                path,
            ),
        )
    if code == SQLITE_IOERR:
        return DataFileUnavailableError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The disk reported an error while NetPlanner used the data file %1 (%2). "
                    "Check the disk or its connection, then try again; the file was not "
                    "changed.",
                ),
                path,
                _reason(error),
            ),
        )
    if code in DAMAGE_CODES:
        return DataFileError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The data file %1 is damaged (%2). Run \u201cnetplanner check\u201d (or start "
                    "the app) to set it aside and restore a backup.",
                ),
                path,
                _reason(error),
            ),
        )
    return DataFileUnavailableError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data file %1 cannot be used just now (%2); it was not changed.",
            ),
            path,
            _reason(error),
        ),
    )


def _from_os_error(path: Path, error: OSError) -> DataFileError:
    if error.errno in _FULL_ERRNOS:
        return disk_full(path)
    if error.errno in _ACCESS_ERRNOS:
        return no_access(path, _reason(error))
    if error.errno == errno.EISDIR or path.is_dir():
        return is_a_folder(path)
    if error.errno == errno.ENAMETOOLONG:
        return DataFileAccessError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The name of the data file %1 is too long for its disk."
                ),
                path,
            ),
        )
    if error.errno == errno.EBUSY:
        return busy(path)
    return DataFileUnavailableError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data file %1 cannot be used just now (%2); it was not changed.",
            ),
            path,
            _reason(error),
        ),
    )


def is_a_folder(path: Path) -> DataFileAccessError:
    return DataFileAccessError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 is a folder, not a data file. Give the name of a file in it, for example %2.",
            ),
            path,
            path / "netplanner.sqlite3",
        ),
    )


def dangling_link(path: Path) -> DataFileAccessError:
    return DataFileAccessError(
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data file %1 is a link to %2, which is not there (a disk or network "
                "folder that is not connected?). Connect it and try again; NetPlanner does "
                "not start an empty file in its place.",
            ),
            path,
            os.readlink(path),
        ),
    )


def is_operational(error: BaseException) -> bool:
    """An error of the kind :func:`unavailable` describes (SQLite's or the system's)."""
    if isinstance(error, (OSError, sqlite3.Error, MemoryError)):
        return True
    return isinstance(getattr(error, "orig", None), sqlite3.Error)


def as_data_file_error(path: Path, error: BaseException) -> DataFileError | None:
    """The one-line error to show for ``error``, met while using the data file ``path``
    (a lock, a full disk, a read-only folder…), or None when it is not SQLite's or the
    system's (a bug). For the window's ``AppContext.write`` and its ``sys.excepthook``:
    a write that failed this way was rolled back, so the form keeps its text and the
    user can try again; ``DataFileBusyError`` and ``DiskFullError`` say why by type."""
    if isinstance(error, DataFileError):
        return error
    if is_operational(error):
        return unavailable(path, error)
    return None

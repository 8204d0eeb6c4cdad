"""The reason the operating system or SQLite gives for a failure, in our own words.

An ``OSError``'s ``strerror`` ("Permission denied", "Not a directory") and SQLite's
messages ("disk I/O error", "database or disk is full") are English whatever the user's
language: put inside a translated sentence they read as a scrap of English in Dutch.
:func:`reason_of` gives our own short, translatable text for the common ones, chosen by
the ``errno`` or by SQLite's result code (or, for an error that carries no code, by
SQLite's fixed English message), and the system's own text only for the rest.

The texts are lower case and without a full stop: they go between the brackets of a
sentence ("… its folder (permission denied). Check …").
"""

from __future__ import annotations

import errno

from netplanner.messages import QT_TRANSLATE_NOOP, Message

_NOT_PERMITTED = QT_TRANSLATE_NOOP("Messages", "not permitted")
_NO_ROOM = QT_TRANSLATE_NOOP("Messages", "no room left on the disk")
_IN_USE = QT_TRANSLATE_NOOP("Messages", "in use by another program")
_READ_ONLY = QT_TRANSLATE_NOOP("Messages", "the file or the disk is read-only")
_DISK_ERROR = QT_TRANSLATE_NOOP("Messages", "the disk could not be read or written")
_NO_MEMORY = QT_TRANSLATE_NOOP("Messages", "not enough memory")
_CANNOT_OPEN = QT_TRANSLATE_NOOP("Messages", "the file cannot be opened")
_DAMAGED = QT_TRANSLATE_NOOP("Messages", "its content is damaged")
_NOT_A_DATA_FILE = QT_TRANSLATE_NOOP("Messages", "it is not a data file")
_TOO_MANY_FILES = QT_TRANSLATE_NOOP("Messages", "too many files are open")

_ERRNO_TEXTS: dict[int, str] = {
    errno.EACCES: QT_TRANSLATE_NOOP("Messages", "permission denied"),
    errno.EPERM: _NOT_PERMITTED,
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Messages", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "no such file or folder"),
    errno.ENOSPC: _NO_ROOM,
    errno.EDQUOT: QT_TRANSLATE_NOOP("Messages", "your share of the disk is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP("Messages", "the file is too large for its disk"),
    errno.EROFS: QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
    errno.EIO: _DISK_ERROR,
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Messages", "the name is too long"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Messages", "it already exists"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Messages", "too many links in a row"),
    errno.ENOMEM: _NO_MEMORY,
    errno.EMFILE: _TOO_MANY_FILES,
    errno.ENFILE: _TOO_MANY_FILES,
    errno.ENXIO: QT_TRANSLATE_NOOP("Messages", "the disk is not connected"),
    errno.ENODEV: QT_TRANSLATE_NOOP("Messages", "the disk is not connected"),
    errno.EXDEV: QT_TRANSLATE_NOOP("Messages", "it is on another disk"),
}

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_TEXTS: dict[int, str] = {
    3: _NOT_PERMITTED,  # SQLITE_PERM
    5: _IN_USE,  # SQLITE_BUSY
    6: _IN_USE,  # SQLITE_LOCKED
    7: _NO_MEMORY,  # SQLITE_NOMEM
    8: _READ_ONLY,  # SQLITE_READONLY
    10: _DISK_ERROR,  # SQLITE_IOERR
    11: _DAMAGED,  # SQLITE_CORRUPT
    13: _NO_ROOM,  # SQLITE_FULL
    14: _CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: _NOT_A_DATA_FILE,  # SQLITE_NOTADB
}
# SQLITE_IOERR_SHORT_READ: the file is shorter than its header says.
_SHORT_READ = 10 | (2 << 8)

# SQLite's own English texts (``sqlite3_errstr``), for an error raised without a code.
_SQLITE_MESSAGES: dict[str, str] = {
    "access permission denied": _NOT_PERMITTED,
    "database is locked": _IN_USE,
    "database table is locked": _IN_USE,
    "out of memory": _NO_MEMORY,
    "attempt to write a readonly database": _READ_ONLY,
    "disk i/o error": _DISK_ERROR,
    "database disk image is malformed": _DAMAGED,
    "database or disk is full": _NO_ROOM,
    "unable to open database file": _CANNOT_OPEN,
    "file is not a database": _NOT_A_DATA_FILE,
}


def os_reason(error: OSError) -> str:
    """Our text for the ``errno`` of ``error``; the system's own text for another one."""
    known = _ERRNO_TEXTS.get(error.errno or 0)
    if known is not None:
        return Message(known)
    return str(error.strerror or error).lower()


def sqlite_reason(error: BaseException) -> str:
    """Our text for SQLite's result code of ``error`` (a sqlite3 error, or SQLAlchemy's
    wrapper of one); SQLite's own text for another one."""
    original = getattr(error, "orig", None)  # SQLAlchemy keeps the driver's error here
    if isinstance(original, BaseException):
        error = original
    code = getattr(error, "sqlite_errorcode", None)
    if code == _SHORT_READ:
        return Message(QT_TRANSLATE_NOOP("Messages", "the file is cut off"))
    known = _SQLITE_TEXTS.get(code & 0xFF) if isinstance(code, int) else None
    text = str(error)
    known = known or _SQLITE_MESSAGES.get(text.strip().lower())
    return Message(known) if known is not None else text


def reason_of(error: BaseException) -> str:
    """The reason ``error`` gives, in our words where we know it (see the module)."""
    if isinstance(error, OSError):
        return os_reason(error)
    return sqlite_reason(error)

"""What can be wrong with a data file, in words a user can act on.

Only :class:`DamagedDataFileError` means the file itself is broken (SQLite says it is
corrupt or not a database, or its integrity check fails); it is the one case where a
file is moved aside. Everything else (a lock held by another program, a full disk, a
read-only folder, a file NetPlanner may not read) leaves the file exactly as it was:
those are :class:`DataFileUnavailableError` and its subclasses, each with a one-line
message that says what is wrong and what to do. The window can tell them apart by
type (a busy file is worth a *Try again*; a damaged one is not).
"""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """The data file cannot be used. The message (a ``Message``) is meant for the user."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotADataFileError(DataFileError):
    """The file exists but is not a NetPlanner data file (or is damaged)."""


class NewerDataFileError(DataFileError):
    """The file was written by a newer NetPlanner; opening it here could damage it."""


class DataFileUnavailableError(DataFileError):
    """The file or its folder cannot be created, read or written just now; the file was
    not changed. Trying again may work once the cause is gone."""


class DataFileBusyError(DataFileUnavailableError):
    """Another program holds a lock on the file (a backup tool, a sync client, another
    NetPlanner) for longer than NetPlanner waits."""


class DiskFullError(DataFileUnavailableError):
    """There is no room left on the disk (or in the user's quota) to write."""


class DataFileAccessError(DataFileUnavailableError):
    """The file or its folder may not be read or written (permissions, a read-only disk
    or folder), or the path is something else than a file (a folder, a broken link)."""


class DamagedDataFileError(DataFileError):
    """The file was ours but is damaged; it has been moved aside (``moved_to``)."""

    def __init__(self, path: Path, message: str, moved_to: Path) -> None:
        super().__init__(path, message)
        self.moved_to = moved_to

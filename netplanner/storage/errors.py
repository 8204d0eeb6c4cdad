"""What can be wrong with a data file, in words a user can act on."""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """The data file cannot be used. The message is meant for the user."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotADataFileError(DataFileError):
    """The file exists but is not a NetPlanner data file (or is damaged)."""


class NewerDataFileError(DataFileError):
    """The file was written by a newer NetPlanner; opening it here could damage it."""


class DataFileUnavailableError(DataFileError):
    """The file or its folder cannot be created, read or written."""


class DamagedDataFileError(DataFileError):
    """The file was ours but is damaged; it has been moved aside (``moved_to``)."""

    def __init__(self, path: Path, message: str, moved_to: Path) -> None:
        super().__init__(path, message)
        self.moved_to = moved_to

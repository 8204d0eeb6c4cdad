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

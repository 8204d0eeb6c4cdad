"""Where exported files go: the last folder used, safe file names, files written whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QSettings

from netplanner.gui import folders
from netplanner.storage.output_files import output_file

LAST_FOLDER_KEY = folders.EXPORT_FOLDER_KEY

# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def last_folder(settings: QSettings, key: str = LAST_FOLDER_KEY) -> Path:
    """Where a save (default) or open (``folders.IMPORT_FOLDER_KEY``) dialog starts."""
    return folders.last_folder(settings, key)


def remember_folder(settings: QSettings, path: Path, key: str = LAST_FOLDER_KEY) -> None:
    folders.remember_folder(settings, path, key)


def safe_file_name(name: str, suffix: str, fallback: str) -> str:
    """``name`` usable as a file name on every system: "Q&A: design" -> "Q&A- design.pdf"."""
    stem = _UNSAFE.sub("-", name).strip(" .-")[:120].strip()
    return f"{stem or fallback}{suffix}"


def print_language() -> str:
    """The language printed texts use: the window's (Dutch or English)."""
    from netplanner.gui.translation import ui_language

    return ui_language()


def render_to(path: Path, render: Callable[[BinaryIO], None]) -> None:
    """Run ``render(out)`` into ``path`` whole or not at all: through the guard of
    :mod:`netplanner.storage.output_files` (never the data file, a backup, a folder or a
    device), into a private (0600) temporary file renamed into place on success."""
    with output_file(path) as out:
        render(out)


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (added when the user typed a name without it)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

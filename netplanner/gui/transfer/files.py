"""Asking for files: the open-file question, remembered folders.

``Prompts`` (shared) has ``save_file`` but no open-file question; imports ask through
:func:`ask_open_file`, which tests replace with ``monkeypatch.setattr`` so no dialog opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from netplanner.gui import folders

IMPORT_FOLDER_KEY = folders.IMPORT_FOLDER_KEY
EXPORT_FOLDER_KEY = folders.EXPORT_FOLDER_KEY


def ask_open_file(
    parent: QWidget | None, title: str, folder: Path, file_filter: str
) -> Path | None:
    """The file the user picked, or None when they cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(name) if name else None


def last_folder(settings: QSettings, key: str) -> Path:
    """The folder remembered under ``key`` (the rule of :mod:`netplanner.gui.folders`)."""
    return folders.last_folder(settings, key)


def remember_folder(settings: QSettings, key: str, path: Path) -> None:
    """Remember the folder of ``path`` (a file) under ``key``."""
    folders.remember_folder(settings, path, key)


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (added when the user typed a name without it)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

"""The data files opened before, newest first, for File ▸ Open recent.

Kept in QSettings as paths only (nothing of what the files hold). A file that is no
longer there is dropped when the list is read, so the menu never offers what cannot
be opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_FILES_KEY = "files/recent"
#: How many files the menu offers.
MOST = 8


def same_file(one: Path, other: Path) -> bool:
    """True when both paths name one file (through links and ``..`` too)."""
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return one.absolute() == other.absolute()


def _stored(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_FILES_KEY, [])
    if isinstance(value, str):  # an INI file gives one entry back as a plain string
        value = [value] if value else []
    if not isinstance(value, (list, tuple)):  # nothing, or something not ours
        return []
    return [Path(str(item)) for item in value if str(item)]


def recent_files(settings: QSettings) -> list[Path]:
    """The recent data files that still exist, newest first (the missing ones are
    forgotten)."""
    stored = _stored(settings)
    kept = [path for path in stored if path.is_file()]
    if kept != stored:
        _store(settings, kept)
    return kept


def add_recent_file(settings: QSettings, path: Path) -> None:
    """Put ``path`` first in the list (once), keeping at most :data:`MOST`."""
    path = Path(path).expanduser().absolute()
    others = [old for old in _stored(settings) if not same_file(old, path)]
    _store(settings, [path, *others][:MOST])


def clear_recent_files(settings: QSettings) -> None:
    _store(settings, [])


def _store(settings: QSettings, paths: list[Path]) -> None:
    settings.setValue(RECENT_FILES_KEY, [str(path) for path in paths])
    settings.sync()

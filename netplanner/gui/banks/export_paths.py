"""Where exported files go: the last folder used, safe file names, files written whole."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QLocale, QSettings, QStandardPaths

LAST_FOLDER_KEY = "export/last_folder"

# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def last_folder(settings: QSettings) -> Path:
    """The folder of the last export, else the user's documents folder."""
    saved = str(settings.value(LAST_FOLDER_KEY, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))


def safe_file_name(name: str, suffix: str, fallback: str) -> str:
    """``name`` usable as a file name on every system: "Q&A: design" -> "Q&A- design.pdf"."""
    stem = _UNSAFE.sub("-", name).strip(" .-")[:120].strip()
    return f"{stem or fallback}{suffix}"


def print_language() -> str:
    """The language printed texts use: Dutch for a Dutch interface, else English."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


@contextmanager
def written_whole(path: Path) -> Iterator[BinaryIO]:
    """Write to a temporary file next to ``path``; rename it into place only on success,
    so a failed export never leaves half a file (or destroys the old one)."""
    handle, name = tempfile.mkstemp(prefix=".netplanner-", suffix=".part", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def render_to(path: Path, render: Callable[[BinaryIO], None]) -> None:
    """Run ``render(out)`` into ``path`` whole or not at all."""
    with written_whole(path) as out:
        render(out)


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (added when the user typed a name without it)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

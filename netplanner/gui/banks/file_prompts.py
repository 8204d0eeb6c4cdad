"""The open-file question of the banks tab.

``Prompts`` (shared) has ``save_file`` but no open-file counterpart yet; until it has,
the tab asks through this module-level function, which tests replace with
``monkeypatch.setattr(file_prompts, "ask_open_file", ...)`` so no dialog ever opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_open_file(
    parent: QWidget | None, title: str, folder: Path, file_filter: str
) -> Path | None:
    """The file the user picked, or None when they cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(name) if name else None

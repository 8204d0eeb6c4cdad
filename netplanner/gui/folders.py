"""The folders file dialogs start in, remembered in QSettings: one rule for every dialog.

Every *save* dialog (prep sheets, the week's sheets, booklets, contact and bank exports,
archives) starts in the folder of the last file saved, and every *open* dialog
(contact imports, bank imports, restoring an archive) in the folder of the last file
opened. Before the first file was opened, open dialogs start where the last export
went; before anything at all, in the user's Documents folder (else their home).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

EXPORT_FOLDER_KEY = "export/last_folder"
IMPORT_FOLDER_KEY = "import/last_folder"


def _saved(settings: QSettings, key: str) -> Path | None:
    saved = str(settings.value(key, "") or "")
    return Path(saved) if saved and Path(saved).is_dir() else None


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def last_folder(settings: QSettings, key: str = EXPORT_FOLDER_KEY) -> Path:
    """Where a dialog of ``key``'s kind starts (see the module's rule)."""
    found = _saved(settings, key)
    if found is None and key != EXPORT_FOLDER_KEY:
        found = _saved(settings, EXPORT_FOLDER_KEY)
    return found or documents_folder()


def remember_folder(settings: QSettings, path: Path, key: str = EXPORT_FOLDER_KEY) -> None:
    """Remember the folder of ``path`` (a file just saved or opened) under ``key``."""
    settings.setValue(key, str(Path(path).parent))

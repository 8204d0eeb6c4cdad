"""One rule for the folders file dialogs start in: saves where the last save went, opens
where the last file was opened (else where the last save went), else Documents."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QWidget

from netplanner.gui import folders
from netplanner.gui.banks import file_prompts
from netplanner.gui.banks.export_paths import last_folder as banks_last_folder
from netplanner.gui.banks.sharing import BankSharing
from netplanner.gui.conversations.sheet_export import export_folder
from netplanner.gui.transfer import files


def test_saves_and_opens_each_remember_their_own_folder(settings, tmp_path: Path) -> None:
    saved, opened = tmp_path / "saved", tmp_path / "opened"
    saved.mkdir()
    opened.mkdir()
    documents = folders.documents_folder()
    assert folders.last_folder(settings) == documents
    assert folders.last_folder(settings, folders.IMPORT_FOLDER_KEY) == documents

    folders.remember_folder(settings, saved / "sheet.pdf")
    assert folders.last_folder(settings) == saved
    # Nothing opened yet: open dialogs start where the last file was saved.
    assert folders.last_folder(settings, folders.IMPORT_FOLDER_KEY) == saved

    folders.remember_folder(settings, opened / "contacts.vcf", folders.IMPORT_FOLDER_KEY)
    assert folders.last_folder(settings, folders.IMPORT_FOLDER_KEY) == opened
    assert folders.last_folder(settings) == saved

    opened.rmdir()  # a remembered folder that is gone is passed over
    assert folders.last_folder(settings, folders.IMPORT_FOLDER_KEY) == saved


def test_every_dialog_helper_follows_the_same_rule(context, settings, tmp_path: Path) -> None:
    folders.remember_folder(settings, tmp_path / "x.pdf")
    assert export_folder(context) == tmp_path  # prep sheets, the week's sheets
    assert banks_last_folder(settings) == tmp_path  # bank export, booklets, blank sheets
    assert files.last_folder(settings, files.EXPORT_FOLDER_KEY) == tmp_path  # File > Export
    assert files.last_folder(settings, files.IMPORT_FOLDER_KEY) == tmp_path  # File > Import


def test_importing_a_bank_starts_in_and_remembers_the_open_folder(
    qtbot, context, settings, monkeypatch, tmp_path: Path
) -> None:
    exported, incoming = tmp_path / "exported", tmp_path / "incoming"
    exported.mkdir()
    incoming.mkdir()
    folders.remember_folder(settings, exported / "bank.json")
    folders.remember_folder(settings, incoming / "earlier.vcf", folders.IMPORT_FOLDER_KEY)
    path = incoming / "bank.json"
    path.write_text(
        json.dumps(
            {
                "format": "netplanner-question-bank",
                "version": 1,
                "name": "Shared",
                "language": "en",
                "questions": [{"category": "work", "text": "What does your day look like?"}],
            }
        ),
        encoding="utf-8",
    )
    starts: list[Path] = []

    def ask(parent, title, folder, file_filter):
        starts.append(folder)
        return path

    monkeypatch.setattr(file_prompts, "ask_open_file", ask)
    parent = QWidget()
    qtbot.addWidget(parent)
    BankSharing(context, parent, lambda _text: None).import_bank()
    assert starts == [incoming]
    assert settings.value(folders.IMPORT_FOLDER_KEY) == str(incoming)
    assert settings.value(folders.EXPORT_FOLDER_KEY) == str(exported)  # saves unaffected

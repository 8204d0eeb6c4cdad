"""Printing a prep sheet: the PDF made in the print folder and handed to the system viewer
(through ``prompts.show_file``, so no viewer opens in a test)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from netplanner.gui.conversations import sheet_print
from netplanner.gui.conversations.sheet_export import LAST_FOLDER_KEY


@pytest.fixture
def print_folder(monkeypatch, tmp_path: Path) -> Path:
    folder = tmp_path / "print"
    folder.mkdir()
    monkeypatch.setattr(sheet_print, "print_folder", lambda: folder)
    return folder


def test_print_opens_the_sheet_in_the_viewer(
    demo_tab, demo_context, prompts, settings, conversation_id, print_folder
) -> None:
    demo_tab.show_conversation(conversation_id(demo_context, "Carla Smit"))
    demo_tab.form.print_button.click()

    assert prompts.errors == []
    assert len(prompts.shown_files) == 1
    shown = prompts.shown_files[0]
    assert shown.parent == print_folder and shown.name.startswith("prep-sheet-Carla-Smit-")
    assert "Carla Smit" in " ".join(p.extract_text() or "" for p in PdfReader(shown).pages)
    assert "PDF viewer" in demo_tab.form.message_label.text()
    assert not [kind for kind, _ in prompts.asked if kind == "save_file"]  # no question
    assert settings.value(LAST_FOLDER_KEY) is None  # the print folder is no export folder


def test_print_saves_unsaved_changes_first(
    demo_tab, demo_context, prompts, conversation_id, print_folder
) -> None:
    demo_tab.show_conversation(conversation_id(demo_context, "Carla Smit"))
    demo_tab.form.purpose_edit.setPlainText("Ask about ethics boards & <research>.")
    demo_tab.print_sheet()
    assert not demo_tab.form.is_dirty
    text = " ".join(p.extract_text() or "" for p in PdfReader(prompts.shown_files[0]).pages)
    assert "ethics boards & <research>" in " ".join(text.split())


def test_without_a_viewer_the_user_is_told_where_the_sheet_is(
    demo_tab, demo_context, prompts, conversation_id, print_folder
) -> None:
    prompts.show_file_works = False
    demo_tab.show_conversation(conversation_id(demo_context, "Carla Smit"))
    demo_tab.print_sheet()
    assert len(prompts.errors) == 1
    assert str(print_folder) in prompts.errors[0]


def test_print_without_a_conversation_explains(tab, prompts, print_folder) -> None:
    tab.print_sheet()
    assert prompts.infos and "Select a conversation first" in prompts.infos[0]
    assert prompts.shown_files == []


def test_old_printed_sheets_are_removed(tmp_path: Path) -> None:
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    for path in (old, new):
        path.write_bytes(b"%PDF-1.4")
    stale = time.time() - sheet_print.KEEP_SECONDS - 60
    os.utime(old, (stale, stale))
    assert sheet_print.remove_old_sheets(tmp_path) == 1
    assert not old.exists() and new.exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_print_folder_is_private(monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _where: str(tmp_path / "c"))
    )
    folder = sheet_print.print_folder()
    assert folder == tmp_path / "c" / "print"
    assert folder.stat().st_mode & 0o777 == 0o700


def test_file_menu_print_prints_the_selected_conversation(
    qtbot, demo_context, prompts, conversation_id, print_folder
) -> None:
    from netplanner.gui.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    window.conversations_tab.show_conversation(conversation_id(demo_context, "Carla Smit"))
    window.tabs.setCurrentWidget(window.today_tab)
    assert window.print_sheet_action.shortcut().toString() == "Ctrl+Shift+P"
    window.print_sheet_action.trigger()
    assert window.tabs.currentWidget() is window.conversations_tab
    assert [path.parent for path in prompts.shown_files] == [print_folder]


def test_a_sheet_still_open_elsewhere_gets_a_free_name(monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "prep-sheet-Carla-Smit.pdf"
    assert sheet_print.free_name(path) == path
    path.write_bytes(b"%PDF")
    assert sheet_print.free_name(path) == path and not path.exists()  # replaced

    path.write_bytes(b"%PDF")

    def locked(self, missing_ok=False):
        raise PermissionError("in use")

    monkeypatch.setattr(Path, "unlink", locked)
    assert sheet_print.free_name(path) == tmp_path / "prep-sheet-Carla-Smit-2.pdf"

"""A message that passes on the system's or SQLite's reason says that reason in the
user's language too (issue 16): "(geen toestemming)", not "(permission denied)"."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_faults import fail_commits
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from netplanner.datafile import open_data_file
from netplanner.gui import translation
from netplanner.gui.banks.tab import BanksTab
from netplanner.gui.error_text import error_text
from netplanner.gui.main_window import MainWindow
from netplanner.storage.errors import DataFileError

ENGLISH_REASONS = ("not a directory", "read-only file system", "malformed", "permission")


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    translation.install_translators(translation.DUTCH)
    yield
    translation.install_translators(translation.ENGLISH)


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A real read-only disk (a tmpfs mounted read-only): refuses root too."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a read-only disk here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _refusal(path: Path) -> DataFileError:
    with pytest.raises(DataFileError) as raised:
        open_data_file(path)
    return raised.value


def test_the_command_lines_message_on_a_read_only_disk_reads_in_dutch(
    dutch, read_only_disk: Path
) -> None:
    path = read_only_disk / "netplanner.sqlite3"
    cli = subprocess.run(
        [sys.executable, "-m", "netplanner", "--db", str(path), "list", "contacts"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert cli.returncode == 1
    assert "(the disk is read-only)" in cli.stderr  # the command line speaks English
    said = error_text(_refusal(path))
    assert "(de schijf is alleen-lezen)" in said
    assert said.startswith("NetPlanner mag het gegevensbestand")
    assert not any(words in said.lower() for words in ENGLISH_REASONS)


def test_the_message_for_a_folder_that_is_a_file_reads_in_dutch(dutch, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder\n", encoding="utf-8")
    said = error_text(_refusal(not_a_folder / "netplanner.sqlite3"))
    assert "een deel van het pad is geen map" in said
    assert not any(words in said.lower() for words in ENGLISH_REASONS)


def test_the_windows_one_line_message_reads_in_dutch(
    dutch, qtbot, context, prompts, tmp_path: Path
) -> None:
    """Exporting a bank into a "folder" that is a file: the window's one line in Dutch."""
    tab = BanksTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    qtbot.waitExposed(tab)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder\n", encoding="utf-8")
    prompts.save_paths = [not_a_folder / "vragen.json"]
    tab.bank_panel.export_action.trigger()
    [said] = prompts.errors
    assert "een deel van het pad is geen map" in said and "\n" not in said
    assert not any(words in said.lower() for words in ENGLISH_REASONS)


def test_a_damaged_file_while_saving_is_said_in_dutch(
    dutch, qtbot, demo_context, prompts, monkeypatch
) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.contacts_tab)
    form = window.contacts_tab.form
    form.notes.setFocus()
    form.notes.moveCursor(QTextCursor.MoveOperation.End)
    for ch in " Zoë":
        QApplication.sendEvent(
            form.notes, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )
    fail_commits(monkeypatch, demo_context.database, "database disk image is malformed")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [said] = prompts.errors
    assert "(de inhoud is beschadigd)" in said and "\n" not in said
    assert not any(words in said.lower() for words in ENGLISH_REASONS)

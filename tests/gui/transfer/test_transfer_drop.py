"""Dropping a vCard or a LinkedIn export on the main window opens the import preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from netplanner.core.contacts import count_contacts
from netplanner.gui.main_window import MainWindow
from netplanner.gui.transfer.import_dialog import ImportPreviewDialog
from netplanner.gui.transfer.import_flow import ImportFlow


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def _drag_enter(window: MainWindow, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def _drop(window: MainWindow, mime: QMimeData) -> None:
    """Drag over the window, then drop (Qt delivers a drop only to where the drag entered)."""
    assert _drag_enter(window, mime)
    event = QDropEvent(
        QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, event)


def test_dropping_a_vcard_opens_the_preview(
    qtbot, context, vcard_file: Path, linkedin_file: Path, monkeypatch
) -> None:
    shown: list[object] = []
    monkeypatch.setattr(ImportFlow, "run_dialog", lambda self, dialog: shown.append(dialog))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.acceptDrops()
    assert _drag_enter(window, _mime(vcard_file))
    _drop(window, _mime(vcard_file))
    qtbot.waitUntil(lambda: bool(shown))
    preview = shown[0]
    assert isinstance(preview, ImportPreviewDialog)
    assert preview.preview.file_name == "contacts.vcf"
    assert preview.counts()["created"] == 2
    assert context.read(count_contacts) == 0  # the preview was not accepted

    _drop(window, _mime(linkedin_file))  # a LinkedIn export is recognised as one
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1].preview.source == "LinkedIn connections"


def test_other_files_are_not_taken(qtbot, context, tmp_path: Path) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(b"\xff\xd8")
    assert not _drag_enter(window, _mime(picture))
    two = [tmp_path / "a.vcf", tmp_path / "b.vcf"]
    assert not _drag_enter(window, _mime(*two))

"""Dropping a vCard or a LinkedIn export on the main window opens the import preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTableView

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


def test_a_file_dropped_on_a_tab_reaches_the_window(
    qtbot, demo_context, vcard_file: Path, monkeypatch
) -> None:
    """A real drop lands on the widget under the mouse (a table, the network view); Qt
    passes it up to the window when that widget does not take files."""
    shown: list[object] = []
    monkeypatch.setattr(ImportFlow, "run_dialog", lambda self, dialog: shown.append(dialog))
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    targets = [
        window.contacts_tab.findChildren(QTableView)[0].viewport(),
        window.network_tab.view.viewport(),
        window.today_tab,
        window.conversations_tab.form.picker.bank_list.viewport(),
        window.goals_tab,
    ]
    for number, target in enumerate(targets, start=1):
        tab = next(
            window.tabs.widget(i)
            for i in range(window.tabs.count())
            if window.tabs.widget(i) is target or window.tabs.widget(i).isAncestorOf(target)
        )
        window.tabs.setCurrentWidget(tab)
        mime = _mime(vcard_file)
        enter = QDragEnterEvent(
            target.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(target, enter)
        assert enter.isAccepted(), target
        drop = QDropEvent(
            QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(target, drop)
        qtbot.waitUntil(lambda n=number: len(shown) == n)
    assert all(isinstance(dialog, ImportPreviewDialog) for dialog in shown)


def test_a_dropped_google_export_is_read_as_a_spreadsheet_without_asking(
    make_flow, context
) -> None:
    from pathlib import Path

    from netplanner.gui.transfer.import_dialog import ImportPreviewDialog

    flow = make_flow(context)
    flow.drive = lambda dialog: False
    fixtures = Path(__file__).parents[2] / "interchange" / "fixtures"
    flow.import_dropped(fixtures / "google_new.csv")
    (preview,) = flow.shown  # no column question: Google's export is known
    assert isinstance(preview, ImportPreviewDialog)
    assert preview.preview.layout == "Google Contacts"
    assert preview.created_model.rowCount() == 3

"""Qt's own dialogs in a Dutch window speak Dutch: what the user reads, walked widget by widget.

Qt's Dutch catalogue (``qtbase_nl.qm``) lacks some Qt 6 texts, so NetPlanner adds
``resources/translations/qtbase_extra_nl.ts``. These tests build each dialog the way
NetPlanner shows it (the file dialog as Qt draws it itself, as on a Linux desktop without
a platform file dialog), once in English and once in Dutch, and fail on any visible text
that stayed English, besides the few words Dutch shares with English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)

from netplanner.gui import translation
from netplanner.gui.locale_choice import apply_locale
from netplanner.resources import resource_path

#: Texts that read the same in Dutch (compared without mnemonics), and the ones the tests
#: themselves give the dialogs.
SAME_IN_DUTCH = {"Computer", "Type", "OK", "", "NetPlanner", "?", "PDF (*.pdf)|vCard (*.vcf)"}
EXTRA_TS = resource_path("translations", "qtbase_extra_nl.ts")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@pytest.fixture
def speak(qapp) -> Iterator:
    def switch(language: str) -> list[str]:
        loaded = translation.install_translators(language)
        apply_locale(language)
        return loaded

    yield switch
    translation.install_translators(translation.ENGLISH)
    apply_locale()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "gesprekken").mkdir()
    (tmp_path / "voorbereiding-Marieke-Bos.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "contacten.vcf").write_text("BEGIN:VCARD\r\nEND:VCARD\r\n", encoding="utf-8")
    return tmp_path


def _file_dialog(qtbot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "NetPlanner", str(folder), "PDF (*.pdf);;vCard (*.vcf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    # The folder and the PDF (the filter hides the vCard file).
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) == 2, timeout=5000)
    return dialog


def visible_texts(dialog: QWidget) -> dict[str, str]:
    """Every text the dialog shows or speaks (labels, buttons and their tips, column
    headings, the folder's row type), keyed by where it is."""
    texts: dict[str, str] = {}
    for index, label in enumerate(dialog.findChildren(QLabel)):
        if label.isVisibleTo(dialog):
            texts[f"label {label.objectName() or index}"] = label.text()
    for index, button in enumerate(dialog.findChildren(QAbstractButton)):
        if button.isVisibleTo(dialog):
            key = f"button {button.objectName() or index}"
            texts[key] = button.text()
            texts[f"{key} tip"] = button.toolTip()
            texts[f"{key} name"] = button.accessibleName()
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisibleTo(dialog) and combo.objectName() == "fileTypeCombo":
            texts["file types"] = "|".join(combo.itemText(i) for i in range(combo.count()))
    model = dialog.findChild(QFileSystemModel)
    tree = dialog.findChild(QTreeView)
    if model is not None and tree is not None:
        for column in range(model.columnCount()):
            if not tree.isColumnHidden(column):
                heading = model.headerData(column, Qt.Orientation.Horizontal)
                texts[f"heading {column}"] = heading
        root = tree.rootIndex()
        for row in range(model.rowCount(root)):
            index = model.index(row, 0, root)
            if model.isDir(index):
                texts["folder type"] = model.data(index.siblingAtColumn(2))
    return texts


def _still_english(english: dict[str, str], dutch: dict[str, str]) -> list[str]:
    return [
        f"{where}: {text!r}"
        for where, text in english.items()
        if _plain(dutch.get(where, "")) == _plain(text) and _plain(text) not in SAME_IN_DUTCH
    ]


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_in_a_dutch_window_shows_no_english(qtbot, speak, folder, mode) -> None:
    speak(translation.ENGLISH)
    english = visible_texts(_file_dialog(qtbot, folder, mode))
    assert _plain(english["label lookInLabel"]) == "Look in:"
    assert _plain(english["label fileTypeLabel"]) == "Files of type:"
    speak(translation.DUTCH)
    dutch = visible_texts(_file_dialog(qtbot, folder, mode))
    assert english.keys() == dutch.keys()
    assert len(english) > 20, sorted(english)
    assert not _still_english(english, dutch)
    assert dutch["label lookInLabel"] == "&Zoeken in:"
    assert dutch["label fileTypeLabel"] == "Bestands&type:"
    assert dutch["label fileNameLabel"] == "Bestands&naam:"
    assert dutch["folder type"] == "Map"
    assert [dutch[f"heading {column}"] for column in range(4)] == [
        "Naam",
        "Grootte",
        "Type",
        "Datum gewijzigd",
    ]


def test_message_boxes_with_qt_buttons_speak_dutch(qtbot, speak) -> None:
    def box() -> QMessageBox:
        made = QMessageBox(QMessageBox.Icon.Question, "NetPlanner", "?")
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Ok,
            QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
            QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Retry,
        ):
            made.addButton(button)
        made.setDetailedText("details")
        qtbot.addWidget(made)
        made.show()
        return made

    speak(translation.ENGLISH)
    english = visible_texts(box())
    speak(translation.DUTCH)
    dutch = visible_texts(box())
    assert len([key for key in english if key.startswith("button")]) >= 8
    assert not _still_english(english, dutch)
    assert "Details tonen..." in dutch.values()


def test_the_extra_catalogue_is_loaded_after_qts_own(speak) -> None:
    loaded = [Path(path).name for path in speak(translation.DUTCH)]
    assert loaded.index("qtbase_nl.qm") < loaded.index("qtbase_extra_nl.qm")


def test_every_extra_text_is_translated_with_its_mnemonic() -> None:
    messages = list(ET.parse(EXTRA_TS).getroot().iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None and not element.get("type"), source
        text = element.text or ""
        assert text and text != source, source
        assert source.count("&") == text.count("&"), source

"""The file names save dialogs suggest speak the window's language, and stay file names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget

from netplanner.core.banks import list_bank_rows
from netplanner.core.conversations import list_conversation_rows
from netplanner.gui import translation
from netplanner.gui.banks.sharing import BankSharing
from netplanner.gui.conversations.sheet_export import export_prep_sheet, suggested_file_name
from netplanner.gui.locale_choice import apply_locale
from netplanner.gui.today.print_week import suggested_name
from netplanner.gui.transfer.export_actions import TransferExports

WHEN = datetime(2026, 5, 12, 14, 30)


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    translation.install_translators(translation.DUTCH)
    apply_locale(translation.DUTCH)
    yield
    translation.install_translators(translation.ENGLISH)
    apply_locale()


def _suggested(prompts) -> list[str]:
    return [Path(text).name for kind, text in prompts.asked if kind == "save_file"]


def test_a_prep_sheet_is_suggested_as_voorbereiding_in_a_dutch_window(dutch) -> None:
    name = suggested_file_name("Marieke Bos", WHEN)
    assert name.startswith("voorbereiding-Marieke-Bos-2026-05-1") and name.endswith(".pdf")
    assert suggested_file_name("Ελένη Παπαδοπούλου", None) == (
        "voorbereiding-Ελένη-Παπαδοπούλου.pdf"
    )
    assert suggested_file_name("../..", None) == "voorbereiding.pdf"


def test_and_as_prep_sheet_in_an_english_one(qapp) -> None:
    assert suggested_file_name("Marieke Bos", None) == "prep-sheet-Marieke-Bos.pdf"
    assert suggested_name(date(2026, 5, 11), date(2026, 5, 17)) == (
        "prep-sheets-2026-05-11-to-2026-05-17.pdf"
    )


def test_the_weeks_sheets_are_suggested_in_dutch(dutch) -> None:
    assert suggested_name(date(2026, 5, 11), date(2026, 5, 17)) == (
        "voorbereidingen-2026-05-11-tot-2026-05-17.pdf"
    )


def test_exporting_a_sheet_from_a_dutch_window_suggests_the_dutch_name(
    demo_context, prompts, dutch
) -> None:
    row = demo_context.read(list_conversation_rows)[0]
    assert export_prep_sheet(demo_context, row.id) is None  # the dialog was cancelled
    (name,) = _suggested(prompts)
    assert name.startswith("voorbereiding-" + row.contact_name.split()[0])


def test_the_file_menus_exports_suggest_dutch_names(qtbot, demo_context, prompts, dutch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = TransferExports(demo_context, parent)
    for export in (
        exports.export_csv,
        exports.export_vcard,
        exports.export_ics,
        exports.export_archive,
    ):
        assert export() is None  # cancelled
    assert _suggested(prompts) == [
        "netplanner-contacten.csv",
        "netplanner-contacten.vcf",
        "netplanner-gesprekken.ics",
        "netplanner-archief.json",
    ]


def test_a_bank_whose_name_is_no_file_name_is_suggested_as_vragenbank(
    qtbot, context, prompts, dutch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    sharing = BankSharing(context, parent, lambda text: None)
    bank = context.read(list_bank_rows)[0]
    assert sharing.export_bank(bank.id, "???") is None
    assert _suggested(prompts) == ["vragenbank.json"]


class _CarelessTranslator(QTranslator):
    """A translation that forgot the rules: spaces, slashes, a lost placeholder."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return {
            ("SheetExport", "prep-sheet"): " voor/be:reiding * ",
            ("PrintWeek", "prep-sheets-%1-to-%2"): "voorbereidingen van %1",
            ("TransferExports", "netplanner-contacts"): "../",
        }.get((context, source))

    def isEmpty(self) -> bool:
        return False


def test_a_careless_translation_still_gives_a_file_name(qtbot, demo_context, prompts) -> None:
    careless = _CarelessTranslator()
    QCoreApplication.installTranslator(careless)
    try:
        assert suggested_file_name("Bo", None) == "voor-be-reiding-Bo.pdf"
        assert suggested_name(date(2026, 5, 11), date(2026, 5, 17)) == (
            "prep-sheets-2026-05-11-to-2026-05-17.pdf"
        )
        parent = QWidget()
        qtbot.addWidget(parent)
        TransferExports(demo_context, parent).export_csv()
        assert _suggested(prompts) == ["netplanner-contacts.csv"]
    finally:
        QCoreApplication.removeTranslator(careless)

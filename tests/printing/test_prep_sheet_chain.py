"""The chain of introductions on the prep sheet, under "Introduced by"."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from netplanner.core.conversations import list_conversation_rows
from netplanner.core.sheet_data import PrepSheetData
from netplanner.core.sheets import prep_sheet_data
from netplanner.printing.prep_sheet import render_prep_sheet


def first_page(tmp_path: Path, sheet: PrepSheetData, language: str = "en") -> str:
    path = tmp_path / "sheet.pdf"
    render_prep_sheet(sheet, path, language=language)
    return re.sub(r"\s+", " ", PdfReader(path).pages[0].extract_text())


def test_sheet_data_carries_the_chain(demo_database) -> None:
    with demo_database.session() as session:
        rows = {r.contact_name: r.id for r in list_conversation_rows(session)}
        carla = prep_sheet_data(session, rows["Carla Smit"])
        sukru = prep_sheet_data(session, rows["Şükrü Yılmaz"])
    assert carla.chain == "You → Anna de Vries → Carla Smit"
    assert sukru.chain == "You → Anna de Vries → Carla Smit → Şükrü Yılmaz"


def test_chain_is_printed_after_the_introducer(tmp_path: Path) -> None:
    sheet = PrepSheetData(
        contact_name="Carla Smit",
        introduced_by="Anna de Vries",
        how_we_know="we studied <together> & more",
        chain="You → Anna de Vries → Carla Smit",
    )
    text = first_page(tmp_path, sheet)
    assert (
        "Introduced by Anna de Vries — we studied <together> & more · "
        "You → Anna de Vries → Carla Smit" in text
    )


def test_chain_speaks_the_language_of_the_sheet(tmp_path: Path) -> None:
    sheet = PrepSheetData(contact_name="Carla Smit", chain="You → Anna de Vries → Carla Smit")
    assert "Jij → Anna de Vries → Carla Smit" in first_page(tmp_path, sheet, "nl")
    dutch = PrepSheetData(contact_name="Bert", chain="Jij → Bert", language="nl")
    assert "You → Bert" in first_page(tmp_path, dutch, "en")


def test_no_chain_prints_as_before(tmp_path: Path) -> None:
    text = first_page(tmp_path, PrepSheetData(contact_name="Zoë", introduced_by="Anna"))
    assert "Introduced by Anna Purpose" in text

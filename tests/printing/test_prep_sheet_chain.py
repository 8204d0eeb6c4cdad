"""Who introduced you, on the prep sheet: once each, without how you know the introducer."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from netplanner.core.conversations import list_conversation_rows
from netplanner.core.sheets.data import PrepSheetData
from netplanner.core.sheets.reading import prep_sheet_data
from netplanner.printing.prep_sheet import render_prep_sheet


def first_page(tmp_path: Path, sheet: PrepSheetData, language: str = "en") -> str:
    path = tmp_path / "sheet.pdf"
    render_prep_sheet(sheet, path, language=language)
    return re.sub(r"\s+", " ", PdfReader(path).pages[0].extract_text())


def test_sheet_data_names_the_introducer_and_who_came_before(demo_database) -> None:
    with demo_database.session() as session:
        rows = {r.contact_name: r.id for r in list_conversation_rows(session)}
        carla = prep_sheet_data(session, rows["Carla Smit"])
        sukru = prep_sheet_data(session, rows["Şükrü Yılmaz"])
        anna = prep_sheet_data(session, rows["Anna de Vries"])
    assert (carla.introduced_by, carla.introduced_via) == ("Anna de Vries", ())
    assert (sukru.introduced_by, sukru.introduced_via) == ("Carla Smit", ("Anna de Vries",))
    assert (anna.introduced_by, anna.introduced_via) == ("", ())
    # How the user knows the contact: Anna's own, never Anna's on Carla's sheet.
    assert "psychology" in anna.how_we_know and "psychology" not in carla.how_we_know


def test_each_name_is_printed_once(tmp_path: Path) -> None:
    sheet = PrepSheetData(
        contact_name="Şükrü Yılmaz",
        introduced_by="Carla Smit",
        introduced_via=("Anna de Vries",),
        how_we_know="we met at a <meetup> & more",
    )
    text = first_page(tmp_path, sheet)
    assert "Introduced by Carla Smit (via Anna de Vries)" in text
    assert "You know them we met at a <meetup> & more" in text
    assert text.count("Carla Smit") == 1 + text.count("Carla Smit suggested")
    assert text.count("Anna de Vries") == 1
    assert text.count("Şükrü Yılmaz") == 2  # the name at the top and in the footer
    assert "You →" not in text


def test_the_chain_speaks_the_language_of_the_sheet(tmp_path: Path) -> None:
    sheet = PrepSheetData(
        contact_name="Bert", introduced_by="Carla", introduced_via=("Anna", "Daan")
    )
    assert "Voorgesteld door Carla (via Anna → Daan)" in first_page(tmp_path, sheet, "nl")


def test_right_to_left_names_keep_the_order_of_the_chain(tmp_path: Path) -> None:
    sheet = PrepSheetData(
        contact_name="Zoë", introduced_by="مريم الحسن", introduced_via=("יעל לוי", "Anna")
    )
    path = tmp_path / "sheet.pdf"
    render_prep_sheet(sheet, path)
    runs: list[tuple[float, float, str]] = []  # (y, x, text) of what is drawn

    def visit(text: str, cm: list, tm: list, *_: object) -> None:
        if text.strip():
            runs.append((round(tm[5] + cm[5]), tm[4] + cm[4], text))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    row = next(y for y, _, text in runs if "Introduced by" in text)
    line = sorted((x, t) for y, x, t in runs if abs(y - row) <= 3 and "Introduced" not in t)

    def where(test) -> float:  # type: ignore[no-untyped-def]
        return next(x for x, text in line if test(text))

    arabic = where(lambda t: any("\u0600" <= c <= "\u06ff" or c >= "\ufe70" for c in t))
    hebrew = where(lambda t: any("\u0590" <= c <= "\u05ff" for c in t))
    # Read left to right as the English line it is: the introducer, then who came before.
    assert arabic < where(lambda t: "via" in t) < hebrew < where(lambda t: "Anna" in t)


def test_without_an_introducer_there_is_no_row_for_one(tmp_path: Path) -> None:
    text = first_page(tmp_path, PrepSheetData(contact_name="Zoë", how_we_know="Choir"))
    assert "Introduced by" not in text
    assert "You know them Choir" in text

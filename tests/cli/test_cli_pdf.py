"""The PDF commands: one paper size with the window, ``--page-size`` per command, the
booklet and the blank sheet, the week's PDF titled with its dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from netplanner.cli import main
from netplanner.core.sheets.paper_size import save_paper_size
from netplanner.datafile import open_data_file

A4, LETTER = (595.3, 841.9), (612.0, 792.0)


@pytest.fixture
def demo_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")  # the locale says A4
    path = tmp_path / "data.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def size_of(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width), 1), round(float(box.height), 1)


def choose(path: Path, size: str) -> None:
    database = open_data_file(path)
    with database.transaction() as session:
        save_paper_size(session, size)
    database.close()


def test_every_pdf_command_uses_the_data_files_paper_size(demo_file: Path, tmp_path: Path) -> None:
    db = ["--db", str(demo_file)]
    commands = {
        "sheet": ["sheet", "3"],
        "sheets": ["sheets", "--from", "2000-01-01", "--to", "2100-01-01"],
        "booklet": ["export", "booklet", "1"],
        "blank": ["export", "blank-sheet"],
    }
    for name, command in commands.items():
        assert main([*db, *command, "-o", str(tmp_path / f"{name}.pdf")]) == 0
        assert size_of(tmp_path / f"{name}.pdf") == pytest.approx(A4, abs=0.5), name
    choose(demo_file, "Letter")  # as File → Paper size does
    for name, command in commands.items():
        assert main([*db, *command, "-o", str(tmp_path / f"{name}.pdf")]) == 0
        assert size_of(tmp_path / f"{name}.pdf") == pytest.approx(LETTER, abs=0.5), name
        # ... unless the command says otherwise
        out = tmp_path / f"{name}-a4.pdf"
        assert main([*db, *command, "-o", str(out), "--page-size", "A4"]) == 0
        assert size_of(out) == pytest.approx(A4, abs=0.5), name


def test_booklet_of_banks_as_list_banks_shows_them(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "booklet.pdf"
    assert main(["--db", str(demo_file), "export", "booklet", "3", "4", "-o", str(out)]) == 0
    assert "2 banks" in capsys.readouterr().out
    reader = PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "VRAGENBOEKJE" in text  # Dutch banks: Dutch wording
    assert reader.metadata.title == "Vragenboekje"
    assert main(["--db", str(demo_file), "export", "booklet", "99", "-o", str(out)]) == 2
    assert "no question bank with ID 99" in capsys.readouterr().err


def test_blank_sheet_needs_no_data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    missing = tmp_path / "none.sqlite3"
    out = tmp_path / "blank.pdf"
    assert (
        main(["--db", str(missing), "export", "blank-sheet", "-o", str(out), "--language", "nl"])
        == 0
    )
    assert not missing.exists()  # nothing made just to print an empty sheet
    assert size_of(out) == pytest.approx(LETTER, abs=0.5)  # the locale's
    assert "GESPREKSVOORBEREIDING" in PdfReader(out).pages[0].extract_text()
    bad = ["--db", str(missing), "export", "blank-sheet", "-o", str(out), "--questions", "300"]
    assert main(bad) == 2


def test_the_weeks_pdf_is_titled_with_its_dates_and_says_its_language(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "week.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_file),
                "sheets",
                "--from",
                "2000-01-01",
                "--to",
                "2100-01-01",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    reader = PdfReader(out)
    title = reader.metadata.title
    assert title.startswith("Prep sheets ") and any(
        str(year) in title for year in range(2000, 2101)
    )
    assert reader.metadata.subject == "Questions and notes for 3 conversations"
    assert str(reader.trailer["/Root"]["/Lang"]) == "en"
    one = tmp_path / "one.pdf"
    assert main(["--db", str(demo_file), "sheet", "3", "-o", str(one), "--language", "nl"]) == 0
    meta = PdfReader(one).metadata
    assert meta.title == "Gespreksvoorbereiding – Şükrü Yılmaz"
    assert meta.subject == "Vragen en aantekeningen voor een gesprek met Şükrü Yılmaz"

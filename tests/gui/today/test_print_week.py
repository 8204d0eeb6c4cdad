"""Print the week: one PDF with the prep sheets of a period, in time order."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from netplanner.gui.conversations import sheet_print
from netplanner.gui.conversations.sheet_export import LAST_FOLDER_KEY
from netplanner.gui.today.tab import TodayTab


def _sheet_names(path: Path) -> list[str]:
    """Whose sheet each page is: the footer's last line names the contact."""
    return [page.extract_text().strip().splitlines()[-1] for page in PdfReader(path).pages]


def test_the_period_defaults_to_today_and_the_coming_week(now, today_tab: TodayTab) -> None:
    assert today_tab.print_box.period() == (now.date(), now.date() + timedelta(days=7))


def test_save_as_pdf_writes_the_sheets_in_time_order(
    now, today_tab: TodayTab, prompts, settings, tmp_path: Path, qtbot
) -> None:
    today_tab.print_box.set_period(now.date() - timedelta(days=14), now.date() + timedelta(days=7))
    target = tmp_path / "week"
    prompts.save_paths = [target]
    qtbot.mouseClick(today_tab.print_box.save_button, Qt.MouseButton.LeftButton)

    assert prompts.errors == []
    kind, suggested = prompts.asked[-1]
    assert kind == "save_file" and Path(suggested).name.startswith("prep-sheets-2026-11-12-to-")
    written = tmp_path / "week.pdf"
    names = _sheet_names(written)
    first_pages = [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]
    assert first_pages == ["Anna de Vries", "Carla Smit", "Şükrü Yılmaz"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert settings.value(LAST_FOLDER_KEY) == str(tmp_path)
    assert "3 prep sheets saved to" in today_tab.print_box.message.text()


def test_a_period_without_conversations_writes_nothing(
    now, today_tab: TodayTab, prompts, tmp_path: Path
) -> None:
    today_tab.print_box.set_period(now.date() + timedelta(days=30), now.date() + timedelta(days=40))
    prompts.save_paths = [tmp_path / "x.pdf"]
    today_tab.save_week()
    assert len(prompts.infos) == 1 and "No conversations" in prompts.infos[0]
    assert prompts.asked == [] and not (tmp_path / "x.pdf").exists()


def test_a_missing_folder_is_told_and_nothing_is_written(
    today_tab: TodayTab, prompts, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "week.pdf"
    prompts.save_paths = [target]
    today_tab.save_week()
    assert len(prompts.errors) == 1 and "does not exist" in prompts.errors[0]
    assert not target.parent.exists()


def test_cancelling_the_file_choice_writes_nothing(today_tab: TodayTab, prompts) -> None:
    today_tab.save_week()
    assert prompts.asked[-1][0] == "save_file" and prompts.errors == []
    assert not today_tab.print_box.message.isVisible()


def test_print_the_week_opens_the_sheets_in_the_pdf_viewer_without_asking(
    now, today_tab: TodayTab, prompts, settings, tmp_path: Path, monkeypatch, qtbot
) -> None:
    folder = tmp_path / "print"
    folder.mkdir()
    monkeypatch.setattr(sheet_print, "print_folder", lambda: folder)
    today_tab.print_box.set_period(now.date() - timedelta(days=14), now.date() + timedelta(days=7))
    qtbot.mouseClick(today_tab.print_box.print_button, Qt.MouseButton.LeftButton)

    assert prompts.errors == [] and prompts.asked == []  # no file dialog for printing
    (shown,) = prompts.shown_files
    assert shown.parent == folder and shown.suffix == ".pdf"
    names = _sheet_names(shown)
    first_pages = [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]
    assert first_pages == ["Anna de Vries", "Carla Smit", "Şükrü Yılmaz"]
    assert settings.value(LAST_FOLDER_KEY) is None  # printing is not choosing a folder
    assert "3 prep sheets opened to print" in today_tab.print_box.message.text()


def test_print_the_week_says_where_the_pdf_is_when_no_viewer_opens(
    now, today_tab: TodayTab, prompts, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(sheet_print, "print_folder", lambda: tmp_path)
    prompts.show_file_works = False
    today_tab.print_box.set_period(now.date() - timedelta(days=14), now.date() + timedelta(days=7))
    today_tab.print_week()
    assert len(prompts.errors) == 1 and str(tmp_path) in prompts.errors[0]
    assert list(tmp_path.glob("*.pdf"))

"""Printing from the banks tab: a booklet of banks and a blank prep sheet, as PDFs."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from netplanner.gui.context import AppContext


def _pdf_text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_booklet_of_this_bank_or_of_all_shown_banks(
    context: AppContext, make_tab, prompts, tmp_path: Path
) -> None:
    tab = make_tab(context)
    action = tab.bank_panel.booklet_action
    name = tab.bank_model.bank_at(0).name

    prompts.choose_answers, prompts.save_paths = [0], [tmp_path / "one"]
    action.trigger()
    assert prompts.asked[0] == ("choose", "Which question banks go into the booklet?")
    assert prompts.asked[1][1].endswith(".pdf")
    text = _pdf_text(tmp_path / "one.pdf")
    assert "the work from the inside" in text
    assert "Meedenken" not in text
    assert "one.pdf" in tab.bank_panel.message_label.text()

    # All shown banks: the language filter decides which.
    tab.language_filter.setCurrentIndex(tab.language_filter.findData("nl"))
    prompts.choose_answers, prompts.save_paths = [1], [tmp_path / "dutch.pdf"]
    action.trigger()
    text = _pdf_text(tmp_path / "dutch.pdf")
    assert "Informatiegesprek" in text and "Meedenken" in text
    assert name not in text

    prompts.choose_answers = [2]  # cancel: no file asked for
    asked = len(prompts.asked)
    action.trigger()
    assert len(prompts.asked) == asked + 1
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["dutch.pdf", "one.pdf"]


def test_blank_prep_sheet(context: AppContext, make_tab, prompts, tmp_path: Path) -> None:
    tab = make_tab(context)
    prompts.save_paths = [tmp_path / "blank.pdf"]
    tab.bank_panel.blank_sheet_action.trigger()
    assert (tmp_path / "blank.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))
    assert "blank.pdf" in tab.bank_panel.message_label.text()


def test_unwritable_place_is_reported(context: AppContext, make_tab, prompts, tmp_path) -> None:
    tab = make_tab(context)
    prompts.choose_answers, prompts.save_paths = [0], [tmp_path / "gone" / "booklet.pdf"]
    tab.bank_panel.booklet_action.trigger()
    assert len(prompts.errors) == 1
    assert "gone" in prompts.errors[0]
    assert not (tmp_path / "gone").exists()

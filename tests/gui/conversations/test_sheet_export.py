"""Exporting a prep sheet from the tab: the PDF, its name, its folder, and failures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from netplanner.core.conversations import get_conversation
from netplanner.gui.conversations.sheet_export import LAST_FOLDER_KEY, suggested_file_name


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_export_writes_the_sheet_with_the_questions_in_order(
    demo_tab, demo_context, prompts, settings, conversation_id, tmp_path
) -> None:
    carla = conversation_id(demo_context, "Carla Smit")
    demo_tab.show_conversation(carla)
    target = tmp_path / "x.pdf"
    prompts.save_paths = [target]
    demo_tab.export_sheet()

    assert prompts.errors == []
    kind, suggested = prompts.asked[-1]
    assert kind == "save_file" and Path(suggested).name.startswith("prep-sheet-Carla-Smit-20")
    assert target.read_bytes().startswith(b"%PDF")
    text = _pdf_text(target)
    assert "Carla Smit" in text
    questions = demo_context.read(lambda s: get_conversation(s, carla)).questions
    positions = [text.find(" ".join(q.text.split())[:30]) for q in questions]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    assert settings.value(LAST_FOLDER_KEY) == str(tmp_path)
    # The narrow message line on the form names the file; the whole path is its tooltip.
    assert demo_tab.form.message_label.text() == "Prep sheet saved as x.pdf"
    assert str(target) in demo_tab.form.message_label.toolTip()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".prep")] == []


def test_export_into_a_missing_folder_shows_an_error_and_leaves_no_file(
    demo_tab, demo_context, prompts, settings, conversation_id, tmp_path
) -> None:
    demo_tab.show_conversation(conversation_id(demo_context, "Carla Smit"))
    target = tmp_path / "missing" / "x.pdf"
    prompts.save_paths = [target]
    demo_tab.export_sheet()
    assert len(prompts.errors) == 1 and "does not exist" in prompts.errors[0]
    assert not target.exists() and not target.parent.exists()
    assert settings.value(LAST_FOLDER_KEY) is None


def test_export_saves_unsaved_changes_first(
    demo_tab, demo_context, prompts, conversation_id, tmp_path, qtbot
) -> None:
    carla = conversation_id(demo_context, "Carla Smit")
    demo_tab.show_conversation(carla)
    demo_tab.form.purpose_edit.setPlainText("Ask about <research> & ethics boards.")
    prompts.save_paths = [tmp_path / "changed"]  # no .pdf suffix given: added
    demo_tab.export_sheet()
    assert demo_context.read(lambda s: get_conversation(s, carla)).purpose == (
        "Ask about <research> & ethics boards."
    )
    assert not demo_tab.form.is_dirty
    assert "Ask about <research> & ethics boards." in _pdf_text(tmp_path / "changed.pdf")


def test_export_without_a_conversation_tells_the_user(demo_tab, prompts) -> None:
    demo_tab.new_item()
    demo_tab.export_sheet()
    assert prompts.infos and "Select a conversation" in prompts.infos[0]
    assert not any(kind == "save_file" for kind, _ in prompts.asked)


def test_cancelled_export_writes_nothing(
    demo_tab, demo_context, prompts, conversation_id, tmp_path
) -> None:
    demo_tab.show_conversation(conversation_id(demo_context, "Carla Smit"))
    demo_tab.export_sheet()  # save_paths empty: the dialog was cancelled
    assert prompts.errors == [] and list(tmp_path.glob("*.pdf")) == []


def test_suggested_file_names_are_safe_and_keep_letters() -> None:
    when = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert suggested_file_name("Carla Smit", when) == "prep-sheet-Carla-Smit-2026-11-24.pdf"
    assert suggested_file_name("Şükrü Yılmaz", None) == "prep-sheet-Şükrü-Yılmaz.pdf"
    assert suggested_file_name("Дмитрий Иванов", None) == "prep-sheet-Дмитрий-Иванов.pdf"
    assert suggested_file_name("a/b\\c:d*?<>|_e", None) == "prep-sheet-a-b-c-d-e.pdf"
    assert suggested_file_name("../..", None) == "prep-sheet.pdf"
    assert len(suggested_file_name("x" * 500, when)) < 100

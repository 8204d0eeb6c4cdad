"""The import preview says when a spreadsheet was read as Windows-1252 (issue 16)."""

from __future__ import annotations

from pathlib import Path

from netplanner.core.imports.plan import plan_import
from netplanner.gui.transfer.import_dialog import ImportPreviewDialog
from netplanner.gui.transfer.readers import peek_csv, preview_of, read_csv


def test_the_preview_says_the_file_was_read_as_windows_1252(qtbot, context, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_bytes("Name;Organisation\r\nZoë Jansen;Café ’t Hoekje\r\n".encode("cp1252"))
    peek = peek_csv(path)
    read = read_csv(path, peek.header, peek.guessed.fields)
    assert [c.name for c in read.contacts] == ["Zoë Jansen"]
    plan = context.read(lambda session: plan_import(session, read))
    dialog = ImportPreviewDialog(preview_of(plan, "spreadsheet", path.name))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notes.isVisible()
    assert "outlook.csv" in dialog.notes.text() and "Windows-1252" in dialog.notes.text()


def test_no_note_for_utf8(qtbot, context, tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    path.write_text("Name,Organisation\nZoë Jansen,Gemeente\n", encoding="utf-8")
    peek = peek_csv(path)
    read = read_csv(path, peek.header, peek.guessed.fields)
    plan = context.read(lambda session: plan_import(session, read))
    dialog = ImportPreviewDialog(preview_of(plan, "spreadsheet", path.name))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.notes.isVisible()

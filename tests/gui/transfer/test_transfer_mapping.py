"""The column mapping of a spreadsheet import: guessed, corrected, remembered."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from netplanner.core.contacts import count_contacts
from netplanner.core.models import Contact
from netplanner.gui.transfer.import_dialog import ImportPreviewDialog
from netplanner.gui.transfer.import_flow import ImportKind
from netplanner.gui.transfer.mapping_dialog import MappingDialog
from tests.gui.probes import preview_text, set_field, tick


def test_dutch_headings_are_guessed_and_a_column_can_be_corrected(
    make_flow, context, dutch_csv: Path
) -> None:
    flow = make_flow(context)
    seen: dict[str, object] = {}

    def drive(dialog) -> bool:
        if isinstance(dialog, MappingDialog):
            assert dialog.fields() == ["name", "role", "organisation", "email", None]
            assert preview_text(dialog, 0, "name") == "Petra Kuipers"
            assert preview_text(dialog, 1, "organisation") == "Rabobank"
            assert preview_text(dialog, 0, "notes") == ""  # the last column is left out
            # No name, but an organisation: named after it (the preview can leave it out).
            assert dialog.preview.item(2, 0).text() == "Rabobank"
            set_field(dialog, 4, "notes")  # the user corrects the last column
            assert preview_text(dialog, 0, "notes") == "Kent Anna"
            seen["mapping"] = True
        if isinstance(dialog, ImportPreviewDialog):
            assert dialog.created_model.text(2, 1) == "Rabobank"
            tick(dialog.created_model, 2, 0, False)  # a junk row: untick it
            seen["counts"] = dialog.counts()
        return True

    flow.drive = drive
    summary = flow.import_file(ImportKind.CSV, dutch_csv)
    assert summary is not None and summary.left_out == 1
    assert seen["mapping"] and seen["counts"] == {
        "created": 2,
        "updated": 0,
        "skipped": 0,
        "rejected": 0,
        "left_out": 1,
    }
    assert context.read(count_contacts) == 2
    petra = context.read(lambda s: s.scalar(select(Contact).where(Contact.name == "Petra Kuipers")))
    assert (petra.role, petra.organisation, petra.email) == (
        "Teamleider",
        "Gemeente Zeist",
        "petra@zeist.example",
    )
    assert petra.notes == "Kent Anna"


def test_the_mapping_is_remembered_for_the_same_columns(
    make_flow, context, dutch_csv: Path, tmp_path: Path
) -> None:
    flow = make_flow(context)

    def correct(dialog) -> bool:
        if isinstance(dialog, MappingDialog):
            set_field(dialog, 4, "notes")
            set_field(dialog, 1, "specialism")
            return True
        return False  # cancel in the preview: the columns are remembered all the same

    flow.drive = correct
    flow.import_file(ImportKind.CSV, dutch_csv)
    other = tmp_path / "ander-bestand.csv"
    other.write_text("naam;FUNCTIE;Organisatie;E-mailadres;Opmerking over de klant\nA B;x;y;;z\n")
    shown: list[object] = []
    flow.drive = lambda dialog: shown.append(dialog) or False
    flow.import_file(ImportKind.CSV, other)
    # Not asked again: the preview says what each column is used for, as chosen before.
    (preview,) = shown
    assert isinstance(preview, ImportPreviewDialog)
    assert preview.choose_columns_button.isVisibleTo(preview)
    used = {row[0]: row[1] for row in preview.preview.columns}
    assert used["FUNCTIE"] == "Specialism"
    assert used["Opmerking over de klant"] == "Notes"
    assert context.read(count_contacts) == 0


def test_choose_columns_in_the_preview_asks_again(make_flow, context, dutch_csv: Path) -> None:
    from netplanner.gui.transfer.import_dialog import CHOOSE_COLUMNS

    flow = make_flow(context)
    answers = iter([True, CHOOSE_COLUMNS, True, True])

    def drive(dialog) -> bool | int:
        if isinstance(dialog, MappingDialog) and len(flow.shown) == 3:
            set_field(dialog, 4, "notes")  # the second time, the last column is added
        return next(answers)

    flow.drive = drive
    assert flow.import_file(ImportKind.CSV, dutch_csv) is not None
    kinds = [type(dialog).__name__ for dialog in flow.shown]
    assert kinds == ["MappingDialog", "ImportPreviewDialog", "MappingDialog", "ImportPreviewDialog"]
    petra = context.read(lambda s: s.scalar(select(Contact).where(Contact.name == "Petra Kuipers")))
    assert petra.notes == "Kent Anna"


def test_without_a_name_column_the_mapping_cannot_be_used(qtbot) -> None:
    dialog = MappingDialog("list.csv", ["Wie", "Wat"], [["Anna", "Adviseur"]], [None, "role"])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "name" in dialog.problem.text()
    set_field(dialog, 0, "name")
    assert dialog.ok_button.isEnabled()
    set_field(dialog, 1, "name")
    assert not dialog.ok_button.isEnabled()
    assert "Two columns" in dialog.problem.text()


def test_cancel_in_the_mapping_imports_nothing(make_flow, context, dutch_csv: Path) -> None:
    flow = make_flow(context)
    flow.drive = lambda dialog: False
    assert flow.import_file(ImportKind.CSV, dutch_csv) is None
    assert len(flow.shown) == 1 and isinstance(flow.shown[0], MappingDialog)
    assert context.read(count_contacts) == 0


def test_the_preview_writes_the_department_line_in_the_windows_language(
    qtbot, language: str
) -> None:
    """The notes in the preview are what the import writes: NetPlanner's label in the
    window's language, the file's own note as it is."""
    dialog = MappingDialog(
        "relaties.csv",
        ["Naam", "Bedrijf", "Afdeling", "Notities"],
        [["Ilse Mulder", "Acme", "Inkoop", "Oud-collega"]],
        ["name", "organisation", "department", "notes"],
    )
    qtbot.addWidget(dialog)
    label = {"en": "Department", "nl": "Afdeling"}[language]
    assert preview_text(dialog, 0, "notes") == f"Oud-collega {label}: Inkoop"  # one line

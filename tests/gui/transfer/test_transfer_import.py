"""Importing from LinkedIn and vCard through the preview: counts, choices, all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from netplanner.core.contacts import count_contacts
from netplanner.core.models import Contact
from netplanner.gui.transfer import import_progress
from netplanner.gui.transfer.import_dialog import ImportPreviewDialog
from netplanner.gui.transfer.import_flow import ImportKind
from netplanner.gui.transfer.import_models import DuplicatesModel
from tests.gui.probes import tick


def _contact(context, name: str) -> Contact | None:
    return context.read(lambda s: s.scalar(select(Contact).where(Contact.name == name)))


def _count_named(context, name: str) -> int:
    return context.read(
        lambda s: s.scalar(select(func.count()).select_from(Contact).where(Contact.name == name))
    )


def test_preview_counts_and_rejected_rows(make_flow, demo_context, linkedin_file) -> None:
    flow = make_flow(demo_context)
    flow.drive = lambda dialog: False  # look, then cancel
    assert flow.import_file(ImportKind.LINKEDIN, linkedin_file) is None
    dialog = flow.preview_dialog
    assert isinstance(dialog, ImportPreviewDialog)
    expected = {"created": 6, "updated": 0, "skipped": 0, "rejected": 2, "left_out": 0}
    assert dialog.counts() == expected
    assert dialog.count_labels["created"].text() == "6"
    assert "new contacts will be created" in dialog.count_labels["created_text"].text()
    rejected = dialog.rejected_model
    assert rejected.rowCount() == 2
    assert (rejected.text(0, 0), rejected.text(0, 1)) == ("9", "no first or last name")
    assert rejected.text(1, 0) == "10" and "8 columns" in rejected.text(1, 1)
    duplicates = dialog.duplicates_model
    # The same name and organisation is never a key: offered, not taken.
    merges = [duplicates.index(row, duplicates.COL_MERGE).data() for row in range(3)]
    assert merges == [
        "Merge with Carla Smit (MedApp Studio)",
        "Merge with Eva Mulder (Flex Talent)",
        "Merge with Daan Bakker (Gemeente Utrecht)",
    ]
    assert dialog.merge_choices() == {}  # unticked: a new contact
    # The new ones with the columns people recognise, the namesake Marieke among them.
    created = dialog.created_model
    assert [created.text(row, 1) for row in range(3)] == [
        "Marieke Hoekstra",
        "Дмитрий Иванов",
        "Marieke Hoekstra",
    ]
    assert [created.text(0, column) for column in range(2, 6)] == [
        "UX designer",
        "Zorgpunt Digitaal",
        "marieke@example.nl",
        "",
    ]
    assert created.headerData(2, Qt.Orientation.Horizontal) == "Role"
    assert "Import 6 contacts" in dialog.import_button.text().replace("&", "")


def test_import_creates_the_contacts(make_flow, demo_context, linkedin_file, prompts) -> None:
    flow = make_flow(demo_context)
    before = demo_context.read(count_contacts)
    changed: list[bool] = []
    demo_context.events.contacts_changed.connect(lambda: changed.append(True))
    summary = flow.import_file(ImportKind.LINKEDIN, linkedin_file)
    assert summary is not None
    assert demo_context.read(count_contacts) == before + 6
    assert _count_named(demo_context, "Marieke Hoekstra") == 2  # namesakes, both kept
    assert _contact(demo_context, "Дмитрий Иванов") is not None
    assert _count_named(demo_context, "Carla Smit") == 2  # not ticked: added as new
    assert _count_named(demo_context, "Daan Bakker") == 2
    assert changed
    assert "6 new contacts were added" in prompts.infos[-1]
    # One step on the Edit menu takes the whole import back.
    assert demo_context.undo_stack.count() == 1
    demo_context.undo_stack.undo()
    assert demo_context.read(count_contacts) == before


def test_cancel_in_the_preview_imports_nothing(
    make_flow, demo_context, linkedin_file, prompts
) -> None:
    flow = make_flow(demo_context)
    before = demo_context.read(count_contacts)
    flow.drive = lambda dialog: False
    assert flow.import_file(ImportKind.LINKEDIN, linkedin_file) is None
    assert demo_context.read(count_contacts) == before
    assert _contact(demo_context, "Carla Smit").linkedin_url == ""
    assert not prompts.errors


def test_cancel_during_the_import_rolls_everything_back(
    make_flow, demo_context, linkedin_file, prompts, monkeypatch
) -> None:
    """Clicking Cancel in the progress dialog halfway leaves the data file as it was."""
    updates: list[int] = []
    real_update = import_progress.ImportProgress.update

    def update(self, done: int, total: int) -> None:
        updates.append(done)
        if done >= 2:
            self.dialog.cancel()  # what the Cancel button does
        real_update(self, done, total)

    monkeypatch.setattr(import_progress.ImportProgress, "update", update)
    flow = make_flow(demo_context)
    before = demo_context.read(count_contacts)
    assert flow.import_file(ImportKind.LINKEDIN, linkedin_file) is None
    assert updates and max(updates) >= 2
    assert demo_context.read(count_contacts) == before
    assert _contact(demo_context, "Marieke Hoekstra") is None
    assert _contact(demo_context, "Carla Smit").linkedin_url == ""
    assert "Nothing was imported" in prompts.infos[-1]
    assert demo_context.undo_stack.count() == 0


def test_a_ticked_duplicate_updates_the_existing_contact(
    make_flow, demo_context, linkedin_file
) -> None:
    flow = make_flow(demo_context)
    daan_before = _contact(demo_context, "Daan Bakker")

    def tick_and_import(dialog) -> bool:
        if isinstance(dialog, ImportPreviewDialog):
            tick(dialog.duplicates_model, 2, DuplicatesModel.COL_MERGE, True)
            assert dialog.counts()["created"] == 5 and dialog.counts()["updated"] == 1
        return True

    flow.drive = tick_and_import
    assert flow.import_file(ImportKind.LINKEDIN, linkedin_file) is not None
    assert _count_named(demo_context, "Daan Bakker") == 1
    daan = _contact(demo_context, "Daan Bakker")
    assert daan.id == daan_before.id
    assert daan.linkedin_url == "https://www.linkedin.com/in/daanbakker"
    assert daan.organisation == "Gemeente Utrecht"  # what the user had stays


def test_a_file_that_is_not_what_it_claims_changes_nothing(
    make_flow, demo_context, tmp_path: Path, prompts
) -> None:
    binary = tmp_path / "Connections.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    flow = make_flow(demo_context)
    before = demo_context.read(count_contacts)
    for kind in (ImportKind.LINKEDIN, ImportKind.VCARD, ImportKind.CSV):
        assert flow.import_file(kind, binary) is None
    assert len(prompts.errors) == 3
    assert all("Connections.csv" in error for error in prompts.errors)
    assert "not a text file" in prompts.errors[0]
    assert flow.shown == []  # no preview, no mapping dialog
    assert demo_context.read(count_contacts) == before


def test_the_menu_asks_for_the_file_and_remembers_its_folder(
    make_flow, context, vcard_file, open_file
) -> None:
    flow = make_flow(context)
    asked = open_file(vcard_file)
    flow.ask_and_import(ImportKind.VCARD)
    assert asked == ["Import vCard file"]
    assert context.read(count_contacts) == 2
    assert context.settings.value("import/last_folder") == str(vcard_file.parent)
    open_file(None)  # cancelled: nothing happens
    assert flow.ask_and_import(ImportKind.VCARD) is None

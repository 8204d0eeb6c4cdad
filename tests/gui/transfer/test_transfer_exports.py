"""File ▸ Export writes files that read back; restoring an archive only into an empty file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import icalendar
from PySide6.QtWidgets import QMenu

from netplanner.core.contacts import count_contacts
from netplanner.gui.main_window import MainWindow
from netplanner.gui.transfer.export_actions import TransferExports
from netplanner.interchange.vcard_import import read_vcard


def _trigger(window: MainWindow, menu_name: str, text: str) -> None:
    menu = window.findChild(QMenu, menu_name)
    assert menu is not None, menu_name
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    action.trigger()


def test_every_export_from_the_menu_writes_a_file_that_reads_back(
    qtbot, demo_context, prompts, tmp_path: Path
) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    out = tmp_path / "out"
    out.mkdir()
    prompts.save_paths = [
        out / "contacts.csv",
        out / "contacts",  # typed without the ending: .vcf is added
        out / "calendar.ics",
        out / "everything.json",
    ]
    _trigger(window, "export_menu", "Contacts as CSV…")
    _trigger(window, "export_menu", "Contacts as vCard…")
    _trigger(window, "export_menu", "Upcoming conversations to calendar (.ics)…")
    _trigger(window, "export_menu", "Everything as JSON…")
    assert prompts.errors == []
    suggested = [Path(text).name for kind, text in prompts.asked if kind == "save_file"]
    assert suggested == [
        "netplanner-contacts.csv",
        "netplanner-contacts.vcf",
        "netplanner-conversations.ics",
        "netplanner-archive.json",
    ]
    total = demo_context.read(count_contacts)

    with (out / "contacts.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == total and "Şükrü Yılmaz" in {row["name"] for row in rows}
    cards = read_vcard(out / "contacts.vcf")
    assert len(cards.contacts) == total and not cards.rejected
    calendar = icalendar.Calendar.from_ical((out / "calendar.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events and any("Şükrü" in str(event.get("summary")) for event in events)
    archive = json.loads((out / "everything.json").read_text(encoding="utf-8"))
    assert archive["format"] == "netplanner-archive" and len(archive["contacts"]) == total

    assert "Exported 12 contacts to contacts.csv." in prompts.infos[0]
    assert demo_context.settings.value("export/last_folder") == str(out)
    assert not list(out.glob("*.part")) and not list(out.glob(".*"))


def test_a_failed_export_says_so_and_leaves_no_file(
    qtbot, demo_context, prompts, tmp_path: Path
) -> None:
    exports = TransferExports(demo_context, None)  # type: ignore[arg-type]
    prompts.save_paths = [tmp_path / "missing-folder" / "contacts.csv"]
    assert exports.export_csv() is None
    assert len(prompts.errors) == 1 and "contacts.csv" in prompts.errors[0]
    assert not (tmp_path / "missing-folder").exists()


def test_no_upcoming_conversations_is_said_before_asking_where(context, prompts) -> None:
    exports = TransferExports(context, None)  # type: ignore[arg-type]
    assert exports.export_ics() is None
    assert not [kind for kind, _ in prompts.asked if kind == "save_file"]
    assert "no upcoming conversations" in prompts.infos[0]


def test_restore_goes_only_into_an_empty_data_file(
    qtbot, demo_context, make_context, database_factory, prompts, open_file, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.json"
    exports = TransferExports(demo_context, None)  # type: ignore[arg-type]
    prompts.save_paths = [archive]
    assert exports.export_archive() == archive

    # Into the demo data file: refused before even asking for the file.
    asked = open_file(archive)
    assert exports.restore_archive() is False
    assert asked == []
    assert "already holds 12 contacts" in prompts.errors[-1]
    assert "only restored into an empty data file" in prompts.errors[-1]

    empty = make_context(database_factory("empty.sqlite3"))
    changed: list[bool] = []
    empty.events.contacts_changed.connect(lambda: changed.append(True))
    assert TransferExports(empty, None).restore_archive() is True  # type: ignore[arg-type]
    assert empty.read(count_contacts) == demo_context.read(count_contacts)
    assert changed and "12 contacts" in prompts.infos[-1]


def test_a_broken_archive_restores_nothing(context, prompts, open_file, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "netplanner-archive", "version": 1, "contacts": [{"ref": 1}]}')
    open_file(broken)
    assert TransferExports(context, None).restore_archive() is False  # type: ignore[arg-type]
    assert prompts.errors and "broken.json" in prompts.errors[0]
    assert context.read(count_contacts) == 0


def test_the_csv_export_uses_semicolons_where_numbers_have_a_decimal_comma(
    demo_context, prompts, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QLocale

    exports = TransferExports(demo_context, None)  # type: ignore[arg-type]
    for locale, first_line in (
        (QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands), "name;role;"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "name,role,"),
    ):
        monkeypatch.setattr(QLocale, "system", lambda chosen=locale: chosen)
        path = tmp_path / f"contacts-{locale.name()}.csv"
        prompts.save_paths = [path]
        assert exports.export_csv() == path
        assert path.read_text(encoding="utf-8-sig").startswith(first_line)

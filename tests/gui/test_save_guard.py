"""Every place the window saves a file the user chose goes through the output guard
(issue 16): a name that leads to the data file (here a link to it) or into the
backups folder is refused with a message, and the data file stays as it was."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from netplanner.gui.banks.booklet_export import BankPrinting
from netplanner.gui.banks.sharing import BankSharing
from netplanner.gui.conversations.sheet_export import export_prep_sheet
from netplanner.gui.today.print_week import export_week
from netplanner.gui.transfer.export_actions import TransferExports


def _content(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _first_conversation(context) -> int:
    from sqlalchemy import text

    return int(context.read(lambda s: s.execute(text("SELECT min(id) FROM conversation")).scalar()))


def _savers(context, parent: QWidget) -> dict[str, tuple[str, Callable[[], object]]]:
    exports = TransferExports(context, parent)
    printing = BankPrinting(context, parent, lambda _text: None)
    sharing = BankSharing(context, parent, lambda _text: None)
    return {
        "contacts csv": (".csv", exports.export_csv),
        "contacts vcard": (".vcf", exports.export_vcard),
        "archive": (".json", exports.export_archive),
        "prep sheet": (".pdf", lambda: export_prep_sheet(context, _first_conversation(context))),
        "week's sheets": (
            ".pdf",
            lambda: export_week(context, date(2000, 1, 1), date(2100, 1, 1), parent),
        ),
        "booklet": (".pdf", lambda: printing.print_booklet((1, "Bank"), [1])),
        "blank sheet": (".pdf", printing.blank_sheet),
        "bank file": (".json", lambda: sharing.export_bank(1, "Bank")),
    }


SAVERS = [
    "contacts csv",
    "contacts vcard",
    "archive",
    "prep sheet",
    "week's sheets",
    "booklet",
    "blank sheet",
    "bank file",
]


@pytest.mark.parametrize("saver", SAVERS)
def test_a_save_onto_the_data_file_is_refused(
    qtbot, demo_context, prompts, tmp_path: Path, saver: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    suffix, save = _savers(demo_context, parent)[saver]
    data = demo_context.database.path
    link = tmp_path / f"looks-harmless{suffix}"
    link.symlink_to(data)
    before = _content(data)
    prompts.save_paths = [link]
    assert save() is None
    assert len(prompts.errors) == 1 and "your data file" in prompts.errors[0]
    assert _content(data) == before and link.is_symlink()


@pytest.mark.parametrize("saver", ["contacts csv", "prep sheet", "booklet", "bank file"])
def test_a_save_into_the_backups_folder_is_refused(
    qtbot, demo_context, prompts, saver: str
) -> None:
    from netplanner.storage.sqlite.backups import make_backup

    parent = QWidget()
    qtbot.addWidget(parent)
    suffix, save = _savers(demo_context, parent)[saver]
    make_backup(demo_context.database.path)
    folder = demo_context.database.path.parent / "backups"
    prompts.save_paths = [folder / f"export{suffix}"]
    assert save() is None
    assert len(prompts.errors) == 1 and "backups folder" in prompts.errors[0]
    assert not (folder / f"export{suffix}").exists()


@pytest.mark.parametrize("saver", SAVERS)
def test_what_the_window_saves_is_private(
    qtbot, demo_context, prompts, tmp_path: Path, saver: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    suffix, save = _savers(demo_context, parent)[saver]
    target = tmp_path / f"saved{suffix}"
    prompts.save_paths = [target]
    assert save() is not None, prompts.errors
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

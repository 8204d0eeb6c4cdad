"""File ▸ New data file…, Open data file…, Open recent: the window switches between real
data files, closing the old one as quitting would, and holding the single-instance and
backup rules per file. What counts is what the window shows and what the files hold."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.datafile import open_data_file
from netplanner.gui.events import Change
from netplanner.gui.main_window import MainWindow
from netplanner.gui.recent_files import RECENT_FILES_KEY
from netplanner.gui.single_instance import SingleInstance
from netplanner.gui.unsaved import KEEP_EDITING
from netplanner.storage.sqlite.backups import list_backups
from tests.gui.test_close_keeps_typing import TYPED, type_at_end

# The answers of the dialogs: a passing trouble, and a damaged file with no backup.
TRY_AGAIN, ANOTHER, CANCEL = 0, 1, 2
START_EMPTY, DAMAGED_ANOTHER, DAMAGED_CANCEL = 0, 1, 2


def data_file(path: Path, *names: str) -> Path:
    """A real data file at ``path`` holding contacts named ``names``; closed."""
    database = open_data_file(path)
    with database.transaction() as session:
        for name in names:
            create_contact(session, ContactInput(name=name, organisation="Acme"))
    database.close()
    return path


def shown_names(window: MainWindow) -> list[str]:
    model = window.contacts_tab.table.model()
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def held_elsewhere(path: Path) -> bool:
    """True when a NetPlanner holds ``path`` (a new one would be refused)."""
    probe = SingleInstance(path)
    if probe.acquire():
        probe.release()
        return False
    return True


@pytest.fixture
def window(qtbot, demo_context) -> MainWindow:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    yield window
    window.data_files.release()
    demo_context.database.close()  # the file open last (the first is closed by its fixture)


@pytest.fixture
def other(tmp_path) -> Path:
    return data_file(tmp_path / "elsewhere" / "Ønskeliste.sqlite3", "Zoë Ødegård", "نور الهدى")


def test_open_data_file_switches_the_window_and_lets_the_old_file_go(
    window, demo_context, prompts, other
) -> None:
    first = demo_context.database.path
    window.contacts_tab.show_contact(2)
    demo_context.write(
        lambda s: create_contact(s, ContactInput(name="Jan de Vries")),
        changes=Change.CONTACTS,
        label="Add Jan",
    )
    assert demo_context.undo_stack.count() == 1
    assert list_backups(other) == []
    prompts.open_paths = [other]
    window.data_files.open_action.trigger()
    assert window.windowTitle() == "Ønskeliste.sqlite3 – NetPlanner"
    assert shown_names(window) == ["Zoë Ødegård", "نور الهدى"]
    # The tabs start over on the new file: its first contact in the form, nothing of the old.
    assert window.contacts_tab.form.edits["name"].text() == "Zoë Ødegård"
    assert demo_context.undo_stack.count() == 0, "the old file's steps do not apply here"
    assert demo_context.database.path == other
    assert len(list_backups(other)) == 1, "the daily backup, as at start"
    assert held_elsewhere(other) and not held_elsewhere(first)
    # The old file was closed whole: a fresh open sees the contact added before the switch.
    reopened = open_data_file(first, daily_backup=False)
    with reopened.session() as session:
        from netplanner.core.contacts import count_contacts

        assert count_contacts(session) == 13
    reopened.close()


def test_unsaved_edits_are_asked_about_first_and_keep_editing_keeps_the_file(
    window, demo_context, prompts, other
) -> None:
    first = demo_context.database.path
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    tab.show_contact(2)
    type_at_end(tab.form.notes, TYPED)
    prompts.choose_answers = [KEEP_EDITING]
    prompts.open_paths = [other]
    window.data_files.open_action.trigger()
    assert [kind for kind, _ in prompts.asked] == ["open_file", "choose"]
    assert demo_context.database.path == first
    assert TYPED in tab.form.notes.toPlainText()
    assert not held_elsewhere(other)


def test_a_new_data_file_is_made_empty_and_never_over_another(
    window, demo_context, prompts, tmp_path
) -> None:
    new = tmp_path / "mine" / "Mijn netwerk"
    new.parent.mkdir()
    prompts.save_paths = [new]
    prompts.choose_answers = [1]  # the example network? Start empty
    window.data_files.new_action.trigger()
    made = new.with_name("Mijn netwerk.sqlite3")
    assert demo_context.database.path == made and made.is_file()
    assert shown_names(window) == []
    assert window.windowTitle() == "Mijn netwerk.sqlite3 – NetPlanner"
    assert any("example network" in text for kind, text in prompts.asked if kind == "choose")
    # A name that exists is never overwritten: NetPlanner offers to open it instead.
    existing = data_file(tmp_path / "mine" / "kept.sqlite3", "Anna Bos")
    before = existing.read_bytes()
    prompts.save_paths, prompts.choose_answers = [existing], [1]  # Cancel
    window.data_files.new_action.trigger()
    assert demo_context.database.path == made
    assert existing.read_bytes() == before
    prompts.save_paths, prompts.choose_answers = [existing], [0]  # Open it
    window.data_files.new_action.trigger()
    assert shown_names(window) == ["Anna Bos"]


def recent_texts(window: MainWindow) -> list[str]:
    menu: QMenu = window.data_files.recent_menu
    menu.aboutToShow.emit()
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_open_recent_lists_the_files_opened_before_and_forgets_missing_ones(
    window, demo_context, prompts, other, tmp_path, settings
) -> None:
    first = demo_context.database.path
    assert recent_texts(window)[0] == "No other data files opened yet"
    third = data_file(tmp_path / "third.sqlite3", "Carla Smit")
    for path in (other, third):
        prompts.open_paths = [path]
        window.data_files.open_action.trigger()
    texts = recent_texts(window)
    assert texts[0].startswith("&1 Ønskeliste.sqlite3  (")
    assert texts[1].startswith(f"&2 {first.name}  (")
    assert texts[-1] == "&Clear list"
    # From the menu: back to the first file.
    window.data_files.recent_menu.actions()[1].trigger()
    assert demo_context.database.path == first and len(shown_names(window)) == 12
    # A file that went away is not offered, and is forgotten.
    other.unlink()
    assert [t for t in recent_texts(window) if "Ønskeliste" in t] == []
    assert all("Ønskeliste" not in p for p in settings.value(RECENT_FILES_KEY))
    clear = window.data_files.recent_menu.actions()[-1]
    clear.trigger()
    assert recent_texts(window)[0] == "No other data files opened yet"


HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    if sys.argv[2] == "whole":  # readers shut out too, as some sync and backup tools do
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("UPDATE contact SET notes = notes")
    print("held", flush=True)
    sys.stdin.readline()
    """
)


@contextmanager
def locked(path: Path, how: str) -> Iterator[None]:
    """Another program holds ``path``: for writing ("write"), or whole ("whole")."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.communicate("done\n", timeout=10)


def test_a_file_another_program_holds_try_again_then_cancel_keeps_the_old_file(
    window, demo_context, prompts, other
) -> None:
    first = demo_context.database.path
    before = other.read_bytes()
    with locked(other, "whole"):
        prompts.problem_answers = [TRY_AGAIN, CANCEL]
        prompts.open_paths = [other]
        window.data_files.open_action.trigger()
    said = [text for kind, text in prompts.asked if kind == "problem"]
    assert said == ["Another program is using the data file; close it and try again."] * 2
    assert demo_context.database.path == first and len(shown_names(window)) == 12
    assert other.read_bytes() == before, "a locked file is left as it was"
    assert not held_elsewhere(other), "nothing of the locked file is kept"


def test_a_file_another_program_writes_to_opens_and_says_so_at_the_first_edit(
    window, demo_context, prompts, other
) -> None:
    with locked(other, "write"):
        prompts.open_paths = [other]
        window.data_files.open_action.trigger()
        assert shown_names(window) == ["Zoë Ødegård", "نور الهدى"]
        prompts.problem_answers = [1]  # Cancel
        saved = demo_context.write(
            lambda s: create_contact(s, ContactInput(name="Anna Bos")),
            changes=Change.CONTACTS,
        )
        assert saved is None
        assert prompts.asked[-1] == (
            "problem",
            "Another program is using the data file; close it and try again.",
        )
    assert demo_context.write(
        lambda s: create_contact(s, ContactInput(name="Anna Bos")), changes=Change.CONTACTS
    )
    assert "Anna Bos" in shown_names(window)


def test_a_damaged_file_offers_another_file_and_cancel_keeps_the_old_one(
    window, demo_context, prompts, other, tmp_path
) -> None:
    first = demo_context.database.path
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    prompts.open_paths = [damaged, other]
    prompts.choose_answers = [DAMAGED_ANOTHER]
    window.data_files.open_action.trigger()
    kinds = [kind for kind, _ in prompts.asked]
    assert kinds == ["open_file", "choose", "open_file"]
    assert "damaged" in prompts.asked[1][1]
    assert demo_context.database.path == other, "the file picked instead is open"
    # Cancel on a damaged file: the window keeps the file it has.
    prompts.asked.clear()
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    prompts.open_paths, prompts.choose_answers = [damaged], [DAMAGED_CANCEL]
    window.data_files.open_action.trigger()
    assert demo_context.database.path == other
    assert shown_names(window) == ["Zoë Ødegård", "نور الهدى"]
    assert first.exists()


OTHER_NETPLANNER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from netplanner.gui.single_instance import SingleInstance
    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    assert instance.acquire()
    instance.listen()
    instance.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    print("ready", flush=True)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    instance.release()
    """
)


def test_a_file_open_in_another_netplanner_is_brought_to_the_front_there(
    window, demo_context, prompts, other
) -> None:
    first = demo_context.database.path
    elsewhere = subprocess.Popen(
        [sys.executable, "-c", OTHER_NETPLANNER, str(other)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert elsewhere.stdout.readline().strip() == "ready"
        prompts.open_paths = [other]
        window.data_files.open_action.trigger()
        said, _ = elsewhere.communicate(timeout=15)
    finally:
        elsewhere.kill()
    assert said.strip() == "raised", "the other NetPlanner was asked to come to the front"
    assert prompts.infos and "already open with this data file" in prompts.infos[0]
    assert demo_context.database.path == first and len(shown_names(window)) == 12


def test_opening_the_file_already_shown_does_nothing(window, demo_context, prompts) -> None:
    first = demo_context.database.path
    prompts.open_paths = [first.parent / "." / first.name]
    window.data_files.open_action.trigger()
    assert demo_context.database.path == first
    assert "already open" in window.statusBar().currentMessage()


def test_open_starts_in_the_folder_of_the_file_open_now_then_where_one_was_opened(
    window, demo_context, prompts, other
) -> None:
    """Not Documents: the file a first start made lives where the user would not look."""
    prompts.open_paths = [None]
    window.data_files.open_action.trigger()
    assert prompts.asked[-1] == ("open_file", str(demo_context.database.path.parent))
    prompts.open_paths = [other, None]
    window.data_files.open_action.trigger()
    assert demo_context.database.path == other
    window.data_files.open_action.trigger()
    assert prompts.asked[-1] == ("open_file", str(other.parent))

"""*File → Connect to a practice server…*: the window switches to the person's rows on
the server; the address is remembered, the password only in the keyring (when asked)
and never in the settings."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from netplanner.core.contacts import list_contact_rows
from netplanner.gui.context import AppContext
from netplanner.gui.main_window import MainWindow
from netplanner.gui.practice_connect import KEYRING_SERVICE, Address, connect_to_practice


class MemoryKeyring(KeyringBackend):
    """Stands in for the system keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def test_connect_switches_the_window_and_keeps_the_password_out_of_the_settings(
    qtbot,
    context: AppContext,
    prompts,
    tmp_path: Path,
    memory_keyring,
    practice_template,
    practice_db,
) -> None:
    t = practice_template
    host = make_url(t.server.admin_url).query["host"]
    assert isinstance(host, str)
    window = MainWindow(context)
    qtbot.addWidget(window)
    backup_action = window._file_actions[0]
    assert backup_action.isVisible()
    asked: list[tuple[Address | None, str, bool]] = []
    answers = [
        (Address(host, practice_db, "nobody_here"), "pw-1", True),  # refused: asked again
        (Address(host, practice_db, t.anna), "s3cret-pw", True),
    ]

    def ask(address, password, can_remember):
        asked.append((address, password, can_remember))
        return answers.pop(0)

    assert connect_to_practice(context, ask)
    assert len(prompts.errors) == 1 and "nobody_here" in prompts.errors[0]
    assert "s3cret" not in prompts.errors[0] and "pw-1" not in prompts.errors[0]
    assert context.database.server is not None
    assert context.read(list_contact_rows) == []  # Anna's rows: none yet
    window.practice.update()
    assert not backup_action.isVisible()
    context.settings.sync()
    saved = Path(context.settings.fileName()).read_text(encoding="utf-8")
    assert t.anna in saved and "s3cret-pw" not in saved
    assert memory_keyring.items == {
        (KEYRING_SERVICE, f"{t.anna}@{host}/{practice_db}"): "s3cret-pw"
    }
    # Next time: the address and the password are offered again.
    answers.append(None)
    assert not connect_to_practice(context, ask)
    assert asked[-1] == (Address(host, practice_db, t.anna), "s3cret-pw", True)
    context.database.close()


def test_share_with_a_coach_and_stop(qtbot, make_context, practice_template, practice_db) -> None:
    from sqlalchemy import func, select

    from netplanner.core.demo.example import load_demo
    from netplanner.core.models import Contact
    from netplanner.datafile import open_data_file
    from netplanner.gui.coach_sharing import NONE, READ, CoachSharingDialog

    t = practice_template
    anna = open_data_file(t.location(practice_db, t.anna))
    with anna.transaction() as session:
        load_demo(session)
    context = make_context(anna)
    coach = open_data_file(t.location(practice_db, t.coach))

    def seen() -> int:
        with coach.session() as session:
            return session.scalar(select(func.count()).select_from(Contact)) or 0

    try:
        dialog = CoachSharingDialog(context)
        qtbot.addWidget(dialog)
        assert [c.name for c in dialog.coaches] == ["Coach Carla"]
        assert dialog.choices[0].currentIndex() == NONE
        dialog.choices[0].setCurrentIndex(READ)
        dialog.save()
        assert seen() == 12
        again = CoachSharingDialog(context)
        qtbot.addWidget(again)
        assert again.choices[0].currentIndex() == READ
        again.choices[0].setCurrentIndex(NONE)
        again.save()
        assert seen() == 0
    finally:
        coach.close()
        anna.close()


def test_a_server_that_fails_mid_work_is_a_passing_trouble_not_a_bug(qapp) -> None:
    """A row held too long by another session, or a connection lost: *Try again*."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    from netplanner.gui.data_trouble import trouble_of

    for failure in (
        psycopg.errors.LockNotAvailable("canceling statement due to lock timeout"),
        psycopg.OperationalError("server closed the connection unexpectedly"),
    ):
        trouble = trouble_of(OperationalError("UPDATE contact …", {}, failure))
        assert trouble is not None and trouble.passing
        assert "practice server cannot be used just now" in trouble.text
        assert str(failure) in trouble.text


def test_refresh_shows_what_someone_else_saved(qtbot, demo_context: AppContext) -> None:
    """No event tells this window what a coach or another window saved: F5 reloads."""
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    tab = window.contacts_tab
    with demo_context.database.transaction() as session:  # elsewhere, unannounced
        new_id = create_contact(session, ContactInput(name="Ngozi Okonkwo-Adeyemi")).id
    assert tab.model.row_of(new_id) is None
    window.practice.refresh.trigger()
    assert tab.model.row_of(new_id) is not None

"""*File → Coach overview…*: a coach on a practice server sees, per client who shares
their data, the figures of the client's own Progress tab; a client who does not share is
not listed, and the entry is there for a coach's login only."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from sqlalchemy import func, select

from netplanner.core.clock import utc_now
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.demo.example import load_demo
from netplanner.core.enums import ConversationStatus
from netplanner.core.followups.stored import create_follow_up
from netplanner.core.models import FollowUp
from netplanner.core.progress import progress_report
from netplanner.datafile import open_data_file
from netplanner.gui.coach_overview import (
    CLIENT,
    HELD,
    NAMES,
    OPEN,
    OVERDUE,
    PER_WEEK,
    CoachOverviewDialog,
)
from netplanner.gui.main_window import MainWindow
from netplanner.storage.postgresql import grants, practice

ZHANG = "张伟 (Zhāng Wěi)"


def _file_entry(window: MainWindow, text: str):
    """The File menu's entry whose text (without its & marks) is ``text``, if shown."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    for action in file_menu.actions():
        if action.text().replace("&", "") == text:
            return action if action.isVisible() else None
    return None


def _share(database) -> None:
    with database.transaction() as session:
        (coach,) = grants.coaches(session)
        grants.grant(session, coach)


def _cells(dialog: CoachOverviewDialog) -> list[list[str]]:
    table = dialog.table
    if not table.isVisibleTo(dialog):
        return []
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_coach_sees_the_clients_who_share_and_their_own_progress_figures(
    qtbot, make_context, practice_template, practice_db
) -> None:
    t, now = practice_template, utc_now()
    zhang_role = practice.add_member(
        t.location(practice_db, "postgres"), "client", ZHANG, password=False
    ).role
    anna = open_data_file(t.location(practice_db, t.anna))
    bram = open_data_file(t.location(practice_db, t.bram))
    zhang = open_data_file(t.location(practice_db, zhang_role))
    coach = open_data_file(t.location(practice_db, t.coach))
    try:
        with anna.transaction() as session:
            load_demo(session)
        for client, name in ((bram, "Sem Bos"), (zhang, "Li Na")):
            with client.transaction() as session:
                contact = create_contact(session, ContactInput(name=name)).id
                create_conversation(
                    session,
                    ConversationInput(
                        contact_id=contact,
                        status=ConversationStatus.HELD.value,
                        starts_at=now - timedelta(days=1),
                    ),
                )
                create_follow_up(session, "Send the thank-you", now - timedelta(days=2), contact)
                create_follow_up(session, "Ask about the team", now + timedelta(days=3), contact)
        _share(anna)
        _share(zhang)  # Bram does not share

        window = MainWindow(make_context(coach))
        qtbot.addWidget(window)
        entry = _file_entry(window, "Coach overview…")
        assert entry is not None
        entry.trigger()
        dialog = window.findChild(CoachOverviewDialog)
        assert isinstance(dialog, CoachOverviewDialog) and dialog.isVisible()
        rows = _cells(dialog)
        assert [row[CLIENT] for row in rows] == ["Anna de Vries", ZHANG]
        for row, client in zip(rows, (anna, zhang), strict=True):
            with client.session() as session:  # what the client's own Progress tab reads
                own = progress_report(session, weeks=8)
                open_count = session.scalar(
                    select(func.count()).select_from(FollowUp).where(FollowUp.done_at.is_(None))
                )
            assert row[HELD] == str(own.conversations_held)
            assert row[NAMES] == str(own.names_gained)
            assert row[PER_WEEK].split() == [str(int(p.value or 0)) for p in own.held_per_week]
            assert row[OPEN] == str(open_count)
        assert rows[1][HELD : OVERDUE + 1] == ["1", "0", "2", "1"]
        assert rows[1][PER_WEEK].split()[-1] in ("1", "0")  # yesterday: this week or last

        # Bram shares, Anna stops: the next Refresh shows it.
        _share(bram)
        with anna.transaction() as session:
            (coach_of_anna,) = grants.coaches(session)
            grants.revoke(session, coach_of_anna)
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        assert [row[CLIENT] for row in _cells(dialog)] == ["Bram Bakker", ZHANG]
        # Asked again from the menu: the same window, not a second one.
        entry.trigger()
        assert len(window.findChildren(CoachOverviewDialog)) == 1
    finally:
        for database in (anna, bram, zhang, coach):
            database.close()


def test_nobody_shares_yet_says_so(qtbot, make_context, practice_template, practice_db) -> None:
    coach = open_data_file(practice_template.location(practice_db, practice_template.coach))
    try:
        dialog = CoachOverviewDialog(make_context(coach))
        qtbot.addWidget(dialog)
        dialog.show()
        assert _cells(dialog) == []
        assert dialog.empty.isVisible() and "No client shares" in dialog.empty.text()
    finally:
        coach.close()


def test_only_a_coachs_login_has_the_entry(
    qtbot, make_context, context, practice_template, practice_db
) -> None:
    file_window = MainWindow(context)
    qtbot.addWidget(file_window)
    assert _file_entry(file_window, "Coach overview…") is None
    anna = open_data_file(practice_template.location(practice_db, practice_template.anna))
    try:
        window = MainWindow(make_context(anna))
        qtbot.addWidget(window)
        assert _file_entry(window, "Share with a coach…") is not None
        assert _file_entry(window, "Coach overview…") is None
    finally:
        anna.close()

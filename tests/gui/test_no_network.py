"""NetPlanner makes no network connection, ever: a whole session runs with sockets disabled.

pytest-socket makes creating any Python socket raise. The session starts the GUI on a
fresh data file, takes the example data, imports a bank file, exports a prep sheet
whose notes hold an <img src="http://…">, makes a backup, imports contacts from a
LinkedIn export and a vCard file, and exports CSV, vCard, calendar and JSON.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_socket

from netplanner.core.banks import bank_content
from netplanner.core.conversations import ConversationInput, get_conversation, update_conversation
from netplanner.interchange.bank_file import read_bank_file, write_bank_file


@pytest.fixture
def no_sockets():
    pytest_socket.disable_socket(allow_unix_socket=False)
    yield
    pytest_socket.enable_socket()


def test_guard_is_real(no_sockets) -> None:
    import socket

    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_a_whole_session_without_network(
    qtbot, no_sockets, make_context, database, prompts, tmp_path: Path
) -> None:
    from netplanner.gui.app import offer_example_data
    from netplanner.gui.main_window import MainWindow
    from netplanner.storage.sqlite.backups import make_backup

    context = make_context(database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    prompts.choose_answers = [0]
    offer_example_data(context)
    assert window.contacts_tab.visible_row_count() == 12

    with database.transaction() as session:
        conversation = get_conversation(session, 2)
        data = ConversationInput(
            contact_id=conversation.contact_id,
            kind=conversation.kind,
            status=conversation.status,
            starts_at=conversation.starts_at,
            notes='See <img src="http://example.invalid/track.png"> & <a href="https://x.invalid">',
        )
        update_conversation(session, 2, data)
        content = bank_content(session, 1)
    bank_file = tmp_path / "bank.json"
    write_bank_file(content, bank_file)
    from netplanner.core.banks import import_bank

    with database.transaction() as session:
        import_bank(session, read_bank_file(bank_file))
    context.events.banks_changed.emit()

    sheet = tmp_path / "sheet.pdf"
    prompts.save_paths = [sheet]
    window.conversations_tab.show_conversation(2)
    window.conversations_tab.export_sheet()
    assert sheet.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "http://example.invalid/track.png" in text
    make_backup(database.path)

    # Contacts in from LinkedIn and a phone's vCard, everything out in every format.
    from netplanner.core.imports.apply import apply_import
    from netplanner.core.imports.plan import plan_import
    from netplanner.interchange.csv_export import write_contacts_csv
    from netplanner.interchange.ics_export import write_conversations_ics
    from netplanner.interchange.json_archive import write_archive
    from netplanner.interchange.linkedin import read_linkedin
    from netplanner.interchange.vcard_export import write_contacts_vcard
    from netplanner.interchange.vcard_import import read_vcard

    fixtures = Path(__file__).parents[1] / "interchange" / "fixtures"
    with database.transaction() as session:
        for read in (
            read_linkedin(fixtures / "linkedin_connections.csv"),
            read_vcard(fixtures / "contacts_40.vcf"),
        ):
            apply_import(session, plan_import(session, read))
    context.events.contacts_changed.emit()
    assert window.contacts_tab.visible_row_count() > 12
    with database.transaction() as session:
        write_contacts_csv(session, tmp_path / "contacts.csv")
        write_contacts_vcard(session, tmp_path / "contacts.vcf")
        write_conversations_ics(session, tmp_path / "upcoming.ics")
        write_archive(session, tmp_path / "everything.json")
    for name in ("contacts.csv", "contacts.vcf", "upcoming.ics", "everything.json"):
        assert (tmp_path / name).stat().st_size > 100

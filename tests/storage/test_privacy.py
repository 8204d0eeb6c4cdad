"""What the user deletes does not linger in the data file."""

from __future__ import annotations

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, delete_contact


def test_deleted_notes_are_not_left_in_the_file(database) -> None:
    secret = "Secret-note-about-Bert-7f3a9c"
    with database.transaction() as session:
        bert = create_contact(session, ContactInput(name="Bert", notes=secret * 50))
    with database.transaction() as session:
        delete_contact(session, bert.id)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    files = [database.path, database.path.with_name(database.path.name + "-wal")]
    blob = b"".join(path.read_bytes() for path in files if path.exists())
    assert secret.encode() not in blob

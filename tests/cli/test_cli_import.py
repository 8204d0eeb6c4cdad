"""``netplanner import linkedin|vcard|csv FILE [--dry-run]``: the summary, and refusals."""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from netplanner.cli.errors import EXIT_USAGE, CommandError
from netplanner.cli.importing import add_contact_formats, import_command
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.models import Contact
from netplanner.storage.database import Database

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"


@pytest.fixture(autouse=True)
def _unfreeze() -> Iterator[None]:
    """The command freezes what exists for the process's exit; this process goes on."""
    yield
    gc.unfreeze()


def _count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Contact)) or 0)


def test_the_import_command_is_a_format_of_import(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser(prog="netplanner")
    imports = parser.add_subparsers(dest="format", required=True)
    add_contact_formats(imports)
    args = parser.parse_args(["linkedin", str(tmp_path / "c.csv"), "--dry-run"])
    assert (args.format, args.file, args.dry_run) == ("linkedin", tmp_path / "c.csv", True)
    assert parser.parse_args(["vcard", "x.vcf"]).dry_run is False
    with pytest.raises(SystemExit):
        parser.parse_args(["json-ish", "x"])


def test_dry_run_shows_the_summary_and_changes_nothing_then_the_import_does_it(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with database.transaction() as session:
        create_contact(session, ContactInput("Jan Willem Bos", organisation="Rabobank"))
    file = FIXTURES / "linkedin_connections.csv"
    assert import_command(database.path, "linkedin", file, dry_run=True) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "LinkedIn file linkedin_connections.csv: 7 rows read."
    assert "To create: 6" in out
    assert "  row 10: no first or last name" in out
    assert any(
        line.startswith("  row 9: Jan-Willem Bos (Rabobank) looks like Jan Willem Bos (Rabobank)")
        for line in out
    )
    assert out[-1] == "Dry run: nothing was changed."
    assert _count(database) == 1

    assert import_command(database.path, "linkedin", file, dry_run=False) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Created: 6" in out and "Dry run: nothing was changed." not in out
    assert _count(database) == 7
    assert import_command(database.path, "linkedin", file, dry_run=False) == 0
    out = capsys.readouterr().out.splitlines()
    # Importing the same file again changes nothing.
    assert "Created: 0" in out and "Updated: 0" in out
    assert "Skipped: 6 (0 twice in the file, 6 already known)" in out


def test_a_vcard_import_names_cards_and_completes_known_people(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        import_command(database.path, "linkedin", FIXTURES / "linkedin_connections.csv", False) == 0
    )
    capsys.readouterr()
    assert import_command(database.path, "vcard", FIXTURES / "android_21.vcf", False) == 0
    out = capsys.readouterr().out
    assert "vCard file android_21.vcf: 3 cards read." in out
    assert "Used properties: EMAIL → email; FN → name; N → name parts;" in out
    # Dmitry shares his e-mail address with the LinkedIn row: the same person for sure,
    # and the card says what kind of address it is.
    assert "Updated: 1 (only empty fields are filled; nothing you wrote is overwritten)" in out
    assert "  card 2: Дмитрий Иванов – email kind" in out
    # Şükrü shares only the name and organisation: offered, never taken for sure.
    assert "Created: 2" in out
    assert (
        "  card 1: Şükrü Yılmaz (Gemeente Rotterdam) looks like Şükrü Yılmaz (Gemeente "
        "Rotterdam) (ID 1): the same name"
    ) in out


@pytest.mark.parametrize(
    ("kind", "name", "content", "message"),
    [
        ("linkedin", "contacts.vcf", (FIXTURES / "apple_30.vcf").read_bytes(), "vCard"),
        ("vcard", "Connections.csv", b"First Name,Last Name\nA,B\n", "not a vCard file"),
        ("csv", "lijst.csv", b"\x00\xff" * 300, "not a text file"),
        ("csv", "lijst.csv", b"Naam|Functie\nAnna|Adviseur\n", "vertical bars"),
    ],
)
def test_a_file_that_is_not_what_it_claims_imports_nothing(
    database: Database, tmp_path: Path, kind: str, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as error:
        import_command(database.path, kind, path, dry_run=False)
    assert error.value.code == EXIT_USAGE
    assert str(error.value).endswith("Nothing was imported.") and "\n" not in str(error.value)
    assert _count(database) == 0


def test_a_1_gb_file_and_a_missing_file_are_refused_at_once(
    database: Database, tmp_path: Path
) -> None:
    huge = tmp_path / "Connections.csv"
    with huge.open("wb") as handle:
        handle.truncate(1 << 30)
    started = time.perf_counter()
    with pytest.raises(CommandError, match="more than NetPlanner imports at once") as error:
        import_command(database.path, "linkedin", huge, dry_run=True)
    assert error.value.code == EXIT_USAGE and time.perf_counter() - started < 0.5
    with pytest.raises(CommandError, match="no such file") as error:
        import_command(database.path, "csv", tmp_path / "missing.csv", dry_run=False)
    assert error.value.code == EXIT_USAGE


def test_import_through_main(tmp_path, capsys) -> None:
    from netplanner.cli import main

    db = tmp_path / "d.sqlite3"
    source = Path(__file__).parents[1] / "interchange" / "fixtures" / "linkedin_connections.csv"
    assert main(["--db", str(db), "import", "linkedin", str(source), "--dry-run"]) == 0
    assert "To create: 6" in capsys.readouterr().out
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"\x00" * 100)
    assert main(["--db", str(db), "import", "csv", str(bad)]) == 2
    assert "Nothing was imported." in capsys.readouterr().err


#: What a source UID made from a row starts with (a row with no other key gets one).
ROW_UID = "netplanner-row-"


def _contact_rows(database: Database) -> list[dict[str, object]]:
    with database.engine.connect() as connection:
        result = connection.exec_driver_sql("SELECT * FROM contact ORDER BY id")
        rows = [dict(row._mapping) for row in result]
    for row in rows:
        assert row.pop("created_at") == row.pop("updated_at")
        # A file's rows are its one person's (owner ''), each at its first version.
        assert (row.pop("owner"), row.pop("version")) == ("", 1)
        if str(row["source_uid"]).startswith(ROW_UID):
            assert len(row["source_uid"]) == len(ROW_UID) + 24
            row["source_uid"] = ROW_UID
    return rows


def _contact(contact_id: int, name: str, **fields: object) -> dict[str, object]:
    empty = ("role", "specialism", "organisation", "sector", "region", "email", "phone")
    row: dict[str, object] = {"id": contact_id, "name": name, **dict.fromkeys(empty, "")}
    row |= {"linkedin_url": "", "how_we_know": "", "introduced_by_id": None}
    row |= {"introduced_in_id": None, "notes": "", "tags": "", "source": "linkedin"}
    more = ("email_kind", "phone_kind", "website", "nickname", "name_prefix", "given_name")
    more += ("additional_names", "family_name", "name_suffix", "birthday", "street")
    more += ("postal_code", "city", "address_region", "country", "source_uid")
    row |= dict.fromkeys(more, "")
    return row | fields


def test_every_field_of_imported_rows_as_written(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field by field: cleaned cells, names in any script, short and long rows, dates,
    and every row a connection of its own, even one with the same profile URL."""
    path = tmp_path / "Connections.csv"
    lines = [
        "Notes:",
        '"Some e-mail addresses are missing, see https://www.linkedin.com/help"',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        " Anna , de Vries ,https://www.linkedin.com/in/AnnaDV/,,ING, Adviseur ,15 Mar 2024",
        "小明,王,,,华为,产品经理,15-Mar-24",
        "Piet,,,piet@example.nl,KPN",
        "Zoë,Claes,https://nl.linkedin.com/in/zoe,,,CTO,31 Feb 2024,,  ",
        "Sem,Bos,,,Rabobank,Manager, retail,01 Jan 2020",
        ",,https://www.linkedin.com/in/ghost,,,,",
        ",,,,,,",
        "Eva,Kok,,,," + "R" * 301 + ",",
        "anna,DE VRIES,HTTPS://WWW.LINKEDIN.COM/in/annadv?trk=x,anna@ing.example,,,2024-03-15",
        "Zoe,Claes,,zoe@example.be,Café de Zon,,",
    ]
    path.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    assert import_command(database.path, "linkedin", path, dry_run=False) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "LinkedIn file Connections.csv: 9 rows read."
    assert out[2:] == [
        "Created: 6",
        "Updated: 0",
        "Skipped: 0",
        "Rejected: 3",
        "  row 9: 8 columns where the header has 7 "
        "(a comma in a name or position without quotes around it?)",
        "  row 10: no first or last name",
        "  row 12: role: longer than 300 characters",
        "Read in part: 1 (the rest of the row was kept)",
        "  row 8: “31 Feb 2024” under Connected On is not a date; it was left out",
    ]
    assert _contact_rows(database) == [
        _contact(
            1,
            "Anna de Vries",
            role="Adviseur",
            organisation="ING",
            linkedin_url="https://www.linkedin.com/in/AnnaDV/",
            how_we_know="LinkedIn connection since 15 March 2024",
            given_name="Anna",
            family_name="de Vries",
        ),
        _contact(
            2,
            "王小明",
            role="产品经理",
            organisation="华为",
            how_we_know="LinkedIn connection since 15 March 2024",
            given_name="小明",
            family_name="王",
            source_uid=ROW_UID,
        ),
        _contact(3, "Piet", organisation="KPN", email="piet@example.nl", given_name="Piet"),
        _contact(
            4,
            "Zoë Claes",
            role="CTO",
            linkedin_url="https://nl.linkedin.com/in/zoe",
            given_name="Zoë",
            family_name="Claes",
        ),
        _contact(
            5,
            "anna DE VRIES",
            email="anna@ing.example",
            linkedin_url="HTTPS://WWW.LINKEDIN.COM/in/annadv?trk=x",
            how_we_know="LinkedIn connection since 15 March 2024",
            given_name="anna",
            family_name="DE VRIES",
        ),
        _contact(
            6,
            "Zoe Claes",
            organisation="Café de Zon",
            email="zoe@example.be",
            given_name="Zoe",
            family_name="Claes",
        ),
    ]


def test_an_older_export_without_url_column(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Pieter,Jansen,p@asml.example,ASML,Engineer,12 Apr 2017\n"
        "Sanne,Visser\n",
        encoding="utf-8",
    )
    assert import_command(database.path, "linkedin", path, dry_run=False) == 0
    assert _contact_rows(database) == [
        _contact(
            1,
            "Pieter Jansen",
            role="Engineer",
            organisation="ASML",
            email="p@asml.example",
            how_we_know="LinkedIn connection since 12 April 2017",
            given_name="Pieter",
            family_name="Jansen",
        ),
        # No URL and no e-mail address: a key made from the row recognises it next time.
        _contact(2, "Sanne Visser", given_name="Sanne", family_name="Visser", source_uid=ROW_UID),
    ]


def test_the_cycle_collector_runs_again_after_an_import_done_or_refused(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        import_command(database.path, "linkedin", FIXTURES / "linkedin_connections.csv", False) == 0
    )
    assert gc.isenabled()
    bad = tmp_path / "Connections.csv"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(CommandError):
        import_command(database.path, "linkedin", bad, dry_run=False)
    assert gc.isenabled()
    gc.disable()
    try:
        import_command(database.path, "linkedin", FIXTURES / "linkedin_connections.csv", True)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_an_import_into_a_damaged_file_moves_it_aside_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damaged_demo_file
) -> None:
    from netplanner.cli import main

    db = damaged_demo_file("contact")
    damaged = db.read_bytes()
    capsys.readouterr()
    source = FIXTURES / "linkedin_connections.csv"
    assert main(["--db", str(db), "import", "linkedin", str(source)]) == 1
    error = capsys.readouterr().err
    assert "moved aside" in error and "netplanner restore" in error
    moved = tmp_path.glob("data.sqlite3.damaged-*")
    (moved,) = [path for path in moved if not path.name.endswith(("-wal", "-shm"))]
    assert moved.read_bytes() == damaged  # kept as it was, for rescue


def test_an_import_into_an_older_file_upgrades_it_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil
    import sqlite3

    from netplanner.cli import main
    from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS
    from netplanner.storage.sqlite.revision import read_revision

    db = tmp_path / "data.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "storage" / "fixtures" / "revision_0001.sqlite3", db)
    assert read_revision(db) == KNOWN_REVISIONS[0] != HEAD_REVISION
    with sqlite3.connect(db) as connection:
        (before,) = connection.execute("SELECT count(*) FROM contact").fetchone()
    connection.close()
    source = FIXTURES / "linkedin_connections.csv"
    assert main(["--db", str(db), "import", "linkedin", str(source)]) == 0
    assert "Created: 6" in capsys.readouterr().out
    assert read_revision(db) == HEAD_REVISION
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (before + 6,)
    connection.close()


def test_an_import_failing_halfway_saves_nothing(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the command line's own connection (no SQLAlchemy) as in the window's session."""
    from netplanner.core.imports import apply
    from netplanner.datafile import connect_ready

    ready = connect_ready(database.path, daily_backup=False)
    assert ready is not None  # the file is at head: the import takes the sqlite3 path
    ready.close()

    def fail(*_args: object) -> int:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(apply, "_link_introducers", fail)
    with pytest.raises(RuntimeError, match="disk went away"):
        import_command(database.path, "linkedin", FIXTURES / "linkedin_connections.csv", False)
    assert _count(database) == 0


def test_introductions_and_filled_fields_are_stamped_with_the_import(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """On the command line's own connection: RELATED names become "introduced by", empty
    fields are filled, and both changes carry the import's time as their last change."""
    from datetime import UTC, datetime

    from netplanner.core.imports import apply

    with database.transaction() as session:
        create_contact(
            session, ContactInput("Petra Jansen", organisation="ING", email="petra@example.nl")
        )
    moment = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
    monkeypatch.setattr(apply, "utc_now", lambda: moment)
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Petra Jansen\r\nORG:ING\r\n"
        "EMAIL:petra@example.nl\r\nTEL:+31 20 555 0101\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mirjam de Boer\r\n"
        "RELATED;VALUE=text:Petra Jansen\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert import_command(database.path, "vcard", cards, False) == 0
    out = capsys.readouterr().out
    assert "Created: 1" in out and "Updated: 1" in out and "Introduced by: set for 1" in out
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT c.name, c.phone, i.name, c.updated_at FROM contact AS c "
            "LEFT JOIN contact AS i ON c.introduced_by_id = i.id ORDER BY c.id"
        ).all()
    stamp = "2026-03-04 05:06:07.890123"
    assert [tuple(row) for row in rows] == [
        ("Petra Jansen", "+31 20 555 0101", None, stamp),
        ("Mirjam de Boer", "", "Petra Jansen", stamp),
    ]

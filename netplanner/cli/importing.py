"""``netplanner import FORMAT FILE``: read data from a file.

``linkedin``, ``vcard`` and ``csv`` bring a network in (``--dry-run`` shows what would
happen); ``json`` restores an archive (``export json``) into an empty data file, and a
broken archive, or a data file that is not empty, changes nothing (exit 2); ``bank``
registers from :mod:`netplanner.cli.bank`.

A network import prints what the GUI's import preview shows: which columns are used
for what and which are left out, how many contacts are created, updated (empty fields
filled, nothing overwritten), skipped and rejected (with row numbers and reasons), what
of a row could not be read, and the likely duplicates, which are added as new contacts
(merge them in the app when they are the same person). ``--dry-run`` changes nothing.

Texts the import writes into contacts ("LinkedIn connection since 15 March 2024") are
in the language the command speaks (:mod:`netplanner.cli.words`): the one chosen in the
window, else the system's (``LANG``), as the window writes them in its own language.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli import bank
from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.cli.words import language, say, say_count, text
from netplanner.garbage_collector import collector_paused
from netplanner.messages import QT_TRANSLATE_NOOP
from netplanner.paths import Location

if TYPE_CHECKING:
    from netplanner.core.imports.model import ImportPlan, ImportSummary
    from netplanner.core.queries.run import Queries
    from netplanner.storage.database import Database

#: The contact files a network is imported from.
KINDS = {
    "linkedin": "contacts from LinkedIn's Connections.csv",
    "vcard": "contacts from a vCard file (.vcf) of a phone or mail program",
    "csv": "contacts from a spreadsheet saved as CSV (columns guessed from their names)",
}
#: Rows listed per kind of outcome; the rest is counted ("… and 12 more").
LISTED = 50
#: What a row number counts, and the kinds of file whose names are words to translate.
_ROW, _CARD = QT_TRANSLATE_NOOP("Cli", "row"), QT_TRANSLATE_NOOP("Cli", "card")
_LABELS = {"spreadsheet": QT_TRANSLATE_NOOP("Cli", "spreadsheet")}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser("import", help="read data from a file")
    formats = imports.add_subparsers(dest="format", metavar="FORMAT", required=True)
    add_contact_formats(formats)
    archive = formats.add_parser("json", help="restore a JSON archive into an empty data file")
    archive.add_argument("file", type=Path, metavar="FILE.json")
    archive.set_defaults(run=run_archive)
    bank.register_import(formats)


def add_contact_formats(formats: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``linkedin``, ``vcard`` and ``csv``."""
    for kind, help_text in KINDS.items():
        parser = formats.add_parser(kind, help=help_text)
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would happen; change nothing"
        )
        parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import data_file

    return import_command(data_file(args), args.format, args.file, args.dry_run)


def run_archive(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return import_json_command(lambda: open_database(args), args.file)


def import_command(data_file: Location, kind: str, path: Path, dry_run: bool) -> int:
    """Import ``path`` as ``kind`` into the data file ``data_file``; prints the summary.

    ``CommandError`` (exit 2) when the file is not what it claims: nothing is imported,
    and the data file is not even opened.
    """
    from netplanner.cli.data import require_file
    from netplanner.core.imports.apply import apply_import_on
    from netplanner.core.imports.model import ImportFileError
    from netplanner.core.imports.plan import plan_import_on
    from netplanner.interchange.contact_files import KIND_LABELS, read_contacts

    label = KIND_LABELS.get(kind, kind)
    require_file(path)
    with _cycle_collection_paused():
        try:
            read = read_contacts(kind, path)
        except ImportFileError as error:
            nothing = QT_TRANSLATE_NOOP("Cli", "%1 Nothing was imported.")
            raise CommandError(say(nothing, error), EXIT_USAGE) from error
        except OSError as error:
            unread = QT_TRANSLATE_NOOP("Cli", "%1: cannot be read (%2). Nothing was imported.")
            raise CommandError(
                say(unread, path.name, error.strerror or error), EXIT_USAGE
            ) from error
        with _data_queries(data_file) as queries:
            plan = plan_import_on(queries, read, language())
            summary = None if dry_run else apply_import_on(queries, plan)
    for line in summary_lines(plan, label, path.name, dry_run, summary):
        print(line)
    return EXIT_OK


@contextmanager
def _data_queries(data_file: Location) -> Iterator[Queries]:
    """The data file's queries, in one transaction (committed when all went well).

    Compiled ahead on an :mod:`sqlite3` connection when the file needs nothing before
    work: the import then never loads SQLAlchemy, a third of its time for a whole
    network (issue #7). Any other file is opened as every command opens it (created,
    migrated, or refused with the reason), and the queries run in its session.
    """
    from netplanner.datafile import connect_ready

    connection = connect_ready(data_file) if isinstance(data_file, Path) else None
    if connection is not None and isinstance(data_file, Path):
        from netplanner.core.queries.plain import PlainQueries
        from netplanner.storage.sqlite.writing import transaction

        try:
            with transaction(connection, data_file):
                yield PlainQueries(connection)
        finally:
            connection.close()
        return
    from netplanner.core.queries.run import SessionQueries
    from netplanner.datafile import open_data_file

    database = open_data_file(data_file)
    try:
        with database.transaction() as session:
            yield SessionQueries(session)
    finally:
        database.close()


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector off while a file is read, planned and written.

    A large file makes hundreds of thousands of objects (rows, contacts, their
    values) that all live until the import ends and form no reference cycles; the
    collector walked them again and again, about a third of the time of reading and
    planning 30,000 rows (issue #7). Reference counting still frees everything as
    usual, these objects too when the command returns.

    At the end, what exists is frozen (``gc.freeze``): the command is the last thing
    the process does, and the modules (SQLAlchemy's above all) live until it exits.
    Otherwise the next collection walks everything the import made, and the
    collections at interpreter exit walk all of SQLAlchemy's objects, about 0.2 s.
    """
    with collector_paused():
        try:
            yield
        finally:
            gc.freeze()


def summary_lines(
    plan: ImportPlan,
    label: str,
    file_name: str,
    dry_run: bool,
    summary: ImportSummary | None = None,
) -> list[str]:
    """The import summary as lines: the plan (dry run) or what was done (``summary``)."""
    unit = say(_CARD) if plan.unit == "card" else say(_ROW)
    found = len(plan.to_create) + len(plan.to_update) + len(plan.skipped) + len(plan.rejected)
    created = summary.created if summary else len(plan.to_create)
    updated = summary.updated if summary else len(plan.to_update)
    kind = say(_LABELS[label]) if label in _LABELS else label
    if plan.unit == "card":
        one, more = (
            QT_TRANSLATE_NOOP("Cli", "%2 file %3: %1 card read."),
            QT_TRANSLATE_NOOP("Cli", "%2 file %3: %1 cards read."),
        )
    else:
        one, more = (
            QT_TRANSLATE_NOOP("Cli", "%2 file %3: %1 row read."),
            QT_TRANSLATE_NOOP("Cli", "%2 file %3: %1 rows read."),
        )
    lines = [say_count(found, one, more, kind, file_name)]
    lines += _column_lines(plan)
    lines += [" ".join(text(note).split()) for note in plan.notes]
    lines.append(
        say(
            QT_TRANSLATE_NOOP("Cli", "To create: %1")
            if dry_run
            else QT_TRANSLATE_NOOP("Cli", "Created: %1"),
            created,
        )
    )
    updated_line = say(
        QT_TRANSLATE_NOOP("Cli", "To update: %1")
        if dry_run
        else QT_TRANSLATE_NOOP("Cli", "Updated: %1"),
        updated,
    )
    if updated:
        updated_line += " " + say(
            QT_TRANSLATE_NOOP(
                "Cli", "(only empty fields are filled; nothing you wrote is overwritten)"
            )
        )
    lines.append(updated_line)
    for item in plan.to_update[:LISTED]:
        filled = ", ".join(field.replace("_", " ") for field in item.fills)
        lines.append(f"  {unit} {item.contact.row}: {item.existing_name} – {filled}")
    lines += _more(len(plan.to_update))
    in_file = sum(1 for item in plan.skipped if item.in_file)
    skipped = say(QT_TRANSLATE_NOOP("Cli", "Skipped: %1"), len(plan.skipped))
    if plan.skipped:
        why = QT_TRANSLATE_NOOP("Cli", "(%1 twice in the file, %2 already known)")
        skipped += " " + say(why, in_file, len(plan.skipped) - in_file)
    lines.append(skipped)
    lines += [f"  {unit} {item.row}: {text(item.reason)}" for item in plan.skipped[:LISTED]]
    lines += _more(len(plan.skipped))
    lines.append(say(QT_TRANSLATE_NOOP("Cli", "Rejected: %1"), len(plan.rejected)))
    lines += [f"  {unit} {item.row}: {text(item.reason)}" for item in plan.rejected[:LISTED]]
    lines += _more(len(plan.rejected))
    if plan.warnings:
        if plan.unit == "card":
            part = QT_TRANSLATE_NOOP("Cli", "Read in part: %1 (the rest of the card was kept)")
        else:
            part = QT_TRANSLATE_NOOP("Cli", "Read in part: %1 (the rest of the row was kept)")
        lines.append(say(part, len(plan.warnings)))
        lines += [f"  {unit} {item.row}: {text(item.reason)}" for item in plan.warnings[:LISTED]]
        lines += _more(len(plan.warnings))
    if plan.likely_duplicates:
        if dry_run:
            likely = QT_TRANSLATE_NOOP(
                "Cli",
                "Likely duplicates: %1 (would be added as new contacts; if one is the same "
                "person, merge them in the app)",
            )
        else:
            likely = QT_TRANSLATE_NOOP(
                "Cli",
                "Likely duplicates: %1 (added as new contacts; if one is the same person, "
                "merge them in the app)",
            )
        lines.append(say(likely, len(plan.likely_duplicates)))
        looks = QT_TRANSLATE_NOOP("Cli", "%1 looks like %2 (ID %3): %4")
        for duplicate in plan.likely_duplicates[:LISTED]:
            contact = duplicate.contact
            organisation = f" ({contact.organisation})" if contact.organisation else ""
            said = say(
                looks,
                contact.name + organisation,
                duplicate.existing_label,
                duplicate.existing_id,
                duplicate.reason,
            )
            lines.append(f"  {unit} {duplicate.row}: {said}")
        lines += _more(len(plan.likely_duplicates))
    if summary and summary.introductions:
        introduced = QT_TRANSLATE_NOOP("Cli", "Introduced by: set for %1 from related names")
        lines.append(say(introduced, summary.introductions))
    if dry_run:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed.")))
    return lines


def _column_lines(plan: ImportPlan) -> list[str]:
    """Which columns (or vCard properties) are used for what, and which are left out."""
    if not plan.columns:
        return []
    used = [
        f"{use.heading} → {use.field.replace('_', ' ')}{f' ({use.kind})' if use.kind else ''}"
        for use in plan.columns
        if use.field
    ]
    empty = say(QT_TRANSLATE_NOOP("Cli", "(empty)"))
    left_out = [use.heading or empty for use in plan.columns if not use.field]
    if plan.unit == "card":
        lines = [say(QT_TRANSLATE_NOOP("Cli", "Used properties: %1"), "; ".join(used))]
    elif plan.layout:
        lines = [
            say(QT_TRANSLATE_NOOP("Cli", "Used columns (%1): %2"), plan.layout, "; ".join(used))
        ]
    else:
        lines = [say(QT_TRANSLATE_NOOP("Cli", "Used columns: %1"), "; ".join(used))]
    if left_out:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Left out: %1"), ", ".join(left_out)))
    return lines


def _more(count: int) -> list[str]:
    return (
        ["  " + say(QT_TRANSLATE_NOOP("Cli", "… and %1 more"), count - LISTED)]
        if count > LISTED
        else []
    )


def import_json_command(database: Database | Callable[[], Database], path: Path) -> int:
    """Restore the archive at ``path`` into the (empty) data file of ``database`` (or
    of ``database()``, called only once the archive was read and checked: a broken
    archive leaves no new data file behind)."""
    from netplanner.cli.data import require_file
    from netplanner.interchange.json_archive import (
        ArchiveError,
        DataFileNotEmptyError,
        read_archive_file,
        restore_archive,
    )

    require_file(path)
    try:
        data = read_archive_file(path)
        if callable(database):
            database = database()
        with database.transaction() as session:
            summary = restore_archive(session, data, where=path.name)
    except DataFileNotEmptyError as error:
        not_empty = QT_TRANSLATE_NOOP(
            "Cli", "%1 Nothing was restored; restore into a new file with --db NEW_FILE."
        )
        raise CommandError(say(not_empty, error), EXIT_USAGE) from error
    except ArchiveError as error:
        nothing = QT_TRANSLATE_NOOP("Cli", "%1 Nothing was restored.")
        raise CommandError(say(nothing, error), EXIT_USAGE) from error
    restored = QT_TRANSLATE_NOOP(
        "Cli",
        "Restored %1 into %2: %3 contacts, %4 conversations, %5 goals, %6 question banks, "
        "%7 follow-ups",
    )
    counts = (summary.contacts, summary.conversations, summary.goals, summary.banks)
    print(say(restored, path, database.location, *counts, summary.follow_ups))
    return EXIT_OK

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
in the language of the environment: ``NETPLANNER_LANGUAGE``, else ``LANG`` (Dutch for
``nl_…``, English otherwise), as the window writes them in its own language.
"""

from __future__ import annotations

import argparse
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli import bank
from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.garbage_collector import collector_paused
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
            raise CommandError(f"{error} Nothing was imported.", EXIT_USAGE) from error
        except OSError as error:
            raise CommandError(
                f"{path.name}: cannot be read ({error.strerror or error}). Nothing was imported.",
                EXIT_USAGE,
            ) from error
        with _data_queries(data_file) as queries:
            plan = plan_import_on(queries, read, data_language())
            summary = None if dry_run else apply_import_on(queries, plan)
    for line in summary_lines(plan, label, path.name, dry_run, summary):
        print(line)
    return EXIT_OK


def data_language() -> str:
    """ "nl" or "en": the language texts written into the contacts are in."""
    forced = os.environ.get("NETPLANNER_LANGUAGE", "")
    if forced in ("en", "nl"):
        return forced
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "nl" if value.casefold().startswith("nl") else "en"
    return "en"


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
    unit = plan.unit
    found = len(plan.to_create) + len(plan.to_update) + len(plan.skipped) + len(plan.rejected)
    created = summary.created if summary else len(plan.to_create)
    updated = summary.updated if summary else len(plan.to_update)
    lines = [f"{label} file {file_name}: {found} {_plural(unit, found)} read."]
    lines += _column_lines(plan)
    lines += [" ".join(str(note).split()) for note in plan.notes]
    lines.append(f"{'To create' if dry_run else 'Created'}: {created}")
    kept = " (only empty fields are filled; nothing you wrote is overwritten)"
    lines.append(f"{'To update' if dry_run else 'Updated'}: {updated}{kept if updated else ''}")
    for item in plan.to_update[:LISTED]:
        filled = ", ".join(field.replace("_", " ") for field in item.fills)
        lines.append(f"  {unit} {item.contact.row}: {item.existing_name} – {filled}")
    lines += _more(len(plan.to_update))
    in_file = sum(1 for item in plan.skipped if item.in_file)
    skipped = f"Skipped: {len(plan.skipped)}"
    if plan.skipped:
        skipped += f" ({in_file} twice in the file, {len(plan.skipped) - in_file} already known)"
    lines.append(skipped)
    lines += [f"  {unit} {item.row}: {item.reason}" for item in plan.skipped[:LISTED]]
    lines += _more(len(plan.skipped))
    lines.append(f"Rejected: {len(plan.rejected)}")
    lines += [f"  {unit} {item.row}: {item.reason}" for item in plan.rejected[:LISTED]]
    lines += _more(len(plan.rejected))
    if plan.warnings:
        lines.append(f"Read in part: {len(plan.warnings)} (the rest of the {unit} was kept)")
        lines += [f"  {unit} {item.row}: {item.reason}" for item in plan.warnings[:LISTED]]
        lines += _more(len(plan.warnings))
    if plan.likely_duplicates:
        lines.append(
            f"Likely duplicates: {len(plan.likely_duplicates)} "
            f"({'would be ' if dry_run else ''}added as new contacts; "
            "if one is the same person, merge them in the app)"
        )
        for duplicate in plan.likely_duplicates[:LISTED]:
            contact = duplicate.contact
            organisation = f" ({contact.organisation})" if contact.organisation else ""
            lines.append(
                f"  {unit} {duplicate.row}: {contact.name}{organisation} looks like "
                f"{duplicate.existing_label} (ID {duplicate.existing_id}): {duplicate.reason}"
            )
        lines += _more(len(plan.likely_duplicates))
    if summary and summary.introductions:
        lines.append(f"Introduced by: set for {summary.introductions} from related names")
    if dry_run:
        lines.append("Dry run: nothing was changed.")
    return lines


def _column_lines(plan: ImportPlan) -> list[str]:
    """Which columns (or vCard properties) are used for what, and which are left out."""
    if not plan.columns:
        return []
    what = "properties" if plan.unit == "card" else "columns"
    layout = f" ({plan.layout})" if plan.layout and plan.unit != "card" else ""
    used = [
        f"{use.heading} → {use.field.replace('_', ' ')}{f' ({use.kind})' if use.kind else ''}"
        for use in plan.columns
        if use.field
    ]
    left_out = [use.heading or "(empty)" for use in plan.columns if not use.field]
    lines = [f"Used {what}{layout}: " + "; ".join(used)]
    if left_out:
        lines.append(f"Left out: {', '.join(left_out)}")
    return lines


def _plural(unit: str, count: int) -> str:
    return unit if count == 1 else unit + "s"


def _more(count: int) -> list[str]:
    return [f"  … and {count - LISTED} more"] if count > LISTED else []


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
        raise CommandError(
            f"{error} Nothing was restored; restore into a new file with --db NEW_FILE.",
            EXIT_USAGE,
        ) from error
    except ArchiveError as error:
        raise CommandError(f"{error} Nothing was restored.", EXIT_USAGE) from error
    print(f"Restored {path} into {database.location}: {summary.describe()}")
    return EXIT_OK

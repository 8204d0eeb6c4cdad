"""``netplanner export FORMAT``: data written to a file to share.

``csv``, ``vcard``, ``ics`` and ``json`` (the whole data file as one archive, to restore
with ``import json``) are here; ``bank``, ``booklet`` and ``blank-sheet`` register
from their own modules. Exports write whole files or nothing (see
``interchange.export_support``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli import bank, blank_sheet, booklet
from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.cli.words import language, say, say_count
from netplanner.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the storage layer (and SQLAlchemy) only when the command runs
    from sqlalchemy.orm import Session

    from netplanner.storage.database import Database

EXPORT_KINDS: dict[str, tuple[str, str]] = {
    "csv": ("FILE.csv", "contacts as a CSV file for spreadsheets (UTF-8)"),
    "vcard": ("FILE.vcf", "contacts as vCard (4.0, or 3.0) for address books"),
    "ics": ("FILE.ics", "upcoming conversations (or one) as a calendar file"),
    "json": ("FILE.json", "everything in one JSON archive, to restore with 'import json'"),
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="write data to a file to share")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    add_file_formats(formats)
    bank.register_export(formats)
    booklet.register(formats)
    blank_sheet.register(formats)


def add_file_formats(formats: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``csv``, ``vcard``, ``ics`` and ``json``."""
    for kind, (metavar, help_text) in EXPORT_KINDS.items():
        parser = formats.add_parser(kind, help=help_text)
        parser.set_defaults(run=run)
        parser.add_argument("-o", "--output", type=Path, required=True, metavar=metavar)
        if kind == "vcard":
            parser.add_argument(
                "--version",
                dest="vcard_version",
                choices=["4.0", "3.0"],
                default="4.0",
                help="vCard 3.0 for address books that read nothing newer (default: 4.0)",
            )
        if kind == "csv":
            parser.add_argument(
                "--separator",
                choices=["auto", "comma", "semicolon"],
                default="auto",
                help="between the cells; auto: a semicolon where numbers have a decimal "
                "comma (LANG, e.g. nl_NL), as Excel there expects when the file is "
                "double-clicked (default: auto)",
            )
        if kind == "ics":
            parser.add_argument(
                "--conversation",
                type=int,
                metavar="ID",
                help="only this conversation (default: all upcoming ones with a date)",
            )


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return export_command(
        open_database(args),
        args.format,
        args.output,
        getattr(args, "conversation", None),
        vcard_version=getattr(args, "vcard_version", "4.0"),
        separator=getattr(args, "separator", "auto"),
    )


def export_command(
    database: Database,
    kind: str,
    output: Path,
    conversation_id: int | None = None,
    *,
    vcard_version: str = "4.0",
    separator: str = "auto",
) -> int:
    """Write ``kind`` ("csv", "vcard", "ics", "json") to ``output`` (``-``: standard
    output); exit code 0, or ``CommandError`` / ``OutputFileError`` (one line; nothing
    written: the target is refused by the guard of ``storage.output_files``, or the
    write failed)."""
    from netplanner.storage.output_files import STDOUT, check_output

    if kind not in EXPORT_KINDS:
        raise CommandError(
            say(QT_TRANSLATE_NOOP("Cli", "Unknown export format %1."), repr(kind)), EXIT_USAGE
        )
    if output != STDOUT:
        check_output(output)  # a wrong target is said before any work (checked again at writing)
    options = {"vcard_version": vcard_version, "separator": separator}
    with database.transaction() as session:
        message = _export(session, kind, output, conversation_id, options)
    print(message, file=sys.stderr if output == STDOUT else sys.stdout)
    return EXIT_OK


def _csv_delimiter(separator: str) -> str:
    """The CSV delimiter for ``--separator`` (auto: from the locale in the environment)."""
    from netplanner.interchange.csv_export import SEPARATORS, separator_for_locale

    if separator in SEPARATORS:
        return SEPARATORS[separator]
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return separator_for_locale(value)
    return ","


def _export(
    session: Session, kind: str, output: Path, conversation_id: int | None, options: dict[str, str]
) -> str:
    if kind == "csv":
        from netplanner.interchange.csv_export import write_contacts_csv

        delimiter = _csv_delimiter(options["separator"])
        count = write_contacts_csv(session, output, delimiter)
        if delimiter == ";":
            one = QT_TRANSLATE_NOOP(
                "Cli", "%1 contact written to %2 (cells separated by semicolons)"
            )
            more = QT_TRANSLATE_NOOP(
                "Cli", "%1 contacts written to %2 (cells separated by semicolons)"
            )
        else:
            one = QT_TRANSLATE_NOOP("Cli", "%1 contact written to %2 (cells separated by commas)")
            more = QT_TRANSLATE_NOOP("Cli", "%1 contacts written to %2 (cells separated by commas)")
        return say_count(count, one, more, output)
    if kind == "vcard":
        from netplanner.interchange.vcard_export import write_contacts_vcard

        version = options["vcard_version"]
        count = write_contacts_vcard(session, output, version=version)
        return say_count(
            count,
            QT_TRANSLATE_NOOP("Cli", "%1 contact written to %2 as vCard %3"),
            QT_TRANSLATE_NOOP("Cli", "%1 contacts written to %2 as vCard %3"),
            output,
            version,
        )
    if kind == "ics":
        from netplanner.interchange.ics_export import (
            upcoming_conversations,
            write_conversations_ics,
        )

        if conversation_id is None and not upcoming_conversations(session):
            none = QT_TRANSLATE_NOOP(
                "Cli",
                "There are no upcoming conversations with a date to export; nothing was written.",
            )
            raise CommandError(say(none))
        count = write_conversations_ics(
            session, output, conversation_id, fallback_language=language()
        )
        return say_count(
            count,
            QT_TRANSLATE_NOOP("Cli", "%1 conversation written to %2"),
            QT_TRANSLATE_NOOP("Cli", "%1 conversations written to %2"),
            output,
        )
    from netplanner.interchange.json_archive import write_archive

    data = write_archive(session, output)
    counts = (
        say_count(
            len(data["contacts"]),
            QT_TRANSLATE_NOOP("Cli", "%1 contact"),
            QT_TRANSLATE_NOOP("Cli", "%1 contacts"),
        ),
        say_count(
            len(data["conversations"]),
            QT_TRANSLATE_NOOP("Cli", "%1 conversation"),
            QT_TRANSLATE_NOOP("Cli", "%1 conversations"),
        ),
        say_count(
            len(data["banks"]),
            QT_TRANSLATE_NOOP("Cli", "%1 question bank"),
            QT_TRANSLATE_NOOP("Cli", "%1 question banks"),
        ),
    )
    return say(QT_TRANSLATE_NOOP("Cli", "Archive written to %1: %2, %3, %4"), output, *counts)

"""``netplanner export bank`` and ``netplanner import bank``: sharing question banks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.cli.words import say, say_count
from netplanner.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the core (and SQLAlchemy) only when a bank command runs, not to parse
    from netplanner.core.banks import BankContent
    from netplanner.storage.database import Database


def register_export(formats: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``bank`` among the formats of ``netplanner export``."""
    parser = formats.add_parser("bank", help="a question bank as a JSON file to share")
    parser.add_argument("bank_id", type=int, metavar="ID")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    parser.set_defaults(run=run_export)


def register_import(formats: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``bank`` among the formats of ``netplanner import``."""
    parser = formats.add_parser("bank", help="a question bank from a JSON file")
    parser.add_argument("file", type=Path, metavar="FILE.json")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--update", action="store_true", help="if you already have this bank, replace its questions"
    )
    choice.add_argument(
        "--copy", action="store_true", help="if you already have this bank, import it as a copy"
    )
    parser.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return export_bank(args, open_database(args))


def run_import(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database, require_file

    require_file(args.file)
    return import_bank_file(args, lambda: open_database(args))


def without_duplicates(content: BankContent) -> tuple[BankContent, int]:
    """The bank with repeated questions left out, and how many were left out."""
    from netplanner.core.banks import BankContent, question_identity

    seen: set[str] = set()
    kept = []
    for category, text in content.questions:
        identity = question_identity(text)
        if identity not in seen:
            seen.add(identity)
            kept.append((category, text))
    dropped = len(content.questions) - len(kept)
    return BankContent(
        content.key, content.name, content.language, content.description, kept
    ), dropped


def export_bank(args: argparse.Namespace, database: Database) -> int:
    from netplanner.core.banks import bank_content
    from netplanner.interchange.bank_file import write_bank_file
    from netplanner.storage.output_files import STDOUT, check_output

    output: Path = args.output
    if output != STDOUT:
        check_output(output)  # before the bank gets its share key: nothing changes then
    with database.transaction() as session:
        content = bank_content(session, args.bank_id)
    write_bank_file(content, output)
    written = QT_TRANSLATE_NOOP("Cli", "Question bank “%1” (%2 questions) written to %3")
    print(
        say(written, content.name, len(content.questions), output),
        file=sys.stderr if output == STDOUT else sys.stdout,
    )
    return EXIT_OK


def import_bank_file(args: argparse.Namespace, open_data: Callable[[], Database]) -> int:
    from netplanner.core.banks import BankContent, find_bank_by_key, import_bank
    from netplanner.interchange.bank_file import BankFileError, read_bank_file

    try:
        content = read_bank_file(args.file)
    except BankFileError as error:
        raise CommandError(
            say(QT_TRANSLATE_NOOP("Cli", "%1 Nothing was imported."), error), EXIT_USAGE
        ) from error
    database = open_data()  # opened once the file was read: a broken one creates nothing
    content, dropped = without_duplicates(content)
    with database.transaction() as session:
        existing = find_bank_by_key(session, content.key)
        if existing is not None and not (args.update or args.copy):
            have = QT_TRANSLATE_NOOP(
                "Cli",
                "You already have this question bank (“%1”, ID %2). Run again with --update "
                "to replace its questions or --copy to add a copy.",
            )
            raise CommandError(say(have, existing.name, existing.id), EXIT_USAGE)
        if existing is not None and args.update:
            bank = import_bank(session, content, replace_bank_id=existing.id)
            done = QT_TRANSLATE_NOOP("Cli", "Question bank “%1” updated as ID %2: %3 questions")
        else:
            if existing is not None:
                content = BankContent(
                    content.key,
                    say(QT_TRANSLATE_NOOP("Cli", "%1 (copy)"), content.name),
                    content.language,
                    content.description,
                    content.questions,
                )
            bank = import_bank(session, content)
            done = QT_TRANSLATE_NOOP("Cli", "Question bank “%1” imported as ID %2: %3 questions")
        summary = say(done, bank.name, bank.id, len(bank.questions))
    if dropped:
        summary += " " + say_count(
            dropped,
            QT_TRANSLATE_NOOP("Cli", "(%1 repeated question left out)"),
            QT_TRANSLATE_NOOP("Cli", "(%1 repeated questions left out)"),
        )
    print(summary + ".")
    return EXIT_OK

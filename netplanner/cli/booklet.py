"""``netplanner export booklet BANK_ID… -o FILE.pdf``: question banks as a booklet to tick."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_OK
from netplanner.cli.pdf import add_page_size, write_pdf, written
from netplanner.cli.words import say_count
from netplanner.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from netplanner.storage.database import Database


def register(formats: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``booklet`` among the formats of ``netplanner export``."""
    parser = formats.add_parser(
        "booklet", help="question banks as a booklet PDF to tick the questions worth asking"
    )
    parser.add_argument(
        "bank_ids", type=int, nargs="+", metavar="BANK_ID", help="as 'list banks' shows"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(parser)
    parser.add_argument(
        "--language", choices=["en", "nl"], help="wording of the booklet (default: the banks')"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return booklet_command(args, open_database(args))


def booklet_command(args: argparse.Namespace, database: Database) -> int:
    """Write the booklet of ``args.bank_ids`` (in that order)."""
    from netplanner.core.banks import BankContent, get_bank
    from netplanner.core.sheets.paper_size import load_paper_size

    with database.session() as session:
        banks = []
        for bank_id in dict.fromkeys(args.bank_ids):
            bank = get_bank(session, bank_id)  # NotFoundError: exit 2, one line
            questions = sorted(bank.questions, key=lambda q: q.position)
            banks.append(
                BankContent(
                    key=bank.share_key or bank.builtin_key or "",
                    name=bank.name,
                    language=bank.language,
                    description=bank.description,
                    questions=[(q.category, q.text) for q in questions],
                )
            )
        page_size = args.page_size or load_paper_size(session)
    languages = {bank.language for bank in banks}
    language = args.language or (languages.pop() if languages in ({"en"}, {"nl"}) else "en")
    from netplanner.printing.booklet import render_booklet

    write_pdf(
        args.output,
        lambda out: render_booklet(banks, out, page_size=page_size, language=language),
        QT_TRANSLATE_NOOP("Cli", "The booklet could not be made: %1"),
    )
    count = sum(len(bank.questions) for bank in banks)
    line = say_count(
        len(banks),
        QT_TRANSLATE_NOOP("Cli", "Question booklet (%1 bank, %2 questions) written to %3"),
        QT_TRANSLATE_NOOP("Cli", "Question booklet (%1 banks, %2 questions) written to %3"),
        count,
        args.output,
    )
    written(line, args.output)
    return EXIT_OK

"""``netplanner sheets --from DATE --to DATE -o FILE.pdf``: the prep sheets of a period.

One PDF, in time order, on the data file's paper size unless ``--page-size`` says
otherwise.
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.cli.pdf import add_page_size
from netplanner.cli.words import language, say, say_count
from netplanner.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from netplanner.storage.database import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "sheets", help="the prep sheets of a period as one PDF, in time order"
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        type=date.fromisoformat,
        required=True,
        metavar="DATE",
        help="first day, YYYY-MM-DD",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=date.fromisoformat,
        required=True,
        metavar="DATE",
        help="last day, YYYY-MM-DD",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return sheets_command(
        open_database(args), args.date_from, args.date_to, args.output, args.page_size
    )


def sheets_command(
    database: Database, date_from: date, date_to: date, output: Path, page_size: str | None = None
) -> int:
    """Write the prep sheets of every conversation in the period to one PDF, in time
    order, on ``page_size`` (default: the data file's paper size)."""
    from netplanner.cli.pdf import write_pdf, written
    from netplanner.core.followups.today import conversations_to_print
    from netplanner.core.sheets.paper_size import load_paper_size
    from netplanner.core.sheets.reading import prep_sheets_data

    if date_to < date_from:
        raise CommandError(
            say(
                QT_TRANSLATE_NOOP("Cli", "The period ends before it starts: swap --from and --to.")
            ),
            EXIT_USAGE,
        )
    from netplanner.storage.output_files import STDOUT, check_output

    if output != STDOUT:
        check_output(output)  # before the work: a wrong target is said at once
    with database.session() as session:
        ids = conversations_to_print(session, date_from, date_to)
        sheets = prep_sheets_data(session, ids, language())
        page_size = page_size or load_paper_size(session)
    if not sheets:
        nothing = QT_TRANSLATE_NOOP(
            "Cli", "No conversations planned from %1 to %2; nothing written."
        )
        raise CommandError(say(nothing, f"{date_from:%Y-%m-%d}", f"{date_to:%Y-%m-%d}"))
    from netplanner.printing.prep_sheet import render_prep_sheets

    wording = Counter(sheet.language for sheet in sheets).most_common(1)[0][0]
    size = page_size
    write_pdf(
        output,
        lambda out: render_prep_sheets(sheets, out, page_size=size, language=wording),
        QT_TRANSLATE_NOOP("Cli", "The prep sheets could not be made: %1"),
    )
    line = say_count(
        len(sheets),
        QT_TRANSLATE_NOOP("Cli", "%1 prep sheet written to %2"),
        QT_TRANSLATE_NOOP("Cli", "%1 prep sheets written to %2"),
        output,
    )
    written(line, output)
    return EXIT_OK

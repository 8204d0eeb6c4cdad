"""``netplanner export blank-sheet -o FILE.pdf``: an empty prep sheet to fill in by hand."""

from __future__ import annotations

import argparse
from pathlib import Path

from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.cli.pdf import add_page_size, saved_paper_size, write_pdf, written
from netplanner.cli.words import language, say
from netplanner.messages import QT_TRANSLATE_NOOP
from netplanner.paths import Location


def register(formats: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``blank-sheet`` among the formats of ``netplanner export``."""
    parser = formats.add_parser("blank-sheet", help="an empty prep sheet PDF to fill in by hand")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(parser)
    parser.add_argument(
        "--language",
        choices=["en", "nl"],
        help="wording of the sheet (default: the one chosen in the window, else the system's)",
    )
    parser.add_argument(
        "--questions",
        type=int,
        default=8,
        metavar="N",
        help="numbered questions to leave room for, 0 to 200 (default: 8)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import data_file

    return blank_sheet_command(args, data_file(args))


def blank_sheet_command(args: argparse.Namespace, data_file: Location) -> int:
    """Write an empty prep sheet; the paper size from the data file when there is one
    (a blank sheet needs no data: no data file is made for it)."""
    if not 0 <= args.questions <= 200:
        raise CommandError(
            say(QT_TRANSLATE_NOOP("Cli", "--questions must be a number from 0 to 200.")),
            EXIT_USAGE,
        )
    page_size = args.page_size or saved_paper_size(data_file)
    from netplanner.printing.blank_sheet import render_blank_sheet

    wording = args.language or language()
    write_pdf(
        args.output,
        lambda out: render_blank_sheet(
            out, page_size=page_size, language=wording, question_count=args.questions
        ),
        QT_TRANSLATE_NOOP("Cli", "The blank prep sheet could not be made: %1"),
    )
    written(
        say(QT_TRANSLATE_NOOP("Cli", "Blank prep sheet written to %1"), args.output), args.output
    )
    return EXIT_OK

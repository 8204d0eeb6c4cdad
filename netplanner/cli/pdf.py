"""The PDF commands' shared parts: the paper size, writing the file, booklet and blank sheet.

``netplanner sheet``, ``sheets``, ``export booklet`` and ``export blank-sheet`` print on
the paper size kept in the data file (``core.sheets.paper_size``: the one File → Paper size
sets in the window), unless ``--page-size`` says otherwise for that command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from netplanner.cli_errors import EXIT_OK, EXIT_USAGE, CommandError

PAGE_SIZE_HELP = "paper for this command (default: the data file's setting, else the locale's)"


def add_page_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page-size", choices=["A4", "Letter"], help=PAGE_SIZE_HELP)


def write_pdf(output: Path, render: Callable[[BinaryIO], None], what: str) -> None:
    """Have ``render`` write the PDF into a stream that lands at ``output`` whole, or
    nowhere (``storage.output_files``: never on the data file, its backups or anything
    that is not a regular file; 0600; ``-`` for standard output). The target is checked
    before any work. ``what`` names the document in the error message."""
    from netplanner.storage.output_files import STDOUT, check_output, output_file

    if output != STDOUT:
        check_output(output)  # a wrong target is said before any work
    with output_file(output, stdout_ok=True) as out:
        try:
            render(out)
        except OSError:
            raise  # the CLI's edge says it in one line
        except Exception as error:  # a rendering failure: report it, leave no half file
            raise CommandError(f"The {what} could not be made: {error}") from error


def written(line: str, output: Path) -> None:
    """Say what was written: on standard error when standard output carries the file."""
    from netplanner.storage.output_files import STDOUT

    print(line, file=sys.stderr if output == STDOUT else sys.stdout)


def add_export_pdf_parsers(exports: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    booklet = exports.add_parser(
        "booklet", help="question banks as a booklet PDF to tick the questions worth asking"
    )
    booklet.add_argument(
        "bank_ids", type=int, nargs="+", metavar="BANK_ID", help="as 'list banks' shows"
    )
    booklet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(booklet)
    booklet.add_argument(
        "--language", choices=["en", "nl"], help="wording of the booklet (default: the banks')"
    )
    blank = exports.add_parser("blank-sheet", help="an empty prep sheet PDF to fill in by hand")
    blank.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(blank)
    blank.add_argument("--language", choices=["en", "nl"], default="en")
    blank.add_argument(
        "--questions",
        type=int,
        default=8,
        metavar="N",
        help="numbered questions to leave room for, 0 to 200 (default: 8)",
    )


def booklet_command(args: argparse.Namespace, database) -> int:
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
        "booklet",
    )
    count = sum(len(bank.questions) for bank in banks)
    written(
        f"Question booklet ({len(banks)} bank{'s' if len(banks) != 1 else ''}, "
        f"{count} questions) written to {args.output}",
        args.output,
    )
    return EXIT_OK


def blank_sheet_command(args: argparse.Namespace, data_file: Path) -> int:
    """Write an empty prep sheet; the paper size from the data file when there is one
    (a blank sheet needs no data: no data file is made for it)."""
    if not 0 <= args.questions <= 200:
        raise CommandError("--questions must be a number from 0 to 200.", EXIT_USAGE)
    page_size = args.page_size or saved_paper_size(data_file)
    from netplanner.printing.blank_sheet import render_blank_sheet

    write_pdf(
        args.output,
        lambda out: render_blank_sheet(
            out, page_size=page_size, language=args.language, question_count=args.questions
        ),
        "blank prep sheet",
    )
    written(f"Blank prep sheet written to {args.output}", args.output)
    return EXIT_OK


def saved_paper_size(data_file: Path) -> str:
    """The paper size kept in ``data_file``, read without opening it for writing; the
    locale's when there is no such file (or it cannot be read that way)."""
    from netplanner.core.sheets.paper_size import locale_paper_size, read_paper_size
    from netplanner.storage.reading import connect_for_reading

    connection = connect_for_reading(data_file) if data_file.is_file() else None
    if connection is None:
        return locale_paper_size()
    try:
        return read_paper_size(connection)
    finally:
        connection.close()

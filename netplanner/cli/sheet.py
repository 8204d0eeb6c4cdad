"""``netplanner sheet ID -o FILE.pdf``: the prep sheet of one conversation.

Never imports SQLAlchemy when the data file is whole and current (issue #7): the
sheet's statements run compiled ahead on an :mod:`sqlite3` connection
(``core.queries.plain``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_OK
from netplanner.cli.pdf import add_page_size

if TYPE_CHECKING:
    from netplanner.core.sheets.data import PrepSheetData


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("sheet", help="write the prep sheet PDF of a conversation")
    parser.add_argument("conversation_id", type=int, metavar="ID")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(parser)
    parser.add_argument(
        "--language",
        choices=["en", "nl"],
        help="wording of the sheet (default: the goal's; without a goal, the window's)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.pdf import write_pdf, written
    from netplanner.cli.words import say
    from netplanner.messages import QT_TRANSLATE_NOOP
    from netplanner.printing.prep_sheet import render_prep_sheet

    data, paper = _sheet_data(args)
    language = args.language or data.language
    page_size = args.page_size or paper
    write_pdf(
        args.output,
        lambda out: render_prep_sheet(data, out, page_size=page_size, language=language),
        QT_TRANSLATE_NOOP("Cli", "The prep sheet could not be made: %1"),
    )
    written(say(QT_TRANSLATE_NOOP("Cli", "Prep sheet written to %1"), args.output), args.output)
    return EXIT_OK


def _sheet_data(args: argparse.Namespace) -> tuple[PrepSheetData, str]:
    """The sheet and the file's paper size. Read straight from the file with sqlite3 when
    it is whole and at the current revision (printing writes nothing, so no SQLAlchemy,
    migration, banks or daily backup: issue #7); any other file is opened the usual way,
    which migrates it or says what is wrong."""
    import sqlite3

    from netplanner.cli.data import data_file, open_database
    from netplanner.cli.words import language
    from netplanner.core.sheets.reading import read_prep_sheets
    from netplanner.storage.sqlite.reading import connect_for_reading

    connection = connect_for_reading(data_file(args))
    if connection is not None:
        try:
            from netplanner.core.queries.plain import PlainQueries
            from netplanner.core.sheets.paper_size import read_paper_size

            queries = PlainQueries(connection)
            sheets = read_prep_sheets(queries, [args.conversation_id], language())
            return sheets[0], read_paper_size(queries)
        except sqlite3.DatabaseError:
            pass  # damage the quick check missed: the usual open deals with it
        finally:
            connection.close()
    from netplanner.core.sheets.paper_size import load_paper_size
    from netplanner.core.sheets.reading import prep_sheet_data

    database = open_database(args)
    with database.session() as session:
        sheet = prep_sheet_data(session, args.conversation_id, language())
        return sheet, load_paper_size(session)

"""The command line: no subcommand opens the GUI; subcommands do headless work.

Exit codes: 0 done, 1 the work failed, 2 bad usage or input. Errors are one
plain line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from netplanner import APP_NAME, __version__
from netplanner.cli_errors import EXIT_OK, EXIT_USAGE, CommandError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netplanner",
        description=f"{APP_NAME}: plan informational conversations and print prep sheets. "
        "Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        help="data file to use (default: $NETPLANNER_DB or the per-user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the data file, show the main window with data, render a sheet, then exit",
    )
    # The self-test without the sheet: quits once the window shows the contacts. Hidden;
    # the benchmark (tests/bench/run.py) times the start of the app with it.
    parser.add_argument("--self-test-start", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill an empty data file with an example network")
    demo.add_argument(
        "--language",
        choices=("en", "nl"),
        default="en",
        help="the language of the example's notes, goal and questions (default: en)",
    )
    listing = commands.add_parser("list", help="list contacts, conversations, banks or goals")
    listing.add_argument("what", choices=["contacts", "conversations", "banks", "goals"])
    listing.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    from netplanner.cli_pdf import add_page_size

    sheet = commands.add_parser("sheet", help="write the prep sheet PDF of a conversation")
    sheet.add_argument("conversation_id", type=int, metavar="ID")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(sheet)
    sheet.add_argument(
        "--language", choices=["en", "nl"], help="wording of the sheet (default: the goal's)"
    )
    from netplanner.cli_banks import add_export_bank, add_import_bank
    from netplanner.cli_export import add_export_parsers, add_import_json_parser
    from netplanner.cli_import import add_import_parsers
    from netplanner.cli_pdf import add_export_pdf_parsers

    export = commands.add_parser("export", help="write data to a file to share")
    export_formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    add_export_parsers(export_formats)
    add_export_bank(export_formats)
    add_export_pdf_parsers(export_formats)
    imports = commands.add_parser("import", help="read data from a file")
    import_formats = imports.add_subparsers(dest="format", metavar="FORMAT", required=True)
    add_import_parsers(import_formats)
    add_import_json_parser(import_formats)
    add_import_bank(import_formats)
    commands.add_parser(
        "today", help="what is overdue, due today and this week, and the thank-yous to send"
    )
    sheets = commands.add_parser(
        "sheets", help="the prep sheets of a period as one PDF, in time order"
    )
    sheets.add_argument(
        "--from",
        dest="date_from",
        type=date.fromisoformat,
        required=True,
        metavar="DATE",
        help="first day, YYYY-MM-DD",
    )
    sheets.add_argument(
        "--to",
        dest="date_to",
        type=date.fromisoformat,
        required=True,
        metavar="DATE",
        help="last day, YYYY-MM-DD",
    )
    sheets.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_page_size(sheets)
    chain = commands.add_parser(
        "chain", help="how you got to a contact: the chain of introductions"
    )
    chain.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    from netplanner.cli_suggest import add_suggest_parser

    add_suggest_parser(commands)
    backup = commands.add_parser("backup", help="back up the data file now")
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write it (default: the backups folder beside the data)",
    )
    restore = commands.add_parser("restore", help="put a backup in place of the data file")
    restore.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("check", help="check the data file's health")
    review = commands.add_parser("review", help="check a question or an ask against the method")
    review.add_argument("what", choices=["question", "ask"])
    review.add_argument("text", metavar="TEXT")
    review.add_argument("--language", choices=["en", "nl"], help="default: detected")
    review.add_argument(
        "--json", action="store_true", help="print the findings, their kinds and rewrites as JSON"
    )
    return parser


def _data_file(args: argparse.Namespace) -> Path:
    from netplanner.paths import default_data_file

    return args.db if args.db is not None else default_data_file()


def _open(args: argparse.Namespace):  # -> Database
    from netplanner.datafile import open_data_file

    return open_data_file(_data_file(args))


def _cmd_demo(args: argparse.Namespace) -> int:
    from netplanner.core.demo.example import load_demo

    database = _open(args)
    with database.transaction() as session:
        load_demo(session, language=args.language)
    print(f"Example network added to {database.path}")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from netplanner.cli_listing import LISTINGS

    database = _open(args)
    with database.session() as session:
        records, render_line = LISTINGS[args.what](session)
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for record in records:
            print(render_line(record))
    return EXIT_OK


def _cmd_sheet(args: argparse.Namespace) -> int:
    from netplanner.cli_pdf import write_pdf, written
    from netplanner.printing.prep_sheet import render_prep_sheet

    data, paper = _sheet_data(args)
    language = args.language or data.language
    page_size = args.page_size or paper
    write_pdf(
        args.output,
        lambda out: render_prep_sheet(data, out, page_size=page_size, language=language),
        "prep sheet",
    )
    written(f"Prep sheet written to {args.output}", args.output)
    return EXIT_OK


def _sheet_data(args: argparse.Namespace):  # -> tuple[PrepSheetData, str]
    """The sheet and the file's paper size. Read straight from the file with sqlite3 when
    it is whole and at the current revision (printing writes nothing, so no SQLAlchemy,
    migration, banks or daily backup: issue #7); any other file is opened the usual way,
    which migrates it or says what is wrong."""
    import sqlite3

    from netplanner.core.sheets.reading import read_prep_sheets
    from netplanner.storage.reading import connect_for_reading

    connection = connect_for_reading(_data_file(args))
    if connection is not None:
        try:
            from netplanner.core.sheets.paper_size import read_paper_size

            return read_prep_sheets(connection, [args.conversation_id])[0], read_paper_size(
                connection
            )
        except sqlite3.DatabaseError:
            pass  # damage the quick check missed: the usual open deals with it
        finally:
            connection.close()
    from netplanner.core.sheets.paper_size import load_paper_size
    from netplanner.core.sheets.reading import prep_sheet_data

    database = _open(args)
    with database.session() as session:
        return prep_sheet_data(session, args.conversation_id), load_paper_size(session)


def _cmd_export(args: argparse.Namespace) -> int:
    if args.format == "booklet":
        from netplanner.cli_pdf import booklet_command

        return booklet_command(args, _open(args))
    if args.format == "blank-sheet":
        from netplanner.cli_pdf import blank_sheet_command

        return blank_sheet_command(args, _data_file(args))
    if args.format == "bank":
        from netplanner.cli_banks import export_bank

        return export_bank(args, _open(args))
    from netplanner.cli_export import export_command

    conversation_id = getattr(args, "conversation", None)
    return export_command(
        _open(args),
        args.format,
        args.output,
        conversation_id,
        vcard_version=getattr(args, "vcard_version", "4.0"),
        separator=getattr(args, "separator", "auto"),
    )


def _cmd_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError(f"Cannot read {args.file}: there is no such file.", EXIT_USAGE)
    if args.format == "bank":
        from netplanner.cli_banks import import_bank_file

        return import_bank_file(args, lambda: _open(args))
    if args.format == "json":
        from netplanner.cli_export import import_json_command

        return import_json_command(lambda: _open(args), args.file)
    from netplanner.cli_import import import_command

    return import_command(_data_file(args), args.format, args.file, args.dry_run)


def _cmd_review(args: argparse.Namespace) -> int:
    from netplanner.cli_review import review_ask, review_question

    review = review_question if args.what == "question" else review_ask
    return review(args.text, args.language, as_json=args.json)


def _cmd_today(args: argparse.Namespace) -> int:
    from netplanner.cli_today import today_command

    return today_command(_open(args))


def _cmd_sheets(args: argparse.Namespace) -> int:
    from netplanner.cli_today import sheets_command

    return sheets_command(_open(args), args.date_from, args.date_to, args.output, args.page_size)


def _cmd_chain(args: argparse.Namespace) -> int:
    from netplanner.cli_chain import chain_command

    return chain_command(_open(args), args.contact_id)


def _cmd_suggest(args: argparse.Namespace) -> int:
    from netplanner.cli_suggest import suggest_command

    return suggest_command(_open(args), args.goal, args.kind, args.limit, args.json)


def _cmd_backup(args: argparse.Namespace) -> int:
    from netplanner.datafile import open_data_file
    from netplanner.storage.backups import BackupError, make_backup

    path = _data_file(args)
    if not os.path.lexists(path):
        raise CommandError(f"There is no data file at {path} to back up.")
    # Checks the file and brings it to the current schema; no daily backup besides this one.
    open_data_file(path, daily_backup=False).close()
    try:
        info = make_backup(path, reason="manual", target=args.output)
    except BackupError as error:
        raise CommandError(str(error)) from error
    print(
        f"Backup written to {info.path} ({info.contacts} contacts, "
        f"{info.conversations} conversations)"
    )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from netplanner.storage.backups import BackupError, verify
    from netplanner.storage.recovery import restore_backup

    path = _data_file(args)
    if not args.file.is_file():
        raise CommandError(f"Cannot read {args.file}: there is no such file.", EXIT_USAGE)
    try:
        contacts, conversations = verify(args.file, known_revision=True)
    except BackupError as error:
        raise CommandError(f"{error} Nothing was restored.", EXIT_USAGE) from error
    try:
        saved = restore_backup(path, args.file)
    except BackupError as error:
        raise CommandError(str(error)) from error
    _open(args).close()  # upgrades a backup from an older NetPlanner
    if saved is not None:
        print(f"The data as it was is saved in {saved.path}")
    print(f"Restored {args.file}: {contacts} contacts, {conversations} conversations")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from netplanner.core.contacts import count_contacts

    database = _open(args)
    with database.engine.connect() as connection:
        result = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
    with database.session() as session:
        contacts = count_contacts(session)
    database.close()
    if result != "ok":
        raise CommandError(f"The data file {database.path} has problems: {result}")
    print(f"The data file {database.path} is healthy ({contacts} contacts).")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from netplanner.gui.app import run_gui

    return run_gui(
        _data_file(args),
        self_test=args.self_test or args.self_test_start,
        self_test_sheet=not args.self_test_start,
    )


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "list": _cmd_list,
    "sheet": _cmd_sheet,
    "export": _cmd_export,
    "import": _cmd_import,
    "review": _cmd_review,
    "today": _cmd_today,
    "sheets": _cmd_sheets,
    "chain": _cmd_chain,
    "suggest": _cmd_suggest,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    None: _cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from netplanner.cli_errors import run_reporting

    return run_reporting(COMMANDS[args.command], args, lambda: _data_file(args))

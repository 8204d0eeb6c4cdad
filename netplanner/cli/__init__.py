"""The command line: no subcommand opens the GUI; subcommands do headless work.

Each command is a module here with a ``register(commands)`` that adds its parser and
sets its handler (``run``); ``COMMANDS`` lists them in the order ``--help`` shows
them. A new command is a new module and one line in ``COMMANDS``. The window is the
handler when no command is given (``gui``).

Parsing stays light: a command's heavy imports (the core, SQLAlchemy, ReportLab) are
made inside its handler, and ``netplanner sheet`` never imports SQLAlchemy (issue #7).

Exit codes: 0 done, 1 the work failed, 2 bad usage or input. Errors are one
plain line on stderr, never a traceback (``errors.run_reporting``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from netplanner import APP_NAME, __version__

if TYPE_CHECKING:
    from netplanner.paths import Location

#: The command modules, in the order ``netplanner --help`` lists their commands.
COMMANDS = (
    "demo",
    "listing",  # netplanner list
    "sheet",
    "export",
    "importing",  # netplanner import
    "today",
    "sheets",
    "chain",
    "suggest",
    "backup",
    "restore",
    "check",
    "review",
    "practice",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netplanner",
        description=f"{APP_NAME}: plan informational conversations and print prep sheets. "
        "Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="FILE",
        type=_data_location,
        help="data file to use, as a path or sqlite:///PATH, or a practice server as "
        "postgresql://USER@HOST/DB (default: $NETPLANNER_DB or the per-user data folder)",
    )
    import_module(f"{__name__}.gui").register(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"{__name__}.{name}").register(commands)
    return parser


def _data_location(text: str) -> Location:
    """``--db``: a path, an SQLAlchemy URL of an SQLite file, or a practice server's;
    other URLs are bad usage."""
    from netplanner.paths import UnsupportedLocationError, data_location

    try:
        return data_location(text)
    except UnsupportedLocationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from netplanner.cli.data import data_file
    from netplanner.cli.errors import run_reporting
    from netplanner.cli.words import use_language
    from netplanner.language import chosen_language

    use_language(chosen_language())  # the window's choice, else the system's: once per run
    try:
        return run_reporting(args.run, args, lambda: data_file(args))
    finally:
        use_language(None)

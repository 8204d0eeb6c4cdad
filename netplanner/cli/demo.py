"""``netplanner demo``: fill an empty data file with an example network."""

from __future__ import annotations

import argparse

from netplanner.cli.errors import EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("demo", help="fill an empty data file with an example network")
    parser.add_argument(
        "--language",
        choices=("en", "nl"),
        help="the language of the example's notes, goal and questions "
        "(default: the one chosen in the window, else the system's)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database
    from netplanner.cli.words import language, say
    from netplanner.core.demo.example import load_demo
    from netplanner.messages import QT_TRANSLATE_NOOP

    database = open_database(args)
    with database.transaction() as session:
        load_demo(session, language=args.language or language())
    print(say(QT_TRANSLATE_NOOP("Cli", "Example network added to %1"), database.location))
    return EXIT_OK

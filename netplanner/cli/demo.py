"""``netplanner demo``: fill an empty data file with an example network."""

from __future__ import annotations

import argparse

from netplanner.cli.errors import EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("demo", help="fill an empty data file with an example network")
    parser.add_argument(
        "--language",
        choices=("en", "nl"),
        default="en",
        help="the language of the example's notes, goal and questions (default: en)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database
    from netplanner.core.demo.example import load_demo

    database = open_database(args)
    with database.transaction() as session:
        load_demo(session, language=args.language)
    print(f"Example network added to {database.location}")
    return EXIT_OK

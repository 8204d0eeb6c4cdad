"""`netplanner chain CONTACT_ID`: how you got to someone, as one line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_OK

if TYPE_CHECKING:  # the storage layer (and SQLAlchemy) only when the command runs
    from netplanner.storage.database import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "chain", help="how you got to a contact: the chain of introductions"
    )
    parser.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database

    return chain_command(open_database(args), args.contact_id)


def ordinal(n: int, language: str = "en") -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st… (Dutch: 1e, 2e…)"""
    if language == "nl":
        return f"{n}e"
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def chain_command(database: Database, contact_id: int) -> int:
    """Print the chain of introductions to ``contact_id`` and its degree.

    An unknown id raises ``NotFoundError`` ("There is no contact with ID N."), which
    the command line reports with exit code 2.
    """
    from netplanner.cli.words import language, say
    from netplanner.core.network.chain_links import format_chain
    from netplanner.core.network.chains import chain_of
    from netplanner.messages import QT_TRANSLATE_NOOP

    with database.session() as session:
        chain = chain_of(session, contact_id)
    speaks = language()
    line = QT_TRANSLATE_NOOP("Cli", "%1 (%2 degree)")
    print(say(line, format_chain(chain, speaks), ordinal(chain.degree, speaks)))
    return EXIT_OK

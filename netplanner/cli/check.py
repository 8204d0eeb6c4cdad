"""``netplanner check``: the data file's health."""

from __future__ import annotations

import argparse

from netplanner.cli.errors import EXIT_OK, CommandError
from netplanner.cli.words import say
from netplanner.messages import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser("check", help="check the data file's health").set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import open_database
    from netplanner.core.contacts import count_contacts

    database = open_database(args)
    if database.server is not None:  # the server's health is its administrator's
        who = database.server.live_statistics(database.engine)
        with database.session() as session:
            contacts = count_contacts(session)
        database.close()
        print(f"The practice server {database.location} answers: {who} ({contacts} contacts).")
        return EXIT_OK
    assert database.sqlite is not None
    result = database.sqlite.integrity_check(database.engine)
    with database.session() as session:
        contacts = count_contacts(session)
    database.close()
    if result != "ok":
        problems = QT_TRANSLATE_NOOP("Cli", "The data file %1 has problems: %2")
        raise CommandError(say(problems, database.path, result))
    healthy = QT_TRANSLATE_NOOP("Cli", "The data file %1 is healthy (%2 contacts).")
    print(say(healthy, database.path, contacts))
    return EXIT_OK

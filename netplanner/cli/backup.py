"""``netplanner backup [-o FILE]``: back up the data file now."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from netplanner.cli.errors import EXIT_OK, CommandError
from netplanner.cli.words import say, text
from netplanner.messages import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("backup", help="back up the data file now")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write it (default: the backups folder beside the data)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import file_only
    from netplanner.datafile import open_data_file
    from netplanner.storage.sqlite.backups import BackupError, make_backup

    path = file_only(args, "backup")
    if not os.path.lexists(path):
        raise CommandError(
            say(QT_TRANSLATE_NOOP("Cli", "There is no data file at %1 to back up."), path)
        )
    # Checks the file and brings it to the current schema; no daily backup besides this one.
    open_data_file(path, daily_backup=False).close()
    try:
        info = make_backup(path, reason="manual", target=args.output)
    except BackupError as error:
        raise CommandError(text(error)) from error
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Backup written to %1 (%2 contacts, %3 conversations)"),
            info.path,
            info.contacts,
            info.conversations,
        )
    )
    return EXIT_OK

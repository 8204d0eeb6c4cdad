"""``netplanner backup [-o FILE]``: back up the data file now."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from netplanner.cli.errors import EXIT_OK, CommandError


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

"""Where a command's data comes from: the data file, and the files it is asked to read."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_USAGE, CommandError

if TYPE_CHECKING:  # the storage layer (and SQLAlchemy) only when a command opens the file
    from netplanner.storage.database import Database


def data_file(args: argparse.Namespace) -> Path:
    """``--db FILE``, else ``$NETPLANNER_DB``, else the file in the per-user data folder."""
    from netplanner.paths import default_data_file

    return args.db if args.db is not None else default_data_file()


def open_database(args: argparse.Namespace) -> Database:
    """The data file opened as every command opens it: created, migrated, or refused
    with the reason."""
    from netplanner.datafile import open_data_file

    return open_data_file(data_file(args))


def require_file(path: Path) -> None:
    """Refuse (exit 2) a file to read that is not there."""
    if not path.is_file():
        from netplanner.cli.words import say
        from netplanner.messages import QT_TRANSLATE_NOOP

        missing = QT_TRANSLATE_NOOP("Cli", "Cannot read %1: there is no such file.")
        raise CommandError(say(missing, path), EXIT_USAGE)

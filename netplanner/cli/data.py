"""Where a command's data comes from: the data file, and the files it is asked to read."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from netplanner.cli.errors import EXIT_USAGE, CommandError

if TYPE_CHECKING:  # the storage layer (and SQLAlchemy) only when a command opens the file
    from netplanner.paths import Location
    from netplanner.storage.database import Database


def data_file(args: argparse.Namespace) -> Location:
    """``--db FILE``, else ``$NETPLANNER_DB``, else the file in the per-user data folder.
    A practice server (``postgresql://…``) where a URL names one."""
    from netplanner.paths import default_data_file

    return args.db if args.db is not None else default_data_file()


def file_only(args: argparse.Namespace, what: str) -> Path:
    """The data file, for a command that works on a file only (``what``: its name);
    a practice server is refused in one line: its backups are the server's job."""
    location = data_file(args)
    if not isinstance(location, Path):
        raise CommandError(
            f"netplanner {what} works on a data file; {location} is a practice server, "
            "whose backups are its administrator's job (pg_dump).",
            EXIT_USAGE,
        )
    return location


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

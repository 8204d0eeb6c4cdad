"""``netplanner restore FILE``: put a backup in place of the data file."""

from __future__ import annotations

import argparse
from pathlib import Path

from netplanner.cli.errors import EXIT_OK, EXIT_USAGE, CommandError
from netplanner.cli.words import say, text
from netplanner.messages import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("restore", help="put a backup in place of the data file")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import file_only, open_database, require_file
    from netplanner.storage.sqlite.backups import BackupError, verify
    from netplanner.storage.sqlite.recovery import restore_backup

    path = file_only(args, "restore")
    require_file(args.file)
    try:
        contacts, conversations = verify(args.file, known_revision=True)
    except BackupError as error:
        raise CommandError(
            say(QT_TRANSLATE_NOOP("Cli", "%1 Nothing was restored."), error), EXIT_USAGE
        ) from error
    try:
        saved = restore_backup(path, args.file)
    except BackupError as error:
        raise CommandError(text(error)) from error
    open_database(args).close()  # upgrades a backup from an older NetPlanner
    if saved is not None:
        print(say(QT_TRANSLATE_NOOP("Cli", "The data as it was is saved in %1"), saved.path))
    restored = QT_TRANSLATE_NOOP("Cli", "Restored %1: %2 contacts, %3 conversations")
    print(say(restored, args.file, contacts, conversations))
    return EXIT_OK

"""Exit codes, the one-line failure every command may raise, and the one edge where
every failure becomes one line on stderr and its exit code (never a traceback)."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Callable
from pathlib import Path

from netplanner.paths import Location

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report in one line on stderr, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def run_reporting(
    command: Callable[[argparse.Namespace], int],
    args: argparse.Namespace,
    data_file: Callable[[], Location],
) -> int:
    """Run ``command``; every failure becomes one line on stderr and its exit code.
    ``data_file()`` names the data file in messages about it.

    While it runs, a write waits for another program's write as long as it takes
    (saying so once after a few seconds): eight imports started at once all succeed.
    """
    from netplanner.cli.words import say
    from netplanner.messages import QT_TRANSLATE_NOOP
    from netplanner.storage.sqlite.waiting import set_wait_policy, wait_policy

    def notice(path: Path) -> None:
        waiting = QT_TRANSLATE_NOOP(
            "Cli",
            "waiting for another program that is writing to %1… "
            "(Ctrl+C stops; nothing is changed then)",
        )
        print(f"netplanner: {say(waiting, path)}", file=sys.stderr, flush=True)

    previous = set_wait_policy(
        dataclasses.replace(wait_policy(), write_seconds=None, on_notice=notice)
    )
    try:
        return _reported(command, args, data_file)
    finally:
        set_wait_policy(previous)


def _reported(
    command: Callable[[argparse.Namespace], int],
    args: argparse.Namespace,
    data_file: Callable[[], Location],
) -> int:
    from netplanner.cli.words import say, text
    from netplanner.core.errors import NetPlannerError, NotFoundError, ValidationError
    from netplanner.messages import QT_TRANSLATE_NOOP
    from netplanner.paths import UnsupportedLocationError
    from netplanner.storage.errors import DamagedDataFileError, DataFileError
    from netplanner.storage.output_files import OutputFileError, OutputRefusedError

    try:
        code = command(args)
        sys.stdout.flush()  # here, so a reader that went away is noticed by the handler below
        return code
    except BrokenPipeError:
        # Output piped into a program that stopped reading (``netplanner list contacts |
        # head``): nothing more to say, and nothing for Python to complain about at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except CommandError as error:
        message, code = text(error), error.code
    except UnsupportedLocationError as error:  # $NETPLANNER_DB names a server
        message, code = text(error), EXIT_USAGE
    except (NotFoundError, ValidationError) as error:
        message, code = text(error), EXIT_USAGE
    except DamagedDataFileError as error:
        from netplanner.datafile import recovery_advice

        message, code = f"{text(error)} {text(recovery_advice(error.path))}", EXIT_FAILED
    except DataFileError as error:
        message, code = text(error), EXIT_FAILED
    except OutputFileError as error:
        message = text(error)
        code = EXIT_USAGE if isinstance(error, OutputRefusedError) else EXIT_FAILED
    except NetPlannerError as error:
        message, code = text(error), EXIT_FAILED
    except KeyboardInterrupt:
        message, code = say(QT_TRANSLATE_NOOP("Cli", "Interrupted.")), EXIT_FAILED
    except Exception as error:
        from netplanner.paths import ServerLocation
        from netplanner.storage.sqlite.failures import is_operational

        location = data_file()
        if isinstance(location, ServerLocation):
            from netplanner.storage.postgresql.failures import is_server_failure, unavailable

            if not is_server_failure(error):
                raise
            message, code = str(unavailable(location, error)), EXIT_FAILED
        elif not is_operational(error):
            raise
        else:
            message, code = _operational_message(location, error), EXIT_FAILED
    print(f"netplanner: {' '.join(message.split())}", file=sys.stderr)
    return code


def _operational_message(data_file: Path, error: BaseException) -> str:
    """An error of SQLite or the system that no command turned into words: one line.

    The data file's when it concerns the data file (a lock, a full disk…), else the
    file the system named."""
    from netplanner.cli.words import say, text
    from netplanner.messages import QT_TRANSLATE_NOOP
    from netplanner.storage.sqlite.failures import unavailable

    named = getattr(error, "filename", None)
    if isinstance(error, OSError) and named and Path(named) != data_file:
        reason = str(error.strerror or error).lower()
        return say(QT_TRANSLATE_NOOP("Cli", "Cannot use %1: %2."), named, reason)
    return text(unavailable(data_file, error))

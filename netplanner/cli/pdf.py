"""What the PDF commands share: the paper size, and writing the file whole or not at all.

``netplanner sheet``, ``sheets``, ``export booklet`` and ``export blank-sheet`` print on
the paper size kept in the data file (``core.sheets.paper_size``: the one File → Paper
size sets in the window), unless ``--page-size`` says otherwise for that command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from netplanner.cli.errors import CommandError
from netplanner.paths import Location

PAGE_SIZE_HELP = "paper for this command (default: the data file's setting, else the locale's)"


def add_page_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page-size", choices=["A4", "Letter"], help=PAGE_SIZE_HELP)


def write_pdf(output: Path, render: Callable[[BinaryIO], None], failed: str) -> None:
    """Have ``render`` write the PDF into a stream that lands at ``output`` whole, or
    nowhere (``storage.output_files``: never on the data file, its backups or anything
    that is not a regular file; 0600; ``-`` for standard output). The target is checked
    before any work. ``failed`` is the message when the PDF cannot be made ("The prep
    sheet could not be made: %1", marked for translation)."""
    from netplanner.storage.output_files import STDOUT, check_output, output_file

    if output != STDOUT:
        check_output(output)  # a wrong target is said before any work
    with output_file(output, stdout_ok=True) as out:
        try:
            render(out)
        except OSError:
            raise  # the CLI's edge says it in one line
        except Exception as error:  # a rendering failure: report it, leave no half file
            from netplanner.cli.words import say

            raise CommandError(say(failed, error)) from error


def written(line: str, output: Path) -> None:
    """Say what was written: on standard error when standard output carries the file."""
    from netplanner.storage.output_files import STDOUT

    print(line, file=sys.stderr if output == STDOUT else sys.stdout)


def saved_paper_size(data_file: Location) -> str:
    """The paper size kept in ``data_file``, read without opening it for writing; the
    locale's when there is no such file (or it cannot be read that way)."""
    import sqlite3

    from netplanner.core.queries.plain import PlainQueries
    from netplanner.core.sheets.paper_size import locale_paper_size, read_paper_size
    from netplanner.storage.sqlite.reading import connect_for_reading

    is_file = isinstance(data_file, Path) and data_file.is_file()
    connection = connect_for_reading(data_file) if is_file else None
    if connection is None:
        return locale_paper_size()
    try:
        return read_paper_size(PlainQueries(connection))
    except sqlite3.DatabaseError:
        return locale_paper_size()
    finally:
        connection.close()

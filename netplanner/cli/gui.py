"""No command: the app window, and its self-tests."""

from __future__ import annotations

import argparse


def register(parser: argparse.ArgumentParser) -> None:
    """The window's options on the main parser; the window runs when no command is given."""
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the data file, show the main window with data, render a sheet, then exit",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netplanner.cli.data import data_file
    from netplanner.gui.app import run_gui

    return run_gui(data_file(args), self_test=args.self_test)

"""The command modules: each registers its own parser and handler, and nothing is forgotten."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import subprocess
import sys
from collections.abc import Callable

import netplanner.cli
from netplanner.cli import build_parser

Handler = Callable[[argparse.Namespace], int]


def _parsers(
    parser: argparse.ArgumentParser,
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser under ``parser`` with the words that reach it (``("export", "csv")``)."""
    found: list[tuple[tuple[str, ...], argparse.ArgumentParser]] = [((), parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += [((name, *words), deeper) for words, deeper in _parsers(sub)]
    return found


def _command_modules() -> list[object]:
    modules = [
        importlib.import_module(f"netplanner.cli.{info.name}")
        for info in pkgutil.iter_modules(netplanner.cli.__path__)
    ]
    return [m for m in modules if any(name.startswith("register") for name in vars(m))]


def test_every_handler_a_command_module_defines_is_reachable_from_the_command_line() -> None:
    """A module whose ``register`` is not called (a command left out of ``COMMANDS``, a
    format its command forgot) fails here instead of silently doing nothing."""
    reachable = {p._defaults.get("run") for _, p in _parsers(build_parser())} - {None}
    defined = {
        handler
        for module in _command_modules()
        for name, handler in vars(module).items()
        if (name == "run" or name.startswith("run_")) and callable(handler)
    }
    assert defined == reachable


def test_each_command_and_format_ends_at_a_handler() -> None:
    """Every word a user can type last (``netplanner chain``, ``netplanner export csv``)
    runs something; a command with formats runs only through one of them."""
    for words, parser in _parsers(build_parser()):
        has_formats = any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
        if words and not has_formats:
            assert callable(parser._defaults.get("run")), words


def test_the_window_opens_without_a_command_and_a_command_runs_its_own_handler() -> None:
    parser = build_parser()
    from netplanner.cli import chain, gui

    assert parser.parse_args([]).run is gui.run
    assert parser.parse_args(["chain", "3"]).run is chain.run


def test_every_help_page_shows_without_loading_the_heavy_layers() -> None:
    """Parsing stays light: the core, SQLAlchemy, ReportLab and Qt load in handlers only."""
    every = [list(words) for words, _ in _parsers(build_parser())]
    probe = (
        "import contextlib, io, sys\nfrom netplanner.cli import main\n"
        f"for words in {every!r}:\n"
        "    page = io.StringIO()\n"
        "    with contextlib.redirect_stdout(page):\n"
        "        try:\n            main([*words, '--help'])\n"
        "        except SystemExit as end:\n            assert end.code == 0, words\n"
        "    assert page.getvalue().startswith('usage: netplanner ' + ' '.join(words)), words\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'PySide6', 'netplanner.core')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"

"""Where the user's data lives by default, and how to point elsewhere.

A data location is a path, or an SQLAlchemy URL: ``sqlite:///notes.sqlite3`` (relative)
and ``sqlite:////home/me/notes.sqlite3`` (absolute) name an SQLite file as a path does.
Other engines are refused for now with a clear message. Read without SQLAlchemy, so
the commands that never load it (``sheet``, ``import``) take the same locations.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

from netplanner.messages import QT_TRANSLATE_NOOP, Message

DB_ENV_VAR = "NETPLANNER_DB"
DATA_FILE_NAME = "netplanner.sqlite3"

# ``scheme://…`` with a scheme of two letters or more (``C://`` stays a Windows path).
_URL = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+)://(?P<rest>.*)", re.DOTALL)
_SQLITE_DRIVERS = ("sqlite", "sqlite+pysqlite")
_PASSWORD = re.compile(r"(://[^/:@]*:)[^/@]*@")


class UnsupportedLocationError(ValueError):
    """A URL NetPlanner cannot open (yet); the message says so in one line."""


def data_location(location: str | os.PathLike[str]) -> Path:
    """The SQLite data file that ``location`` (a path or an SQLAlchemy URL) names.

    ``UnsupportedLocationError`` for a URL of another engine or an SQLite URL that names
    no file (``sqlite://`` is a database in memory: nothing would be kept).
    """
    text = os.fspath(location)
    match = _URL.fullmatch(text)
    if match is None:
        return Path(text).expanduser()
    scheme = match.group("scheme").lower()
    backend = scheme.split("+", 1)[0]
    if backend in ("postgresql", "postgres"):
        raise UnsupportedLocationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 is a PostgreSQL server, which this NetPlanner cannot open yet: give "
                    "a data file (a path, or sqlite:///PATH).",
                ),
                _PASSWORD.sub(r"\1***@", text),
            )
        )
    rest = match.group("rest")
    if scheme in _SQLITE_DRIVERS and rest.startswith("/") and "?" not in rest and rest != "/":
        return Path(unquote(rest[1:])).expanduser()
    raise UnsupportedLocationError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 is not a data file NetPlanner can open: give a path, or sqlite:///PATH.",
            ),
            _PASSWORD.sub(r"\1***@", text),
        )
    )


def default_data_file() -> Path:
    """``$NETPLANNER_DB`` if set, else ``netplanner.sqlite3`` in the per-user data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return data_location(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("NetPlanner", appauthor=False, roaming=True)) / DATA_FILE_NAME

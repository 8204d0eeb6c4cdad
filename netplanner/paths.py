"""Where the user's data lives by default, and how to point elsewhere.

A data location is a path, or an SQLAlchemy URL: ``sqlite:///notes.sqlite3`` (relative)
and ``sqlite:////home/me/notes.sqlite3`` (absolute) name an SQLite file as a path does.
``postgresql://USER@HOST/DB`` names a practice server (read with psycopg 3);
other engines are refused with a clear message. Read without SQLAlchemy, so
the commands that never load it (``sheet``, ``import``) take the same locations.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ServerLocation:
    """A practice's PostgreSQL server: ``url`` is its SQLAlchemy URL, always with the
    psycopg 3 driver. Shown (``str``) without the password."""

    url: str

    def __str__(self) -> str:
        return _PASSWORD.sub(r"\1***@", self.url)


# Where data lives: an SQLite file, or a practice server.
Location = Path | ServerLocation


def _server_url(text: str, scheme: str) -> str:
    """``postgresql://…`` and ``postgres://…`` (any driver named) read as psycopg 3's."""
    return "postgresql+psycopg://" + text[len(scheme) + 3 :]


def data_location(location: str | os.PathLike[str] | ServerLocation) -> Location:
    """The SQLite data file or the practice server that ``location`` (a path or an
    SQLAlchemy URL) names.

    ``UnsupportedLocationError`` for a URL of another engine or an SQLite URL that names
    no file (``sqlite://`` is a database in memory: nothing would be kept).
    """
    if isinstance(location, ServerLocation):
        return location
    text = os.fspath(location)
    match = _URL.fullmatch(text)
    if match is None:
        return Path(text).expanduser()
    scheme = match.group("scheme").lower()
    backend = scheme.split("+", 1)[0]
    if backend in ("postgresql", "postgres"):
        return ServerLocation(_server_url(text, scheme))
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


def default_data_file() -> Location:
    """``$NETPLANNER_DB`` if set, else ``netplanner.sqlite3`` in the per-user data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return data_location(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("NetPlanner", appauthor=False, roaming=True)) / DATA_FILE_NAME

"""Waiting for a lock another program holds on the data file, and beginning writes.

SQLite lets one program write at a time. Every write begins with ``BEGIN IMMEDIATE``,
so it takes the write lock before it reads anything and can never fail halfway for a
lock (in WAL mode readers are never blocked by a writer). How long a write waits for
another writer is a choice of whoever runs it (:class:`WaitPolicy`):

- the library default waits :attr:`WaitPolicy.write_seconds` (5 s), then raises
  :class:`~netplanner.storage.errors.DataFileBusyError`;
- the command line waits as long as it takes and says once, after a few seconds, that
  it waits for another program (so eight imports started at once all succeed, one
  after the other);
- the window can pass :attr:`WaitPolicy.on_wait`, which is called about ten times a
  second while a write waits: it can keep the window alive (process events, show
  "waiting…") and return False to stop waiting, which raises ``DataFileBusyError``.

Reads wait :attr:`WaitPolicy.read_seconds` (SQLite's busy timeout): only a program
that locks the file exclusively blocks them.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: How long one attempt to take the write lock waits inside SQLite (milliseconds).
_SLICE_MS = 100


@dataclass(frozen=True)
class WaitPolicy:
    """How long to wait for a lock another program holds; see the module notes."""

    #: How long a read waits for an exclusive lock (SQLite's busy timeout), in seconds.
    read_seconds: float = 5.0
    #: How long a write waits for another writer; None: as long as it takes.
    write_seconds: float | None = 5.0
    #: After this many seconds of waiting, ``on_notice`` is called (once per write).
    notice_after: float = 3.0
    on_notice: Callable[[Path], None] | None = None
    #: Called while a write waits, with the data file and the seconds waited so far;
    #: returning False stops waiting (the write then raises ``DataFileBusyError``).
    on_wait: Callable[[Path, float], bool] | None = None


_policy = WaitPolicy()


def wait_policy() -> WaitPolicy:
    return _policy


def set_wait_policy(policy: WaitPolicy) -> WaitPolicy:
    """Use ``policy`` from now on, in this process; returns the one it replaces."""
    global _policy
    previous, _policy = _policy, policy
    return previous


def busy_timeout_ms() -> int:
    return max(0, int(_policy.read_seconds * 1000))


def connect_read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only (never created), waiting for locks as the policy says."""
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_policy.read_seconds
    )


def connect(path: Path | str) -> sqlite3.Connection:
    """``path`` opened to read and write, waiting for locks as the policy says."""
    return sqlite3.connect(path, timeout=_policy.read_seconds)


def begin_immediate(connection: sqlite3.Connection, path: Path) -> None:
    """Begin a write transaction on ``connection`` (the data file ``path``), waiting for
    another writer as the policy says. Raises ``DataFileBusyError`` when it gives up;
    any other error of SQLite as it comes."""
    from netplanner.storage.sqlite.failures import busy, is_busy

    policy = _policy
    connection.execute(f"PRAGMA busy_timeout={_SLICE_MS}")
    try:
        start = time.monotonic()
        noticed = False
        while True:
            try:
                connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise
            waited = time.monotonic() - start
            if policy.write_seconds is not None and waited >= policy.write_seconds:
                raise busy(path)
            if not noticed and waited >= policy.notice_after and policy.on_notice is not None:
                noticed = True
                policy.on_notice(path)
            if policy.on_wait is not None and not policy.on_wait(path, waited):
                raise busy(path)
    finally:
        connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")

"""psycopg's failures in the words of ``netplanner.storage.errors``.

A server that is down, unreachable, or refuses the login is *unavailable*: one line,
nothing moved or changed, and trying again may work. A lock held too long by another
session is *busy*.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.errors import (
    DataFileAccessError,
    DataFileBusyError,
    DataFileUnavailableError,
)

if TYPE_CHECKING:
    from netplanner.paths import ServerLocation

#: SQLSTATEs: lock_not_available, insufficient_privilege, invalid_authorization,
#: invalid_password, invalid_catalog_name (no such database).
_BUSY = {"55P03"}
_DENIED = {"42501", "28000", "28P01", "3D000"}


def _state(error: BaseException) -> str | None:
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException):
        error = original
    return getattr(error, "sqlstate", None)


def is_server_failure(error: BaseException) -> bool:
    """True for a failure of the connection or the server, not of the app's own logic."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    from sqlalchemy.exc import OperationalError

    original = getattr(error, "orig", error)
    if isinstance(error, OperationalError) or isinstance(original, psycopg.OperationalError):
        return True
    # The server refused: no privilege, or a lock held too long by another session.
    return _state(error) in _BUSY | _DENIED


def unavailable(location: ServerLocation, error: BaseException) -> DataFileUnavailableError:
    """The one-line error for a failure of the server at ``location``."""
    original = getattr(error, "orig", None) or error
    reason = " ".join(str(original).split())[:300]
    state = _state(error)
    if state in _BUSY:
        return DataFileBusyError(
            location,  # type: ignore[arg-type]
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Someone else is saving the same data on %1 just now. Nothing was "
                    "changed; try again in a moment.",
                ),
                location,
            ),
        )
    if state in _DENIED:
        return DataFileAccessError(
            location,  # type: ignore[arg-type]
            Message(
                QT_TRANSLATE_NOOP("Messages", "The practice server %1 refused: %2"),
                location,
                reason,
            ),
        )
    return DataFileUnavailableError(
        location,  # type: ignore[arg-type]
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot reach the practice server %1: %2. Nothing was changed; try again "
                "when the server can be reached.",
            ),
            location,
            reason,
        ),
    )

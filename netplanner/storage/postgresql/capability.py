"""The PostgreSQL capability of an open practice server (``database.server``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from netplanner.paths import ServerLocation


@dataclass(frozen=True)
class PracticeServer:
    """The practice database at ``location``, reached as the person's own login."""

    location: ServerLocation

    @staticmethod
    def record_undo(engine: Engine) -> None:
        """From now on every connection asks the server's undo trigger (migration 0006)
        to log its changes, in this login's own log; the log starts empty."""
        from netplanner.storage.sqlite.undo import clear_log

        if not event.contains(engine, "connect", _record_undo):
            event.listen(engine, "connect", _record_undo)
        engine.dispose()  # connections made before now do not record
        clear_log(engine)

    @staticmethod
    def clear_undo(engine: Engine) -> None:
        """Empty this login's undo log (row-level security: nobody else's)."""
        from netplanner.storage.sqlite.undo import clear_log

        clear_log(engine)

    @staticmethod
    def defer_foreign_keys(connection: Connection) -> None:
        """The keys are DEFERRABLE (migration 0006): check them at the commit."""
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")

    @staticmethod
    def live_statistics(engine: Engine) -> str:
        """One line for ``netplanner check``: who is logged in, on which server."""
        with engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT current_user, current_database(), current_setting('server_version')"
            ).one()
        return f"{row[0]} on {row[1]} (PostgreSQL {row[2]})"


def _record_undo(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("SET netplanner.record_undo = on")
    dbapi_connection.commit()

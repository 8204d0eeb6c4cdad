"""The SQLite capability of an open data file: what it can do because it is one SQLite file.

A :class:`~netplanner.storage.database.Database` on an SQLite file carries one
(``database.sqlite``). Code outside ``storage/sqlite/`` that needs something only SQLite
does asks it here, so a second engine has one list to answer (the package notes say
what each item would be elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.sql.dml import Insert

    Values = Mapping[str, Any]

    from netplanner.storage.sqlite.backups import BackupInfo


@dataclass(frozen=True)
class SQLiteFile:
    """The data file at ``path``, as SQLite knows it."""

    path: Path

    def backup(self, reason: str = "manual", target: Path | None = None) -> BackupInfo:
        """A verified copy made with SQLite's online backup API (see ``backups``)."""
        from netplanner.storage.sqlite.backups import make_backup

        return make_backup(self.path, reason=reason, target=target)

    @staticmethod
    def integrity_check(engine: Engine) -> str:
        """SQLite's full integrity check: "ok", or what is wrong (its first lines)."""
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
        return "ok" if rows == ["ok"] else "; ".join(str(row) for row in rows[:3])

    @staticmethod
    def defer_foreign_keys(connection: Connection) -> None:
        """Check foreign keys at the commit only, for the rest of this transaction."""
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    @staticmethod
    def inserted_ids(
        connection: Connection, statement: Insert, rows: Sequence[Values]
    ) -> list[int]:
        """Insert ``rows`` in batches (SQLAlchemy's "insertmanyvalues") and give the ids
        SQLite gave them, in the rows' order.

        SQLite returns the rows of a multi-row INSERT in no promised order, so SQLAlchemy
        asked for them in order inserts one row per statement (twice the time for a
        whole network). But SQLite gives each new row the id one above the largest, row
        after row, and in a write transaction nobody else inserts: sorted, the ids are
        the rows' own. Checked: they must be consecutive, else nothing is kept (the
        caller's transaction rolls back).
        """
        table = statement.table
        returning = statement.returning(table.c.id)
        ids = sorted(connection.execute(returning, list(rows)).scalars())
        if ids != list(range(ids[0], ids[0] + len(rows))):
            raise RuntimeError(f"{table}: the new rows did not get consecutive ids")
        return ids

    @staticmethod
    def record_undo(engine: Engine) -> None:
        """Log how to undo each change on every connection from now on (TEMP triggers,
        see ``undo``); the log starts empty."""
        from netplanner.storage.sqlite.undo import clear_log, install_undo_recording

        install_undo_recording(engine)
        clear_log(engine)

    @staticmethod
    def clear_undo(engine: Engine) -> None:
        """Empty the undo log: deleted text must not outlive the session."""
        from netplanner.storage.sqlite.undo import clear_log

        clear_log(engine)

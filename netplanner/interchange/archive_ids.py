"""Restoring an archive where ids are not the archive's to choose: a practice server.

In an SQLite file an archive's rows come back under their own ids ("conversation 7 is
conversation 7 again"). On a server other people's rows hold ids too, and a login may
not name an id at all (migration 0006: an id would tell which ones exist): every row
gets a new id from the server, and every link is rewritten to the new ids. Links that
point at a row inserted later (a contact introduced in a conversation, or by a contact
further on) are set once everything is in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

Rows = Sequence[dict[str, Any]]


def insert_with_new_ids(session: Session, batches: Sequence[tuple[Table, Rows]]) -> None:
    """Insert each table's rows (in the order given, parents first) under new ids."""
    new_ids: dict[str, dict[int, int]] = {}
    later: list[tuple[Table, str, str, dict[int, Any]]] = []  # table, column, target, old
    for table, rows in batches:
        links = {
            key.parent.name: key.column.table.name
            for key in table.foreign_keys
            if key.column.name == "id"
        }
        pending: dict[str, dict[int, int]] = {}
        prepared = []
        for position, row in enumerate(rows):
            values = {k: v for k, v in row.items() if k != "id"}
            for column, target in links.items():
                old = values.get(column)
                if old is None:
                    continue
                if target in new_ids and target != table.name:
                    values[column] = new_ids[target][old]
                else:  # a row not in yet: linked once it is
                    values[column] = None
                    pending.setdefault(column, {})[position] = old
            prepared.append(values)
        ids: list[int] = []
        if prepared:
            statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
            ids = list(session.execute(statement, prepared).scalars())
        # Rows nothing links to (answers, details) come without an id of their own.
        new_ids[table.name] = {
            row["id"]: new for row, new in zip(rows, ids, strict=True) if "id" in row
        }
        for column, olds in pending.items():
            by_new_id = {ids[position]: (old, rows[position]) for position, old in olds.items()}
            later.append((table, column, links[column], by_new_id))
    for table, column, target, by_new_id in later:
        values = {column: bindparam("link")}
        if "updated_at" in table.c:  # a link set late is no change of the row: keep its time
            values["updated_at"] = bindparam("kept")
        linking = update(table).where(table.c.id == bindparam("row_id")).values(values)
        session.connection().execute(
            linking,
            [
                {"row_id": row_id, "link": new_ids[target][old], "kept": row.get("updated_at")}
                for row_id, (old, row) in by_new_id.items()
            ],
        )

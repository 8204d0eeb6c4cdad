"""Migrations build the schema from nothing, match the models, and stay linear."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from netplanner.core.models import Base
from netplanner.storage.database import open_database
from netplanner.storage.migrate import script_revisions
from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS
from netplanner.storage.sqlite.opening import make_engine


def test_empty_file_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert revision == HEAD_REVISION
    assert {"contact", "conversation", "conversation_question", "question_bank"} <= tables


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    engine = make_engine(path)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_revision_chain_is_linear_and_known() -> None:
    assert script_revisions() == list(KNOWN_REVISIONS)


def test_connection_pragmas(database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1

"""One migration history for both engines: on PostgreSQL the chain goes up and down,
head matches the ORM models, and every owned table has its row-level security."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

from netplanner.core.models import Base
from netplanner.storage.migrate import migrate
from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS

#: Every table whose rows belong to someone (migration 0006).
OWNED = {
    "app_meta",
    "contact",
    "contact_detail",
    "goal",
    "conversation",
    "conversation_question",
    "question_bank",
    "question",
    "follow_up",
    "undo_log",
}
#: Objects only the server has (security, not the models' business).
SERVER_ONLY_TABLES = {"coach_grant", "practice_member", "alembic_version"}


@pytest.fixture
def owner_engine(pg_server, practice_template) -> Iterator[Engine]:
    """An empty database owned by netplanner_owner, every connection acting as it."""
    name = f"{practice_template.template}_chain"
    admin = create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER netplanner_owner')
    engine = create_engine(pg_server.url(name))

    @event.listens_for(engine, "connect")
    def as_owner(dbapi_connection, _record) -> None:
        dbapi_connection.execute("SET ROLE netplanner_owner")
        dbapi_connection.commit()

    with engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL ROLE postgres")
        connection.exec_driver_sql("ALTER SCHEMA public OWNER TO netplanner_owner")
    yield engine
    engine.dispose()
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_the_chain_goes_up_and_down_step_by_step(owner_engine: Engine) -> None:
    for revision in KNOWN_REVISIONS:
        migrate(owner_engine, revision)
        assert _revision(owner_engine) == revision
    for revision in reversed(KNOWN_REVISIONS[:-1]):
        migrate(owner_engine, revision, down=True)
        assert _revision(owner_engine) == revision
    migrate(owner_engine, "base", down=True)
    with owner_engine.connect() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        assert set(tables) <= {"alembic_version"}
    migrate(owner_engine, "head")
    assert _revision(owner_engine) == HEAD_REVISION


def _models_only(obj, name, type_, reflected, compare_to) -> bool:
    """Leave out what exists only on the server: its own tables, the (owner, id) keys
    and the indexes the policies use."""
    if type_ == "table":
        return name not in SERVER_ONLY_TABLES
    if type_ == "unique_constraint" and reflected and name and name.endswith("_owner_id"):
        return False
    return not (type_ == "index" and reflected and compare_to is None and "_owner_" in name)


def test_head_on_the_server_matches_the_models(owner_engine: Engine) -> None:
    migrate(owner_engine, "head")
    with owner_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": _models_only, "compare_type": True}
        )
        differences = compare_metadata(context, Base.metadata)
    # The server's keys also compare owners; the models name the id alone.
    differences = [d for d in differences if d[0] not in ("add_fk", "remove_fk")]
    assert differences == []


def test_every_owned_table_forces_row_level_security(owner_engine: Engine) -> None:
    migrate(owner_engine, "head")
    with owner_engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                "(SELECT array_agg(p.policyname::text ORDER BY p.policyname) FROM pg_policies p "
                " WHERE p.tablename = c.relname) "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r'"
            )
        ).all()
    security = {
        name: (enabled, forced, set(policies or [])) for name, enabled, forced, policies in rows
    }
    orm_tables = set(Base.metadata.tables)
    assert orm_tables == OWNED
    for table in OWNED:
        enabled, forced, policies = security[table]
        assert enabled and forced, table
        assert {"own", "login_only", "maintenance"} <= policies, table
        if table not in ("undo_log", "app_meta"):
            assert {"coach_read", "coach_insert", "coach_update", "coach_delete"} <= policies

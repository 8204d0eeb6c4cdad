"""Setting up a practice server: ``netplanner practice init | upgrade | add-client |
add-coach``, run by an administrator (a login that may create roles and databases).

- The group roles are cluster-wide and made once: ``netplanner_owner`` (owns the
  tables, runs migrations; admins only), ``netplanner_client`` and ``netplanner_coach``
  (hold the privileges the policies name), and ``netplanner_practice`` (owns the
  practice banks; nobody logs in as it).
- ``init`` makes the database owned by ``netplanner_owner``, closes it to everybody
  else, and migrates it as that role (migration 0006 adds the row-level security).
- ``add-client NAME`` / ``add-coach NAME`` make a login with an opaque name
  (``np_c_…``, ``np_k_…``): every login can list the roles, so a role name must not
  tell who is coached here. The person's name goes into ``practice_member``.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url

from netplanner.paths import ServerLocation

GROUPS = ("netplanner_owner", "netplanner_client", "netplanner_coach", "netplanner_practice")
KINDS = {"client": ("np_c_", "netplanner_client"), "coach": ("np_k_", "netplanner_coach")}


@dataclass(frozen=True)
class Member:
    """A login made by :func:`add_member`; ``password`` is None when none was set."""

    role: str
    kind: str
    display_name: str
    password: str | None


def _database_name(location: ServerLocation) -> str:
    name = make_url(location.url).database
    if not name:
        raise ValueError(f"{location} names no database")
    return name


def _engine(location: ServerLocation, database: str | None = None, **options: object) -> Engine:
    url: URL = make_url(location.url)
    if database is not None:
        url = url.set(database=database)
    return create_engine(url, **options)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_groups(location: ServerLocation) -> None:
    """The practice's group roles, where missing (idempotent)."""
    engine = _engine(location, "postgres", isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for role in GROUPS:
                exists = connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
                ).first()
                if not exists:
                    connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
            # The administrator running this manages the practice: may act as its owner.
            connection.exec_driver_sql("GRANT netplanner_owner TO current_user")
    finally:
        engine.dispose()


def init(location: ServerLocation, *, template: str | None = None) -> None:
    """Make the practice database at ``location`` (it must not exist) and migrate it."""
    name = _database_name(location)
    create_groups(location)
    engine = _engine(location, "postgres", isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            copy = f" TEMPLATE {_quoted(template)}" if template else ""
            connection.exec_driver_sql(
                f"CREATE DATABASE {_quoted(name)} OWNER netplanner_owner{copy}"
            )
            connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {_quoted(name)} FROM PUBLIC")
            connection.exec_driver_sql(
                f"GRANT CONNECT ON DATABASE {_quoted(name)} TO netplanner_client, netplanner_coach"
            )
    finally:
        engine.dispose()
    if template:
        return
    engine = _engine(location)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            connection.exec_driver_sql("ALTER SCHEMA public OWNER TO netplanner_owner")
        upgrade(location, engine=engine)
    finally:
        engine.dispose()


def upgrade(location: ServerLocation, *, engine: Engine | None = None) -> None:
    """Bring the practice database to the current revision, as ``netplanner_owner``."""
    from netplanner.storage.migrate import migrate

    own = engine is None
    engine = engine or _engine(location)
    try:
        with _as_owner(engine):
            migrate(engine, "head")
    finally:
        if own:
            engine.dispose()


@contextmanager
def _as_owner(engine: Engine) -> Iterator[None]:
    """Every new connection of ``engine`` acts as netplanner_owner while in the block, so
    whatever the migrations make belongs to it."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("SET ROLE netplanner_owner")
        dbapi_connection.commit()

    engine.dispose()
    event.listen(engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(engine, "connect", on_connect)
        engine.dispose()


def add_member(
    location: ServerLocation, kind: str, display_name: str, *, password: bool = True
) -> Member:
    """A new login for a client or a coach of the practice at ``location``."""
    prefix, group = KINDS[kind]
    role = prefix + secrets.token_hex(4)
    secret = secrets.token_urlsafe(15) if password else None
    engine = _engine(location)
    try:
        with engine.begin() as connection:
            # Role names and passwords cannot be parameters of CREATE ROLE; both are made
            # here (hex, URL-safe), and quoted all the same.
            password_clause = f" PASSWORD {_literal(secret)}" if secret else ""
            connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN{password_clause} IN ROLE {group}")
            connection.exec_driver_sql("SET LOCAL ROLE netplanner_owner")
            connection.execute(
                text("INSERT INTO practice_member (role, kind, display_name) VALUES (:r, :k, :d)"),
                {"r": role, "k": kind, "d": display_name},
            )
    finally:
        engine.dispose()
    return Member(role=role, kind=kind, display_name=display_name, password=secret)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def members(location: ServerLocation) -> list[tuple[str, str, str]]:
    """(role, kind, display name) of every member, for the administrator."""
    engine = _engine(location)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SET ROLE netplanner_owner")
            rows = connection.exec_driver_sql(
                "SELECT role, kind, display_name FROM practice_member ORDER BY kind, display_name"
            ).all()
    finally:
        engine.dispose()
    return [(row[0], row[1], row[2]) for row in rows]

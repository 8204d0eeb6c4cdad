"""Fixtures for the PostgreSQL half of the tests (registered in ``tests/conftest.py``).

One throwaway server per run (``postgres_server``), one practice database migrated
once per run as a *template* with three logins (two clients, one coach) and each
client's built-in banks, and per test a fresh copy of it (``CREATE DATABASE …
TEMPLATE``, a few tens of milliseconds). Tests connect as a client's login, never as
the superuser: a superuser bypasses row-level security and would hide its bugs.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import postgres_server
import pytest
from sqlalchemy import create_engine

from netplanner.paths import ServerLocation
from netplanner.storage.database import Database


@dataclass(frozen=True)
class Practice:
    """The template practice: its server, database name and logins."""

    server: postgres_server.Server
    template: str
    anna: str
    bram: str
    coach: str

    def location(self, database: str, user: str) -> ServerLocation:
        return ServerLocation(self.server.url(database, user))


_COPIES = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres_server.Server]:
    server = postgres_server.start()
    if isinstance(server, str):
        if postgres_server.must_run():
            pytest.fail(f"PostgreSQL is required in CI: {server}")
        pytest.skip(server)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def practice_template(pg_server: postgres_server.Server) -> Iterator[Practice]:
    from netplanner.datafile import open_data_file
    from netplanner.storage.postgresql import practice

    name = f"np_template_{secrets.token_hex(3)}"
    admin = ServerLocation(pg_server.url(name))
    practice.init(admin)
    anna = practice.add_member(admin, "client", "Anna de Vries", password=False).role
    bram = practice.add_member(admin, "client", "Bram Bakker", password=False).role
    coach = practice.add_member(admin, "coach", "Coach Carla", password=False).role
    made = Practice(server=pg_server, template=name, anna=anna, bram=bram, coach=coach)
    for client in (anna, bram):  # each client's first start: their own built-in banks
        open_data_file(made.location(name, client)).close()
    yield made
    if pg_server.data_dir is None:  # a server someone else runs: leave it as it was
        _drop(pg_server, name)


def _drop(server: postgres_server.Server, database: str) -> None:
    engine = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    engine.dispose()


@pytest.fixture
def practice_db(practice_template: Practice) -> Iterator[str]:
    """A fresh practice database (a copy of the template); its name."""
    from netplanner.storage.postgresql import practice

    name = f"{practice_template.template}_{next(_COPIES)}"
    admin = practice_template.location(name, "postgres")
    practice.init(admin, template=practice_template.template)
    yield name
    _drop(practice_template.server, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh database with the built-in banks on each engine: an SQLite file, and a
    practice server as the client Anna."""
    from netplanner.datafile import open_data_file

    if request.param == "sqlite":
        db = open_data_file(tmp_path / "netplanner.sqlite3")
    else:
        template: Practice = request.getfixturevalue("practice_template")
        name = request.getfixturevalue("practice_db")
        db = open_data_file(template.location(name, template.anna))
    yield db
    db.close()


@pytest.fixture
def any_demo_database(any_database: Database) -> Database:
    from netplanner.core.demo.example import load_demo

    with any_database.transaction() as session:
        load_demo(session)
    return any_database

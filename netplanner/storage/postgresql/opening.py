"""Opening a practice server: connect as the person's login, check the revision.

The app never migrates a server: a client's login may not change the schema, and
``netplanner practice upgrade`` (an administrator, after ``pg_dump``) does it. A server
at an older revision is refused with that advice; a newer one as a newer data file is.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.paths import ServerLocation
from netplanner.storage.database import Database
from netplanner.storage.errors import (
    DataFileUnavailableError,
    NewerDataFileError,
    NotADataFileError,
)
from netplanner.storage.postgresql.capability import PracticeServer
from netplanner.storage.postgresql.failures import is_server_failure, unavailable
from netplanner.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS

#: Seconds to wait for the server to answer a connection (then: unavailable).
CONNECT_TIMEOUT = 10
#: How long a save waits for a row another session is saving (then: busy, try again).
LOCK_TIMEOUT_MS = 10_000


def make_server_engine(location: ServerLocation) -> Engine:
    """An engine on the server; its sessions see only what the login may see."""
    return create_engine(
        location.url,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": "NetPlanner",
            "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
        },
    )


def read_server_revision(engine: Engine) -> str | None:
    """The server's schema revision; None when it has no NetPlanner schema."""
    with engine.connect() as connection:
        exists = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_server(location: ServerLocation) -> Database:
    """The practice database at ``location``, ready for work, or a ``DataFileError``."""
    engine = make_server_engine(location)
    try:
        revision = read_server_revision(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        if is_server_failure(error) or getattr(getattr(error, "orig", None), "sqlstate", None):
            raise unavailable(location, error) from error
        raise
    if revision != HEAD_REVISION:
        engine.dispose()
        raise _wrong_revision(location, revision)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, server=PracticeServer(location))


def _wrong_revision(location: ServerLocation, revision: str | None) -> Exception:
    where = location  # shown without the password
    if revision is None:
        return NotADataFileError(
            where,  # type: ignore[arg-type]
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 is not a NetPlanner practice database (an administrator prepares "
                    "one with: netplanner practice init).",
                ),
                where,
            ),
        )
    if revision not in KNOWN_REVISIONS:
        return NewerDataFileError(
            where,  # type: ignore[arg-type]
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 was written by a newer version of NetPlanner (schema %2). "
                    "Please update NetPlanner to open it; the file was not changed.",
                ),
                where,
                revision,
            ),
        )
    return DataFileUnavailableError(
        where,  # type: ignore[arg-type]
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The practice server %1 has an older schema (%2) than this NetPlanner "
                "(%3): an administrator runs netplanner practice upgrade first.",
            ),
            where,
            revision,
            HEAD_REVISION,
        ),
    )

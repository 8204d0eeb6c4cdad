"""Bring a data store's schema to head with Alembic (imported only when needed).

One migration history serves both engines. On SQLite a migration that rebuilds a table
(Alembic's batch mode: copy, drop, rename) runs with foreign keys off, as SQLite's own
procedure for such changes says, because dropping the old table would otherwise
cascade into its children; the keys are checked before the commit instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

if TYPE_CHECKING:  # Alembic is imported when a migration runs, not to open a file
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction: all of them or none."""
    migrate(engine, "head")


def migrate(engine: Engine, target: str, *, down: bool = False) -> None:
    """Upgrade (or with ``down``, downgrade) to ``target`` in one transaction."""
    from alembic import command

    from netplanner.storage.database import WRITE_OPTION

    config = alembic_config()
    with engine.connect() as outer:
        sqlite = outer.dialect.name == "sqlite"
        if sqlite:
            from netplanner.storage.sqlite.pragmas import check_foreign_keys, set_foreign_keys

            set_foreign_keys(outer, on=False)
        try:
            connection = outer.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                config.attributes["connection"] = connection
                (command.downgrade if down else command.upgrade)(config, target)
                if sqlite:
                    check_foreign_keys(connection)
        finally:
            if sqlite:
                set_foreign_keys(outer, on=True)


def script_revisions() -> list[str]:
    """The revisions of the migration scripts, oldest first (for tests and checks)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]

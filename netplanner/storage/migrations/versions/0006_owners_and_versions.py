"""Owners and versions: every row belongs to someone, and the rows a form edits carry a
version.

Both engines get the same columns, so one ORM model serves both:

- ``owner`` on every table that holds what a person made or keeps. An SQLite file has one
  person and leaves it '' (its server default); on PostgreSQL the server fills it from
  the login (``netplanner.owner`` when a coach writes for a client, else
  ``current_user``), and row-level security checks it. The app never writes it.
- keys that were unique for the whole file are unique per owner (``app_meta.key``,
  ``question_bank.builtin_key``, ``follow_up.suggestion_key``): a second client's first
  start installs its own built-in banks, and no unique index tells one client that
  another's row exists.
- ``version`` on the rows a form edits (SQLAlchemy's ``version_id_col``): a stale save is
  refused instead of overwriting another window's change.

On PostgreSQL only, the security objects in ``0006_postgresql_security.sql`` beside this
script: foreign keys that match on the owner, row-level security (ENABLE + FORCE) with
its policies, the coach grants, the practice's members and the per-user undo log. They
need the roles that ``netplanner practice init`` makes; PostgreSQL is migrated by that
command (and ``practice upgrade``) only, never by a client's window.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables whose rows belong to someone.
OWNED = (
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
)
#: Tables a form edits: they get a version counter.
VERSIONED = ("contact", "goal", "conversation", "question_bank", "question", "follow_up")
_HERE = Path(__file__).resolve().parent
#: PostgreSQL's security objects (plain SQL, so an administrator can read it in one place).
SECURITY_SQL = _HERE / "0006_postgresql_security.sql"
SECURITY_DOWN_SQL = _HERE / "0006_postgresql_security_down.sql"
#: The owner a row gets on PostgreSQL when the app names none.
PG_OWNER_DEFAULT = "coalesce(nullif(current_setting('netplanner.owner', true), ''), current_user)"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _run_script(path: Path) -> None:
    """Straight to psycopg, without parameters: the SQL holds format()'s ``%I`` and ``%s``."""
    driver = op.get_bind().connection.driver_connection
    assert driver is not None  # an open connection
    driver.execute(path.read_text(encoding="utf-8"))


def _rekey_app_meta(columns: list[str]) -> None:
    """Make ``columns`` app_meta's primary key. SQLite rebuilds the table, from a
    description without the old key (else the old key's columns stay marked as key)."""
    if not _sqlite():
        with op.batch_alter_table("app_meta") as batch_op:
            batch_op.drop_constraint("app_meta_pkey", type_="primary")
            batch_op.create_primary_key("app_meta_pkey", columns)
        return
    without_key = sa.Table(
        "app_meta",
        sa.MetaData(),
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(63), nullable=False, server_default=sa.text("''")),
    )
    with op.batch_alter_table("app_meta", recreate="always", copy_from=without_key) as batch_op:
        batch_op.create_primary_key("app_meta_pkey", columns)


def upgrade() -> None:
    sqlite = _sqlite()
    owner_default = sa.text("''") if sqlite else sa.text(PG_OWNER_DEFAULT)
    for table in OWNED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("owner", sa.String(63), nullable=False, server_default=owner_default)
            )
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    _rekey_app_meta(["owner", "key"])
    # 0001 left this constraint unnamed; the convention names it as PostgreSQL did.
    with op.batch_alter_table(
        "question_bank", naming_convention={"uq": "%(table_name)s_%(column_0_name)s_key"}
    ) as batch_op:
        batch_op.drop_constraint("question_bank_builtin_key_key", type_="unique")
        batch_op.create_unique_constraint(
            "uq_question_bank_owner_builtin_key", ["owner", "builtin_key"]
        )
    with op.batch_alter_table("follow_up") as batch_op:
        batch_op.drop_index("ix_follow_up_suggestion_key")
        batch_op.create_index("ix_follow_up_suggestion_key", ["suggestion_key"])
        batch_op.create_unique_constraint(
            "uq_follow_up_owner_suggestion_key", ["owner", "suggestion_key"]
        )
    if not sqlite:
        _run_script(SECURITY_SQL)


def downgrade() -> None:
    sqlite = _sqlite()
    if not sqlite:
        _run_script(SECURITY_DOWN_SQL)
    with op.batch_alter_table("follow_up") as batch_op:
        batch_op.drop_constraint("uq_follow_up_owner_suggestion_key", type_="unique")
        batch_op.drop_index("ix_follow_up_suggestion_key")
        batch_op.create_index("ix_follow_up_suggestion_key", ["suggestion_key"], unique=True)
    with op.batch_alter_table("question_bank") as batch_op:
        batch_op.drop_constraint("uq_question_bank_owner_builtin_key", type_="unique")
        batch_op.create_unique_constraint("question_bank_builtin_key_key", ["builtin_key"])
    _rekey_app_meta(["key"])
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
    for table in OWNED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("owner")

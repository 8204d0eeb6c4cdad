"""The undo log: how to take back each change made in the window, step by step.

Filled only while the GUI has the file open (see ``netplanner.storage.sqlite.undo``) and
emptied when it opens and closes the file, so deleted text never stays in it.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "undo_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("undo_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_undo_log_step"), ["step"])


def downgrade() -> None:
    with op.batch_alter_table("undo_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_undo_log_step"))
    op.drop_table("undo_log")

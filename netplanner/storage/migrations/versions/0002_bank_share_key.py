"""Question banks get a share key: a bank exported and imported again is recognised.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("question_bank", schema=None) as batch_op:
        batch_op.add_column(sa.Column("share_key", sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f("ix_question_bank_share_key"), ["share_key"])


def downgrade() -> None:
    with op.batch_alter_table("question_bank", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_bank_share_key"))
        batch_op.drop_column("share_key")

"""Conversations remember when they were asked and held; follow-ups know their kind.

The follow-up routines (thank within a day, 3 and 7 working days after an ask)
count from these moments. A follow-up made from a suggestion keeps the
suggestion's key, so a suggestion done or snoozed is not suggested again.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asked_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("held_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=30), nullable=False, server_default="manual")
        )
        batch_op.add_column(sa.Column("suggestion_key", sa.String(length=100), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_follow_up_suggestion_key"), ["suggestion_key"], unique=True
        )
    # Conversations already past those stages: their best known moment is their date.
    op.execute(
        "UPDATE conversation SET asked_at = COALESCE(starts_at, created_at) "
        "WHERE status NOT IN ('idea')"
    )
    op.execute(
        "UPDATE conversation SET held_at = COALESCE(starts_at, updated_at) "
        "WHERE status IN ('held', 'thanked', 'closed')"
    )


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_suggestion_key"))
        batch_op.drop_column("suggestion_key")
        batch_op.drop_column("kind")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_column("held_at")
        batch_op.drop_column("asked_at")

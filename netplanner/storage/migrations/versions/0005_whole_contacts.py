"""Whole people: more e-mail addresses, phones and websites, with their kind; the name's
parts, nickname, birthday, postal address, website and the source's UID.

Every new column is text with an empty default, on SQLite and PostgreSQL alike. The
second and later e-mail addresses and phone numbers an older NetPlanner kept in the
notes ("Other e-mail: …", "Other phone: …", written in English by its imports) move
into ``contact_detail``, and those lines leave the notes.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (column, length) of the new text columns of ``contact``.
NEW_COLUMNS: tuple[tuple[str, int], ...] = (
    ("email_kind", 50),
    ("phone_kind", 50),
    ("website", 500),
    ("nickname", 300),
    ("name_prefix", 100),
    ("given_name", 300),
    ("additional_names", 300),
    ("family_name", 300),
    ("name_suffix", 100),
    ("birthday", 10),
    ("street", 500),
    ("postal_code", 30),
    ("city", 300),
    ("address_region", 300),
    ("country", 300),
    ("source_uid", 300),
)
#: The note lines older imports wrote, and the detail kind each becomes.
_NOTE_PREFIXES = (("Other e-mail: ", "email"), ("Other phone: ", "phone"))


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name, length in NEW_COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )
    op.create_table(
        "contact_detail",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_detail", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_detail_contact_id"), ["contact_id"])
    _move_note_lines()


def _move_note_lines() -> None:
    """ "Other e-mail: …" and "Other phone: …" lines of the notes become details."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, notes FROM contact "
            "WHERE notes LIKE '%Other e-mail: %' OR notes LIKE '%Other phone: %'"
        )
    ).fetchall()
    details, notes = [], []
    for contact_id, text in rows:
        kept: list[str] = []
        position = 0
        for line in text.split("\n"):
            kind = next((k for prefix, k in _NOTE_PREFIXES if line.startswith(prefix)), None)
            value = line.split(": ", 1)[1].strip() if kind else ""
            if kind and value and len(value) <= 500:
                details.append(
                    {"contact_id": contact_id, "kind": kind, "value": value, "position": position}
                )
                position += 1
            else:
                kept.append(line)
        notes.append({"id": contact_id, "notes": "\n".join(kept).strip()})
    if details:
        connection.execute(
            sa.text(
                "INSERT INTO contact_detail (contact_id, kind, label, value, position) "
                "VALUES (:contact_id, :kind, '', :value, :position)"
            ),
            details,
        )
        connection.execute(sa.text("UPDATE contact SET notes = :notes WHERE id = :id"), notes)


def downgrade() -> None:
    with op.batch_alter_table("contact_detail", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_detail_contact_id"))
    op.drop_table("contact_detail")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name, _length in reversed(NEW_COLUMNS):
            batch_op.drop_column(name)

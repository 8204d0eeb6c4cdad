"""Alembic environment for NetPlanner's data file.

Migrations are run only through ``netplanner.storage.migrate``, which hands in an
open connection; there is no alembic.ini. Revisions are written by hand
(``render_as_batch`` style, since SQLite cannot ALTER most things), and
``tests/storage/test_migrations.py`` checks that head matches the ORM models.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("target_metadata"),
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

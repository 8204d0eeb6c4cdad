"""Small facts a data file keeps about itself (key/value in ``app_meta``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.models import AppMeta

#: Keys of the built-in banks ever installed in this file (comma-separated), so a
#: bank the user deleted is not brought back at the next start.
BUILTIN_BANKS_INSTALLED = "builtin_banks_installed"
#: Set once the user answered the first-start question about example data.
FIRST_START_DONE = "first_start_done"


def _row(session: Session, key: str) -> AppMeta | None:
    """The caller's own fact: one per key in a file; on a server the key is unique per
    owner, and row-level security shows the login its own rows only."""
    return session.scalars(select(AppMeta).where(AppMeta.key == key)).first()


def get_meta(session: Session, key: str, default: str = "") -> str:
    row = _row(session, key)
    return row.value if row is not None else default


def set_meta(session: Session, key: str, value: str) -> None:
    row = _row(session, key)
    if row is None:
        session.add(AppMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()


def delete_meta(session: Session, key: str) -> None:
    """Forget the fact (nothing happens when there is none)."""
    row = _row(session, key)
    if row is not None:
        session.delete(row)
        session.flush()

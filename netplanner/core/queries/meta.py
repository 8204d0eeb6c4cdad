"""The data file's small facts (``app_meta``), for code that reads them without the ORM."""

from __future__ import annotations

from sqlalchemy import bindparam, select

from netplanner.core.queries.tables import app_meta

#: The value kept under ``key``: no row while none was kept.
value = select(app_meta.c.value).where(app_meta.c.key == bindparam("key"))

"""The mapped tables, as Core sees them: what every statement here is built from."""

from __future__ import annotations

from sqlalchemy import Table

from netplanner.core.models import Base

TABLES: dict[str, Table] = dict(Base.metadata.tables)

app_meta = TABLES["app_meta"]
contact = TABLES["contact"]
contact_detail = TABLES["contact_detail"]
conversation = TABLES["conversation"]
conversation_question = TABLES["conversation_question"]
follow_up = TABLES["follow_up"]
goal = TABLES["goal"]

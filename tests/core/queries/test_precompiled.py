"""The statements compiled ahead for SQLite are the statements, and only those whose
values SQLAlchemy would hand over unchanged (moments aside) are compiled."""

from __future__ import annotations

import pytest
from sqlalchemy import bindparam, insert, literal, select

from netplanner.core.queries import precompile
from netplanner.core.queries.tables import contact, goal


def test_the_compiled_text_is_current() -> None:
    assert precompile.TARGET.read_text(encoding="utf-8") == precompile.source(), (
        "stale: run python -m netplanner.core.queries.precompile"
    )


def test_moments_are_named_both_ways() -> None:
    from netplanner.core.queries.sqlite_text import STATEMENTS

    sql, order, moments, moment_columns = STATEMENTS["sheets.conversations"]
    assert order == ("ids",) and moments == () and moment_columns == (4,)
    assert "starts_at" in sql.split(",")[4]
    assert STATEMENTS["imports.introduce"][2] == ("stamp",)


@pytest.mark.parametrize(
    ("statement", "refused"),
    [
        (select(goal.c.active), "converted by SQLAlchemy"),  # a Boolean comes back as 0/1
        (select(contact.c.id).where(contact.c.name == literal("x")), "a value in the statement"),
        (insert(contact).values(name=bindparam("name")), "no Python-side defaults"),
    ],
)
def test_what_the_plain_runner_could_not_hand_back_alike_is_refused(
    statement: object, refused: str
) -> None:
    with pytest.raises((TypeError, ValueError), match=refused):
        precompile.compile_statement("test.statement", statement)  # type: ignore[arg-type]

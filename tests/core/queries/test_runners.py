"""Both runners give the same rows and store the same rows: the window (SQLAlchemy) and
the commands that run the statements compiled ahead on sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from netplanner.core.followups.stored import create_follow_up
from netplanner.core.models import Contact, ContactDetail, Conversation
from netplanner.core.queries.plain import PlainQueries
from netplanner.core.queries.run import BATCH, SessionQueries, rows_by_ids
from netplanner.core.queries.sqlite_text import STATEMENTS


@pytest.fixture
def plain(demo_database) -> Iterator[PlainQueries]:
    connection = sqlite3.connect(demo_database.path, isolation_level=None)
    yield PlainQueries(connection)
    connection.close()


#: Values of the other parameters, such that the demo has rows for each statement.
MOMENTS = {
    "now": datetime.now(UTC),
    "before": datetime(2100, 1, 1, tzinfo=UTC),
    "start": datetime(2000, 1, 1, tzinfo=UTC),
    "end": datetime(2100, 1, 1, tzinfo=UTC),
}
TEXTS = {"status": "held", "statuses": ["idea", "asked", "scheduled", "held"]}


def _all_ids(session, model) -> list[int]:
    return list(session.scalars(select(model.id).order_by(model.id)))


def test_every_compiled_select_reads_the_same_rows(demo_database, plain) -> None:
    with demo_database.transaction() as session:
        first = session.scalars(select(Contact).order_by(Contact.id)).first()
        session.add(ContactDetail(contact_id=first.id, kind="phone", value="+31 6 1", position=0))
        # A suggestion acted on, and a follow-up done: the demo has neither.
        follow_up = create_follow_up(
            session, "Thank", datetime.now(UTC), first.id, kind="thank_you", suggestion_key="x"
        )
        follow_up.done_at = datetime.now(UTC)
    with demo_database.session() as session:
        ids = {
            "sheets": _all_ids(session, Conversation),
            "imports": _all_ids(session, Contact),
        }
        through_sqlalchemy = SessionQueries(session)
        compared = 0
        for name, (sql, order, _, _) in STATEMENTS.items():
            if not sql.startswith("SELECT"):
                continue
            params = {}
            for key in order:
                if key == "ids":
                    params[key] = ids["imports" if "contact" in name else "sheets"] + [9999]
                elif key == "key":
                    params[key] = "builtin_banks_installed"
                elif key in MOMENTS:
                    params[key] = MOMENTS[key]
                elif key in TEXTS:
                    params[key] = TEXTS[key]
                else:
                    params[key] = ids["imports"][0]
            theirs = [tuple(row) for row in through_sqlalchemy.rows(name, **params)]
            ours = [tuple(row) for row in plain.rows(name, **params)]
            assert ours == theirs, name
            assert ours, name  # the demo has something for each
            compared += 1
    assert compared >= 10


def test_moments_come_back_aware_from_both(demo_database, plain) -> None:
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    with demo_database.transaction() as session:
        conversation = session.scalars(select(Conversation)).first()
        conversation.starts_at = moment
        wanted = conversation.id
    with demo_database.session() as session:
        (theirs,) = SessionQueries(session).rows("sheets.conversations", ids=[wanted])
    (ours,) = plain.rows("sheets.conversations", ids=[wanted])
    assert ours[4] == theirs[4] == moment
    assert ours[4].tzinfo is UTC


def test_batches_of_ids_find_every_row(demo_database, plain) -> None:
    wanted = list(range(1, 2 * BATCH + 7))
    found = rows_by_ids(plain, "imports.contact_ids", wanted)
    with demo_database.session() as session:
        assert [row[0] for row in found] == _all_ids(session, Contact)


def _contact_rows(count: int, stamp: datetime) -> list[dict[str, object]]:
    return [
        {
            "name": f"Person {number}",
            "role": "" if number % 2 else "Nurse",
            "specialism": "",
            "organisation": "Ziekenhuis",
            "sector": "",
            "region": "",
            "email": "",
            "phone": "",
            "linkedin_url": "",
            "how_we_know": "",
            "notes": "",
            "tags": "",
            "source": "linkedin",
            "city": "Utrecht" if number == 2 else "",
            "country": "",
            "created_at": stamp,
            "updated_at": stamp,
        }
        for number in range(count)
    ]


def _stored(session, ids: list[int]) -> list[tuple]:
    rows = session.scalars(select(Contact).where(Contact.id.in_(ids)).order_by(Contact.id))
    return [
        tuple(
            getattr(row, column.key) for column in Contact.__table__.columns if column.key != "id"
        )
        for row in rows
    ]


@pytest.mark.parametrize("shared", [False, True])
def test_both_store_the_same_contacts_and_give_their_ids_in_order(database, shared) -> None:
    stamp = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    rows = _contact_rows(5, stamp)
    common = {}
    if shared:  # the time stamps given once for every row
        common = {"created_at": stamp, "updated_at": stamp}
        rows = [{k: v for k, v in row.items() if k not in common} for row in rows]
    with database.transaction() as session:
        theirs = SessionQueries(session).inserted_ids("contact", rows, **common)
    connection = sqlite3.connect(database.path, isolation_level=None)
    connection.execute("BEGIN")
    ours = PlainQueries(connection).inserted_ids("contact", rows, **common)
    PlainQueries(connection).insert(
        "contact_detail",
        [{"contact_id": ours[0], "kind": "email", "label": "", "value": "a@b.nl", "position": 0}],
    )
    connection.execute("COMMIT")
    connection.close()
    assert theirs == [1, 2, 3, 4, 5] and ours == [6, 7, 8, 9, 10]
    with database.session() as session:
        assert _stored(session, ours) == _stored(session, theirs)
        names = session.scalars(select(Contact.name).where(Contact.id.in_(ours)))
        assert list(names) == [f"Person {number}" for number in range(5)]
        assert session.scalars(select(ContactDetail.contact_id)).all() == [6]


def test_a_column_only_sqlalchemy_would_fill_must_be_given(database) -> None:
    rows = _contact_rows(1, datetime.now(UTC))
    del rows[0]["source"]
    connection = sqlite3.connect(database.path, isolation_level=None)
    try:
        with pytest.raises(ValueError, match="missing \\['source'\\]"):
            PlainQueries(connection).inserted_ids("contact", rows)
    finally:
        connection.close()


def test_ids_that_would_not_be_the_rows_own_keep_nothing(database) -> None:
    """The session sorts the ids SQLite returns: an insert slipped in between (here by a
    trigger) would pair rows with the wrong ids, so the whole write is refused."""
    rows = _contact_rows(3, datetime.now(UTC))
    with pytest.raises(RuntimeError, match="consecutive"), database.transaction() as session:
        session.connection().exec_driver_sql(
            "CREATE TEMP TRIGGER slip AFTER INSERT ON main.contact WHEN new.name = 'Person 1' "
            "BEGIN INSERT INTO contact (name, role, specialism, organisation, sector, region, "
            "email, phone, linkedin_url, how_we_know, notes, tags, source, created_at, "
            "updated_at) VALUES ('Slipped in', '', '', '', '', '', '', '', '', '', '', '', "
            "'manual', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'); END"
        )
        SessionQueries(session).inserted_ids("contact", rows)
    with database.session() as session:
        assert session.scalars(select(Contact.id)).all() == []

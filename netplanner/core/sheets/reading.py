"""Gather what a prep sheet shows from the data file into plain data.

Read with the statements of :mod:`netplanner.core.queries.sheets`, a few for any number
of sheets. The window runs them in its session; the ``sheet`` command runs them
compiled ahead on the file's :mod:`sqlite3` connection and so never imports SQLAlchemy,
whose import took longer than ReportLab needs to build the whole sheet (issue #7). Both
go through :func:`read_prep_sheets`, so the command and the window print the same sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from netplanner.core.checks.ask.composer import compose_opening_line, describe_goal
from netplanner.core.errors import NotFoundError
from netplanner.core.network.chain_links import walk_chain
from netplanner.core.queries.run import Queries, SessionQueries, rows_by_ids
from netplanner.core.sheets.data import PrepSheetData, SheetQuestion

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class _Person(NamedTuple):
    name: str
    role: str
    specialism: str
    organisation: str
    how_we_know: str
    introduced_by_id: int | None


class _Goal(NamedTuple):
    """The attributes of a goal that ``describe_goal`` reads."""

    target_role: str
    specialism: str
    region: str
    organisation_kind: str
    free_text: str
    language: str


def prep_sheet_data(
    session: Session, conversation_id: int, fallback_language: str = "en"
) -> PrepSheetData:
    """The sheet in the language of the conversation's goal (the language its questions and
    ask are in); without a goal, in ``fallback_language`` (the window's language)."""
    return prep_sheets_data(session, [conversation_id], fallback_language)[0]


def prep_sheets_data(
    session: Session, conversation_ids: Sequence[int], fallback_language: str = "en"
) -> list[PrepSheetData]:
    """:func:`prep_sheet_data` for several conversations, read together, in the order given."""
    return read_prep_sheets(SessionQueries(session), conversation_ids, fallback_language)


def read_prep_sheets(
    queries: Queries,
    conversation_ids: Sequence[int],
    fallback_language: str = "en",
) -> list[PrepSheetData]:
    """The sheets of ``conversation_ids``, in that order, read with a few queries in all
    (a week's sheets: one query per kind of thing, not several per sheet).

    NotFoundError for the first id that is not a conversation.
    """
    wanted = list(dict.fromkeys(conversation_ids))
    conversations = {row[0]: row for row in rows_by_ids(queries, "sheets.conversations", wanted)}
    for conversation_id in conversation_ids:
        if conversation_id not in conversations:
            raise NotFoundError("conversation", conversation_id)
    people = _People(queries, {row[1] for row in conversations.values()})
    reach = contact_reach(queries, {row[1] for row in conversations.values()})
    goals = {
        row[0]: _Goal(*row[1:])
        for row in rows_by_ids(
            queries,
            "sheets.goals",
            {row[2] for row in conversations.values() if row[2] is not None},
        )
    }
    questions: dict[int, list[SheetQuestion]] = {i: [] for i in wanted}
    for conversation_id, text, answer in rows_by_ids(queries, "sheets.questions", wanted):
        questions[conversation_id].append(SheetQuestion(text, answer))

    sheets = []
    for conversation_id in conversation_ids:
        _, contact_id, goal_id, kind, starts_at, duration, place, purpose, notes = conversations[
            conversation_id
        ]
        contact = people.get(contact_id)
        if contact is None:  # the foreign key makes this impossible in a healthy file
            raise NotFoundError("contact", contact_id)
        # From someone the user knows down to the contact: the last but one introduced them.
        chain = [link.name for link in walk_chain(contact_id, people.link).people]
        introducer = chain[-2] if len(chain) > 1 else ""
        goal = goals.get(goal_id) if goal_id is not None else None
        language = goal.language if goal is not None else fallback_language
        phone, email = reach.get(contact_id, ("", ""))
        sheets.append(
            PrepSheetData(
                contact_name=contact.name,
                contact_role=contact.role,
                contact_specialism=contact.specialism,
                contact_organisation=contact.organisation,
                contact_phone=phone,
                contact_email=email,
                kind=kind,
                starts_at=starts_at,
                duration_minutes=duration,
                place=place,
                introduced_by=introducer,
                introduced_via=tuple(chain[:-2]),
                how_we_know=contact.how_we_know,
                goal=describe_goal(goal) if goal is not None else "",
                opening_line=(
                    compose_opening_line(goal, contact.name, introducer) if goal is not None else ""
                ),
                purpose=purpose,
                notes=notes,
                questions=questions[conversation_id],
                language=language,
            )
        )
    return sheets


def contact_reach(queries: Queries, contact_ids: set[int]) -> dict[int, tuple[str, str]]:
    """How to reach each contact on the day: (phone, e-mail), "" where unknown.

    The one place the sheet reads them, so a contact with several numbers or addresses
    changes only this function (the sheet prints one of each).
    """
    return {
        row[0]: (row[1] or "", row[2] or "")
        for row in rows_by_ids(queries, "sheets.reach", contact_ids)
    }


class _People:
    """Contacts by id, read in one batch for the sheets' contacts and one by one up their
    chains of introductions (a chain is a handful of people)."""

    def __init__(self, queries: Queries, contact_ids: set[int]) -> None:
        self._queries = queries
        self._known: dict[int, _Person | None] = dict.fromkeys(contact_ids)
        for row in rows_by_ids(queries, "sheets.people", contact_ids):
            self._known[row[0]] = _Person(*row[1:])

    def get(self, contact_id: int) -> _Person | None:
        if contact_id not in self._known:
            rows = self._queries.rows("sheets.people", ids=[contact_id])
            self._known[contact_id] = _Person(*rows[0][1:]) if rows else None
        return self._known[contact_id]

    def link(self, contact_id: int) -> tuple[str, str, int | None] | None:
        """What ``walk_chain`` needs of a person."""
        person = self.get(contact_id)
        if person is None:
            return None
        return person.name, person.how_we_know, person.introduced_by_id

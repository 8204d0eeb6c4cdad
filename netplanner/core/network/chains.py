"""Via-via: who introduced whom, as chains from the user to a contact and as one tree.

A contact's ``introduced_by`` points up to the person who gave the user their name;
following it up ends at someone the user knows directly (degree 1). Loops are
refused on save (``core.contacts.check_introduction``), but a file written before
that check, or edited by hand, may hold one. Everything here is loop-safe and agrees
on how a loop is cut: at the person with the lowest id in it, who then counts as
known directly. So the chain of a contact and its place in the tree always match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netplanner.core import contact_reading
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import check_introduction, create_contact, get_contact
from netplanner.core.conversations import ConversationInput, create_conversation, get_conversation
from netplanner.core.enums import ConversationKind, ConversationStatus
from netplanner.core.errors import ValidationError
from netplanner.core.models import Conversation
from netplanner.core.network.chain_links import Chain
from netplanner.core.network.forest import settle_forest
from netplanner.core.queries.run import SessionQueries
from netplanner.core.text import clean
from netplanner.messages import QT_TRANSLATE_NOOP, Message


class TreeNode(NamedTuple):
    """One contact in the network view (a tuple: tens of thousands are made at once)."""

    id: int
    name: str
    organisation: str
    parent_id: int | None  # None: hangs under "You"
    degree: int
    status: str | None  # status of the latest conversation with them; None if none


@dataclass(frozen=True)
class NameGained:
    """A person named in a conversation: new (name, role, organisation) or existing."""

    name: str = ""
    role: str = ""
    organisation: str = ""
    existing_contact_id: int | None = None
    plan_kind: str | None = None  # a ConversationKind value: plan a conversation as an idea


def chain_of(session: Session, contact_id: int) -> Chain:
    """The chain of introductions that led to ``contact_id`` (NotFoundError if unknown)."""
    return contact_reading.chain_of(SessionQueries(session), contact_id)


def _forest(
    session: Session,
) -> tuple[dict[int, int | None], dict[int, int], list[tuple[Any, ...]]]:
    """Every contact's introducer in the tree (loops cut), their degrees, and the
    columns (ids, names, organisations) they were read from, by id."""
    rows = SessionQueries(session).rows("network.forest")
    # Column by column, in C: for 30,000 contacts a loop over the rows took a tenth of
    # the Network view.
    columns = list(zip(*rows, strict=True)) or [(), (), (), ()]
    ids, names, organisations, introducers = columns
    parent: dict[int, int | None] = dict(zip(ids, introducers, strict=True))
    degree = settle_forest(parent)
    return parent, degree, [ids, names, organisations]


def _latest_statuses(session: Session) -> dict[int, str]:
    """Status of the latest conversation per contact (by date, else by when it was made)."""
    moment = func.coalesce(Conversation.starts_at, Conversation.created_at)
    order = (moment.desc(), Conversation.id.desc())
    rank = func.row_number().over(partition_by=Conversation.contact_id, order_by=order)
    ranked = select(Conversation.contact_id, Conversation.status, rank.label("rank")).subquery()
    statement = select(ranked.c.contact_id, ranked.c.status).where(ranked.c.rank == 1)
    return {row[0]: row[1] for row in session.connection().execute(statement).all()}


def network_tree(session: Session) -> list[TreeNode]:
    """Every contact with its place in the tree of introductions, sorted by name.

    Two queries whatever the size of the network (contacts, then latest statuses).
    """
    parent, degree, (ids, names, organisations) = _forest(session)
    status = _latest_statuses(session)
    nodes = list(
        map(
            TreeNode,
            ids,
            names,
            organisations,
            map(parent.__getitem__, ids),
            map(degree.__getitem__, ids),
            map(status.get, ids),
        )
    )
    # The rows come by id and the sort is stable: by name, then id, without a key tuple each.
    nodes.sort(key=_casefolded_name)
    return nodes


def _casefolded_name(node: TreeNode) -> str:
    return node.name.casefold()


def degrees_count(session: Session) -> dict[int, int]:
    """How many contacts there are per degree: {1: 8, 2: 3, 3: 1}."""
    counts: dict[int, int] = {}
    for value in _forest(session)[1].values():
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items()))


def _validate(session: Session, introducer_id: int, names: list[NameGained]) -> None:
    """Refuse the whole list before anything is written."""
    for item in names:
        if item.existing_contact_id is not None:
            get_contact(session, item.existing_contact_id)
            check_introduction(session, item.existing_contact_id, introducer_id)
        elif not clean(item.name):
            raise ValidationError(
                Message(QT_TRANSLATE_NOOP("Messages", "Each new person needs a name."))
            )
        if item.plan_kind is not None:
            try:
                ConversationKind(item.plan_kind)
            except ValueError as error:
                raise ValidationError(f"Unknown kind of conversation: {item.plan_kind}") from error


def record_names(session: Session, conversation_id: int, names: list[NameGained]) -> list[int]:
    """Save the people named in a conversation, linked to whoever named them.

    New people become contacts introduced by the conversation's contact in that
    conversation; existing contacts are re-linked the same way. A ``plan_kind``
    adds a conversation with them as an idea, for the same goal. All or nothing:
    a loop or a missing name refuses the whole list. Returns the contacts' ids.
    """
    conversation = get_conversation(session, conversation_id)
    introducer_id = conversation.contact_id
    if not names:
        return []
    _validate(session, introducer_id, names)
    ids: list[int] = []
    for item in names:
        if item.existing_contact_id is not None:
            contact = get_contact(session, item.existing_contact_id)
            contact.introduced_by_id = introducer_id
            contact.introduced_in_id = conversation_id
        else:
            contact = create_contact(
                session,
                ContactInput(
                    name=item.name,
                    role=item.role,
                    organisation=item.organisation,
                    introduced_by_id=introducer_id,
                    introduced_in_id=conversation_id,
                ),
            )
        session.flush()
        if item.plan_kind is not None:
            create_conversation(
                session,
                ConversationInput(
                    contact_id=contact.id,
                    kind=item.plan_kind,
                    status=ConversationStatus.IDEA.value,
                    goal_id=conversation.goal_id,
                ),
            )
        ids.append(contact.id)
    return ids

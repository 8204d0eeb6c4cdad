"""What the Today overview reads (``core.followups``): the routines' suggestions, the open
follow-ups, the planned conversations, the routines' settings and the names to approach.

Portable SQL only (it runs on PostgreSQL too): aggregates and ``CASE``, no functions of
one engine. Fixed values are written into the statements (``literal_column``), since the
statements are compiled ahead for the window's first paint, which binds values by name
only (``queries.precompile``).
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    bindparam,
    case,
    func,
    literal_column,
    select,
    union_all,
)

from netplanner.core.enums import ConversationStatus
from netplanner.core.queries.tables import contact, conversation, follow_up
from netplanner.core.types import UTCDateTime

_now = bindparam("now", type_=UTCDateTime())
_one = literal_column("1", Integer)
_zero = literal_column("0", Integer)


def _statuses(*statuses: ConversationStatus) -> list[ColumnElement[str]]:
    return [literal_column(f"'{status.value}'", String) for status in statuses]


_HELPED = _statuses(ConversationStatus.HELD, ConversationStatus.THANKED, ConversationStatus.CLOSED)
_UPCOMING = _statuses(
    ConversationStatus.IDEA, ConversationStatus.ASKED, ConversationStatus.SCHEDULED
)
_not_cancelled = conversation.c.status != _statuses(ConversationStatus.CANCELLED)[0]

#: The conversations in one ``status``, with their contact's name: id, contact_id,
#: name, asked_at, held_at, starts_at, created_at (for the thank-yous and 3B7).
conversations_in_status = (
    select(
        conversation.c.id,
        conversation.c.contact_id,
        contact.c.name,
        conversation.c.asked_at,
        conversation.c.held_at,
        conversation.c.starts_at,
        conversation.c.created_at,
    )
    .join_from(conversation, contact, conversation.c.contact_id == contact.c.id)
    .where(conversation.c.status == bindparam("status"))
)

#: The keys of the suggestions the user acted on (stored as follow-ups).
suggestion_keys = select(follow_up.c.suggestion_key).where(follow_up.c.suggestion_key.is_not(None))

#: Every moment someone was in touch, one row each: (contact_id, moment, helped, upcoming).
#: A conversation (not cancelled) counts with its start (a start still ahead counts as
#: ``now``), its marking as held and its thanks; an introduction with the day the person
#: introduced was added; a follow-up with the day it was done. Someone helped when a
#: conversation took place or they introduced someone; an upcoming conversation means they
#: are already back in touch (or about to be).
_touches = union_all(
    select(
        conversation.c.contact_id.label("contact_id"),
        case((conversation.c.starts_at > _now, _now), else_=conversation.c.starts_at).label(
            "moment"
        ),
        case((conversation.c.status.in_(_HELPED), _one), else_=_zero).label("helped"),
        case((conversation.c.status.in_(_UPCOMING), _one), else_=_zero).label("upcoming"),
    ).where(_not_cancelled),
    select(conversation.c.contact_id, conversation.c.held_at, _zero, _zero).where(_not_cancelled),
    select(conversation.c.contact_id, conversation.c.thanked_at, _zero, _zero).where(
        _not_cancelled
    ),
    select(contact.c.introduced_by_id, contact.c.created_at, _one, _zero).where(
        contact.c.introduced_by_id.is_not(None)
    ),
    select(follow_up.c.contact_id, follow_up.c.done_at, _zero, _zero).where(
        follow_up.c.contact_id.is_not(None), follow_up.c.done_at.is_not(None)
    ),
).subquery("touch")
_last = func.max(_touches.c.moment)

#: People who helped, with no conversation ahead, last in touch before ``before``:
#: (contact_id, name, last in touch). Grouped in the database: at 30,000 contacts
#: merging the sources in Python was most of the Today tab's start (tests/bench).
stay_in_touch = (
    select(_touches.c.contact_id, contact.c.name, _last)
    .join_from(_touches, contact, _touches.c.contact_id == contact.c.id)
    .group_by(_touches.c.contact_id, contact.c.name)
    .having(
        func.max(_touches.c.helped) == _one,
        func.max(_touches.c.upcoming) == _zero,
        _last < bindparam("before", type_=UTCDateTime()),
    )
)

#: The follow-ups not done yet, soonest first, with their contact's name and their
#: conversation's status: id, what, due_at, done_at, kind, suggestion_key, contact_id,
#: name, conversation_id, status, version.
open_follow_ups = (
    select(
        follow_up.c.id,
        follow_up.c.what,
        follow_up.c.due_at,
        follow_up.c.done_at,
        follow_up.c.kind,
        follow_up.c.suggestion_key,
        follow_up.c.contact_id,
        contact.c.name,
        follow_up.c.conversation_id,
        conversation.c.status,
        follow_up.c.version,
    )
    .outerjoin_from(follow_up, contact, follow_up.c.contact_id == contact.c.id)
    .outerjoin(conversation, follow_up.c.conversation_id == conversation.c.id)
    .where(follow_up.c.done_at.is_(None))
    .order_by(follow_up.c.due_at, follow_up.c.id)
)

#: The conversations (not cancelled) starting in [``start``, ``end``), in time order: id,
#: contact_id, name, kind, status, starts_at, place.
planned = (
    select(
        conversation.c.id,
        conversation.c.contact_id,
        contact.c.name,
        conversation.c.kind,
        conversation.c.status,
        conversation.c.starts_at,
        conversation.c.place,
    )
    .join_from(conversation, contact, conversation.c.contact_id == contact.c.id)
    .where(
        conversation.c.starts_at >= bindparam("start", type_=UTCDateTime()),
        conversation.c.starts_at < bindparam("end", type_=UTCDateTime()),
        _not_cancelled,
    )
    .order_by(conversation.c.starts_at, conversation.c.id)
)

#: :data:`planned`, of the given ``statuses`` only.
planned_in = planned.where(
    conversation.c.status.in_(bindparam("statuses", expanding=True, type_=String()))
)

_introducer = contact.alias("introducer")
_named = conversation.alias("named")

#: People named in a conversation: id, name, introduced_by_id, the introducer's name,
#: introduced_in_id, when they were named (that conversation's time, else when the
#: contact was added), that conversation's goal.
named = (
    select(
        contact.c.id,
        contact.c.name,
        contact.c.introduced_by_id,
        _introducer.c.name,
        contact.c.introduced_in_id,
        func.coalesce(_named.c.held_at, _named.c.starts_at, contact.c.created_at),
        _named.c.goal_id,
    )
    .outerjoin_from(contact, _introducer, contact.c.introduced_by_id == _introducer.c.id)
    .join(_named, contact.c.introduced_in_id == _named.c.id)
)

#: The conversations with people named in a conversation, by id: id, contact_id, status,
#: starts_at, kind, goal_id.
named_conversations = (
    select(
        conversation.c.id,
        conversation.c.contact_id,
        conversation.c.status,
        conversation.c.starts_at,
        conversation.c.kind,
        conversation.c.goal_id,
    )
    .where(
        conversation.c.contact_id.in_(
            select(contact.c.id).where(contact.c.introduced_in_id.is_not(None))
        )
    )
    .order_by(conversation.c.id)
)

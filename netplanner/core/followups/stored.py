"""Follow-ups: what the user means to do next, written down or suggested by the method.

Two sources feed the Today view:

* **follow-ups** the user stored (``FollowUp`` rows): "Send Femke my CV", due Friday;
* **suggestions** computed from the conversations by the method's routines (see
  ``core.followups.routines``): thank someone the day after talking with them, the 3B7
  routine for an ask without a reply, and getting back in touch with people who
  helped. Suggestions are not stored; each has a stable ``key`` and, once the
  user acts on it (done, snoozed, dismissed), it is stored as a follow-up with
  that ``suggestion_key`` so it is not suggested again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.clock import utc_now
from netplanner.core.enums import ConversationStatus
from netplanner.core.errors import NotFoundError, ValidationError, check_version
from netplanner.core.followups.open_rows import SNOOZE_TIME, FollowUpRow, read_open_follow_ups
from netplanner.core.followups.routines import (
    FollowUpKind,
    Suggestion,
    SuggestionSettings,
    suggest_follow_ups,
)
from netplanner.core.models import Contact, Conversation, FollowUp
from netplanner.core.text import clean
from netplanner.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "FollowUpKind",
    "FollowUpRow",
    "Suggestion",
    "SuggestionSettings",
    "accept_suggestion",
    "create_follow_up",
    "delete_follow_up",
    "get_follow_up",
    "mark_done",
    "open_follow_ups",
    "reopen",
    "snooze",
    "snooze_until",
    "suggest_follow_ups",
]


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationError(f"The {what} needs a time zone.")
    return value


def get_follow_up(session: Session, follow_up_id: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFoundError("follow-up", follow_up_id)
    return follow_up


def create_follow_up(
    session: Session,
    what: str,
    due_at: datetime,
    contact_id: int | None = None,
    conversation_id: int | None = None,
    *,
    kind: str = FollowUpKind.MANUAL.value,
    suggestion_key: str | None = None,
) -> FollowUp:
    """Store a follow-up. Tied to a conversation, it is also tied to that conversation's
    contact (so it shows who it is about)."""
    text = clean(what)
    if not text:
        raise ValidationError(
            Message(QT_TRANSLATE_NOOP("Messages", "Say what to do in a few words."))
        )
    try:
        kind = FollowUpKind(kind).value
    except ValueError as error:
        raise ValidationError(str(error)) from error
    if conversation_id is not None:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFoundError("conversation", conversation_id)
        if contact_id is None:
            contact_id = conversation.contact_id
    if contact_id is not None and session.get(Contact, contact_id) is None:
        raise NotFoundError("contact", contact_id)
    if suggestion_key is not None and session.scalar(
        select(FollowUp.id).where(FollowUp.suggestion_key == suggestion_key)
    ):
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "This suggestion has already been taken care of.")
            )
        )
    follow_up = FollowUp(
        what=text,
        due_at=_aware(due_at, "due date"),
        contact_id=contact_id,
        conversation_id=conversation_id,
        kind=kind,
        suggestion_key=suggestion_key,
    )
    session.add(follow_up)
    session.flush()
    return follow_up


def mark_done(
    session: Session,
    follow_up_id: int,
    now: datetime | None = None,
    *,
    record_thanks: bool = True,
    loaded_version: int | None = None,
) -> FollowUp:
    """Tick a follow-up off. A thank-you marked done means the thanks was sent: its
    conversation becomes "thanked" (unless ``record_thanks`` is False: dismissed).
    ``loaded_version`` (the version the window showed) refuses it when someone else
    changed the follow-up since (snoozed it, or ticked it off)."""
    follow_up = get_follow_up(session, follow_up_id)
    check_version(follow_up, "follow-up", loaded_version)
    moment = _aware(now, "moment") if now is not None else utc_now()
    if follow_up.done_at is None:
        follow_up.done_at = moment
    if record_thanks and follow_up.kind == FollowUpKind.THANK_YOU.value:
        _record_thanks(session, follow_up.conversation_id, moment)
    session.flush()
    return follow_up


def _record_thanks(session: Session, conversation_id: int | None, moment: datetime) -> None:
    conversation = session.get(Conversation, conversation_id) if conversation_id else None
    if conversation is not None and conversation.status == ConversationStatus.HELD.value:
        conversation.status = ConversationStatus.THANKED.value
        if conversation.thanked_at is None:
            conversation.thanked_at = moment


def reopen(session: Session, follow_up_id: int) -> FollowUp:
    follow_up = get_follow_up(session, follow_up_id)
    follow_up.done_at = None
    session.flush()
    return follow_up


def snooze(
    session: Session, follow_up_id: int, until: datetime, *, loaded_version: int | None = None
) -> FollowUp:
    """Move the due date to ``until`` (the follow-up stays open); refused when someone else
    changed the follow-up since the window showed ``loaded_version``."""
    follow_up = get_follow_up(session, follow_up_id)
    check_version(follow_up, "follow-up", loaded_version)
    follow_up.due_at = _aware(until, "new due date")
    session.flush()
    return follow_up


def snooze_until(now: datetime, days: int) -> datetime:
    """``days`` calendar days after ``now``'s date, at 9:00 in ``now``'s time zone."""
    day = now.date() + timedelta(days=days)
    return datetime.combine(day, SNOOZE_TIME, tzinfo=now.tzinfo)


def delete_follow_up(session: Session, follow_up_id: int) -> None:
    session.delete(get_follow_up(session, follow_up_id))
    session.flush()


def open_follow_ups(session: Session, *, include_moot: bool = False) -> list[FollowUpRow]:
    """:func:`~netplanner.core.followups.open_rows.read_open_follow_ups` in a session."""
    from netplanner.core.queries.run import SessionQueries

    return read_open_follow_ups(SessionQueries(session), include_moot=include_moot)


def accept_suggestion(
    session: Session,
    suggestion: Suggestion,
    done: bool = False,
    snooze_until: datetime | None = None,
    *,
    now: datetime | None = None,
    record_thanks: bool = True,
) -> FollowUp:
    """Store a suggestion as a follow-up, so it is not suggested again.

    ``done``: it is taken care of (a thank-you done also marks the conversation
    thanked, unless ``record_thanks`` is False: the user only dismissed it);
    ``snooze_until``: remind me then instead. Acting on a suggestion that was
    stored in the meantime (another window) updates the stored follow-up.
    """
    existing = session.scalar(select(FollowUp).where(FollowUp.suggestion_key == suggestion.key))
    follow_up = existing or create_follow_up(
        session,
        suggestion.what,
        suggestion.due_at,
        contact_id=suggestion.contact_id,
        conversation_id=suggestion.conversation_id,
        kind=suggestion.kind,
        suggestion_key=suggestion.key,
    )
    if snooze_until is not None:
        snooze(session, follow_up.id, snooze_until)
    if done:
        mark_done(session, follow_up.id, now, record_thanks=record_thanks)
    session.flush()
    return follow_up

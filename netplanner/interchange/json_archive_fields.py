"""The fields of the JSON archive, one table per kind of record, and how each is
written and checked.

One table serves both directions: :func:`dump_record` turns a row into its JSON
object, :func:`load_record` checks a JSON object and turns it into column values.
Adding a column to the data model means adding one line here (the round-trip test
fails until it is).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from netplanner.core.enums import LANGUAGES, ConversationKind, ConversationStatus, QuestionCategory
from netplanner.core.followups.routines import FollowUpKind

MAX_REF = 2**62
MAX_TEXT_CHARS = 1_000_000


class ArchiveError(ValueError):
    """The archive cannot be restored; the message says why (and where)."""


class Problem(ValueError):
    """One field's problem; the reader adds which record it is in."""


@dataclass(frozen=True)
class Codec:
    dump: Callable[[Any], Any]
    load: Callable[[Any], Any]
    default: Any = None
    required: bool = False
    #: For references: the kind of record the value points at ("contacts", ...).
    refers_to: str | None = None


def _same(value: Any) -> Any:
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise Problem("must be text")
    if len(value) > MAX_TEXT_CHARS:
        raise Problem(f"is longer than {MAX_TEXT_CHARS:,} characters")
    return value


def _nonempty_text(value: Any) -> str:
    text = _text(value)
    if not text.strip():
        raise Problem("is empty")
    return text


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _choice(values: tuple[str, ...]) -> Callable[[Any], str]:
    def load(value: Any) -> str:
        if not isinstance(value, str) or value not in values:
            raise Problem(f"must be one of {', '.join(values)}")
        return value

    return load


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Problem("must be true or false")
    return value


def _integer(low: int, high: int) -> Callable[[Any], int]:
    def load(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise Problem(f"must be a whole number from {low} to {high:,}")
        return value

    return load


def _optional(load: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else load(value)


def dump_moment(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, microseconds kept when there are any."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _moment(value: Any) -> datetime:
    if not isinstance(value, str):
        raise Problem("must be a date and time as text (2024-05-01T10:00:00Z)")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise Problem(f"{value!r} is not a date and time (2024-05-01T10:00:00Z)") from None
    if moment.tzinfo is None:
        raise Problem(f"{value!r} has no time zone (end it with Z for UTC)")
    return moment.astimezone(UTC)


def _birthday(value: Any) -> str:
    from netplanner.core.contact_fields import birthday_value

    text = _text(value)
    try:
        if birthday_value(text) == text:
            return text
    except ValueError:
        pass
    raise Problem(f"{text[:40]!r} is not a birthday (1980-03-22, or --03-22 without the year)")


TEXT = Codec(_same, _text, default="")
NAME = Codec(_same, _nonempty_text, required=True)
MOMENT = Codec(dump_moment, _moment, required=True)
OPTIONAL_MOMENT = Codec(dump_moment, _optional(_moment))
REF = Codec(_same, _integer(1, MAX_REF), required=True)
POSITION = Codec(_same, _integer(0, 1_000_000), default=0)
LANGUAGE = Codec(_same, _choice(LANGUAGES), default="en")


def ref_to(kind: str, *, required: bool = False) -> Codec:
    load = _integer(1, MAX_REF)
    return Codec(_same, load if required else _optional(load), required=required, refers_to=kind)


def _enum(values: type[StrEnum], default: str) -> Codec:
    return Codec(_same, _choice(tuple(item.value for item in values)), default=default)


#: (key in the file, column of the model, codec). "ref" is the record's id.
Fields = tuple[tuple[str, str, Codec], ...]

CONTACT: Fields = (
    ("ref", "id", REF),
    ("name", "name", NAME),
    *((key, key, TEXT) for key in ("role", "specialism", "organisation", "sector", "region")),
    *((key, key, TEXT) for key in ("email", "phone", "linkedin_url", "how_we_know")),
    ("introduced_by", "introduced_by_id", ref_to("contacts")),
    ("introduced_in", "introduced_in_id", ref_to("conversations")),
    ("notes", "notes", TEXT),
    ("tags", "tags", TEXT),
    ("source", "source", Codec(_same, _text, default="manual")),
    ("created_at", "created_at", MOMENT),
    ("updated_at", "updated_at", MOMENT),
    *((key, key, TEXT) for key in ("email_kind", "phone_kind", "website", "nickname")),
    *(
        (key, key, TEXT)
        for key in ("name_prefix", "given_name", "additional_names", "family_name", "name_suffix")
    ),
    ("birthday", "birthday", Codec(_same, _birthday, default="")),
    *((key, key, TEXT) for key in ("street", "postal_code", "city", "address_region", "country")),
    ("source_uid", "source_uid", TEXT),
)
#: A contact's other e-mail addresses, phone numbers and websites ("details" of a contact).
CONTACT_DETAIL: Fields = (
    ("kind", "kind", Codec(_same, _choice(("email", "phone", "website")), required=True)),
    ("label", "label", TEXT),
    ("value", "value", NAME),
    ("position", "position", POSITION),
)
GOAL: Fields = (
    ("ref", "id", REF),
    *((key, key, TEXT) for key in ("target_role", "specialism", "region", "organisation_kind")),
    ("free_text", "free_text", TEXT),
    ("language", "language", LANGUAGE),
    ("active", "active", Codec(_same, _bool, default=True)),
    ("created_at", "created_at", MOMENT),
)
BANK: Fields = (
    ("ref", "id", REF),
    ("name", "name", NAME),
    ("language", "language", LANGUAGE),
    ("description", "description", TEXT),
    ("builtin", "builtin", Codec(_same, _bool, default=False)),
    ("builtin_key", "builtin_key", Codec(_same, _optional_text)),
    ("share_key", "share_key", Codec(_same, _optional_text)),
    ("created_at", "created_at", MOMENT),
)
QUESTION: Fields = (
    ("ref", "id", REF),
    ("text", "text", NAME),
    ("category", "category", _enum(QuestionCategory, "other")),
    ("position", "position", POSITION),
)
CONVERSATION: Fields = (
    ("ref", "id", REF),
    ("contact", "contact_id", ref_to("contacts", required=True)),
    ("goal", "goal_id", ref_to("goals")),
    ("kind", "kind", _enum(ConversationKind, ConversationKind.INFORMATIONAL.value)),
    ("status", "status", _enum(ConversationStatus, ConversationStatus.IDEA.value)),
    ("starts_at", "starts_at", OPTIONAL_MOMENT),
    ("duration_minutes", "duration_minutes", Codec(_same, _optional(_integer(1, 24 * 60)))),
    *((key, key, TEXT) for key in ("place", "purpose", "notes", "outcome")),
    *((key, key, OPTIONAL_MOMENT) for key in ("thanked_at", "asked_at", "held_at")),
    ("created_at", "created_at", MOMENT),
    ("updated_at", "updated_at", MOMENT),
)
CONVERSATION_QUESTION: Fields = (
    ("position", "position", POSITION),
    ("text", "text", NAME),
    ("answer", "answer", TEXT),
    ("source_question", "source_question_id", ref_to("questions")),
)
FOLLOW_UP: Fields = (
    ("ref", "id", REF),
    ("due_at", "due_at", MOMENT),
    ("what", "what", NAME),
    ("done_at", "done_at", OPTIONAL_MOMENT),
    ("conversation", "conversation_id", ref_to("conversations")),
    ("contact", "contact_id", ref_to("contacts")),
    ("kind", "kind", _enum(FollowUpKind, FollowUpKind.MANUAL.value)),
    ("suggestion_key", "suggestion_key", Codec(_same, _optional_text)),
    ("created_at", "created_at", MOMENT),
)


def dump_record(values: Sequence[Any], fields: Fields) -> dict[str, Any]:
    """The JSON object of a row whose values are in the order of ``fields``."""
    pairs = zip(fields, values, strict=True)
    return {key: codec.dump(value) for (key, _column, codec), value in pairs}


def load_record(item: Any, fields: Fields, what: str) -> dict[str, Any]:
    """Column values from a JSON object; ``Problem`` names the field (``what`` the record)."""
    if not isinstance(item, dict):
        raise Problem(f"{what} must be an object ({{ … }})")
    values: dict[str, Any] = {}
    for key, column, codec in fields:
        if key not in item or (item[key] is None and codec.required):
            if codec.required:
                raise Problem(f"{what}: '{key}' is missing")
            values[column] = codec.default
            continue
        try:
            values[column] = codec.load(item[key])
        except Problem as problem:
            raise Problem(f"{what}: '{key}' {problem}") from None
    return values

"""Reading a JSON archive and checking it whole before anything is restored.

Checks, beyond each field (see :mod:`netplanner.interchange.json_archive_fields`):
refs unique per kind, every link pointing at a record in the archive, built-in
bank keys and suggestion keys unique, and no contact introduced (via others) by
themselves. Each problem is one sentence naming the file and the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netplanner.interchange import json_archive_fields as f
from netplanner.interchange.json_archive_fields import ArchiveError, Problem
from netplanner.interchange.json_reading import JsonInputError, load_json
from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.reasons import os_reason

FORMAT_NAME = "netplanner-archive"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024 * 1024


def read_archive_file(path: Path) -> Any:
    """The decoded JSON of an archive file, whatever its shape (:func:`check_archive`
    checks that); ``ArchiveError`` when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArchiveError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "%1: %2 MB is too large for an archive."),
                    path.name,
                    f"{size / 1e6:,.0f}",
                )
            )
        raw = path.read_bytes()
    except OSError as error:
        raise ArchiveError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1: cannot be read (%2)."),
                path.name,
                os_reason(error),
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArchiveError(
            Message(QT_TRANSLATE_NOOP("Messages", "%1: not a text file in UTF-8."), path.name)
        ) from None
    try:
        return load_json(text, path.name)
    except JsonInputError as error:
        raise ArchiveError(*error.args) from None


@dataclass
class ArchiveContent:
    """The archive's records as column values, checked, ready to insert."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)

    def add_child(self, key: str, row: dict[str, Any], parent: str, parent_id: int) -> None:
        self.tables.setdefault(key, []).append(row | {parent: parent_id})


_TOP_LEVEL: tuple[tuple[str, f.Fields, str], ...] = (
    ("contacts", f.CONTACT, "contact"),
    ("goals", f.GOAL, "goal"),
    ("banks", f.BANK, "question bank"),
    ("conversations", f.CONVERSATION, "conversation"),
    ("follow_ups", f.FOLLOW_UP, "follow-up"),
)


#: The list inside a record: (its key, table, fields, parent column, what one is called):
#: a bank's and a conversation's "questions", a contact's "details".
_CHILDREN: dict[str, tuple[str, str, f.Fields, str, str]] = {
    "banks": ("questions", "questions", f.QUESTION, "bank_id", "question"),
    "conversations": (
        "questions",
        "conversation_questions",
        f.CONVERSATION_QUESTION,
        "conversation_id",
        "question",
    ),
    "contacts": ("details", "contact_details", f.CONTACT_DETAIL, "contact_id", "detail"),
}


def _records(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise Problem(f"'{key}' must be a list ([ … ])")
    return value


def _check(data: Any) -> ArchiveContent:
    if isinstance(data, dict) and data.get("format") == "netplanner-question-bank":
        raise Problem(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "this is a question bank, not an archive: use 'import bank' for it"
                )
            )
        )
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise Problem(f"not a NetPlanner archive ('format' is not \"{FORMAT_NAME}\")")
    if data.get("version") != FORMAT_VERSION:
        raise Problem(
            f"archive version {data.get('version')!r} is not supported; this NetPlanner "
            f"reads version {FORMAT_VERSION} (a newer NetPlanner may read it)"
        )
    content = ArchiveContent({"questions": [], "conversation_questions": [], "contact_details": []})
    for key, fields, what in _TOP_LEVEL:
        rows = content.tables[key] = []
        for index, item in enumerate(_records(data, key)):
            label = f"{what} {index + 1}"
            rows.append(f.load_record(item, fields, label))
            if key in _CHILDREN:
                list_key, child_key, child_fields, parent, called = _CHILDREN[key]
                for number, child in enumerate(_records(item, list_key), start=1):
                    row = f.load_record(child, child_fields, f"{label}, {called} {number}")
                    content.add_child(child_key, row, parent, rows[-1]["id"])
    meta = data.get("meta", {})
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        raise Problem("'meta' must be an object of texts")
    content.meta = dict(meta)
    _check_links(content)
    return content


_LINKED: tuple[tuple[str, f.Fields, str], ...] = (
    *_TOP_LEVEL,
    ("questions", f.QUESTION, "question"),
    ("conversation_questions", f.CONVERSATION_QUESTION, "conversation question"),
)


def _check_links(content: ArchiveContent) -> None:
    """Refs unique per kind, every link pointing at a record in the archive, unique keys,
    and no contact introduced (via others) by themselves."""
    refs: dict[str, set[int]] = {}
    for key, _fields, what in _LINKED:
        if key == "conversation_questions":
            continue
        ids = [row["id"] for row in content.tables[key]]
        refs[key] = set(ids)
        if len(ids) != len(refs[key]):
            raise Problem(f"two {what}s have the same ref")
    for key, fields, what in _LINKED:
        for index, row in enumerate(content.tables[key]):
            for name, column, codec in fields:
                target = row[column]
                if codec.refers_to and target is not None and target not in refs[codec.refers_to]:
                    raise Problem(
                        f"{what} {index + 1}: '{name}' refers to ref {target}, "
                        f"which is not among the archive's {codec.refers_to.replace('_', '-')}"
                    )
    for key, column in (("banks", "builtin_key"), ("follow_ups", "suggestion_key")):
        values = [row[column] for row in content.tables[key] if row[column] is not None]
        if len(values) != len(set(values)):
            raise Problem(f"two {key.replace('_', '-')} have the same {column}")
    introducer = {row["id"]: row["introduced_by_id"] for row in content.tables["contacts"]}
    for start in introducer:
        seen, current = set(), introducer[start]
        while current is not None and current not in seen:
            if current == start:
                raise Problem(f"contact ref {start} is introduced (via others) by themselves")
            seen.add(current)
            current = introducer[current]


def check_archive(data: Any, where: str = "archive") -> ArchiveContent:
    """The checked content of decoded archive JSON; ``ArchiveError`` names ``where``."""
    try:
        return _check(data)
    except Problem as problem:
        detail = problem.args[0] if problem.args else str(problem)
        raise ArchiveError(
            Message(QT_TRANSLATE_NOOP("Messages", "%1: %2."), where, detail)
        ) from None

"""The question bank file: a documented, versioned JSON format for sharing banks.

Version 1::

    {
      "format": "netplanner-question-bank",
      "version": 1,
      "key": "bank-6f1c…",            # identity: importing the same bank again is recognised
      "name": "Informational conversation",
      "language": "en",                # "en" or "nl"
      "description": "When to use this bank.",
      "categories": {"work": "The work itself", …},   # optional, informative only
      "questions": [{"category": "work", "text": "What does a typical day look like?"}, …]
    }

``category`` is one of :class:`netplanner.core.enums.QuestionCategory`. Errors
name the line of the file where the problem is, and a file is either read
whole or refused whole.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from netplanner.core.banks import BankContent
from netplanner.core.enums import LANGUAGES, QuestionCategory
from netplanner.interchange.json_reading import JsonInputError, line_of, load_json
from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.reasons import os_reason

FORMAT_NAME = "netplanner-question-bank"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_QUESTIONS = 10_000
MAX_QUESTION_CHARS = 1_000
MAX_NAME_CHARS = 300
MAX_DESCRIPTION_CHARS = 5_000

Path_ = tuple[str | int, ...]


class BankFileError(ValueError):
    """The file is not a valid question bank file; the message says why and where."""


class _Problem(Exception):
    def __init__(self, path: Path_, message: Message) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _text(data: dict[str, Any], key: str, path: Path_, limit: int, *, required: bool = True) -> str:
    value = data.get(key, None if required else "")
    if value is None:
        raise _Problem(
            (*path, key), Message(QT_TRANSLATE_NOOP("Messages", "'%1' is missing."), key)
        )
    if not isinstance(value, str):
        raise _Problem(
            (*path, key), Message(QT_TRANSLATE_NOOP("Messages", "'%1' must be text."), key)
        )
    if required and not value.strip():
        raise _Problem((*path, key), Message(QT_TRANSLATE_NOOP("Messages", "'%1' is empty."), key))
    if len(value) > limit:
        raise _Problem(
            (*path, key),
            Message(
                QT_TRANSLATE_NOOP("Messages", "'%1' is longer than %2 characters."),
                key,
                f"{limit:,}",
            ),
        )
    return value.strip()


def _parse(data: Any) -> BankContent:
    if not isinstance(data, dict):
        raise _Problem(
            (), Message(QT_TRANSLATE_NOOP("Messages", "expected a JSON object ({ … }) at the top."))
        )
    if data.get("format") != FORMAT_NAME:
        raise _Problem(
            ("format",),
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "not a NetPlanner question bank ('format' is not \"%1\")."
                ),
                FORMAT_NAME,
            ),
        )
    if data.get("version") != FORMAT_VERSION:
        raise _Problem(
            ("version",),
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "version %1 is not supported; this NetPlanner reads version %2."
                ),
                repr(data.get("version")),
                FORMAT_VERSION,
            ),
        )
    language = _text(data, "language", (), 10)
    if language not in LANGUAGES:
        raise _Problem(
            ("language",),
            Message(
                QT_TRANSLATE_NOOP("Messages", "language must be one of %1."), ", ".join(LANGUAGES)
            ),
        )
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list):
        raise _Problem(
            ("questions",),
            Message(QT_TRANSLATE_NOOP("Messages", "'questions' must be a list ([ … ]).")),
        )
    if len(raw_questions) > MAX_QUESTIONS:
        raise _Problem(
            ("questions",),
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1 questions is more than a bank can hold (%2)."),
                f"{len(raw_questions):,}",
                f"{MAX_QUESTIONS:,}",
            ),
        )
    categories = {category.value for category in QuestionCategory}
    questions: list[tuple[str, str]] = []
    for index, item in enumerate(raw_questions):
        path: Path_ = ("questions", index)
        if not isinstance(item, dict):
            raise _Problem(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "question %1 must be an object with 'category' and 'text'."
                    ),
                    index + 1,
                ),
            )
        try:
            category = _text(item, "category", path, 40)
            if category not in categories:
                raise _Problem(
                    (*path, "category"),
                    Message(QT_TRANSLATE_NOOP("Messages", "unknown category %1."), repr(category)),
                )
            text = _text(item, "text", path, MAX_QUESTION_CHARS)
        except _Problem as problem:
            raise _Problem(
                problem.path,
                Message(
                    QT_TRANSLATE_NOOP("Messages", "question %1: %2"), index + 1, problem.message
                ),
            ) from None
        questions.append((category, text))
    return BankContent(
        key=_text(data, "key", (), 100),
        name=_text(data, "name", (), MAX_NAME_CHARS),
        language=language,
        description=_text(data, "description", (), MAX_DESCRIPTION_CHARS, required=False),
        questions=questions,
    )


def parse_bank_text(text: str, where: str = "bank") -> BankContent:
    """Read a bank from JSON text; ``BankFileError`` names ``where`` and the line."""
    try:
        data = load_json(text, where)
    except JsonInputError as error:
        raise BankFileError(*error.args) from None
    try:
        return _parse(data)
    except _Problem as problem:
        raise BankFileError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1, line %2: %3"),
                where,
                line_of(text, problem.path),
                problem.message,
            )
        ) from None


def read_bank_file(path: Path) -> BankContent:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BankFileError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "%1: %2 MB is too large for a question bank."),
                    path.name,
                    f"{size / 1e6:.0f}",
                )
            )
        raw = path.read_bytes()
    except OSError as error:
        raise BankFileError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1: cannot be read (%2)."),
                path.name,
                os_reason(error),
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BankFileError(
            Message(QT_TRANSLATE_NOOP("Messages", "%1: not a text file in UTF-8."), path.name)
        ) from None
    return parse_bank_text(text, where=path.name)


def bank_to_json(content: BankContent, category_labels: dict[str, str] | None = None) -> str:
    """The file text for ``content`` (UTF-8 JSON, indented so people can read and diff it)."""
    used = list(dict.fromkeys(category for category, _ in content.questions))
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "key": content.key,
        "name": content.name,
        "language": content.language,
        "description": content.description,
        "categories": {c: (category_labels or {}).get(c, c) for c in used},
        "questions": [{"category": c, "text": t} for c, t in content.questions],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_bank_file(
    content: BankContent, path: Path, category_labels: dict[str, str] | None = None
) -> None:
    """Write the file whole or not at all (see :mod:`netplanner.storage.output_files`:
    never over the data file, a backup, a folder or a device; 0600)."""
    from netplanner.storage.output_files import write_text

    text = bank_to_json(content, category_labels)
    write_text(path, lambda stream: stream.write(text), encoding="utf-8", newline="")

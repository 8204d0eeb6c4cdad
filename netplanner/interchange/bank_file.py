"""The question bank file format (JSON), used for the built-in banks.

Shape (version 1)::

    {"format": "netplanner-question-bank", "version": 1, "key": "en-informational",
     "name": "...", "language": "en" | "nl", "description": "...",
     "questions": [{"category": "work", "text": "What ...?"}, ...]}

``category`` is one of :class:`netplanner.core.enums.QuestionCategory`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from netplanner.core.banks import BankContent
from netplanner.core.enums import LANGUAGES, QuestionCategory

FORMAT_NAME = "netplanner-question-bank"
FORMAT_VERSION = 1


class BankFileError(ValueError):
    """The file is not a valid question bank file; the message says why."""


def _require_text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise BankFileError(f"{where}: '{key}' must be a non-empty text.")
    return value


def parse_bank(data: Any, where: str = "bank") -> BankContent:
    if not isinstance(data, dict):
        raise BankFileError(f"{where}: expected a JSON object at the top.")
    if data.get("format") != FORMAT_NAME:
        raise BankFileError(f"{where}: not a NetPlanner question bank (format is missing).")
    if data.get("version") != FORMAT_VERSION:
        raise BankFileError(
            f"{where}: version {data.get('version')!r} is not supported "
            f"(this NetPlanner reads version {FORMAT_VERSION})."
        )
    language = _require_text(data, "language", where)
    if language not in LANGUAGES:
        raise BankFileError(f"{where}: language must be one of {', '.join(LANGUAGES)}.")
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list):
        raise BankFileError(f"{where}: 'questions' must be a list.")
    categories = {category.value for category in QuestionCategory}
    questions: list[tuple[str, str]] = []
    for number, item in enumerate(raw_questions, start=1):
        item_where = f"{where}, question {number}"
        if not isinstance(item, dict):
            raise BankFileError(f"{item_where}: expected an object with 'category' and 'text'.")
        category = _require_text(item, "category", item_where)
        if category not in categories:
            raise BankFileError(f"{item_where}: unknown category {category!r}.")
        questions.append((category, _require_text(item, "text", item_where).strip()))
    return BankContent(
        key=_require_text(data, "key", where),
        name=_require_text(data, "name", where).strip(),
        language=language,
        description=str(data.get("description") or "").strip(),
        questions=questions,
    )


def read_bank_file(path: Path) -> BankContent:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise BankFileError(f"{path.name}: not valid JSON ({error.msg}, line {error.lineno}).")
    return parse_bank(data, where=path.name)

"""Reading JSON from a file the user chose (archives, question banks): one line for
whatever is wrong, in NetPlanner's words, and nothing a later step chokes on.

``json.loads`` alone lets through what NetPlanner cannot store or even convert: a
number of 100,000 digits (Python refuses to turn it into an int, with a ValueError
that is no JSON error), ``NaN`` and ``Infinity``, a lone surrogate (``"\\ud800"``, text
no file or database can hold), and nesting thousands of levels deep (a RecursionError).
:func:`load_json` refuses each of them with :class:`JsonInputError` naming the file.

:func:`locate` finds where a value stands in the text (for "line 12: …" messages)
with the decoder's public ``raw_decode`` only.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from typing import Any

from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: Digits of the longest number any NetPlanner file holds (ids, versions) with room to spare.
MAX_NUMBER_CHARS = 40
#: Levels of nesting; an archive needs 5, a bank 3.
MAX_DEPTH = 64


class JsonInputError(ValueError):
    """The text is not JSON NetPlanner can read; the message names the file."""


class _Refused(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def _number(text: str) -> None:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(
            Message(
                QT_TRANSLATE_NOOP("Messages", "a number of %1 digits, longer than any value has"),
                f"{len(text):,}",
            )
        )


def _int(text: str) -> int:
    _number(text)
    return int(text)


def _float(text: str) -> float:
    _number(text)
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(Message(QT_TRANSLATE_NOOP("Messages", "a number too large to use")))
    return value


def _constant(text: str) -> None:
    raise _Refused(
        Message(QT_TRANSLATE_NOOP("Messages", "%1, which is not a number JSON allows"), text)
    )


def load_json(text: str, where: str) -> Any:
    """The value of ``text``; ``JsonInputError`` ("<where>, line 3: not valid JSON (…)")."""
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise JsonInputError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "%1, line %2: not valid JSON (%3)."),
                where,
                error.lineno,
                error.msg,
            )
        ) from None
    except RecursionError:
        raise _too_deep(where) from None
    except _Refused as refused:
        raise JsonInputError(
            Message(QT_TRANSLATE_NOOP("Messages", "%1: the file holds %2."), where, refused.message)
        ) from None
    _check_values(value, where)
    return value


def _too_deep(where: str) -> JsonInputError:
    return JsonInputError(
        Message(
            QT_TRANSLATE_NOOP("Messages", "%1: nested too deeply to be a NetPlanner file."), where
        )
    )


def _check_values(value: Any, where: str) -> None:
    """Refuse text no file or database can hold (lone surrogates) and absurd nesting;
    without recursion, so the check itself never runs out of stack."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(where)
        if isinstance(item, str):
            _check_text(item, where)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key, where)
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)


def _check_text(text: str, where: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise JsonInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1: the file holds a broken character (%2, half of a pair that belongs "
                    "together) in the text “%3”.",
                ),
                where,
                f"\\u{ord(text[error.start]):04x}",
                text[: error.start][-40:],
            )
        ) from None


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, index: int) -> int:
    match = _WHITESPACE.match(text, index)
    return match.end() if match else index


def locate(text: str, path: Sequence[str | int]) -> int:
    """The offset in ``text`` (valid JSON) of the value at ``path`` (keys and list
    indexes): of its key where the last step is a key; of the deepest parent found when
    the path does not exist."""
    index = _skip(text, 0)
    try:
        for number, step in enumerate(path):
            found = _child(text, index, step)
            if found is None:
                break
            key_at, index = found
            if isinstance(step, str) and number == len(path) - 1:
                return key_at
    except (ValueError, IndexError):
        pass
    return index


def _child(text: str, index: int, step: str | int) -> tuple[int, int] | None:
    """(offset of the key or item, offset of the value) of ``step`` in the object or
    list that starts at ``index``; None when it has no such member."""
    opening = text[index : index + 1]
    if opening not in ("{", "["):
        return None
    is_object = opening == "{"
    if is_object != isinstance(step, str):
        return None
    closing = "}" if is_object else "]"
    index = _skip(text, index + 1)
    position = 0
    while text[index] != closing:
        key_at = index
        key = None
        if is_object:
            key, index = _DECODER.raw_decode(text, index)
            index = _skip(text, index)
            index = _skip(text, index + 1)  # the colon
        if (key == step) if is_object else (position == step):
            return key_at, index
        _value, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if text[index] == ",":
            index = _skip(text, index + 1)
        position += 1
    return None


def line_of(text: str, path: Sequence[str | int]) -> int:
    """The line (from 1) where the value at ``path`` stands."""
    return text.count("\n", 0, locate(text, path)) + 1

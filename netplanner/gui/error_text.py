"""A message from the core, storage or file code, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netplanner.messages import CONTEXT, Message, fill


def message_text(text: str) -> str:
    """``text`` translated when it is a :class:`Message` (its arguments too, where they
    are messages themselves); any other text as it is."""
    if not isinstance(text, Message):
        return str(text)
    translated = QCoreApplication.translate(CONTEXT, text.template)
    return fill(translated, *(message_text(argument) for argument in text.arguments))


def error_text(error: BaseException | str) -> str:
    """The error's message translated where it was built as a :class:`Message`
    (see ``netplanner/messages.py``); any other message as it is."""
    parts = error.args if isinstance(error, BaseException) else (error,)
    for part in parts:
        if isinstance(part, Message):
            return message_text(part)
    return str(error)

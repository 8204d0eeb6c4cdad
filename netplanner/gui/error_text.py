"""A message from the core, storage or file code, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netplanner.messages import CONTEXT, Message, fill


def error_text(error: BaseException | str) -> str:
    """The error's message translated where it was built as a :class:`Message`
    (see ``netplanner/messages.py``); any other message as it is."""
    parts = error.args if isinstance(error, BaseException) else (error,)
    for part in parts:
        if isinstance(part, Message):
            translated = QCoreApplication.translate(CONTEXT, part.template)
            return fill(translated, part.arguments)
    return str(error)

"""Messages for the user that the window can show in the user's language.

The core, storage and file-format code run without Qt, so they write their messages in
English. A message built with :class:`Message` also keeps its template and arguments:
the window translates the template (``gui/error_text.py``) and fills in the same
arguments, while the command line and the logs read the English text as a plain
``str``. ``QT_TRANSLATE_NOOP`` here does nothing at run time; it is the marker Qt's
``lupdate`` looks for, so every template lands in ``resources/translations``.
"""

from __future__ import annotations

import re

#: The translation context of every template (as ``lupdate`` records it).
CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def fill(template: str, *args: str) -> str:
    """Put ``args`` in the places %1, %2, … of ``template`` (Qt's ``arg`` convention), in
    one pass: %10 is not read as %1, and an argument containing "%2" is not filled again
    (chained ``str.replace`` calls would fill it: an answer "I earn 5%2 more" became
    "I earn 5Q? more"). A place without an argument stays as it is.
    """

    def argument(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return args[number - 1] if 1 <= number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(argument, template)


_PLACEHOLDER = re.compile(r"%(\d+)")


class Message(str):
    """The English text of a message, with the template and arguments it was made from."""

    template: str
    arguments: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Message:
        # A Message among the arguments stays one, so the window translates it too.
        arguments = tuple(arg if isinstance(arg, str) else str(arg) for arg in args)
        message = super().__new__(cls, fill(template, *arguments))
        message.template = template
        message.arguments = arguments
        return message

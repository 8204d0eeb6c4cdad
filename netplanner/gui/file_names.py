"""The file names save dialogs suggest, in the window's language.

The words come from the translations (a Dutch window suggests
"voorbereiding-Marieke-Bos-2026-05-12.pdf" where an English one suggests
"prep-sheet-Marieke-Bos-2026-05-12.pdf"); only letters and digits of any script are kept, with
dashes between, so whatever a translation or a person's name holds, the result is a file name
on every system. Extensions are never translated.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\W_]+")


def file_words(text: str, fallback: str) -> str:
    """``text`` as part of a file name: letters and digits of any script, dashes between
    ("Carla Smit" -> "Carla-Smit"); ``fallback`` when nothing is left."""
    return _UNSAFE.sub("-", text).strip("-") or fallback


def file_name(words: str, english: str, suffix: str) -> str:
    """A default file name from translated ``words`` (``english`` when they leave nothing),
    with ``suffix`` (".csv")."""
    return file_words(words, english) + suffix

"""NetPlanner's translations without Qt: the compiled catalogue read in pure Python.

The window translates through Qt's ``QTranslator``; the command line runs without Qt
(starting it would cost more than most commands take), yet speaks the same language
with the same texts. It reads the very ``.qm`` file the window loads
(``resources/translations/netplanner_<language>.qm``, shipped in the wheel and the
frozen app alike) and looks a text up as ``QTranslator`` does: the ELF hash of the
source text in the sorted hash table, then the message at that offset, checked against
its context and source. Nothing is read before the first lookup, and a lookup reads
only its own message, so a command pays well under a millisecond.

Only what the command line and an import's notes need: plain texts (no plural forms,
no disambiguation), looked up in one context. The format is described in
``packaging/ts_to_qm.py``, which writes it.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from functools import cache, lru_cache

from netplanner.messages import CONTEXT, Message, fill
from netplanner.resources import resource_path

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES = 0x42, 0x69
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_OBSOLETE = (2, 4, 5)  # tags of old formats: a length-prefixed value to skip
_NULL = 0xFFFFFFFF


def elf_hash(data: bytes) -> int:
    """The hash ``QTranslator`` looks messages up by (the ELF hash, never 0)."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


class Catalogue:
    """The messages of one ``.qm`` file."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_MAGIC):
            raise ValueError("not a Qt translation catalogue")
        self._data = data
        hashes = messages = (0, 0)
        offset = len(_MAGIC)
        while offset + 5 <= len(data):
            tag, length = struct.unpack_from(">BI", data, offset)
            offset += 5
            if tag == _HASHES:
                hashes = (offset, length)
            elif tag == _MESSAGES:
                messages = (offset, length)
            offset += length
        start, length = hashes
        table = struct.unpack_from(f">{length // 4}I", data, start)
        self._keys, self._offsets = table[0::2], table[1::2]
        self._messages_start = messages[0]

    def translate(self, context: str, source: str) -> str | None:
        """The translation of ``source`` in ``context``; None when the catalogue has none."""
        key = elf_hash(source.encode("utf-8"))
        index = bisect_left(self._keys, key)
        while index < len(self._keys) and self._keys[index] == key:
            found = self._message(self._messages_start + self._offsets[index], context, source)
            if found is not None:
                return found
            index += 1
        return None

    def _message(self, offset: int, context: str, source: str) -> str | None:
        data = self._data
        translation: str | None = None
        first = True
        fields: dict[int, str] = {}
        while offset < len(data):
            tag = data[offset]
            offset += 1
            if tag == _END:
                break
            (length,) = struct.unpack_from(">I", data, offset)
            offset += 4
            if tag == _TRANSLATION:
                if length == _NULL:
                    continue
                text = data[offset : offset + length].decode("utf-16-be", "surrogatepass")
                if first:  # the first form: a plural message's singular
                    translation, first = text, False
            elif tag in (_SOURCE, _CONTEXT, _COMMENT):
                fields[tag] = data[offset : offset + length].decode("utf-8", "surrogatepass")
            elif tag not in _OBSOLETE:
                return None  # a tag this reader does not know: not to be trusted
            offset += length
        if fields.get(_CONTEXT) != context or fields.get(_SOURCE, source) != source:
            return None
        if fields.get(_COMMENT):
            return None  # a disambiguated text: not the plain one asked for
        return translation


@cache
def catalogue(language: str) -> Catalogue | None:
    """NetPlanner's catalogue for ``language``; None for English (the source language)
    and when the file is missing or unreadable (the texts then stay English)."""
    if language == "en":
        return None
    try:
        data = resource_path("translations", f"netplanner_{language}.qm").read_bytes()
        return Catalogue(data)
    except (OSError, ValueError, struct.error):
        return None


def translate(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` (as it is where there is no translation)."""
    found = catalogue(language)
    text = found.translate(context, source) if found is not None else None
    return text if text else source


def message_in(language: str, text: str) -> str:
    """``text`` in ``language`` when it is a :class:`~netplanner.messages.Message` (its
    arguments too, where they are messages themselves); any other text as it is."""
    if not isinstance(text, Message) or language == "en":
        return str(text)  # a Message's own text is its English
    template = translated(language, text.template)
    return fill(template, *(message_in(language, argument) for argument in text.arguments))


@lru_cache(maxsize=1024)
def translated(language: str, template: str) -> str:
    """The template of a :class:`~netplanner.messages.Message` in ``language`` (an import
    renders the same few templates for every row of a file: remembered)."""
    return translate(language, CONTEXT, template)

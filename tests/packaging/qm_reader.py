"""Read a ``.qm`` file back into messages, and write messages as a ``.ts`` file: for tests.

Lets a test take a real catalogue Qt ships (``qtbase_nl.qm``, thousands of messages with
plural forms and disambiguations), turn it into a ``.ts`` and compile that with both
``lrelease`` and ``packaging/ts_to_qm.py``. Reads the blocks ``ts_to_qm.py`` documents.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


@dataclass(frozen=True)
class QmMessage:
    context: str
    source: str
    comment: str
    translations: tuple[str | None, ...]


@dataclass(frozen=True)
class QmFile:
    language: str
    messages: tuple[QmMessage, ...]
    numerus_rules: bytes


def read_qm(data: bytes) -> QmFile:
    assert data[:16] == MAGIC, "not a .qm file"
    blocks: dict[int, bytes] = {}
    at = 16
    while at + 5 <= len(data):
        tag, length = struct.unpack_from(">BI", data, at)
        blocks[tag] = data[at + 5 : at + 5 + length]
        at += 5 + length
    hashes, messages = blocks.get(0x42, b""), blocks.get(0x69, b"")
    found = []
    for index in range(0, len(hashes), 8):
        (offset,) = struct.unpack_from(">I", hashes, index + 4)
        fields: dict[str, str] = {"context": "", "source": "", "comment": ""}
        translations: list[str | None] = []
        while True:
            tag = messages[offset]
            offset += 1
            if tag == 1:
                break
            (length,) = struct.unpack_from(">I", messages, offset)
            offset += 4
            if tag == 3:
                if length == 0xFFFFFFFF:
                    translations.append(None)
                    continue
                translations.append(messages[offset : offset + length].decode("utf-16-be"))
            else:
                name = {6: "source", 7: "context", 8: "comment"}[tag]
                fields[name] = messages[offset : offset + length].decode("utf-8")
            offset += length
        found.append(QmMessage(translations=tuple(translations), **fields))
    language = blocks.get(0xA7, b"").decode("utf-8")
    return QmFile(language, tuple(found), blocks.get(0x88, b""))


def write_ts(path: Path, language: str, messages: list[QmMessage], *, numerus: bool) -> Path:
    """A ``.ts`` file holding ``messages`` (as plural messages when they have more than one
    translation and ``numerus`` is set)."""
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[QmMessage]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name, members in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in members:
            plural = numerus and len(message.translations) > 1
            element = ET.SubElement(context, "message", numerus="yes") if plural else None
            if element is None:
                element = ET.SubElement(context, "message")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if plural:
                for form in message.translations:
                    ET.SubElement(translation, "numerusform").text = form or ""
            else:
                translation.text = message.translations[0] or ""
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path

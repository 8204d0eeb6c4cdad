"""Compile a Qt Linguist ``.ts`` file into the ``.qm`` file ``QTranslator`` loads, without Qt.

Why not Qt's ``lrelease``: the wheel's build hook runs in pip's isolated build environment,
which has hatchling but no PySide6, and an ``lrelease`` found elsewhere cannot import its
PySide6 there. Putting PySide6 into ``[build-system] requires`` would download a few hundred
megabytes for every build from source. The format is small, so this module writes it itself,
with the standard library only, and writes the same bytes ``lrelease`` writes with its default
options (``tests/packaging/test_ts_to_qm.py`` holds it to that and loads the result in Qt).

The ``.qm`` format (integers big-endian): a 16-byte magic number, then blocks of
``tag (1 byte) · length (4 bytes) · data``:

- ``0xa7`` language: the ``.ts`` file's language code, UTF-8;
- ``0x96`` dependencies: the catalogues to load with this one, each as a Qt string;
- ``0x42`` hashes: for each message, ``(hash of source + disambiguation, offset)``, sorted;
- ``0x69`` messages: for each message, sorted by (context, source, disambiguation): its
  translations (tag 3, a Qt string: byte length, UTF-16BE; ``0xffffffff`` for none), the
  disambiguation (tag 8), the source (tag 6) and the context (tag 7) as length-prefixed
  UTF-8, then tag 1;
- ``0x88`` plural rules: the byte code ``QTranslator`` runs to pick a plural form for ``%n``.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_LANGUAGE, _DEPENDENCIES, _HASHES, _MESSAGES, _NUMERUS = 0xA7, 0x96, 0x42, 0x69, 0x88
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
#: Separates the length variants of one translation (Qt picks the longest that fits).
VARIANT_SEPARATOR = "\x9c"

# The operators of QTranslator's plural rules (Qt's qtranslator_p.h).
_EQ, _LT, _LEQ, _BETWEEN, _NOT, _MOD_10, _MOD_100 = 0x01, 0x02, 0x03, 0x04, 0x08, 0x10, 0x20
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF
_NEQ, _GEQ, _NOT_BETWEEN = _NOT | _EQ, _NOT | _LT, _NOT | _BETWEEN

# (rule bytes, number of plural forms), as Qt's lrelease has them (its numerus.cpp).
_ONE_FORM = (b"", 1)
_ONE_AND_MORE = (bytes([_EQ, 1]), 2)  # "1 vraag", "0 / 2 vragen"
_ZERO_ONE_AND_MORE = (bytes([_LEQ, 1]), 2)  # French: "0 question", "2 questions"
_SLAVIC = (
    bytes(
        [
            *(_MOD_10 | _EQ, 1, _AND, _MOD_100 | _NEQ, 11, _NEWRULE),
            *(_MOD_10 | _BETWEEN, 2, 4, _AND, _MOD_100 | _NOT_BETWEEN, 10, 19),
        ]
    ),
    3,
)
_POLISH = (
    bytes([_EQ, 1, _NEWRULE, _MOD_10 | _BETWEEN, 2, 4, _AND, _MOD_100 | _NOT_BETWEEN, 10, 19]),
    3,
)
_CZECH = (bytes([_EQ, 1, _NEWRULE, _BETWEEN, 2, 4]), 3)
_ARABIC = (
    bytes(
        [
            *(_EQ, 0, _NEWRULE, _EQ, 1, _NEWRULE, _EQ, 2, _NEWRULE),
            *(_MOD_100 | _BETWEEN, 3, 10, _NEWRULE, _MOD_100 | _GEQ, 11),
        ]
    ),
    6,
)
#: Plural rules by language code, the full code first (``pt_PT``), then the language (``pt``:
#: Qt reads a bare ``pt`` as Brazilian). A language missing here stops the compilation with a
#: message: add it from Qt's ``numerus.cpp`` (a test compares every entry with ``lrelease``).
_FAMILIES = (
    ("af bg ca da de el en eo es et eu fi fy gl he hi it nb nl nn pt_PT sq sv", _ONE_AND_MORE),
    ("fr pt", _ZERO_ONE_AND_MORE),
    ("fa hu id ja ko ms th tr vi zh", _ONE_FORM),
    ("be bs hr ru sr uk", _SLAVIC),
    ("pl", _POLISH),
    ("cs sk", _CZECH),
    ("ar", _ARABIC),
)
PLURAL_RULES: dict[str, tuple[bytes, int]] = {
    code: rules for codes, rules in _FAMILIES for code in codes.split()
}


class TsError(ValueError):
    """The ``.ts`` file cannot be compiled; the message names the file and the problem."""


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    #: The disambiguation (``<comment>``), part of the message's key; not a note for translators.
    comment: str
    #: One per plural form for a ``%n`` message, else one; ``None`` stands for a missing form.
    translations: tuple[str | None, ...]
    #: "", "unfinished", "vanished" or "obsolete" (the ``type`` of ``<translation>``).
    state: str
    numerus: bool


@dataclass(frozen=True)
class TsFile:
    language: str
    dependencies: tuple[str, ...]
    messages: tuple[TsMessage, ...]


def _text(element: ET.Element | None) -> str:
    """An element's text as Qt reads it: ``<byte value="x1b"/>`` stands for a control
    character, and ``<lengthvariant>`` children are the variants of one text."""
    if element is None:
        return ""
    variants = element.findall("lengthvariant")
    if variants:
        return VARIANT_SEPARATOR.join(_text(variant) for variant in variants)
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "")
            code = int(value[1:], 16) if value[:1] in ("x", "X") else int(value or "0")
            parts.append(chr(code))
        parts.append(child.tail or "")
    return "".join(parts)


def read_ts(path: Path) -> TsFile:
    """The messages of a ``.ts`` file, in file order."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise TsError(f"{path.name}: cannot be read as a translation file: {error}") from None
    if root.tag != "TS":
        raise TsError(f"{path.name}: not a Qt translation file (its root is <{root.tag}>)")
    dependencies = tuple(dependency.get("catalog", "") for dependency in root.iter("dependency"))
    messages = []
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            if message.get("id"):
                raise TsError(f"{path.name}: ID-based messages are not supported ({name})")
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            # An empty text reads as a missing one (Qt's null string), as in lrelease.
            if translation is None:
                forms: list[str | None] = []
            elif numerus:
                forms = [_text(form) or None for form in translation.findall("numerusform")]
            else:
                forms = [_text(translation) or None]
            messages.append(
                TsMessage(
                    context=name,
                    source=_text(message.find("source")),
                    comment=_text(message.find("comment")),
                    translations=tuple(forms),
                    state="" if translation is None else translation.get("type", ""),
                    numerus=numerus,
                )
            )
    return TsFile(root.get("language", ""), dependencies, tuple(messages))


def plural_rules(language: str) -> tuple[bytes, int]:
    """The plural rule bytes and the number of plural forms for a language code."""
    if not language:
        return _ONE_FORM
    code = language.replace("-", "_")
    main = code.split("_")[0].lower()
    for key in (code, main):
        if key in PLURAL_RULES:
            return PLURAL_RULES[key]
    raise TsError(f"no plural rules known for the language {language!r}; add them to PLURAL_RULES")


def _qt_string(text: str | None) -> bytes:
    if text is None:
        return b"\xff\xff\xff\xff"
    data = text.encode("utf-16-be", "surrogatepass")
    return struct.pack(">I", len(data)) + data


def _bytes(text: str) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    return struct.pack(">I", len(data)) + data


def elf_hash(data: bytes) -> int:
    """The hash ``QTranslator`` looks messages up by (the ELF hash, never 0)."""
    value = 0
    for byte in data:
        if byte == 0:
            break
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def _block(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _releasable(ts: TsFile, forms: int) -> list[TsMessage]:
    """The messages that go into the ``.qm``, their plural forms padded or cut to the
    language's count: finished ones, and unfinished ones that have a translation."""
    kept = []
    for message in ts.messages:
        if message.state in ("vanished", "obsolete"):
            continue
        if message.state == "unfinished" and not (message.translations or ("",))[0]:
            continue
        wanted = forms if message.numerus else 1
        translations = (message.translations + (None,) * wanted)[:wanted]
        kept.append(
            TsMessage(
                message.context,
                message.source,
                message.comment,
                translations,
                message.state,
                message.numerus,
            )
        )
    return kept


def compile_ts(ts: TsFile, name: str = "translation") -> bytes:
    """The ``.qm`` bytes for ``ts`` (``name`` only labels errors)."""
    rules, forms = plural_rules(ts.language)
    seen: set[tuple[str, str, str]] = set()
    for message in ts.messages:
        if message.state in ("vanished", "obsolete"):
            continue
        key = (message.context, message.source, message.comment)
        if key in seen:
            raise TsError(
                f"{name}: {message.source!r} appears twice in the context {message.context!r}"
            )
        seen.add(key)
    # As lrelease does: a disambiguation is dropped when nothing else in the file has the same
    # context and source without one (QTranslator falls back to looking up without it).
    bare = {(m.context, m.source) for m in ts.messages if not m.comment}
    entries: dict[tuple[bytes, bytes, bytes], tuple[str | None, ...]] = {}
    for message in _releasable(ts, forms):
        context = message.context.encode("utf-8", "surrogatepass")
        source = message.source.encode("utf-8", "surrogatepass")
        comment = message.comment.encode("utf-8", "surrogatepass")
        if message.comment and message.context and (message.context, message.source) not in bare:
            stripped = (context, source, b"")
            if stripped not in entries:
                entries[stripped] = message.translations
                continue
        entries.setdefault((context, source, comment), message.translations)

    messages = bytearray()
    hashes = []
    for context, source, comment in sorted(entries):
        hashes.append((elf_hash(source + comment), len(messages)))
        for translation in entries[(context, source, comment)]:
            messages += bytes([_TRANSLATION]) + _qt_string(translation)
        messages += bytes([_COMMENT]) + struct.pack(">I", len(comment)) + comment
        messages += bytes([_SOURCE]) + struct.pack(">I", len(source)) + source
        messages += bytes([_CONTEXT]) + struct.pack(">I", len(context)) + context
        messages += bytes([_END])

    out = bytearray(MAGIC)
    if ts.language:
        out += _block(_LANGUAGE, ts.language.encode("utf-8"))
    dependencies = b"".join(_qt_string(dependency) for dependency in ts.dependencies)
    if dependencies:
        out += _block(_DEPENDENCIES, dependencies)
    if entries:
        out += _block(_HASHES, b"".join(struct.pack(">II", h, o) for h, o in sorted(hashes)))
        out += _block(_MESSAGES, bytes(messages))
    if rules:
        out += _block(_NUMERUS, rules)
    return bytes(out)


def compile_file(source: Path, target: Path) -> Path:
    """Compile the ``.ts`` file ``source`` into the ``.qm`` file ``target`` (written whole:
    a reader never sees half a file)."""
    data = compile_ts(read_ts(source), Path(source).name)
    target = Path(target)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(data)
    partial.replace(target)
    return target

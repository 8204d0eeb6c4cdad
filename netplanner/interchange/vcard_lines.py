"""The properties of one vCard, read line by line and forgivingly (vCard 2.1, 3.0, 4.0).

Address books write vCards that no standard allows, and a strict parser loses the whole
card over one of them. Here each property is read on its own: a property that cannot be
read is left out with a :class:`LineProblem` naming its line, and the rest of the card is
kept. What is read as the writers mean it, not as the standards say:

- Folded lines (a space or tab at the start of the next line) are unfolded; 2.1's
  quoted-printable soft line breaks are joined before (see ``vcard_import``).
- 2.1's bare parameters (``TEL;WORK;VOICE:``) are TYPE values; TYPE lists may be
  repeated, comma-separated or quoted (``TYPE="work,voice"``).
- Quoted-printable and base64 values are decoded with their CHARSET; bytes that are
  not text in it become U+FFFD and a problem is reported, the value is kept.
- Text is unescaped (``\\n``, ``\\,``, ``\\;``, ``\\\\`` and Gmail's ``\\:``), and line ends
  become ``\\n`` (Outlook's quoted-printable notes end lines with CR LF).
- Structured values (N, ADR, ORG) are split at unescaped semicolons only; what a
  component holds is text, commas included (Outlook 2003's ``ORG:Company, The``).
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field

from netplanner.messages import QT_TRANSLATE_NOOP, Message

_NAME = re.compile(r"^(?:([\w-]+)\.)?([\w-]+)$")


@dataclass
class Property:
    """One content line: ``item1.EMAIL;TYPE=WORK:anna@example.org``."""

    group: str  # "item1", or ""
    name: str  # upper case: "EMAIL"
    params: dict[str, list[str]]  # upper-case names; "TYPE" holds 2.1's bare values
    raw: str  # the value after quoted-printable or base64, before unescaping
    line: int  # where the property starts in the file

    @property
    def types(self) -> list[str]:
        return [t for value in self.params.get("TYPE", []) for t in value.split(",") if t]

    @property
    def preferred(self) -> bool:
        pref = self.params.get("PREF", [])
        return "pref" in (t.casefold() for t in self.types) or any(p.strip() == "1" for p in pref)

    def text(self) -> str:
        """The value as one text (commas are text, not separators)."""
        return unescape(self.raw)

    def components(self) -> list[str]:
        """The components of a structured value, each unescaped."""
        return [unescape(part) for part in split_unescaped(self.raw, ";")]

    def list_values(self) -> list[str]:
        """The values of a list (NICKNAME, CATEGORIES), split at unescaped commas."""
        values = (unescape(part).strip() for part in split_unescaped(self.raw, ","))
        return [value for value in values if value]


@dataclass(frozen=True)
class LineProblem:
    line: int
    message: Message
    #: The property it is about ("" for a line that is not one).
    name: str = ""


@dataclass
class ParsedCard:
    properties: list[Property] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [prop for prop in self.properties if prop.name == name]

    def first_text(self, name: str) -> str:
        for prop in self.all(name):
            text = prop.text().strip()
            if text:
                return text
        return ""


def split_unescaped(value: str, separator: str) -> list[str]:
    """``value`` split at ``separator`` where it is not escaped with a backslash."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}


def unescape(value: str) -> str:
    r"""``\n`` -> line break, ``\,`` -> ``,`` …; line ends normalised to ``\n``."""
    if "\\" in value:
        out, escaped = [], False
        for char in value:
            if escaped:
                out.append(_ESCAPES.get(char, "\\" + char))
                escaped = False
            elif char == "\\":
                escaped = True
            else:
                out.append(char)
        if escaped:
            out.append("\\")
        value = "".join(out)
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _split_line(line: str) -> tuple[str, str] | None:
    """(name and parameters, value) at the first colon outside quotes; None if none."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return None


def _params(parts: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        name, equals, value = part.partition("=")
        if not equals:  # vCard 2.1: a bare value is a TYPE (or the encoding)
            name, value = ("ENCODING", part) if part.upper() in _ENCODINGS else ("TYPE", part)
        params.setdefault(name.strip().upper(), []).append(value.strip().strip('"'))
    return params


_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


def unfold(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Logical lines with the line number where each starts."""
    unfolded: list[tuple[int, str]] = []
    for number, line in lines:
        if line[:1] in (" ", "\t") and unfolded:
            start, text = unfolded[-1]
            unfolded[-1] = (start, text + line[1:])
        elif line.strip():
            unfolded.append((number, line))
    return unfolded


def parse_card(lines: list[tuple[int, str]]) -> ParsedCard:
    """The properties of a card (its BEGIN and END lines included or not), nested 2.1
    AGENT cards left out."""
    card = ParsedCard()
    depth = 0
    for number, line in unfold(lines):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            depth += 1
            continue
        if upper == "END:VCARD":
            depth -= 1
            continue
        if depth > 1:
            continue  # inside an AGENT card
        split = _split_line(line)
        head_parts = split[0].split(";") if split else []
        match = _NAME.match(head_parts[0].strip()) if head_parts else None
        if split is None or match is None:
            card.problems.append(
                LineProblem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "line %1 is not a vCard property; it was left out"
                        ),
                        number,
                    ),
                )
            )
            continue
        params = _params(head_parts[1:])
        prop = Property(match.group(1) or "", match.group(2).upper(), params, split[1], number)
        _decode(prop, card)
        card.properties.append(prop)
    return card


def _decode(prop: Property, card: ParsedCard) -> None:
    """Undo quoted-printable or base64, reading the bytes in the property's CHARSET."""
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    if encoding not in ("QUOTED-PRINTABLE", "BASE64", "B"):
        return
    charset = (prop.params.get("CHARSET") or ["utf-8"])[0] or "utf-8"
    try:
        if encoding == "QUOTED-PRINTABLE":
            data = quopri.decodestring(prop.raw.encode("latin-1", "replace"))
        else:
            data = base64.b64decode(prop.raw.strip() + "===", validate=False)
    except (ValueError, binascii.Error):
        card.problems.append(LineProblem(prop.line, _problem(prop, "cannot be decoded"), prop.name))
        prop.raw = ""
        return
    try:
        prop.raw = data.decode(charset)
    except LookupError:
        prop.raw = data.decode("utf-8", "replace")
    except UnicodeDecodeError:
        prop.raw = data.decode(charset, "replace")
        card.problems.append(LineProblem(prop.line, _problem(prop, charset), prop.name))


def _problem(prop: Property, what: str) -> Message:
    if what == "cannot be decoded":
        return Message(
            QT_TRANSLATE_NOOP("Messages", "line %1: %2 cannot be decoded; it was left out"),
            prop.line,
            prop.name,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages", "line %1: %2 holds bytes that are not %3 text; they are shown as �"
        ),
        prop.line,
        prop.name,
        what.upper(),
    )

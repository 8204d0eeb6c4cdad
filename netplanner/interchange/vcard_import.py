"""vCard files (2.1, 3.0 and 4.0): phones' and mail programs' address books.

Each card is cut out of the file and its properties are read one by one
(:mod:`netplanner.interchange.vcard_lines`): a property that cannot be read costs that
property, reported with its card and line, never the card. Before reading:

- ``PHOTO``, ``LOGO``, ``SOUND`` and ``KEY`` lines are dropped: NetPlanner keeps no
  pictures (they are listed as left out).
- Quoted-printable soft line breaks (a line ending in ``=``, as Android writes long
  2.1 values) are joined.

What goes where (:mod:`netplanner.interchange.vcard_fields`): FN, read as it stands
(Google writes commas in it unescaped) → name, else N's parts, else the e-mail address,
organisation or phone number of a card with no name; N → the name's parts; NICKNAME,
BDAY, UID → those fields; ORG → organisation (its units go to the notes as
"Department: …", in the data language: :mod:`netplanner.core.imports.notes`); TITLE
(else ROLE) → role; EMAIL, TEL, URL → every address, number and website with its kind
(TYPE, or Apple's X-ABLabel), the preferred one first, ``tel:`` and ``mailto:`` URIs
read as plain numbers and addresses; the first (or preferred) ADR → the
address, its city also the region; other ADRs, NOTE → notes; CATEGORIES → tags; a
linkedin.com URL (URL or X-SOCIALPROFILE) → LinkedIn URL; RELATED (4.0) → related
names; NetPlanner's own X-NETPLANNER-SPECIALISM, -SECTOR, -REGION and -HOW-WE-KNOW →
those fields (so an export read back keeps them; the REGION one wins over ADR).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from netplanner.core.imports.model import (
    ColumnUse,
    ImportFileError,
    ReadResult,
    ReadWarning,
    RejectedRow,
)
from netplanner.interchange.csv_sniff import open_text
from netplanner.interchange.vcard_fields import USED_PROPERTIES, contact_from_card
from netplanner.interchange.vcard_lines import parse_card
from netplanner.messages import QT_TRANSLATE_NOOP, Message

_DROPPED = ("PHOTO", "LOGO", "SOUND", "KEY")
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?([\w-]+)[;:]")
#: Properties about the card itself, neither used nor worth listing as left out.
_STRUCTURE = frozenset({"VERSION", "PRODID", "REV", "BEGIN", "END", "KIND"})


#: A card larger than this (in characters, photos left out) is rejected unread: its
#: text cannot fit in a contact (notes hold 100,000 characters), and parsing a huge card
#: took vobject gigabytes of memory (a 50 MB note: 7 GB). The lines are not even kept.
MAX_CARD_CHARS = 1_000_000


@dataclass
class _Card:
    number: int
    line: int
    lines: list[tuple[int, str]]
    complete: bool = True
    #: The properties dropped before reading (PHOTO, …).
    dropped: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, number: int, line: str) -> None:
        self.size += len(line)
        if self.size <= MAX_CARD_CHARS:
            self.lines.append((number, line))

    @property
    def too_large(self) -> bool:
        return self.size > MAX_CARD_CHARS


def _lines(stream: TextIO) -> Iterator[tuple[str, bool]]:
    """The lines of ``stream`` as (line, False); a line longer than a whole card may be
    comes as ("", True), read in pieces and never held whole (a 50 MB note on one line
    took hundreds of megabytes)."""
    while True:
        piece = stream.readline(MAX_CARD_CHARS + 2)
        if not piece:
            return
        if len(piece) <= MAX_CARD_CHARS or piece.endswith("\n"):
            yield piece, False
            continue
        while piece and not piece.endswith("\n"):
            piece = stream.readline(MAX_CARD_CHARS)
        yield "", True


def _cards(path: Path) -> Iterator[_Card]:
    """The cards of the file, each as its numbered lines (streamed)."""
    number, depth = 0, 0
    card: _Card | None = None
    dropping = False
    with open_text(path) as stream:
        for line_number, (raw, overlong) in enumerate(_lines(stream), start=1):
            if overlong:
                if card is not None:
                    card.size = MAX_CARD_CHARS + 1  # rejected unread: its text is not kept
                continue
            line = raw.rstrip("\r\n")
            stripped = line.strip().upper()
            if card is None:
                if stripped == "BEGIN:VCARD":
                    number += 1
                    card = _Card(number, line_number, [(line_number, line.strip())])
                    depth, dropping = 1, False
                continue
            if line[:1] in (" ", "\t") or (dropping and not line.strip()):
                if not dropping:
                    card.add(line_number, line)
                continue
            if not line.strip():
                continue
            match = _PROPERTY.match(line)
            if dropping and match is None:
                continue  # unindented base64 of a 2.1 photo
            dropping = bool(match and match.group(1).upper() in _DROPPED)
            if dropping:
                card.dropped.append(match.group(1).upper())  # type: ignore[union-attr]
                continue
            card.add(line_number, line)
            if stripped == "BEGIN:VCARD":
                depth += 1  # a 2.1 AGENT card inside this one
            elif stripped == "END:VCARD":
                depth -= 1
                if depth == 0:
                    yield card
                    card = None
    if card is not None:
        card.complete = False
        yield card
    if number == 0:
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1: not a vCard file (there is no BEGIN:VCARD in it)."
                ),
                path.name,
            )
        )


def join_soft_line_breaks(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join quoted-printable values that continue on the next line after a final ``=``."""
    joined: list[tuple[int, str]] = []
    continuing = False
    for number, line in lines:
        if continuing:
            start, text = joined[-1]
            joined[-1] = (start, text[:-1] + line.lstrip())
        else:
            joined.append((number, line))
        text = joined[-1][1]
        head = text.split(":", 1)[0].upper()
        continuing = "QUOTED-PRINTABLE" in head and text.endswith("=")
    return joined


def read_vcard(path: Path) -> ReadResult:
    """Read every card of a vCard file; ``ImportFileError`` when it holds no cards."""
    result = ReadResult(unit="card", layout="vCard")
    uids: dict[str, str] = {}
    used: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    for card in _cards(path):
        if card.too_large:
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "is larger than %1 MB without its photo (it starts on line %2); NetPlanner "
                    "reads cards up to %1 MB",
                ),
                f"{MAX_CARD_CHARS / 1e6:g}",
                card.line,
            )
            result.rejected.append(RejectedRow(card.number, reason))
            continue
        if not card.complete:
            reason = Message(
                QT_TRANSLATE_NOOP("Messages", "has no END:VCARD (it starts on line %1)"), card.line
            )
            result.rejected.append(RejectedRow(card.number, reason))
            continue
        parsed = parse_card(join_soft_line_breaks(card.lines))
        contact, problems = contact_from_card(parsed)
        result.warnings += [ReadWarning(card.number, problem) for problem in problems]
        names = {prop.name for prop in parsed.properties} - _STRUCTURE
        used.update(names & USED_PROPERTIES.keys())
        left_out.update((names - USED_PROPERTIES.keys()) | set(card.dropped))
        if contact is None:
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "has no name, e-mail address, organisation or phone number "
                    "(it starts on line %1)",
                ),
                card.line,
            )
            result.rejected.append(RejectedRow(card.number, reason))
            continue
        contact.row = card.number
        if contact.source_uid:
            uids[contact.source_uid] = contact.name
        result.contacts.append(contact)
    for contact in result.contacts:  # RELATED may point at another card by its UID
        contact.related_names = [uids.get(name, name) for name in contact.related_names]
        contact.related_names = [name for name in contact.related_names if ":" not in name]
    result.columns = [
        ColumnUse(name, USED_PROPERTIES[name], "", count) for name, count in sorted(used.items())
    ] + [ColumnUse(name, "", "", count) for name, count in sorted(left_out.items())]
    return result

"""vCard files (2.1, 3.0 and 4.0): phones' and mail programs' address books.

Each card is cut out of the file and parsed on its own with vobject, so one broken
card is rejected (with its number) while the others are read. Before parsing:

- ``PHOTO``, ``LOGO``, ``SOUND`` and ``KEY`` lines are dropped: NetPlanner keeps no
  pictures, and vobject fails the whole card on a photo with bad base64 padding.
- Quoted-printable soft line breaks (a line ending in ``=``, as Android writes long
  2.1 values) are joined: vobject does not understand them.

What goes where: FN (else N) → name; ORG → organisation (its units go to the notes
as "Department: …"); TITLE (else ROLE) → role; NOTE → notes;
CATEGORIES → tags; the city of the first ADR → region; a linkedin.com URL (URL or
X-SOCIALPROFILE) → LinkedIn URL; RELATED (4.0) → related names; NetPlanner's own
X-NETPLANNER-SPECIALISM, -SECTOR, -REGION and -HOW-WE-KNOW → those fields (so an
export read back keeps them; the REGION one wins over ADR). Several e-mail
addresses and phone numbers are all kept, the preferred one (TYPE=pref, PREF=1)
first: the import saves the first as the contact's and lists the others in the notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from netplanner.core.enums import ContactSource
from netplanner.core.import_model import ImportedContact, ImportFileError, ReadResult, RejectedRow
from netplanner.core.text import clean
from netplanner.interchange.csv_sniff import open_text
from netplanner.interchange.vcard_export import X_PROPERTIES
from netplanner.messages import QT_TRANSLATE_NOOP, Message

_DROPPED = ("PHOTO", "LOGO", "SOUND", "KEY")
_VOBJECT_LINE = re.compile(r"^At line \d+: ")  # counted within the card: misleading
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?([\w-]+)[;:]")


#: A card larger than this (in characters, photos left out) is rejected unread: its
#: text cannot fit in a contact (notes hold 100,000 characters), and parsing a huge card
#: took vobject gigabytes of memory (a 50 MB note: 7 GB). The lines are not even kept.
MAX_CARD_CHARS = 1_000_000


@dataclass
class _Card:
    number: int
    line: int
    lines: list[str]
    complete: bool = True
    size: int = 0

    def add(self, line: str) -> None:
        self.size += len(line)
        if self.size <= MAX_CARD_CHARS:
            self.lines.append(line)

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
    """The cards of the file, each as its unfolded-enough lines (streamed)."""
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
                    card, depth, dropping = _Card(number, line_number, [line.strip()]), 1, False
                continue
            if line[:1] in (" ", "\t") or (dropping and not line.strip()):
                if not dropping:
                    card.add(line)
                continue
            if not line.strip():
                continue
            match = _PROPERTY.match(line)
            if dropping and match is None:
                continue  # unindented base64 of a 2.1 photo
            dropping = bool(match and match.group(1).upper() in _DROPPED)
            if dropping:
                continue
            card.add(line)
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


def join_soft_line_breaks(lines: list[str]) -> list[str]:
    """Join quoted-printable values that continue on the next line after a final ``=``."""
    joined: list[str] = []
    continuing = False
    for line in lines:
        if continuing:
            joined[-1] = joined[-1][:-1] + line.lstrip()
        else:
            joined.append(line)
        head = joined[-1].split(":", 1)[0].upper()
        continuing = "QUOTED-PRINTABLE" in head and joined[-1].endswith("=")
    return joined


def read_vcard(path: Path) -> ReadResult:
    """Read every card of a vCard file; ``ImportFileError`` when it holds no cards."""
    import vobject  # heavy: imported when first needed

    result = ReadResult(unit="card")
    uids: dict[str, str] = {}
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
        try:
            component = vobject.readOne("\r\n".join(join_soft_line_breaks(card.lines)) + "\r\n")
            contact, uid = _contact(component)
        except Exception as error:  # vobject raises many kinds; the card is simply rejected
            message = _VOBJECT_LINE.sub("", str(error).strip().split("\n")[0]) or "broken"
            reason = Message(
                QT_TRANSLATE_NOOP("Messages", "cannot be read (line %1): %2"),
                card.line,
                message[:200],
            )
            result.rejected.append(RejectedRow(card.number, reason))
            continue
        if contact is None:
            reason = Message(QT_TRANSLATE_NOOP("Messages", "has no name (line %1)"), card.line)
            result.rejected.append(RejectedRow(card.number, reason))
            continue
        contact.row = card.number
        if uid:
            uids[uid] = contact.name
        result.contacts.append(contact)
    for contact in result.contacts:  # RELATED may point at another card by its UID
        contact.related_names = [uids.get(name, name) for name in contact.related_names]
        contact.related_names = [name for name in contact.related_names if ":" not in name]
    return result


def _values(component: Any, name: str) -> list[Any]:
    return list(component.contents.get(name, []))


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(clean(str(part)) for part in value if clean(str(part)))
    return clean(str(value))


def _preferred_first(lines: list[Any]) -> list[str]:
    """Values of ``lines``, the preferred one first (TYPE=pref in 2.1/3.0, PREF=1 in 4.0)."""

    def preferred(line: Any) -> bool:
        types = [t.casefold() for t in line.params.get("TYPE", []) + line.singletonparams]
        return "pref" in types or bool(line.params.get("PREF"))

    ordered = sorted(lines, key=lambda line: not preferred(line))
    values = [_text(line.value) for line in ordered]
    return list(dict.fromkeys(value for value in values if value))


def _name(component: Any) -> str:
    for line in _values(component, "fn"):
        if _text(line.value):
            return _text(line.value)
    for line in _values(component, "n"):
        value = line.value
        if isinstance(value, str):
            parts = [part for part in value.split(";")[1::-1] if part]
        else:
            parts = [value.prefix, value.given, value.additional, value.family, value.suffix]
        name = " ".join(_text(part) for part in parts if _text(part))
        if name:
            return name
    return ""


def _contact(component: Any) -> tuple[ImportedContact | None, str]:
    name = _name(component)
    if not name:
        return None, ""
    notes = [_text(line.value) for line in _values(component, "note")]
    emails = _preferred_first(_values(component, "email"))
    phones = _preferred_first(_values(component, "tel"))
    organisation = ""
    for line in _values(component, "org")[:1]:
        units = line.value if isinstance(line.value, list) else [line.value]
        units = [clean(str(unit)) for unit in units if clean(str(unit))]
        organisation = units[0] if units else ""
        notes += [f"Department: {unit}" for unit in units[1:]]
    role = next((_text(line.value) for line in _values(component, "title")), "")
    if not role:
        role = next((_text(line.value) for line in _values(component, "role")), "")
    tags: list[str] = []
    for line in _values(component, "categories"):
        value = line.value
        tags += [clean(str(tag)) for tag in (value if isinstance(value, list) else [value])]
    region = ""
    for line in _values(component, "adr"):
        region = clean(getattr(line.value, "city", "") or "")
        if region:
            break
    urls = [
        _text(line.value) for key in ("url", "x-socialprofile") for line in _values(component, key)
    ]
    linkedin = next((url for url in urls if "linkedin.com/" in url.casefold()), "")
    related = [_text(line.value) for line in _values(component, "related") if _text(line.value)]
    uid = next((_text(line.value) for line in _values(component, "uid")), "")
    ours = {
        field: next((_text(line.value) for line in _values(component, name.lower())), "")
        for field, name in X_PROPERTIES.items()
    }
    contact = ImportedContact(
        name=name,
        role=role,
        organisation=organisation,
        sector=ours["sector"],
        region=ours["region"] or region,
        specialism=ours["specialism"],
        how_we_know=ours["how_we_know"],
        emails=emails,
        phones=phones,
        linkedin_url=linkedin,
        notes="\n".join(note for note in notes if note),
        tags=[tag for tag in tags if tag],
        source=ContactSource.VCARD.value,
        related_names=related,
    )
    return contact, uid

"""Chains of introductions as plain data: walking one up, and writing it as a line.

Free of SQLAlchemy on purpose: the prep sheet command reads its data with plain
``sqlite3`` and must not pay for importing the ORM (issue #7), so the walk takes a
look-up function instead of a session. ``core.network.chains`` uses the same walk with the
ORM, so a chain reads the same on the screen and on paper.

A loop (only possible in a file written before loops were refused, or edited by
hand) is cut at the person with the lowest id in it, who then counts as known
directly; ``core.network.chains`` cuts loops in the network tree the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: How the user is called at the top of a chain, per language.
YOU = {"en": "You", "nl": "Jij"}
ARROW = " → "

#: A contact's (name, how_we_know, introduced_by_id), or None for an unknown id.
LinkLookup = Callable[[int], "tuple[str, str, int | None] | None"]


@dataclass(frozen=True)
class ChainLink:
    id: int
    name: str
    how_we_know: str


@dataclass(frozen=True)
class Chain:
    """The people from someone the user knows directly down to the contact."""

    people: list[ChainLink]

    @property
    def degree(self) -> int:
        """1 for someone you know yourself, 2 for someone they introduced, …"""
        return len(self.people)

    @property
    def contact(self) -> ChainLink:
        return self.people[-1]

    @property
    def introducer(self) -> ChainLink | None:
        return self.people[-2] if len(self.people) > 1 else None


def cut_loop(path: list[int], repeated: int) -> list[int]:
    """``path`` (contact first, walking up) ran into ``repeated`` again: keep the part up
    to the loop's lowest id, who counts as known directly."""
    loop = path[path.index(repeated) :]
    return path[: path.index(min(loop)) + 1]


def walk_chain(contact_id: int, lookup: LinkLookup) -> Chain:
    """Follow ``introduced_by`` up from ``contact_id`` with ``lookup`` (one call per person)."""
    rows: dict[int, tuple[str, str, int | None]] = {}
    path: list[int] = []
    current: int | None = contact_id
    while current is not None:
        if current in rows:
            path = cut_loop(path, current)
            break
        row = lookup(current)
        if row is None:  # a dangling id in old data: the chain starts below it
            break
        rows[current] = row
        path.append(current)
        current = row[2]
    return Chain([ChainLink(i, rows[i][0], rows[i][1]) for i in reversed(path)])


def format_chain(chain: Chain, language: str = "en") -> str:
    """'You → Anna de Vries → Carla Smit' (Dutch: 'Jij → …')."""
    you = YOU.get(language, YOU["en"])
    return ARROW.join([you, *(link.name for link in chain.people)])

"""The keys that recognise people in an import, checked against their definitions."""

from __future__ import annotations

import random
import sys

from netplanner.core.imports.matching import identity_keys, name_key
from netplanner.core.text import fold

SPACES = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]


def _by_definition(name: str) -> str:
    return " ".join(fold(name).split())


def test_folding_keeps_white_space_white() -> None:
    """A folded name splits into words where the name does."""
    assert all(fold(space) and fold(space).isspace() for space in SPACES)


def test_name_key_is_the_whole_name_folded_with_single_spaces() -> None:
    # Guards any faster name_key against its definition. Every character of the first
    # planes, and white space and combining marks (and spacing accents, which fold to a
    # space) mixed in at random.
    characters = [chr(code) for code in range(0x20, 0x3400) if not 0xD800 <= code <= 0xDFFF]
    for character in characters:
        for name in (character, f"é{character}x", f"Zoë {character}b", f"{character}{character} Ø"):
            assert name_key(name) == _by_definition(name), repr(name)
    pool = characters + SPACES * 20 + list("\u0301\u0308\u00a8\u0130 ıøŀǅ") * 40
    generator = random.Random(7)
    for _ in range(20_000):
        name = "".join(generator.choice(pool) for _ in range(generator.randint(1, 9)))
        assert name_key(name) == _by_definition(name), repr(name)


def test_identity_keys() -> None:
    assert identity_keys(
        ["", " Zoe@Example.NL ", "  "], "HTTPS://nl.LinkedIn.com/in/Zoe/?trk=x", " uid-1 "
    ) == [
        ("url", "linkedin.com/in/zoe"),
        ("uid", "uid-1"),
        ("email", "zoe@example.nl"),
    ]
    # The name (and organisation) is never a key: namesakes are everywhere.
    assert identity_keys([], "") == []

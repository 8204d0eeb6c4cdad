"""Small text helpers shared by services: cleaning input and matching search terms."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def clean(value: str | None) -> str:
    """Trimmed text; None becomes an empty string."""
    return (value or "").strip()


# Letters that Unicode does not decompose into a base letter plus an accent.
_UNDECOMPOSABLE = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe", "ŀ": "l"}
)


def fold(value: str) -> str:
    """Case- and accent-insensitive form for searching: 'Zoë' ~ 'zoe', 'Yılmaz' ~ 'yilmaz'."""
    if value.isascii():  # most names and roles: nothing to decompose (same result, faster)
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold().translate(_UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_tags(raw: str | Iterable[str]) -> str:
    """Tags as one comma-separated string: trimmed, no empties, no duplicates, order kept."""
    parts = raw.split(",") if isinstance(raw, str) else list(raw)
    seen: dict[str, str] = {}
    for part in parts:
        tag = part.strip()
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return ", ".join(seen.values())


def matches_all_terms(haystack: str, needle: str) -> bool:
    """True when every word of ``needle`` occurs in ``haystack`` (already folded)."""
    return all(term in haystack for term in fold(needle).split())

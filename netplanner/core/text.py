"""Small text helpers shared by services: cleaning input and matching search terms."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def clean(value: str | None) -> str:
    """Trimmed text; None becomes an empty string."""
    return (value or "").strip()


def fold(value: str) -> str:
    """Case- and accent-insensitive form for searching: 'Zoë' and 'zoe' match."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
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

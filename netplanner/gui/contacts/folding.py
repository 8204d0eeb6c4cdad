"""Folding for sorting and searching contacts: ``core.text.fold`` plus letters it misses.

``fold`` removes accents by Unicode decomposition, but some letters have no
decomposition: 'Ł', 'ø', 'đ', the Turkish dotless 'ı'. Without this a Dutch user
typing "yilmaz" would not find "Şükrü Yılmaz", and "Łukasz" would sort after "Z".
"""

from __future__ import annotations

from functools import lru_cache

from netplanner.core.text import fold

_EXTRA = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)


@lru_cache(maxsize=500_000)
def fold_more(text: str) -> str:
    """Case- and accent-free form of ``text`` for comparing and sorting.

    Cached (``fold`` itself takes a short cut for plain ASCII): at tens of thousands of
    contacts the Unicode decomposition would otherwise take seconds (roles,
    organisations and tags repeat a lot). The cache holds every name, role,
    organisation and tag of 100,000 contacts: a smaller one made sorting at that size
    fold everything again (tests/bench showed the first sort growing faster than the
    contacts).
    """
    return fold(text).translate(_EXTRA)

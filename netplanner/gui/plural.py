"""Counted sentences: '1 contact' / '12 contacts'.

NetPlanner speaks English and Dutch, which both have exactly one singular and one
plural form; each count picks between two translated sentences (``%n`` is the
number) so the text is right without a numerus translation file installed. The
number is written as the window's language writes it: "30,000" or "30.000".
"""

from __future__ import annotations

from netplanner.gui.numbers import format_number


def counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (already translated) with ``%n`` replaced by ``n``."""
    return (one if n == 1 else many).replace("%n", format_number(n))

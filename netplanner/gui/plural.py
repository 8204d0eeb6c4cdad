"""Counted sentences: '1 contact' / '12 contacts'.

NetPlanner speaks English and Dutch, which both have exactly one singular and one
plural form; each count picks between two translated sentences (``%n`` is the
number) so the text is right without a numerus translation file installed. The
number is written as the window's language writes it: "30,000" or "30.000".
"""

from __future__ import annotations

from netplanner.gui.numbers import format_number
from netplanner.messages import fill


def counted(n: int, one: str, many: str, *args: str) -> str:
    """``one`` or ``many`` (already translated) with ``%n`` replaced by ``n`` and %1, %2, …
    by ``args``, in one pass: a name holding "%n" or "%1" stays as it is."""
    template = one if n == 1 else many
    return format_number(n).join(fill(part, *args) for part in template.split("%n"))

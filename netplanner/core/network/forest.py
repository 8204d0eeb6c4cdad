"""The tree of introductions as plain data: every contact's degree, with loops cut.

Shared by the Network view (``core.network.chains``) and the suggestions
(``core.suggestions``), so both agree on who is 1st, 2nd or 3rd degree. A loop (only
in a file written before loops were refused, or edited by hand) is cut at the person
with the lowest id in it, who then counts as known directly; an introducer id that is
not a contact (old data) counts as no introducer.
"""

from __future__ import annotations


def settle_forest(parent: dict[int, int | None]) -> dict[int, int]:
    """Every contact's degree (1: known directly), given ``parent`` (contact id ->
    introducer id). ``parent`` is changed in place: loops and dangling ids are cut, so
    following it up always ends at someone known directly."""
    # Most people are known directly: settle them in one pass, then walk the others.
    degree: dict[int, int] = {node: 1 for node, up in parent.items() if up is None}
    for start in parent:
        while start not in degree:
            path: list[int] = []
            on_path: set[int] = set()
            current: int | None = start
            while current is not None and current not in degree and current not in on_path:
                path.append(current)
                on_path.add(current)
                current = parent.get(current)
            if current is not None and current in on_path:  # a loop in old data: cut it
                parent[min(path[path.index(current) :])] = None
                continue  # and walk again
            if current is not None and current not in parent:
                parent[path[-1]] = None  # a dangling id in old data
                current = None
            base = 0 if current is None else degree[current]
            for node in reversed(path):
                base += 1
                degree[node] = base
    return degree

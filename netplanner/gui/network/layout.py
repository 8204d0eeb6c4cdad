"""A tidy layered layout for the tree of introductions, in plain Python (no Qt).

"You" sits at the left; each degree is a column to the right of the one before.
Every leaf gets one row, so a subtree gets vertical space in proportion to its
leaves, and a parent sits midway between its first and last child. Children keep
the order they are given in (by name), so the same data always gives the same picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from netplanner.core.network.chains import TreeNode


class Box(NamedTuple):
    """Where a node is drawn: its top-left corner and width (height is the same for all)."""

    x: float
    y: float
    width: float
    depth: int


@dataclass(frozen=True)
class Layout:
    boxes: dict[int | None, Box]  # None is "You"
    children: dict[int | None, list[int]]
    parent: dict[int, int | None]
    width: float
    height: float


def layout_tree(
    nodes: Sequence[TreeNode],
    width_of: Callable[[TreeNode], float],
    *,
    you_width: float,
    node_height: float,
    h_gap: float,
    v_gap: float,
) -> Layout:
    """Positions for every node of a forest (``parent_id`` None hangs under "You")."""
    children: dict[int | None, list[int]] = {None: []}
    parent: dict[int, int | None] = {}
    widths: dict[int, float] = {}
    depth: dict[int | None, int] = {None: 0}
    known = {node.id for node in nodes}
    for node in nodes:
        up = node.parent_id if node.parent_id in known else None
        children.setdefault(node.id, [])
        children.setdefault(up, []).append(node.id)
        parent[node.id] = up
        widths[node.id] = width_of(node)
        depth[node.id] = node.degree
    column_width: dict[int, float] = {0: you_width}
    for node_id, width in widths.items():
        d = depth[node_id]
        column_width[d] = max(column_width.get(d, 0.0), width)
    column_x: dict[int, float] = {}
    x = 0.0
    for d in range(max(column_width) + 1):
        column_x[d] = x
        x += column_width.get(d, 0.0) + h_gap
    row = node_height + v_gap

    # Post-order walk without recursion: leaves take the next row, parents centre on
    # their children.
    centre: dict[int | None, float] = {}
    next_row = 0.0
    stack: list[tuple[int | None, bool]] = [(None, False)]
    while stack:
        node_id, done = stack.pop()
        kids = children.get(node_id, [])
        if done or not kids:
            if kids:
                centre[node_id] = (centre[kids[0]] + centre[kids[-1]]) / 2
            else:
                centre[node_id] = next_row + node_height / 2
                next_row += row
            continue
        stack.append((node_id, True))
        stack.extend((kid, False) for kid in reversed(kids))

    boxes: dict[int | None, Box] = {
        None: Box(column_x[0], centre[None] - node_height / 2, you_width, 0)
    }
    for node_id, width in widths.items():
        d = depth[node_id]
        boxes[node_id] = Box(column_x[d], centre[node_id] - node_height / 2, width, d)
    height = max(next_row - v_gap, node_height)
    return Layout(boxes, children, parent, x - h_gap, height)

"""The scene of the network view: one rounded box per person, curves for introductions.

One graphics item per person (a path item that writes its own name and organisation)
and one path for all the lines, so a thousand people build in a blink. A box with two
text items of its own took six times as long to make, and to clear again: 0.9 s of the
2 s that 6,500 people drawn out of 30,000 contacts took. Text widths are measured once
per text and cached; names too long for a box are elided, the full text is in the
tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from netplanner.core.network.chains import TreeNode
from netplanner.gui.contacts.texts import degree_label
from netplanner.gui.labels import status_label
from netplanner.gui.network import colours
from netplanner.gui.network.layout import Layout, layout_tree
from netplanner.messages import fill

PAD_X, PAD_Y, GAP_Y = 10.0, 5.0, 1.0
MAX_TEXT = 190.0  # widest name or organisation drawn before eliding
MIN_WIDTH = 70.0
H_GAP, V_GAP = 44.0, 8.0
RADIUS = 7.0
ID_ROLE = 0  # item data key holding the contact id

#: Contacts the user knows directly who introduced nobody yet: beyond this many they
#: are drawn as one box unless "Show everyone" is on (30,000 LinkedIn imports would
#: otherwise make one endless column).
LONE_LIMIT = 300
SUMMARY_ID = -1
YOU_ID = 0  # contact ids start at 1


class BoxText:
    """How the boxes write their texts: fonts, colours and where each line sits."""

    def __init__(
        self, name_font: QFont, org_font: QFont, node_height: float, text: QColor, muted: QColor
    ) -> None:
        self.name_font, self.org_font = name_font, org_font
        self.name_pen, self.org_pen = QPen(text), QPen(muted)
        name, org = QFontMetricsF(name_font), QFontMetricsF(org_font)
        # Baselines: the name above the organisation, or the name alone in the middle.
        self.name_at = QPointF(PAD_X, PAD_Y + name.ascent())
        self.org_at = QPointF(PAD_X, PAD_Y + name.height() + GAP_Y + org.ascent())
        self.name_alone_at = QPointF(PAD_X, (node_height - name.height()) / 2 + name.ascent())


class NodeBox(QGraphicsPathItem):
    """A person's box, with their (elided) name and organisation written in it."""

    def __init__(self, path: QPainterPath, text: BoxText, name: str, organisation: str) -> None:
        super().__init__(path)
        self.text = text
        self.name = name
        self.organisation = organisation

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        super().paint(painter, option, widget)
        text = self.text
        painter.setFont(text.name_font)
        painter.setPen(text.name_pen)
        if not self.organisation:
            painter.drawText(text.name_alone_at, self.name)
            return
        painter.drawText(text.name_at, self.name)
        painter.setFont(text.org_font)
        painter.setPen(text.org_pen)
        painter.drawText(text.org_at, self.organisation)


class NetworkScene(QGraphicsScene):
    def __init__(self, font: QFont, parent=None) -> None:
        super().__init__(parent)
        self.name_font = QFont(font)
        self.name_font.setWeight(QFont.Weight.DemiBold)
        self.org_font = QFont(font)
        self.org_font.setPointSizeF(font.pointSizeF() * 0.85)
        self._name_metrics = QFontMetricsF(self.name_font)
        self._org_metrics = QFontMetricsF(self.org_font)
        self._widths: dict[tuple[bool, str], float] = {}
        self.node_height = (
            2 * PAD_Y + self._name_metrics.height() + GAP_Y + self._org_metrics.height()
        )
        self._text = BoxText(
            self.name_font, self.org_font, self.node_height, colours.TEXT, colours.MUTED_TEXT
        )
        self._you_text = BoxText(
            self.name_font, self.org_font, self.node_height, colours.YOU_TEXT, colours.YOU_TEXT
        )
        self.mode = colours.BY_DEGREE
        self.nodes: dict[int, TreeNode] = {}
        self.node_items: dict[int, NodeBox] = {}
        self.layout: Layout | None = None
        self.hidden_count = 0
        self.current: int | None = None
        self.matches: list[int] = []
        self.you_item: NodeBox | None = None
        self._brushes: dict[object, QBrush] = {}
        self._paths: dict[float, QPainterPath] = {}
        self._pen = QPen(colours.OUTLINE, 1.0)
        self._match_pen = QPen(colours.MATCH, 2.5)
        self._current_pen = QPen(colours.CURRENT, 3.5)

    # -- building -----------------------------------------------------------------------------
    def text_width(self, text: str, small: bool = False) -> float:
        key = (small, text)
        width = self._widths.get(key)
        if width is None:
            metrics = self._org_metrics if small else self._name_metrics
            width = self._widths[key] = metrics.horizontalAdvance(text)
        return width

    def _box_width(self, node: TreeNode) -> float:
        text = max(self.text_width(node.name), self.text_width(node.organisation, True))
        if node.id != SUMMARY_ID:  # the summary box is never elided
            text = min(text, MAX_TEXT)
        return max(MIN_WIDTH, text + 2 * PAD_X)

    def build(self, nodes: Sequence[TreeNode], show_everyone: bool = True) -> None:
        """Draw ``nodes`` (from ``core.network.chains.network_tree``) afresh."""
        self.clear()
        self.node_items = {}
        self.nodes = {node.id: node for node in nodes}
        shown = list(nodes)
        self.hidden_count = 0
        if not show_everyone:
            has_children = {node.parent_id for node in nodes}
            lone = [n for n in nodes if n.parent_id is None and n.id not in has_children]
            if len(lone) > LONE_LIMIT:
                lone_ids = {n.id for n in lone}
                shown = [n for n in nodes if n.id not in lone_ids]
                self.hidden_count = len(lone)
                summary = fill(
                    QCoreApplication.translate("NetworkScene", "+ %1 more you know yourself"),
                    QLocale().toString(len(lone)),
                )
                shown.append(TreeNode(SUMMARY_ID, summary, "", None, 1, None))
        you = QCoreApplication.translate("NetworkScene", "You")
        you_width = max(MIN_WIDTH, self.text_width(you) + 2 * PAD_X)
        self.layout = layout_tree(
            shown,
            self._box_width,
            you_width=you_width,
            node_height=self.node_height,
            h_gap=H_GAP,
            v_gap=V_GAP,
        )
        self._draw_edges()
        self.you_item = self._box(
            you, "", self.layout.boxes[None].x, self.layout.boxes[None].y, you_width,
            self._you_text,
        )  # fmt: skip
        self.you_item.setData(ID_ROLE, YOU_ID)
        self.you_item.setBrush(QBrush(colours.YOU_FILL))
        for node in shown:
            box = self.layout.boxes[node.id]
            item = self._box(node.name, node.organisation, box.x, box.y, box.width)
            item.setData(ID_ROLE, node.id)
            self.node_items[node.id] = item
        self.nodes.pop(SUMMARY_ID, None)
        margin = 24.0
        self.setSceneRect(
            QRectF(
                -margin, -margin, self.layout.width + 2 * margin, self.layout.height + 2 * margin
            )
        )
        self.current = self.current if self.current in self.node_items else None
        self.matches = [m for m in self.matches if m in self.node_items]
        self.recolour(self.mode)

    def _box(
        self,
        name: str,
        organisation: str,
        x: float,
        y: float,
        width: float,
        text: BoxText | None = None,
    ) -> NodeBox:
        path = self._paths.get(width)
        if path is None:
            path = self._paths[width] = QPainterPath()
            path.addRoundedRect(QRectF(0, 0, width, self.node_height), RADIUS, RADIUS)
        room = width - 2 * PAD_X
        item = NodeBox(
            path,
            text or self._text,
            self._elide(name, room, False),
            self._elide(organisation, room, True) if organisation else "",
        )
        item.setPos(x, y)
        item.setPen(self._pen)
        self.addItem(item)
        return item

    def _elide(self, text: str, room: float, small: bool) -> str:
        if self.text_width(text, small) <= room:
            return text
        metrics = self._org_metrics if small else self._name_metrics
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)

    def tooltip(self, node_id: int | None) -> str:
        """What hovering a box tells (made when asked: building stays fast)."""
        if node_id is None:
            return ""
        if node_id == YOU_ID:
            return QCoreApplication.translate(
                "NetworkScene", "You: the people you know yourself hang under you"
            )
        node = self.nodes.get(node_id)
        if node is None:
            return QCoreApplication.translate(
                "NetworkScene",
                "People you know yourself who have not introduced anyone yet. "
                "Tick “Show everyone” to draw each of them.",
            )
        lines = [node.name]
        if node.organisation:
            lines.append(node.organisation)
        status = (
            status_label(node.status)
            if node.status
            else QCoreApplication.translate("NetworkScene", "No conversation yet")
        )
        lines.append(f"{degree_label(node.degree)} · {status}")
        return "\n".join(lines)

    def _draw_edges(self) -> None:
        """Elbow lines: from a parent to a trunk midway to the next column, along the trunk,
        then into each child. Unlike curves, many children never blur into a thick bundle."""
        assert self.layout is not None
        boxes, half = self.layout.boxes, self.node_height / 2
        path = QPainterPath()
        for parent_id, kids in self.layout.children.items():
            if not kids or parent_id not in boxes:
                continue
            up = boxes[parent_id]
            y = up.y + half
            trunk = boxes[kids[0]].x - H_GAP / 2
            path.moveTo(up.x + up.width, y)
            path.lineTo(trunk, y)
            ys = [boxes[kid].y + half for kid in kids]
            if len(kids) > 1 or ys[0] != y:
                path.moveTo(trunk, min(ys))
                path.lineTo(trunk, max(ys))
            for kid, kid_y in zip(kids, ys, strict=True):
                path.moveTo(trunk, kid_y)
                path.lineTo(boxes[kid].x, kid_y)
        edges = self.addPath(path, QPen(colours.EDGE, 1.2))
        edges.setZValue(-1)

    # -- colours and highlights ---------------------------------------------------------------
    def recolour(self, mode: str) -> None:
        self.mode = mode
        for node_id, item in self.node_items.items():
            node = self.nodes.get(node_id)
            key = colours.colour_key(mode, node.degree, node.status) if node else "summary"
            brush = self._brushes.get((mode, key))
            if brush is None:
                colour = (
                    colours.node_colour(mode, key)
                    if node
                    else colours.node_colour(colours.BY_STATUS, None)
                )
                brush = self._brushes[(mode, key)] = QBrush(colour)
            item.setBrush(brush)
        self._restyle()

    def colour_counts(self) -> dict[object, int]:
        counts: dict[object, int] = {}
        for node in self.nodes.values():
            key = colours.colour_key(self.mode, node.degree, node.status)
            counts[key] = counts.get(key, 0) + 1
        return counts

    def set_current(self, node_id: int | None) -> None:
        self.current = node_id if node_id in self.node_items else None
        self._restyle()

    def set_matches(self, ids: list[int]) -> None:
        self.matches = [i for i in ids if i in self.node_items]
        self._restyle()

    def _restyle(self) -> None:
        highlighted = set(self.matches) | ({self.current} if self.current else set())
        for node_id, item in self.node_items.items():
            if node_id == self.current:
                pen = self._current_pen
            elif node_id in highlighted:
                pen = self._match_pen
            else:
                pen = self._pen
            if item.pen() != pen:
                item.setPen(pen)
            item.setZValue(1 if node_id in highlighted else 0)

    # -- finding ------------------------------------------------------------------------------
    def node_at(self, pos: QPointF) -> int | None:
        """The contact id of the box at ``pos`` (YOU_ID, SUMMARY_ID for those boxes), or None."""
        for item in self.items(pos):
            while item.parentItem() is not None:
                item = item.parentItem()
            value = item.data(ID_ROLE)
            if isinstance(value, int):
                return value
        return None

    def neighbour(self, node_id: int | None, key: Qt.Key) -> int | None:
        """The box to go to from ``node_id`` with an arrow key (None: stay)."""
        if self.layout is None:
            return None
        if node_id is None:
            kids = self.layout.children.get(None, [])
            return kids[0] if kids else None
        parent = self.layout.parent.get(node_id)
        if key == Qt.Key.Key_Left:
            return parent
        if key == Qt.Key.Key_Right:
            kids = self.layout.children.get(node_id, [])
            return kids[0] if kids else None
        siblings = self.layout.children.get(parent, [])
        index = siblings.index(node_id) if node_id in siblings else -1
        step = -1 if key == Qt.Key.Key_Up else 1
        if 0 <= index + step < len(siblings):
            return siblings[index + step]
        return None

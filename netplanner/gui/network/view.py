"""The graphics view of the network: zoom with Ctrl+wheel, pan by dragging, click a person."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from netplanner.gui.network.scene import YOU_ID, NetworkScene

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
STEP = 1.25
#: A press and release closer than this (pixels) is a click, not a drag.
CLICK_SLOP = 4


class NetworkView(QGraphicsView):
    #: A box was clicked, or Enter pressed on the current one (contact id; -1 = summary).
    activated = Signal(int)
    #: The current box changed with the arrow keys (contact id).
    current_moved = Signal(int)

    def __init__(self, scene: NetworkScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.network = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A graphics view takes every drop (and does nothing with a file): leave dropped
        # files to the window, which imports them.
        self.setAcceptDrops(False)
        self._pressed_at: QPoint | None = None

    # -- zoom ---------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, under_mouse: bool = False) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        if abs(target - self.zoom()) < 1e-9:
            return
        anchor = self.transformationAnchor()
        if not under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / self.zoom(), target / self.zoom())
        self.setTransformationAnchor(anchor)

    def zoom_in(self) -> None:
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / STEP)

    def reset_zoom(self) -> None:
        self.zoom_by(1 / self.zoom())

    def fit(self) -> None:
        """Show the whole tree (never larger than life)."""
        rect: QRectF = self.network.sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.reset_zoom()
        elif self.zoom() < MIN_ZOOM:
            self.zoom_by(MIN_ZOOM / self.zoom())
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(STEP**steps, under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # -- clicking and keys --------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        where = event.position().toPoint()
        if (where - pressed).manhattanLength() > CLICK_SLOP:
            return  # that was a drag to pan
        node_id = self.network.node_at(self.mapToScene(where))
        if node_id is not None and node_id != YOU_ID:
            self.activated.emit(node_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            node_id = self.network.node_at(self.mapToScene(event.pos()))
            text = self.network.tooltip(node_id)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.network.current is not None:
            self.activated.emit(self.network.current)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = self.network.neighbour(self.network.current, key)
            if target is not None:
                self.current_moved.emit(target)
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
            return
        if key == Qt.Key.Key_Minus:
            self.zoom_out()
            return
        super().keyPressEvent(event)

"""A focus frame you can see: around the control that has the keyboard, and around the
current item of a list or table.

Qt's styles show focus faintly or not at all: Fusion draws a light blue edge on fields
and buttons, nothing around a chart or the network view, and in a table only changes
the selection's blue. WCAG 2.1 asks for focus that is visible (2.4.7) with 3:1 against
what surrounds it (1.4.11). Two parts do that, in every theme:

- :class:`FocusStyle` wraps the style in use. It draws the frame that follows the focus
  (``CE_FocusFrame``) as a 2-pixel ring in :func:`netplanner.gui.theme.focus_colour`,
  and an item's focus rectangle (``PE_FrameFocusRect``) as a 2-pixel frame in the text
  colour, which reads on the selection as on the plain rows. Other widgets' own faint
  focus rectangles are left out: the ring is around them already.
- :class:`FocusFrames` moves one :class:`QFocusFrame` to whichever control gets the
  focus. The style asks for it above the widget, so Qt parents it to the window or the
  scroll area around the control: the ring is not cut off by the control's own parent,
  and scrolls with it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from netplanner.gui import theme

#: Width of the ring and of an item's frame, in device-independent pixels.
RING = 2.0


class FocusStyle(QProxyStyle):
    """The style in use, with focus drawn so it can be seen (see the module)."""

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            _ring(painter, option, theme.focus_colour(option.palette))
            return
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            if isinstance(widget, QAbstractItemView):
                _ring(painter, option, theme.item_focus_colour(option.palette))
            return  # a control's own faint rectangle: the focus frame is around it
        super().drawPrimitive(element, option, painter, widget)


def _ring(painter: QPainter, option: QStyleOption, colour) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(colour, RING)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
    painter.restore()


def base_style_name(style: QStyle | None) -> str:
    """The name of the style underneath a :class:`FocusStyle` ("fusion", "windows11"…)."""
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    return style.name().lower() if style is not None else ""


def focus_target(widget: QWidget | None) -> QWidget | None:
    """The control a focused widget belongs to: the combo box or spin box of its line
    edit, the view of its viewport; None for what gets no frame (a popup list, a menu)."""
    if widget is None or widget.isWindow():
        return None
    parent = widget.parentWidget()
    while isinstance(parent, (QComboBox, QAbstractSpinBox)):
        widget, parent = parent, parent.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        widget = parent
    window = widget.window()
    if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
        return None  # a combo box's list, a completer: the current item shows itself
    return widget


class FocusFrames(QObject):
    """Keeps a focus frame around the focused control (one frame, moved along)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self._focus_moved)
        self._focus_moved(None, app.focusWidget())

    def frame(self) -> QFocusFrame | None:
        """The frame, while it exists (it goes with the window it was last shown in)."""
        if self._frame is not None and not shiboken6.isValid(self._frame):
            self._frame = None
        return self._frame

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = focus_target(new)
        frame = self.frame()
        if target is None:
            if frame is not None:
                frame.setWidget(None)
                frame.hide()
            return
        if frame is None:
            frame = self._frame = QFocusFrame()
            frame.setObjectName("netplanner_focus_frame")
        frame.setWidget(target)
        # QFocusFrame hides itself when the control is outside the visible area, and
        # does not show again when the area scrolls to it (as it does right after the
        # focus moved): keep it shown, clipped to the area like the control.
        frame.show()
        frame.raise_()

    def remove(self) -> None:
        """Stop following the focus (tests that put the plain style back)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        frame = self.frame()
        if frame is not None:
            frame.setWidget(None)
            frame.deleteLater()
        self._frame = None


def install_focus_frames(app: QApplication) -> FocusFrames | None:
    """Wrap the application's style in :class:`FocusStyle` and start the frame that
    follows the focus (once; later calls keep what is there). Not on macOS, whose own
    style already draws a focus ring with a frame of its own."""
    style = app.style()
    if base_style_name(style) == "macos":
        return None
    if not isinstance(style, FocusStyle):
        app.setStyle(FocusStyle(base_style_name(style) or "Fusion"))
    existing = app.findChild(FocusFrames)
    return existing if existing is not None else FocusFrames(app)


def uninstall_focus_frames(app: QApplication) -> None:
    frames = app.findChild(FocusFrames)
    if frames is not None:
        frames.remove()
        frames.setParent(None)
        frames.deleteLater()

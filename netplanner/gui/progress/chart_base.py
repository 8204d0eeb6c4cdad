"""What the small QPainter charts share: data points, colours, ticks, the empty state.

The charts take every colour from their palette (text, mid for the grid, highlight for
the bars), so they read well in light and dark themes and on paper.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from netplanner.gui.numbers import format_number


@dataclass(frozen=True)
class ChartPoint:
    """One value to draw: its short axis label, the value (None: nothing to show), and
    the tooltip that says it in full."""

    label: str
    value: float | None
    tooltip: str = ""


def nice_step(maximum: float, target_ticks: int = 5, integer: bool = True) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``target_ticks``."""
    if maximum <= 0:
        return 1.0
    raw = maximum / max(1, target_ticks)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(1.0, step) if integer else step


def ticks(maximum: float, target_ticks: int = 5, integer: bool = True) -> list[float]:
    """Tick values from 0 up to the first tick at or above ``maximum``."""
    step = nice_step(maximum, target_ticks, integer)
    top = max(step, math.ceil(maximum / step - 1e-9) * step)
    count = round(top / step)
    return [i * step for i in range(count + 1)]


class ChartWidget(QWidget):
    """A card with a plot area; subclasses draw the data in :meth:`draw`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[ChartPoint] = []
        self._empty_text = ""
        self._hits: list[tuple[QRectF, str]] = []  # tooltip areas, filled while drawing
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 170)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a reader can read it

    # -- data ----------------------------------------------------------------------------------
    def set_points(self, points: list[ChartPoint], empty_text: str = "") -> None:
        """Show ``points``; when there is nothing worth drawing, ``empty_text`` instead."""
        self._points = list(points)
        self._empty_text = empty_text
        self.setAccessibleDescription(self.describe())
        self.update()

    def points(self) -> list[ChartPoint]:
        return list(self._points)

    def values(self) -> list[float | None]:
        return [point.value for point in self._points]

    def is_empty(self) -> bool:
        """Nothing to draw: no point has a value other than 0."""
        return not any(point.value for point in self._points)

    def describe(self) -> str:
        """The data in words, for screen readers."""
        if self.is_empty():
            return self._empty_text
        return "; ".join(point.tooltip or point.label for point in self._points)

    def sizeHint(self) -> QSize:
        return QSize(480, 250)

    # -- colours -------------------------------------------------------------------------------
    def text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def muted_color(self) -> QColor:
        color = QColor(self.text_color())
        color.setAlphaF(0.7)
        return color

    def grid_color(self) -> QColor:
        color = QColor(self.palette().color(QPalette.ColorRole.Mid))
        color.setAlphaF(0.6)
        return color

    def bar_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(self.grid_color())
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(area, 6, 6)
        self._hits = []
        if self.is_empty():
            self._draw_empty(painter)
        else:
            self.draw(painter, QRectF(self.rect()).adjusted(12, 10, -14, -8))
        painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(self.muted_color())
        inner = self.rect().adjusted(24, 16, -24, -16)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(inner, flags, self._empty_text)

    def add_hit(self, area: QRectF, tooltip: str) -> None:
        if tooltip:
            self._hits.append((area, tooltip))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPoint) -> str:
        for area, text in self._hits:
            if area.contains(pos.toPointF()):
                return text
        return ""

    # -- axes, shared by the weekly charts --------------------------------------------------------
    def draw_value_axis(
        self, painter: QPainter, area: QRectF, tick_values: list[float], decimals: int
    ) -> QRectF:
        """Grid lines and tick labels on the left; returns the plot area right of them."""
        metrics = QFontMetrics(self.font())
        labels = [format_number(v, decimals) for v in tick_values]
        label_width = max(metrics.horizontalAdvance(text) for text in labels)
        # Room above the top grid line for a value written over the highest point.
        plot = QRectF(area).adjusted(label_width + 8, metrics.height() + 6, 0, 0)
        plot.setBottom(area.bottom() - metrics.height() - 6)  # room for the week labels
        top = tick_values[-1] or 1
        for value, text in zip(tick_values, labels, strict=True):
            y = plot.bottom() - value / top * plot.height()
            painter.setPen(self.grid_color())
            painter.drawLine(int(plot.left()), round(y), int(plot.right()), round(y))
            painter.setPen(self.muted_color())
            box = QRectF(area.left(), y - metrics.height() / 2, label_width, metrics.height())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )
        return plot

    def draw_week_labels(self, painter: QPainter, plot: QRectF, slot: float) -> None:
        """Week labels under the plot; every n-th so they never overlap, always the last."""
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(p.label) for p in self._points)
        every = max(1, math.ceil((widest + 10) / max(slot, 1)))
        last = len(self._points) - 1
        painter.setPen(self.muted_color())
        for index, point in enumerate(self._points):
            if (last - index) % every:
                continue
            centre = plot.left() + slot * (index + 0.5)
            box = QRect(
                round(centre - widest),
                round(plot.bottom() + 4),
                round(widest * 2),
                metrics.height(),
            )
            if box.right() > self.width() - 10:
                box.moveRight(self.width() - 10)
                align = Qt.AlignmentFlag.AlignRight
            else:
                align = Qt.AlignmentFlag.AlignHCenter
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignTop), point.label)

"""A weekly bar chart: one bar per week, its value written on top where it fits."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from netplanner.gui.numbers import format_number
from netplanner.gui.progress.chart_base import ChartWidget, ticks


class BarChart(ChartWidget):
    """Bars for counts (``decimals=0``) or ratios (``decimals=1``); None draws no bar."""

    def __init__(self, decimals: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimals = decimals

    def draw(self, painter: QPainter, area: QRectF) -> None:
        values = [p.value for p in self._points]
        highest = max((v for v in values if v is not None), default=0.0)
        if self.decimals:
            tick_values = ticks(highest, 4, integer=False)
        else:  # one conversation should not fill the whole height
            tick_values = ticks(max(highest, 4), 4)
        tick_decimals = 0 if all(float(t).is_integer() for t in tick_values) else 1
        plot = self.draw_value_axis(painter, area, tick_values, tick_decimals)
        top = tick_values[-1] or 1
        slot = plot.width() / len(self._points)
        bar_width = max(2.0, min(slot * 0.7, 48.0))
        metrics = QFontMetrics(self.font())
        labels = [format_number(v, self.decimals) if v is not None else "" for v in values]
        fits = all(metrics.horizontalAdvance(text) + 2 <= slot for text in labels)
        tops: dict[int, float] = {}
        for index, point in enumerate(self._points):
            centre = plot.left() + slot * (index + 0.5)
            column = QRectF(centre - slot / 2, plot.top(), slot, plot.height())
            self.add_hit(column, point.tooltip)
            if point.value is None:
                self._draw_missing(painter, centre, plot.bottom())
                continue
            height = point.value / top * plot.height()
            bar = QRectF(centre - bar_width / 2, plot.bottom() - height, bar_width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.bar_color())
            painter.drawRect(bar)
            tops[index] = bar.top()
        # Values over the bars: all when they fit, else the latest and the highest,
        # never one over another.
        last = len(values) - 1
        wanted = [last] + [i for i, v in enumerate(values) if v == highest and i != last]
        if fits:
            wanted = list(range(len(values)))
        written: list[QRectF] = []
        painter.setPen(self.text_color())
        for index in wanted:
            if index not in tops or not values[index]:
                continue
            width = metrics.horizontalAdvance(labels[index]) + 4
            centre = plot.left() + slot * (index + 0.5)
            box = QRectF(
                centre - width / 2, tops[index] - metrics.height() - 1, width, metrics.height()
            )
            if any(box.intersects(other) for other in written):
                continue
            written.append(box)
            if not fits:  # narrow bars: keep the number readable over a neighbour
                painter.fillRect(box, self.palette().base())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), labels[index])
        painter.setPen(QPen(self.muted_color(), 1))
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        self.draw_week_labels(painter, plot, slot)

    def _draw_missing(self, painter: QPainter, centre: float, baseline: float) -> None:
        """A short dash on the baseline: no conversations, so no ratio that week."""
        painter.setPen(QPen(self.grid_color(), 2))
        painter.drawLine(
            round(centre - 3), round(baseline - 3), round(centre + 3), round(baseline - 3)
        )

"""A weekly line chart with a soft fill below the line; first and last values written."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from netplanner.gui.numbers import format_number
from netplanner.gui.progress.chart_base import ChartWidget, ticks


class LineChart(ChartWidget):
    """A line through the weekly values (None values are skipped)."""

    def __init__(self, decimals: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimals = decimals

    def draw(self, painter: QPainter, area: QRectF) -> None:
        values = [p.value for p in self._points]
        highest = max((v for v in values if v is not None), default=0.0)
        tick_values = ticks(highest, 4, integer=self.decimals == 0)
        plot = self.draw_value_axis(painter, area, tick_values, 0 if self.decimals == 0 else 1)
        top = tick_values[-1] or 1
        slot = plot.width() / len(self._points)
        corners: list[tuple[int, QPointF]] = []
        for index, point in enumerate(self._points):
            x = plot.left() + slot * (index + 0.5)
            self.add_hit(QRectF(x - slot / 2, plot.top(), slot, plot.height()), point.tooltip)
            if point.value is not None:
                corners.append(
                    (index, QPointF(x, plot.bottom() - point.value / top * plot.height()))
                )
        if not corners:
            return
        line = QPainterPath(corners[0][1])
        for _, corner in corners[1:]:
            line.lineTo(corner)
        fill = QPainterPath(line)
        fill.lineTo(corners[-1][1].x(), plot.bottom())
        fill.lineTo(corners[0][1].x(), plot.bottom())
        fill.closeSubpath()
        shade = QColor(self.bar_color())
        shade.setAlphaF(0.18)
        painter.fillPath(fill, shade)
        painter.setPen(QPen(self.bar_color(), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line)
        if slot >= 9:
            painter.setBrush(self.palette().base())
            painter.setPen(QPen(self.bar_color(), 2))
            for _, corner in corners:
                painter.drawEllipse(corner, 3.2, 3.2)
        self._write_values(painter, plot, corners)
        painter.setPen(QPen(self.muted_color(), 1))
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        self.draw_week_labels(painter, plot, slot)

    def _write_values(
        self, painter: QPainter, plot: QRectF, corners: list[tuple[int, QPointF]]
    ) -> None:
        """The first and the last value above the line: where you started, where you are."""
        metrics = QFontMetrics(self.font())
        wanted = [corners[0]] if len(corners) == 1 else [corners[0], corners[-1]]
        painter.setPen(self.text_color())
        for index, corner in wanted:
            value = self._points[index].value
            if value is None:
                continue
            text = format_number(value, self.decimals)
            width = metrics.horizontalAdvance(text) + 4
            box = QRectF(
                corner.x() - width / 2, corner.y() - metrics.height() - 5, width, metrics.height()
            )
            if box.right() > plot.right() + 10:
                box.moveRight(plot.right() + 10)
            if box.left() < plot.left():
                box.moveLeft(plot.left())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

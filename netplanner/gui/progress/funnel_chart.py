"""The funnel: one horizontal bar per stage, with the count and its share of the first."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from netplanner.gui.numbers import format_number
from netplanner.gui.progress.chart_base import ChartWidget
from netplanner.messages import fill


class FunnelChart(ChartWidget):
    """Stages top to bottom; each bar's length is its count against the first stage's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def is_empty(self) -> bool:
        """Empty when nothing entered the first stage."""
        return not self._points or not self._points[0].value

    def track_color(self) -> QColor:
        """The faint full-length track behind each bar: 100% of the first stage."""
        color = QColor(self.palette().color(QPalette.ColorRole.Mid))
        color.setAlphaF(0.3)
        return color

    def value_text(self, index: int) -> str:
        """ "8 · 73%": the count, and its share of the first stage."""
        value = self._points[index].value or 0
        first = self._points[0].value or 0
        share = round(100 * value / first) if first else 0
        return fill(self.tr("%1  ·  %2%"), format_number(value), str(share))

    def draw(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        count = len(self._points)
        label_width = max(metrics.horizontalAdvance(p.label) for p in self._points) + 14
        texts = [self.value_text(i) for i in range(count)]
        text_width = max(metrics.horizontalAdvance(t) for t in texts) + 12
        row = min(area.height() / count, metrics.height() * 3.2)
        top = area.top() + (area.height() - row * count) / 2
        bar_height = max(metrics.height() + 6, row * 0.62)
        track = QRectF(area.left() + label_width, 0, area.width() - label_width, bar_height)
        first = self._points[0].value or 1
        for index, point in enumerate(self._points):
            y = top + row * index + (row - bar_height) / 2
            label_box = QRectF(area.left(), y, label_width - 10, bar_height)
            painter.setPen(self.text_color())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label_box, int(align), point.label)
            length = (point.value or 0) / first * track.width()
            bar = QRectF(track.left(), y, length, bar_height)
            background = QRectF(track.left(), y, track.width(), bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.track_color())
            painter.drawRoundedRect(background, 3, 3)
            painter.setBrush(self.bar_color())
            if length >= 1:
                painter.drawRoundedRect(bar, 3, 3)
            self.add_hit(background, point.tooltip)
            # The numbers go after the bar; inside it when the bar leaves no room.
            if bar.right() + text_width <= track.right():
                painter.setPen(self.text_color())
                box = QRectF(bar.right() + 6, y, text_width, bar_height)
                painter.drawText(
                    box,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    texts[index],
                )
            else:
                painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
                box = QRectF(bar.right() - text_width - 6, y, text_width, bar_height)
                painter.drawText(
                    box,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    texts[index],
                )

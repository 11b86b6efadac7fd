"""Scale charts drawn with QPainter: crisp at any size, printable (``paint`` takes any painter and rect),
and readable without colour — the current moment solid and thick with square markers, an earlier one
dashed and faint with round markers."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from lfn_desktop.ui.common.formats import fmt_date

INK = QColor("#1d3557")
FAINT = QColor("#7d8597")
GRID = QColor("#c9ced6")


@dataclass
class Series:
    """One moment: a value per axis (None where skipped or unknown)."""

    label: str
    values: list[int | None]
    current: bool = True


def _pen(series: Series, width: float) -> QPen:
    pen = QPen(INK if series.current else FAINT, width * (1.0 if series.current else 0.6))
    if not series.current:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _marker(painter: QPainter, at: QPointF, series: Series, size: float) -> None:
    painter.setBrush(QBrush(INK if series.current else Qt.GlobalColor.white))
    if series.current:
        painter.drawRect(QRectF(at.x() - size / 2, at.y() - size / 2, size, size))
    else:
        painter.drawEllipse(at, size / 2, size / 2)


class _Chart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.series: list[Series] = []

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 360)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def _legend(self, painter: QPainter, rect: QRectF, unit: float) -> float:
        """Draw the legend at the bottom of ``rect``; returns its height."""
        if not self.series:
            return 0.0
        height = unit * 1.6
        x = rect.left() + unit
        y = rect.bottom() - height / 2
        for series in sorted(self.series, key=lambda s: s.current):
            painter.setPen(_pen(series, unit / 5))
            painter.drawLine(QPointF(x, y), QPointF(x + unit * 2, y))
            _marker(painter, QPointF(x + unit, y), series, unit / 2)
            painter.setPen(INK)
            text_rect = QRectF(x + unit * 2.4, y - height / 2, rect.width() / 2, height)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, series.label)
            x += unit * 3 + painter.fontMetrics().horizontalAdvance(series.label) + unit
        return height


class StarChart(_Chart):
    """The star diagram: one axis per item, rings per level; any number of moments overlaid."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.axes: list[str] = []
        self.levels = 5
        self.open_marks: list[int] = []  # the axes drawn with an open mark at the last paint
        self.label_scale = 1.0  # larger names for print (her own dossier), where the picture is small on paper

    def set_data(self, axes: list[str], levels: int, series: list[Series]) -> None:
        self.axes, self.levels, self.series = axes, levels, series
        self.setAccessibleDescription(" · ".join(
            f"{s.label}: " + ", ".join(f"{a} {v if v is not None else '?'}" for a, v in zip(axes, s.values,
                                                                                            strict=False))
            for s in series))
        self.update()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        if not self.axes:
            return
        unit = max(min(rect.width(), rect.height()) / 40, 6.0)
        font = QFont(painter.font())
        font.setPointSizeF(unit * 0.9)
        painter.setFont(font)
        legend = self._legend(painter, rect, unit)
        area = rect.adjusted(0, 0, 0, -legend)
        centre = area.center()
        font.setPointSizeF(unit * 0.9 * self.label_scale)
        painter.setFont(font)
        unit *= self.label_scale
        # Room for the widest name beside the web (a long Arabic or Polish name included), and for a line above and
        # below: the names are never cut off at the edges.
        widest = max(min(painter.fontMetrics().horizontalAdvance(f"{name} ?") + unit, unit * 8)
                     for name in self.axes)
        radius = max(min(area.width() / 2 - widest - unit * 0.5, area.height() / 2 - unit * 3.5), unit * 2)
        count = len(self.axes)

        def point(axis: int, level: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * axis / count
            r = radius * level / self.levels
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        painter.setPen(QPen(GRID, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in range(1, self.levels + 1):
            painter.drawPolygon(QPolygonF([point(a, level) for a in range(count)]))
        painter.setPen(INK)
        current = next((s for s in self.series if s.current), None)
        # Skipped or "don't know": the domain's name gets an open, dashed frame and a question mark, never a point.
        self.open_marks = [a for a, v in enumerate(current.values) if v is None] if current else []
        for axis, name in enumerate(self.axes):
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(centre, point(axis, self.levels))
            painter.setPen(INK)
            if axis in self.open_marks:
                name = f"{name} ?"
            # The name stands outside the web, pushed outward by half its width, so that a long name (Arabic,
            # Polish) never runs into the points of the domains beside it.
            width = min(painter.fontMetrics().horizontalAdvance(name) + unit, unit * 8)  # longer: two lines
            at = point(axis, self.levels + 0.7)
            outward = math.cos(-math.pi / 2 + 2 * math.pi * axis / count)
            box = QRectF(at.x() + outward * width / 2 - width / 2, at.y() - unit * 1.2, width, unit * 2.4)
            if axis in self.open_marks:
                painter.save()
                painter.setPen(QPen(INK, unit / 6, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(painter.boundingRect(box, Qt.AlignmentFlag.AlignCenter, name)
                                        .adjusted(-unit * 0.4, -unit * 0.2, unit * 0.4, unit * 0.2), unit / 2, unit / 2)
                painter.restore()
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, name)
        for series in sorted(self.series, key=lambda s: s.current):  # the current moment on top
            painter.setPen(_pen(series, unit / 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            points = [(a, point(a, v)) for a, v in enumerate(series.values) if v is not None]
            for n, (axis, p) in enumerate(points):
                # The line breaks where an answer is missing: a line across the gap would draw a value.
                joined = n > 0 and points[n - 1][0] == axis - 1
                path.lineTo(p) if joined else path.moveTo(p)
            if len(points) == count:
                path.closeSubpath()
            painter.drawPath(path)
            for _, p in points:
                _marker(painter, p, series, unit * 0.8)


class LineChart(_Chart):
    """A scale over time (the release scale over the trajectory): dates along, levels up."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[date, int]] = []
        self.levels = 10
        self.title = ""

    def set_data(self, title: str, levels: int, points: list[tuple[date, int]]) -> None:
        self.title, self.levels, self.points = title, levels, sorted(points)
        self.series = []
        self.setAccessibleDescription(f"{title}: " + ", ".join(f"{fmt_date(d)} {v}" for d, v in self.points))
        self.update()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        unit = max(min(rect.width(), rect.height()) / 30, 6.0)
        font = QFont(painter.font())
        font.setPointSizeF(unit * 0.8)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), unit * 2), Qt.AlignmentFlag.AlignCenter,
                         self.title)
        plot = rect.adjusted(unit * 3, unit * 2.5, -unit * 2, -unit * 3)
        painter.setPen(QPen(GRID, 1))
        for level in range(1, self.levels + 1):
            y = plot.bottom() - plot.height() * (level - 1) / max(self.levels - 1, 1)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(INK)
            painter.drawText(QRectF(rect.left(), y - unit, unit * 2.5, unit * 2),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
            painter.setPen(QPen(GRID, 1))
        if not self.points:
            return
        first, last = self.points[0][0], self.points[-1][0]
        span = max((last - first).days, 1)

        def at(day: date, level: int) -> QPointF:
            x = plot.left() + plot.width() * ((day - first).days / span if len(self.points) > 1 else 0.5)
            return QPointF(x, plot.bottom() - plot.height() * (level - 1) / max(self.levels - 1, 1))

        current = Series("", [], True)
        painter.setPen(_pen(current, unit / 4))
        marks = [at(d, v) for d, v in self.points]
        for a, b in zip(marks, marks[1:], strict=False):
            painter.drawLine(a, b)
        for mark in marks:
            _marker(painter, mark, current, unit * 0.8)
        painter.setPen(INK)
        for day in {first, last}:
            x = at(day, 1).x()
            painter.drawText(QRectF(x - unit * 4, plot.bottom() + unit * 0.5, unit * 8, unit * 2),
                             Qt.AlignmentFlag.AlignCenter, fmt_date(day))

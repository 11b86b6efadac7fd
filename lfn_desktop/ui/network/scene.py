"""The eco-map drawn with QGraphicsScene: the participant in the centre, three rings, four sectors, people
as pictograms, ties whose quality reads without colour (supportive solid and thick, neutral thin,
stressful jagged, broken dashed and crossed; arrows for the direction of support).

The scene only draws and reports what the user did (a person dropped somewhere, stepped by keyboard, a tap
on the background); the tab turns that into domain operations.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from lfn_desktop.network.layout import RING, RINGS, SECTOR_ARCS, fits, free_position
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.look import MUTED_TEXT
from lfn_desktop.ui.common.resources import pictogram

SCALE = 2.2  # scene pixels per map unit
INK = QColor("#1d3557")
GRID = QColor("#b8c0cc")
# A comparison marks each change three ways, so that it reads in grey print and for the colour-blind: the outline's
# line style, a symbol beside the pictogram, and a colour.
HIGHLIGHT = {"came": Qt.PenStyle.SolidLine, "closer": Qt.PenStyle.DashLine, "further": Qt.PenStyle.DashDotLine,
             "left": Qt.PenStyle.DotLine}
MARK = {"came": "+", "closer": "▲", "further": "▼", "left": "×"}
MARK_COLOUR = {"came": QColor("#1b6b2f"), "closer": QColor("#1d5e92"), "further": QColor("#8a4b00"),
               "left": QColor("#56606e")}
NODE_SIZE = 56


def to_scene(x: float, y: float) -> QPointF:
    return QPointF(x * SCALE, y * SCALE)


def to_map(point: QPointF) -> tuple[float, float]:
    return point.x() / SCALE, point.y() / SCALE


class NodeItem(QGraphicsObject):
    """A person or organisation: pictogram by kind and the name (a nickname or a role)."""

    def __init__(self, node: dict, highlight: str | None = None):
        super().__init__()
        self.node = node
        self.highlight = highlight
        self.icon = pictogram(f"node-{node['kind']}")
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setToolTip(f"{node['label']} · {labels.label(labels.node_kinds(), node['kind'])}")
        self.setAcceptHoverEvents(True)
        self._pressed_at: QPointF | None = None
        self.name = NameLabel(self)
        if highlight:
            MarkBadge(self, highlight)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(-NODE_SIZE / 2 - 6, -NODE_SIZE / 2 - 8, NODE_SIZE + 16, NODE_SIZE + 14)

    def paint(self, painter, option, widget=None) -> None:
        circle = QRectF(-NODE_SIZE / 2, -NODE_SIZE / 2, NODE_SIZE, NODE_SIZE)
        pen = QPen(INK, 5 if self.isSelected() else 2)
        if self.highlight:
            pen = QPen(INK, 6, HIGHLIGHT[self.highlight])
        if self.highlight:
            pen.setColor(MARK_COLOUR[self.highlight])
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor("#ffffff") if self.highlight != "left" else QColor("#eeeeee")))
        painter.drawEllipse(circle)
        self.icon.paint(painter, circle.adjusted(9, 9, -9, -9).toRect())

    def itemChange(self, change, value):  # noqa: N802 (Qt's name)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.scene() is not None:
            self.scene().follow(self)
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.name.update()  # bold while chosen
        return super().itemChange(change, value)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        if self._pressed_at is not None and (self.pos() - self._pressed_at).manhattanLength() > 4:
            self.scene().node_dropped.emit(self.node["id"], *to_map(self.pos()))
        self._pressed_at = None

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.scene().edit_requested.emit(self.node["id"])

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        steps = {Qt.Key.Key_Up: "in", Qt.Key.Key_Down: "out", Qt.Key.Key_Right: "next", Qt.Key.Key_Left: "previous"}
        if event.key() in steps:
            self.scene().node_stepped.emit(self.node["id"], steps[event.key()])
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.scene().delete_requested.emit(self.node["id"])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.scene().edit_requested.emit(self.node["id"])
        else:
            super().keyPressEvent(event)


class NameLabel(QGraphicsItem):
    """A person's name under her pictogram, the same size on screen at every zoom: "fit" on a small screen
    shrinks the map, never the names below 10 pt."""

    POINT_SIZE = 10.0
    RECT = QRectF(-75, 0, 150, 36)

    def __init__(self, node: NodeItem):
        super().__init__(node)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a click on the name is a click on the person
        self.setPos(0, NODE_SIZE / 2 + 2)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.RECT

    def paint(self, painter, option, widget=None) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(self.POINT_SIZE)
        font.setBold(self.parentItem().isSelected())
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(self.RECT, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                         self.parentItem().node["label"])


class MarkBadge(QGraphicsItem):
    """A comparison's symbol in a small disc at a person's upper right, readable at every zoom."""

    RECT = QRectF(-11, -11, 22, 22)

    def __init__(self, node: NodeItem, mark: str):
        super().__init__(node)
        self.mark = mark
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(NODE_SIZE / 2 - 4, -NODE_SIZE / 2 + 4)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.RECT.adjusted(-1, -1, 1, 1)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(MARK_COLOUR[self.mark], 2))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(self.RECT)
        font = QFont(painter.font())
        font.setPointSizeF(11)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(self.RECT, Qt.AlignmentFlag.AlignCenter, MARK[self.mark])


class TieItem(QGraphicsPathItem):
    WIDTHS = {"supportive": 6.0, "neutral": 2.0, "stressful": 3.0, "broken": 2.0}

    def __init__(self, tie: dict, highlight: str | None = None):
        super().__init__()
        self.tie = tie
        pen = QPen(INK, self.WIDTHS.get(tie["quality"], 2.0))
        if tie["quality"] == "broken":
            pen.setStyle(Qt.PenStyle.DashLine)
        if highlight == "worse":
            pen.setColor(QColor("#9d0208"))
        self.setPen(pen)
        self.setZValue(-1)
        parts = [labels.label(labels.tie_qualities(), tie["quality"])]
        if tie.get("direction"):
            parts.append(labels.label(labels.tie_directions(), tie["direction"]))
        if tie.get("frequency"):
            parts.append(labels.label(labels.contact_frequencies(), tie["frequency"]))
        parts += [labels.label(labels.support_kinds(), k) for k in tie.get("support_kinds") or []]
        self.setToolTip(" · ".join(parts))

    def connect(self, a: QPointF, b: QPointF) -> None:
        """Draw between two centres, stopping at the circles' edges."""
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        if length < NODE_SIZE:
            self.setPath(QPainterPath())
            return
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        start = QPointF(a.x() + ux * NODE_SIZE / 2, a.y() + uy * NODE_SIZE / 2)
        end = QPointF(b.x() - ux * NODE_SIZE / 2, b.y() - uy * NODE_SIZE / 2)
        path = QPainterPath(start)
        quality = self.tie["quality"]
        if quality == "stressful":  # jagged: a zigzag across the line
            usable = length - NODE_SIZE
            teeth = max(int(usable / 14), 2)
            for n in range(1, teeth):
                t = n / teeth
                side = 7 if n % 2 else -7
                path.lineTo(start.x() + ux * usable * t - uy * side, start.y() + uy * usable * t + ux * side)
            path.lineTo(end)
        else:
            path.lineTo(end)
        if quality == "broken":  # a cross in the middle
            mid = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
            for sx, sy in ((1, 1), (1, -1)):
                dx, dy = (ux * sx - uy * sy) * 9, (uy * sx + ux * sy) * 9
                path.moveTo(mid.x() - dx, mid.y() - dy)
                path.lineTo(mid.x() + dx, mid.y() + dy)
        direction = self.tie.get("direction")
        if direction in ("gives", "both"):
            _arrow(path, end, ux, uy)
        if direction in ("receives", "both"):
            _arrow(path, start, -ux, -uy)
        self.setPath(path)


def _arrow(path: QPainterPath, tip: QPointF, ux: float, uy: float) -> None:
    for side in (1, -1):
        path.moveTo(tip)
        path.lineTo(tip.x() - ux * 14 - uy * 7 * side, tip.y() - uy * 14 + ux * 7 * side)


class NetworkScene(QGraphicsScene):
    node_dropped = Signal(str, float, float)  # node id, map x, map y
    node_stepped = Signal(str, str)  # node id, "in" / "out" / "next" / "previous"
    place_tapped = Signal(float, float)  # a tap on the map's background (to move the selected person there)
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = RING * len(RINGS) * SCALE + 90
        self.setSceneRect(-outer, -outer, outer * 2, outer * 2)
        self.nodes: dict[str, NodeItem] = {}
        self.ties: list[tuple[TieItem, str | None, str]] = []
        self.centre_label = ""

    def positions(self, but: str | None = None) -> list[tuple[float, float]]:
        """Where everyone on the map stands now (map units), except ``but``."""
        return [to_map(item.pos()) for node_id, item in self.nodes.items() if node_id != but]

    def set_map(self, content: dict, centre_label: str, highlights: dict[str, str] | None = None,
                tie_highlights: dict[str, str] | None = None, *, left: list[dict] = (),
                moved_from: dict[str, tuple[float, float]] | None = None) -> None:
        """Draw ``content``; in a comparison, also who ``left`` (greyed where she stood) and, for whoever moved, a
        line from where she stood (``moved_from``, map units) to where she stands now."""
        selected = [i.node["id"] for i in self.selectedItems() if isinstance(i, NodeItem)]
        self.clear()
        self.nodes, self.ties, self.centre_label = {}, [], centre_label
        highlights, tie_highlights = highlights or {}, tie_highlights or {}
        self._draw_background()
        centre = QGraphicsEllipseItem(-NODE_SIZE / 2, -NODE_SIZE / 2, NODE_SIZE, NODE_SIZE)
        centre.setPen(QPen(INK, 4))
        centre.setBrush(QBrush(QColor("#e8eef7")))
        self.addItem(centre)
        me = self._fixed_size_text(centre_label, QFont(QFont().family(), 11, QFont.Weight.Bold), INK)
        me.setZValue(1)
        me.setTransform(QTransform.fromTranslate(-me.boundingRect().width() / 2, 0))
        me.setPos(0, NODE_SIZE / 2 + 2)
        nodes = content.get("nodes", [])
        where = {n["id"]: (n["x"], n["y"]) for n in nodes
                 if fits(n.get("x", 0.0), n.get("y", 0.0), n["ring"], n["sector"])}
        for node in sorted((n for n in nodes if n["id"] not in where), key=lambda n: n["label"]):
            # No position of its own (an import, an older map): a free place in its ring and sector.
            where[node["id"]] = free_position(node["ring"], node["sector"], list(where.values()))
        for node in nodes:
            item = NodeItem(node, highlights.get(node["id"]))
            item.setPos(to_scene(*where[node["id"]]))
            self.addItem(item)
            self.nodes[node["id"]] = item
            item.setSelected(node["id"] in selected)
        for tie in content.get("ties", []):
            item = TieItem(tie, tie_highlights.get(tie["id"]))
            self.addItem(item)
            self.ties.append((item, tie.get("from_node_id"), tie["to_node_id"]))
        for item in self.nodes.values():
            self.follow(item)
        self._draw_changes(left, moved_from or {}, list(where.values()))

    def _draw_changes(self, left: list[dict], moved_from: dict[str, tuple[float, float]],
                      taken: list[tuple[float, float]]) -> None:
        for node in left:
            x, y = (node["x"], node["y"]) if fits(node.get("x", 0.0), node.get("y", 0.0), node["ring"],
                                                  node["sector"]) else free_position(node["ring"], node["sector"],
                                                                                     taken)
            taken.append((x, y))
            ghost = NodeItem(node, "left")
            ghost.setFlags(QGraphicsItem.GraphicsItemFlag(0))  # a memory, not a person to move
            ghost.setOpacity(0.8)
            ghost.setPos(to_scene(x, y))
            ghost.setZValue(-0.5)
            self.addItem(ghost)
        for node_id, (x, y) in moved_from.items():
            item = self.nodes.get(node_id)
            if item is None:
                continue
            path = QPainterPath(to_scene(x, y))
            path.lineTo(item.pos())
            trace = self.addPath(path, QPen(MARK_COLOUR[item.highlight or "closer"], 2,
                                            HIGHLIGHT[item.highlight or "closer"]))
            trace.setZValue(-0.8)
            start = to_scene(x, y)
            self.addEllipse(start.x() - 5, start.y() - 5, 10, 10, QPen(MARK_COLOUR[item.highlight or "closer"], 2)
                            ).setZValue(-0.8)  # where she stood

    def _draw_background(self) -> None:
        pen = QPen(GRID, 2)
        font = QFont()
        font.setPointSizeF(11)
        for ring in RINGS:
            radius = ring * RING * SCALE
            circle = self.addEllipse(-radius, -radius, radius * 2, radius * 2, pen)
            circle.setZValue(-3)
            text = self._fixed_size_text(labels.rings()[int(ring)], font, MUTED_TEXT)  # 4.5:1, text to read
            text.setPos(4, -radius + 4)
        outer = RING * len(RINGS) * SCALE
        for start, _ in SECTOR_ARCS.values():
            angle = math.radians(start)
            line = self.addLine(0, 0, outer * math.cos(angle), -outer * math.sin(angle), pen)
            line.setZValue(-3)
        bold = QFont(font)
        bold.setBold(True)
        for sector, (start, end) in SECTOR_ARCS.items():
            angle = math.radians((start + end) / 2)
            text = self._fixed_size_text(labels.sectors()[sector.value], bold, INK)
            box = text.boundingRect()
            text.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))  # centred, on screen
            # In the corner outside the rings: a fixed-size name never covers a person, whatever the zoom.
            text.setPos(math.copysign(outer * 0.82, math.cos(angle)), -math.copysign(outer * 0.98, math.sin(angle)))

    def _fixed_size_text(self, words: str, font: QFont, colour: QColor) -> QGraphicsSimpleTextItem:
        """A label of the map itself, the same size on screen at every zoom (as the people's names)."""
        text = self.addSimpleText(words, font)
        text.setBrush(colour)
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        text.setZValue(-2)
        return text

    def follow(self, node: NodeItem) -> None:
        """Redraw the ties of a person who moves (while being dragged, too)."""
        node_id = node.node["id"]
        for tie, source, target in self.ties:
            if node_id in (source, target):
                a = self.nodes[source].pos() if source in self.nodes else QPointF(0, 0)
                b = self.nodes[target].pos() if target in self.nodes else None
                if b is not None and (source is None or source in self.nodes):
                    tie.connect(a, b)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Tap a person, then tap a place: she moves there (the alternative to dragging)."""
        view = self.views()[0] if self.views() else None
        hit = self.itemAt(event.scenePos(), view.transform()) if view else None
        chosen = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        if chosen and not isinstance(hit, NodeItem) and event.button() == Qt.MouseButton.LeftButton:
            self.place_tapped.emit(*to_map(event.scenePos()))
            event.accept()
            return
        super().mousePressEvent(event)

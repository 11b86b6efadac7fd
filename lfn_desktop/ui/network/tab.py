"""The dossier's network map tab: draw and grow the map with the participant, snapshot it, compare, export.

Every change goes through the network operations at once (and syncs per field); each is an undoable
command. Dragging has a non-drag alternative for an unsteady hand: tap a person, then tap the place; or use
the arrow keys (up/down: closer/further, left/right: the next sector).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.network.compare import compare
from lfn_desktop.network.figures import figures
from lfn_desktop.network.graphml import to_graphml
from lfn_desktop.network.layout import SECTOR_OF_KIND, fits, free_position, place_of, step
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.formats import fmt_date, qdate
from lfn_desktop.ui.network.scene import NetworkScene, NodeItem

NOW = "now"


class MapView(QGraphicsView):
    """The map fits its space (no scrollbars on a laptop screen) until the coach zooms herself; "fit" goes back."""

    def __init__(self, scene: NetworkScene):
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMinimumSize(QSize(320, 300))
        self.fitting = True

    def zoom(self, factor: float) -> None:
        self.fitting = False
        self.scale(factor, factor)

    def fit(self) -> None:
        self.fitting = True
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.fitting:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)


def _panel_form() -> QFormLayout:
    """A form of the side panel: a label too long for the narrow panel goes above its field, never clipped."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class NetworkTab(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, participant_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("networkMapSlot")
        self.desk, self.ws, self.participant_id = desk, desk.ws, participant_id
        self.map_id: str | None = None
        self.centre_label = ""
        self.content: dict = {"nodes": [], "ties": []}
        self.snapshots: list = []
        self.comparison = None
        self.undo_stack = desk.history.stack  # the window's one undo: Ctrl+Z and these buttons undo the same
        self.scene = NetworkScene(self)
        self.view = MapView(self.scene)
        self.view.setAccessibleName(self.tr("Netwerkkaart"))
        self.scene.node_dropped.connect(self.move_to_point)
        self.scene.place_tapped.connect(self._tapped)
        self.scene.node_stepped.connect(self.step_node)
        self.scene.delete_requested.connect(self.remove_node)
        self.scene.edit_requested.connect(lambda _id: self.name.setFocus())
        self.scene.selectionChanged.connect(self._selection_changed)

        # --- add a person from the palette ---
        self.new_label = QLineEdit(accessibleName=self.tr("Naam of rol"),
                                   placeholderText=self.tr("bv. buurvrouw boven"))
        self.new_kind = self._combo(labels.node_kinds(), self.tr("Soort"))
        self.new_ring = self._combo({str(k): v for k, v in labels.rings().items()}, self.tr("Hoe dichtbij"))
        self.new_ring.setCurrentIndex(1)
        self.new_quality = self._combo(labels.tie_qualities(), self.tr("Band"))
        self.add_button = QPushButton(self.tr("Toe&voegen"), accessibleName=self.tr("Persoon toevoegen"))
        self.add_button.clicked.connect(self.add_from_palette)
        self.new_label.returnPressed.connect(self.add_from_palette)
        palette = _panel_form()
        palette.addRow(self.tr("Naa&m"), self.new_label)
        palette.addRow(self.tr("Soort"), self.new_kind)
        palette.addRow(self.tr("Hoe dichtbi&j"), self.new_ring)
        palette.addRow(self.tr("Ban&d"), self.new_quality)
        palette.addRow("", self.add_button)
        palette_box = QGroupBox(self.tr("Iemand toevoegen"))
        palette_box.setLayout(palette)

        # --- the selected person ---
        self.name = QLineEdit(accessibleName=self.tr("Naam van de gekozen persoon"))
        self.name.editingFinished.connect(self._rename)
        self.quality = self._combo(labels.tie_qualities(), self.tr("Band met de deelnemer"))
        self.direction = self._combo(labels.tie_directions(), self.tr("Richting van de steun"))
        self.frequency = self._combo(labels.contact_frequencies(), self.tr("Hoe vaak contact"))
        for combo in (self.quality, self.direction, self.frequency):
            combo.activated.connect(self._tie_edited)
        self.support = {k: QCheckBox(v, accessibleName=v) for k, v in labels.support_kinds().items()}
        support_row = QHBoxLayout()
        for box in self.support.values():
            box.clicked.connect(self._tie_edited)
            support_row.addWidget(box)
        self.remove_button = QPushButton(self.tr("Verwijderen"), accessibleName=self.tr("Persoon verwijderen"))
        self.remove_button.clicked.connect(lambda: self.remove_node(self.selected_id()))
        self.hint = QLabel(self.tr("Verplaatsen: sleep, of tik de persoon aan en tik dan de plek. "
                                   "Met pijltjes: ↑ dichterbij, ↓ verder, ← → ander vak."), wordWrap=True)
        chosen = _panel_form()
        chosen.addRow(self.tr("N&aam"), self.name)
        chosen.addRow(self.tr("Band"), self.quality)
        chosen.addRow(self.tr("Ri&chting"), self.direction)
        chosen.addRow(self.tr("Hoe vaak"), self.frequency)
        chosen.addRow(self.tr("Steun"), support_row)
        chosen.addRow("", self.remove_button)
        chosen.addRow(self.hint)
        self.chosen_box = QGroupBox(self.tr("Gekozen persoon"))
        self.chosen_box.setLayout(chosen)
        self.chosen_box.setEnabled(False)

        # --- undo, zoom ---
        self.undo_button = QPushButton(self.tr("Ongedaan maken"), accessibleName=self.tr("Kaart: ongedaan maken"))
        self.redo_button = QPushButton(self.tr("Opnieuw"), accessibleName=self.tr("Kaart: opnieuw"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        zoom_in = QPushButton("+", accessibleName=self.tr("Inzoomen"))
        zoom_out = QPushButton("−", accessibleName=self.tr("Uitzoomen"))
        fit = QPushButton(self.tr("Passend"), accessibleName=self.tr("Hele kaart tonen"))
        zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        fit.clicked.connect(self.view.fit)
        # The side panel folds away, so that the map gets the whole width of a small screen.
        self.panel_button = QPushButton(self.tr("Zijpaneel"), checkable=True, checked=True,
                                        accessibleName=self.tr("Zijpaneel tonen of verbergen"))
        tools = QHBoxLayout()
        for button in (self.undo_button, self.redo_button, zoom_in, zoom_out, fit):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.panel_button)

        # --- over time ---
        self.snapshot_date = QDateEdit(calendarPopup=True, accessibleName=self.tr("Datum van de momentopname"))
        self.snapshot_date.setDisplayFormat("dd/MM/yyyy")
        self.snapshot_date.setDate(qdate(date.today()))
        self.snapshot_label = QLineEdit(accessibleName=self.tr("Naam van de momentopname"),
                                        placeholderText=self.tr("bv. intake, kwartaal 2, afsluiting"))
        self.snapshot_button = QPushButton(self.tr("Momento&pname bewaren"),
                                           accessibleName=self.tr("Momentopname bewaren"))
        self.snapshot_button.clicked.connect(self.save_snapshot)
        self.before = QComboBox(accessibleName=self.tr("Vergelijk van"))
        self.after = QComboBox(accessibleName=self.tr("Vergelijk met"))
        self.compare_button = QPushButton(self.tr("Vergelijken"), accessibleName=self.tr("Vergelijken"))
        self.compare_button.clicked.connect(self.show_comparison)
        self.changes = QListWidget(accessibleName=self.tr("Wat veranderde"))
        self.legend = QLabel(self.tr("Op de kaart: + nieuw (volle lijn) · × weg (stippellijn, grijs, waar ze stond) · "
                                     "▲ dichterbij (streepjes) · ▼ verder weg (streep-stip); een lijn toont waar "
                                     "iemand vandaan kwam."), wordWrap=True, accessibleName=self.tr("Legende"))
        self.legend.hide()
        self.figures = QLabel(wordWrap=True, accessibleName=self.tr("Cijfers van het netwerk"))
        history = _panel_form()
        history.addRow(self.tr("Datum"), self.snapshot_date)
        history.addRow(self.tr("Naam"), self.snapshot_label)
        history.addRow("", self.snapshot_button)
        history.addRow(self.tr("Van"), self.before)
        history.addRow(self.tr("Naar"), self.after)
        history.addRow("", self.compare_button)
        history.addRow(self.legend)
        history.addRow(self.changes)
        history.addRow(self.figures)
        history_box = QGroupBox(self.tr("Door de tijd"))
        history_box.setLayout(history)

        self.export_format = QComboBox(accessibleName=self.tr("Formaat"))
        for fmt in ("PNG", "SVG", "PDF", "GraphML"):
            self.export_format.addItem(fmt, fmt.lower())
        export_button = QPushButton(self.tr("E&xporteren…"), accessibleName=self.tr("Kaart exporteren"))
        export_button.clicked.connect(self._export_dialog)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_format)
        export_row.addWidget(export_button)

        self.status = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        panel = QWidget()
        side = QVBoxLayout(panel)
        for part in (palette_box, self.chosen_box, history_box):
            side.addWidget(part)
        side.addLayout(export_row)
        side.addStretch(1)
        scroll = self.side_panel = QScrollArea(widgetResizable=True)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the labels wrap instead
        self.panel_button.toggled.connect(scroll.setVisible)
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.view, 1)
        left.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(scroll, 2)

    @staticmethod
    def _combo(values: dict, name: str) -> QComboBox:
        combo = QComboBox(accessibleName=name)
        for value, text in values.items():
            combo.addItem(text, value)
        return combo

    # --- reading ------------------------------------------------------------------------------------------

    def set_participant(self, participant, map_id: str | None) -> None:
        self.centre_label = participant.given_name
        self.map_id = map_id
        self.reload()

    def reload(self) -> None:
        if self.map_id is None:
            self.status.setText(self.tr("Deze deelnemer heeft nog geen netwerkkaart."))
            return
        self.content = self.ws.network.content(self.map_id)
        self.snapshots = self.ws.network.snapshots(self.map_id)
        self._fill_snapshot_choices()
        self._draw()

    def _draw(self) -> None:
        highlights, tie_highlights, moved_from, left = {}, {}, {}, []
        c = self.comparison
        if c is not None:
            highlights |= {node["id"]: "came" for node in c.came}
            for word, pairs in (("closer", c.closer), ("further", c.further)):
                for before, _ in pairs:
                    highlights[before["id"]] = word
                    if fits(before.get("x", 0.0), before.get("y", 0.0), before["ring"], before["sector"]):
                        moved_from[before["id"]] = (before["x"], before["y"])
            tie_highlights |= {after["id"]: "worse" for _, after in c.worse}
            left = c.left
        self.legend.setVisible(c is not None)
        shown = self._shown_content()
        self.scene.set_map(shown, self.centre_label, highlights, tie_highlights, left=left, moved_from=moved_from)
        f = figures(shown)
        self.figures.setText(self.tr("Informeel netwerk: %1 · formeel: %2 · steunende banden: %3 · "
                                     "stresserende banden: %4").replace("%1", str(f.informal))
                             .replace("%2", str(f.formal)).replace("%3", str(f.supportive_ties))
                             .replace("%4", str(f.stressful_ties)))
        self._selection_changed()

    def _shown_content(self) -> dict:
        if self.comparison is not None and self.after.currentData() not in (None, NOW):
            return self._snapshot_content(self.after.currentData())
        return self.content

    def _fill_snapshot_choices(self) -> None:
        for combo, default_now in ((self.before, False), (self.after, True)):
            current = combo.currentData()
            combo.clear()
            for snap in self.snapshots:
                combo.addItem(f"{fmt_date(snap.taken_on)} {snap.label or ''}".strip(), snap.id)
            combo.addItem(self.tr("nu"), NOW)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else (combo.count() - 1 if default_now else 0))

    def _snapshot_content(self, snapshot_id: str) -> dict:
        if snapshot_id == NOW:
            return self.content
        return next(s.content for s in self.snapshots if s.id == snapshot_id)

    # --- the selected person -----------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        chosen = [i for i in self.scene.selectedItems() if isinstance(i, NodeItem)]
        return chosen[0].node["id"] if chosen else None

    def select(self, node_id: str) -> None:
        self.scene.clearSelection()
        self.scene.nodes[node_id].setSelected(True)
        self.scene.nodes[node_id].setFocus()

    def _node(self, node_id: str) -> dict | None:
        return next((n for n in self.content["nodes"] if n["id"] == node_id), None)

    def _tie_to(self, node_id: str) -> dict | None:
        return next((t for t in self.content["ties"] if t["to_node_id"] == node_id and not t.get("from_node_id")),
                    None)

    def _selection_changed(self) -> None:
        node = self._node(self.selected_id()) if self.selected_id() else None
        self.chosen_box.setEnabled(node is not None and self.comparison is None)
        if node is None:
            return
        self.name.setText(node["label"])
        tie = self._tie_to(node["id"]) or {}
        for combo, value in ((self.quality, tie.get("quality", "neutral")),
                             (self.direction, tie.get("direction") or ""),
                             (self.frequency, tie.get("frequency") or "")):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for kind, box in self.support.items():
            box.setChecked(kind in (tie.get("support_kinds") or []))

    # --- changes, each undoable ----------------------------------------------------------------------------

    def run(self, work, then=None) -> None:
        """Run an operation on the writer thread (in the order the coach made them); on refusal say why, and
        redraw from the vault either way. ``then`` runs on the GUI thread once the map is redrawn."""
        self.desk.write(lambda _ws: work(), lambda _result: self._redrawn(then), self._refused, owner=self,
                        initiator=self)

    def _edit(self, text: str, do, undo, then=None) -> None:
        """A map change on the window's undo stack: made now, undone and redone from there (Ctrl+Z too). ``do`` and
        ``undo`` take the workspace open when they run (an undo after a lock and unlock reaches the new one)."""
        self.desk.history.perform(text, do, undo, after=lambda: self._redrawn(then), failed=self._refused)

    def _redrawn(self, then=None) -> None:
        if not shiboken6.isValid(self):  # undone after the coach left this dossier
            return
        self.status.setText("")
        self.reload()
        self.changed.emit()
        if then is not None:
            then()

    def _refused(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self.status.setText(failure_sentence(error))
            self.reload()

    def add_from_palette(self) -> None:
        label = self.new_label.text().strip()
        if not label or self.map_id is None:
            self.status.setText(self.tr("Geef een naam of een rol, bv. 'buurvrouw boven'."))
            self.new_label.setFocus()
            return
        kind = self.new_kind.currentData()
        self.add_node(label, kind, int(self.new_ring.currentData()), self.new_quality.currentData())
        self.new_label.clear()

    def add_node(self, label: str, kind: str, ring: int, quality: str = "supportive") -> None:
        sector = SECTOR_OF_KIND[kind].value
        x, y = free_position(ring, sector, self.scene.positions())  # beside the others, never on top of one
        made: dict[str, str] = {}  # filled on the writer thread; read there again by undo and redo
        map_id = self.map_id

        def do(w):
            if "node" in made:
                w.network.restore_node(made["node"], [made["tie"]])
                return
            made["node"] = w.network.add_node(map_id, label=label, kind=kind, sector=sector, ring=ring, x=x, y=y).id
            made["tie"] = w.network.add_tie(map_id, made["node"], quality=quality).id

        def select_new() -> None:
            if made.get("node") in self.scene.nodes:
                self.select(made["node"])

        self._edit(self.tr("%1 toegevoegd").replace("%1", label), do,
                   lambda w: w.network.remove_node(made["node"]), select_new)

    def move_node(self, node_id: str, ring: int, sector: str, x: float, y: float) -> None:
        node = self._node(node_id)
        if node is None:
            return
        before = {k: node[k] for k in ("ring", "sector", "x", "y")}
        after = {"ring": ring, "sector": sector, "x": round(x, 1), "y": round(y, 1)}
        self._edit(self.tr("%1 verplaatst").replace("%1", node["label"]),
                   lambda w: w.network.update_node(node_id, **after),
                   lambda w: w.network.update_node(node_id, **before))
        self.select(node_id)

    def move_to_point(self, node_id: str, x: float, y: float) -> None:
        ring, sector = place_of(x, y)
        self.move_node(node_id, ring, sector, x, y)

    def _tapped(self, x: float, y: float) -> None:
        node_id = self.selected_id()
        if node_id and self.comparison is None:
            self.move_to_point(node_id, x, y)

    def step_node(self, node_id: str, key: str) -> None:
        node = self._node(node_id)
        if node is None:
            return
        ring, sector = step(node["ring"], node["sector"], key)
        if (ring, sector) != (node["ring"], node["sector"]):
            self.move_node(node_id, ring, sector, *free_position(ring, sector, self.scene.positions(but=node_id)))

    def remove_node(self, node_id: str | None) -> None:
        node = self._node(node_id) if node_id else None
        if node is None:
            return
        ties = [t["id"] for t in self.content["ties"] if node_id in (t["to_node_id"], t.get("from_node_id"))]
        self._edit(self.tr("%1 verwijderd").replace("%1", node["label"]),
                   lambda w: w.network.remove_node(node_id),
                   lambda w: w.network.restore_node(node_id, ties))

    def _rename(self) -> None:
        node = self._node(self.selected_id()) if self.selected_id() else None
        new = self.name.text().strip()
        if node is None or not new or new == node["label"]:
            return
        old = node["label"]
        self._edit(self.tr("Naam gewijzigd"),
                   lambda w: w.network.update_node(node["id"], label=new),
                   lambda w: w.network.update_node(node["id"], label=old))

    def _tie_edited(self) -> None:
        node_id = self.selected_id()
        if node_id is None:
            return
        new = {"quality": self.quality.currentData(), "direction": self.direction.currentData() or None,
               "frequency": self.frequency.currentData() or None,
               "support_kinds": [k for k, box in self.support.items() if box.isChecked()]}
        tie = self._tie_to(node_id)
        if tie is None:
            made: dict[str, str] = {}
            map_id = self.map_id

            def do(w):
                if "tie" in made:
                    w.network.restore_node(node_id, [made["tie"]])
                else:
                    made["tie"] = w.network.add_tie(map_id, node_id, **new).id

            self._edit(self.tr("Band gelegd"), do, lambda w: w.network.remove_tie(made["tie"]))
            return
        old = {k: tie.get(k) for k in new}
        if old == new:
            return
        self._edit(self.tr("Band gewijzigd"), lambda w: w.network.update_tie(tie["id"], **new),
                   lambda w: w.network.update_tie(tie["id"], **old))
        self.select(node_id)

    # --- over time ---------------------------------------------------------------------------------------------

    def save_snapshot(self) -> None:
        taken, label, network, map_id = (self.snapshot_date.date().toPython(), self.snapshot_label.text() or None,
                                         self.ws.network, self.map_id)
        self.run(lambda: network.save_snapshot(map_id, taken, label))
        self.snapshot_label.clear()

    def show_comparison(self) -> None:
        before, after = self.before.currentData(), self.after.currentData()
        if before is None or after is None or before == after:
            self.comparison = None
            self.changes.clear()
            self._draw()
            return
        self.comparison = compare(self._snapshot_content(before), self._snapshot_content(after))
        c = self.comparison
        lines = [self.tr("Nieuw: %1").replace("%1", n["label"]) for n in c.came]
        lines += [self.tr("Weg: %1").replace("%1", n["label"]) for n in c.left]
        lines += [self.tr("Dichterbij: %1").replace("%1", b["label"]) for _, b in c.closer]
        lines += [self.tr("Verder weg: %1").replace("%1", b["label"]) for _, b in c.further]
        names = {n["id"]: n["label"] for n in self._snapshot_content(after).get("nodes", [])}
        names |= {n["id"]: n["label"] for n in self._snapshot_content(before).get("nodes", [])}
        qualities = labels.tie_qualities()
        for word, pairs in ((self.tr("Beter"), c.better), (self.tr("Slechter"), c.worse)):
            lines += [f"{word}: {names.get(b['to_node_id'], '?')} "
                      f"({qualities[a['quality']]} → {qualities[b['quality']]})" for a, b in pairs]
        self.changes.clear()
        self.changes.addItems(lines or [self.tr("Geen verschil.")])
        self._draw()

    def stop_comparing(self) -> None:
        self.comparison = None
        self.changes.clear()
        self._draw()

    # --- export -------------------------------------------------------------------------------------------

    def export(self, path: Path, fmt: str) -> Path:
        """Write the map as PNG, SVG, PDF (drawn as on screen) or GraphML (for networkx, Gephi, yEd)."""
        rect = self.scene.itemsBoundingRect().marginsAdded(QMarginsF(20, 20, 20, 20))
        if fmt == "graphml":
            path.write_text(to_graphml(self._shown_content(), self.centre_label), encoding="utf-8")
        elif fmt == "png":
            image = QImage(rect.size().toSize() * 2, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.scene.render(painter, QRectF(image.rect()), rect)
            painter.end()
            if not image.save(str(path)):
                raise OSError(f"could not write {path.name}")
        elif fmt == "svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(rect.size().toSize())
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle(self.tr("Netwerkkaart"))
            painter = QPainter(generator)
            self.scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            painter.end()
        elif fmt == "pdf":
            writer = QPdfWriter(str(path))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setTitle(self.tr("Netwerkkaart"))
            painter = QPainter(writer)
            self.scene.render(painter, QRectF(painter.viewport()), rect)
            painter.end()
        else:
            raise ValueError(fmt)
        return path

    def _export_dialog(self) -> None:
        fmt = self.export_format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Netwerkkaart exporteren"), f"netwerkkaart.{fmt}",
                                              f"{fmt.upper()} (*.{fmt})")
        if not path:
            return
        try:
            self.export(Path(path), fmt)
        except OSError as exc:
            self.status.setText(self.tr("Exporteren lukte niet: %1").replace("%1", str(exc)))
            return
        self.status.setText(self.tr("Bewaard als %1. Let op: dit bestand is niet versleuteld.").replace("%1", path))

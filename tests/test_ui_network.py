"""The network map through the real widgets: build it by interaction (palette, drag across a ring border,
tap then tap, arrow keys), set a tie's quality, undo and redo, snapshot and compare, export."""

from __future__ import annotations

import networkx as nx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from lfn_desktop.network.layout import RING, position_in
from lfn_desktop.ui.network.scene import to_scene

from .test_ui_helpers import open_new_dossier, settle


@pytest.fixture
def tab(qtbot, tmp_path, ws, team):
    _window, view, _pid = open_new_dossier(qtbot, tmp_path, ws, team)
    view.tabs.setCurrentWidget(view.network.parentWidget())
    tab = view.network
    tab.view.resize(700, 700)
    tab.view.fit()
    return tab


def vault_nodes(tab) -> dict[str, tuple[int, str]]:
    settle(tab.window())  # what the coach did has landed and the map is redrawn
    return {n.label: (n.ring, n.sector) for n in tab.ws.network.nodes(tab.map_id)}


def vault_ties(tab) -> list:
    settle(tab.window())
    return tab.ws.network.ties(tab.map_id)


def add(qtbot, tab, label: str, kind: str, ring: int, quality: str = "supportive") -> str:
    tab.new_label.clear()
    qtbot.keyClicks(tab.new_label, label)
    tab.new_kind.setCurrentIndex(tab.new_kind.findData(kind))
    tab.new_ring.setCurrentIndex(tab.new_ring.findData(str(ring)))
    tab.new_quality.setCurrentIndex(tab.new_quality.findData(quality))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    settle(tab.window())
    return next(n.id for n in tab.ws.network.nodes(tab.map_id) if n.label == label)


def on_screen(tab, map_x: float, map_y: float) -> QPoint:
    return tab.view.mapFromScene(to_scene(map_x, map_y))


def test_building_a_map_by_interaction_lands_in_the_vault(qtbot, tab):
    sister = add(qtbot, tab, "Zus Amal", "family", 2)
    add(qtbot, tab, "Buurvrouw boven", "neighbour", 3)
    assert vault_nodes(tab) == {"Zus Amal": (2, "family"), "Buurvrouw boven": (3, "friends")}

    # Drag the sister across the ring border, into the inner ring.
    start = tab.view.mapFromScene(tab.scene.nodes[sister].pos())
    target = on_screen(tab, *position_in(1, "family"))
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for n in range(1, 11):
        QTest.mouseMove(viewport, start + (target - start) * n / 10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert vault_nodes(tab)["Zus Amal"] == (1, "family")

    settle(tab.window())
    # Tap the neighbour, then tap a place in the school/work sector: she moves there, no dragging needed.
    neighbour = next(i for i in tab.scene.nodes.values() if i.node["label"] == "Buurvrouw boven")
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tab.view.mapFromScene(neighbour.pos()))
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     on_screen(tab, 1.5 * RING, 1.2 * RING))
    assert vault_nodes(tab)["Buurvrouw boven"] == (2, "school_work")

    # The keyboard: up brings her closer.
    settle(tab.window())
    tab.view.setFocus()
    item = next(i for i in tab.scene.nodes.values() if i.node["label"] == "Buurvrouw boven")
    tab.select(item.node["id"])
    qtbot.keyClick(tab.view.viewport(), Qt.Key.Key_Up)
    assert vault_nodes(tab)["Buurvrouw boven"] == (1, "school_work")

    # The tie's quality with the chosen person.
    tab.select(sister)
    tab.quality.setCurrentIndex(tab.quality.findData("stressful"))
    tab.quality.activated.emit(tab.quality.currentIndex())
    [sister_tie] = [t for t in vault_ties(tab) if t.to_node_id == sister]
    assert sister_tie.quality == "stressful"

    # Undo the quality and the keyboard move, redo the move.
    tab.undo_button.click()
    assert [t.quality for t in vault_ties(tab) if t.to_node_id == sister] == ["supportive"]
    tab.undo_button.click()
    assert vault_nodes(tab)["Buurvrouw boven"] == (2, "school_work")
    tab.redo_button.click()
    assert vault_nodes(tab)["Buurvrouw boven"] == (1, "school_work")


def test_deleting_a_person_is_undone_with_her_tie(qtbot, tab):
    friend = add(qtbot, tab, "Vriend Jonas", "friend", 2)
    tab.select(friend)
    tab.remove_button.click()
    assert vault_nodes(tab) == {} and vault_ties(tab) == []
    tab.undo_button.click()
    assert vault_nodes(tab) == {"Vriend Jonas": (2, "friends")}
    assert [t.to_node_id for t in vault_ties(tab)] == [friend]


def test_snapshot_and_comparison_show_who_came_and_which_tie_got_worse(qtbot, tab, tmp_path):
    add(qtbot, tab, "Moeder", "family", 1)
    brother = add(qtbot, tab, "Broer", "family", 3, "neutral")
    tab.snapshot_label.setText("intake")
    tab.snapshot_button.click()
    settle(tab.window())
    assert [s.label for s in tab.ws.network.snapshots(tab.map_id)] == ["intake"]

    add(qtbot, tab, "CAW-begeleider", "professional", 2)
    tab.select(brother)
    tab.quality.setCurrentIndex(tab.quality.findData("broken"))
    tab.quality.activated.emit(tab.quality.currentIndex())
    settle(tab.window())
    tab.before.setCurrentIndex(0)
    tab.after.setCurrentIndex(tab.after.findData("now"))
    tab.compare_button.click()
    listed = [tab.changes.item(i).text() for i in range(tab.changes.count())]
    assert "Nieuw: CAW-begeleider" in listed
    assert "Slechter: Broer (Neutraal → Verbroken)" in listed
    highlighted = {i.node["label"]: i.highlight for i in tab.scene.nodes.values()}
    assert highlighted["CAW-begeleider"] == "came" and highlighted["Moeder"] is None
    assert "formeel: 1" in tab.figures.text()

    for fmt in ("png", "svg", "pdf", "graphml"):
        path = tab.export(tmp_path / f"kaart.{fmt}", fmt)
        assert path.stat().st_size > 500
    graph = nx.read_graphml(tmp_path / "kaart.graphml")
    assert {graph.nodes[n]["label"] for n in graph.nodes} == {"Noor", "Moeder", "Broer", "CAW-begeleider"}


def test_people_added_to_one_ring_and_sector_never_cover_each_other(qtbot, tab):
    import math

    from lfn_desktop.network.layout import MIN_GAP
    from lfn_desktop.ui.network.scene import SCALE

    for name in ("Oma", "Opa", "Tante Mie", "Nonkel Jef", "Nicht"):
        add(qtbot, tab, name, "family", 2)

    places = [item.pos() for item in tab.scene.nodes.values()]
    assert len(places) == 5
    for i, a in enumerate(places):
        for b in places[i + 1:]:
            assert math.dist((a.x(), a.y()), (b.x(), b.y())) >= MIN_GAP * SCALE - 0.5
    assert set(vault_nodes(tab).values()) == {(2, "family")}  # each where she was put


def test_names_stay_readable_when_the_whole_map_fits_a_small_view(qtbot, tab):
    add(qtbot, tab, "Buurvrouw boven", "neighbour", 3)
    tab.view.resize(360, 360)
    QTest.mouseClick(next(b for b in tab.findChildren(type(tab.add_button)) if b.text() == "Passend"),
                     Qt.MouseButton.LeftButton)
    assert tab.view.transform().m11() < 0.5  # the map itself is drawn at less than half size

    [person] = tab.scene.nodes.values()
    on_screen_name = person.name.deviceTransform(tab.view.viewportTransform()).mapRect(person.name.boundingRect())
    assert on_screen_name.height() >= 30  # two lines of 10 pt text, whatever the zoom
    assert not tab.view.horizontalScrollBar().isVisible() and not tab.view.verticalScrollBar().isVisible()


def test_the_side_panel_folds_away_and_the_map_takes_its_room(qtbot, tab):
    tab.window().resize(1366, 768)
    settle(tab.window())
    narrow = tab.view.width()

    QTest.mouseClick(tab.panel_button, Qt.MouseButton.LeftButton)
    settle(tab.window())

    assert not tab.side_panel.isVisible() and tab.view.width() > narrow + 250
    QTest.mouseClick(tab.panel_button, Qt.MouseButton.LeftButton)
    assert tab.side_panel.isVisible()


def test_the_comparison_marks_who_came_left_or_moved_by_symbol_line_and_place(qtbot, tab):
    from lfn_desktop.ui.network.scene import HIGHLIGHT, MARK

    mother = add(qtbot, tab, "Moeder", "family", 1)
    aunt = add(qtbot, tab, "Tante", "family", 3)
    tab.snapshot_label.setText("intake")
    QTest.mouseClick(tab.snapshot_button, Qt.MouseButton.LeftButton)
    settle(tab.window())
    tab.select(mother)
    tab.scene.nodes[mother].setFocus()
    QTest.keyClick(tab.view.viewport(), Qt.Key.Key_Down)  # a ring further out
    settle(tab.window())
    tab.select(aunt)
    tab.remove_node(aunt)
    settle(tab.window())
    add(qtbot, tab, "Buurman", "neighbour", 2)
    tab.before.setCurrentIndex(0)
    tab.after.setCurrentIndex(tab.after.findData("now"))

    QTest.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)

    marks = {}
    for item in tab.scene.items():
        node = getattr(item, "node", None)
        if node is not None and getattr(item, "highlight", None):
            marks[node["label"]] = item.highlight
    assert marks == {"Moeder": "further", "Tante": "left", "Buurman": "came"}
    assert len({HIGHLIGHT[m] for m in marks.values()}) == 3 and len({MARK[m] for m in marks.values()}) == 3
    assert tab.legend.isVisible() and "▼ verder weg" in tab.legend.text()
    traces = [i for i in tab.scene.items() if i.type() == 2 and i.pen().style() == HIGHLIGHT["further"]]
    assert traces  # a line from where Moeder stood
    listed = [tab.changes.item(i).text() for i in range(tab.changes.count())]
    assert "Weg: Tante" in listed and "Verder weg: Moeder" in listed

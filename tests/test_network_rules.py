"""The map's rules without Qt: where a person stands, comparing two snapshots, GraphML for other tools."""

from __future__ import annotations

import networkx as nx

from lfn_desktop.network.compare import compare
from lfn_desktop.network.graphml import to_graphml
from lfn_desktop.network.layout import RING, place_of, position_in, step


def test_a_position_names_its_ring_and_sector_and_back():
    assert place_of(0.4 * RING, -0.4 * RING) == (1, "friends")  # upper right, very close
    assert place_of(-1.5 * RING, -0.2 * RING) == (2, "family")  # upper left
    assert place_of(-1.0 * RING, 2.0 * RING) == (3, "professional")  # lower left, further
    assert place_of(9 * RING, 1) == (3, "school_work")  # beyond the outer ring: still the outer ring
    for ring in (1, 2, 3):
        for sector in ("family", "friends", "school_work", "professional"):
            for slot in range(3):
                assert place_of(*position_in(ring, sector, slot, 3)) == (ring, sector)


def test_keyboard_steps_change_ring_or_sector_within_bounds():
    assert step(2, "family", "in") == (1, "family")
    assert step(1, "family", "in") == (1, "family")
    assert step(3, "family", "out") == (3, "family")
    assert step(2, "family", "next") == (2, "friends")
    assert step(2, "family", "previous") == (2, "professional")


def node(node_id, label, ring, kind="friend", sector="friends"):
    return {"id": node_id, "label": label, "ring": ring, "kind": kind, "sector": sector, "x": 0.0, "y": 0.0}


def tie(tie_id, to, quality, source=None):
    return {"id": tie_id, "from_node_id": source, "to_node_id": to, "quality": quality, "direction": None,
            "frequency": None, "support_kinds": []}


BEFORE = {"nodes": [node("a", "Zus", 2, "family", "family"), node("b", "Buurman", 3), node("c", "Ex", 1)],
          "ties": [tie("t1", "a", "neutral"), tie("t2", "b", "supportive"), tie("t3", "c", "stressful")]}
AFTER = {"nodes": [node("a", "Zus", 1, "family", "family"), node("b", "Buurman", 3),
                   node("d", "CAW-begeleider", 2, "professional", "professional")],
         "ties": [tie("t1", "a", "supportive"), tie("t2", "b", "broken"), tie("t4", "d", "supportive")]}


def test_comparing_two_snapshots_lists_who_came_left_moved_and_how_ties_changed():
    c = compare(BEFORE, AFTER)
    assert [n["label"] for n in c.came] == ["CAW-begeleider"]
    assert [n["label"] for n in c.left] == ["Ex"]
    assert [b["label"] for _, b in c.closer] == ["Zus"] and c.further == []
    assert [(a["quality"], b["quality"]) for a, b in c.better] == [("neutral", "supportive")]
    assert [(a["quality"], b["quality"]) for a, b in c.worse] == [("supportive", "broken")]
    assert [t["id"] for t in c.new_ties] == ["t4"] and [t["id"] for t in c.ended_ties] == ["t3"]


def test_graphml_is_read_back_by_networkx(tmp_path):
    path = tmp_path / "map.graphml"
    path.write_text(to_graphml(AFTER, "Noor"), encoding="utf-8")
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == {"participant", "a", "b", "d"}
    assert graph.nodes["participant"]["label"] == "Noor"
    assert graph.nodes["d"]["kind"] == "professional" and graph.nodes["d"]["ring"] == 2
    assert graph.edges["participant", "b"]["quality"] == "broken"
    assert graph.number_of_edges() == 3

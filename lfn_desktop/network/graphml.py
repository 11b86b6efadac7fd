"""A map as GraphML, so that standard tools (networkx, Gephi, yEd) read it. The participant is the node
``participant``; attributes carry kind, ring, sector, position and the tie's quality, direction, frequency
and kinds of support."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = {"label": "string", "kind": "string", "ring": "int", "sector": "string", "x": "double", "y": "double"}
EDGE_KEYS = {"quality": "string", "direction": "string", "frequency": "string", "support_kinds": "string"}
CENTRE = "participant"


def to_graphml(content: dict[str, Any], centre_label: str) -> str:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for domain, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys.items():
            ET.SubElement(root, f"{{{NS}}}key", {"id": f"{domain}_{name}", "for": domain, "attr.name": name,
                                                 "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "network", "edgedefault": "undirected"})

    def node(node_id: str, values: dict[str, Any]) -> None:
        element = ET.SubElement(graph, f"{{{NS}}}node", {"id": node_id})
        for name in NODE_KEYS:
            if values.get(name) is not None:
                ET.SubElement(element, f"{{{NS}}}data", {"key": f"node_{name}"}).text = str(values[name])

    node(CENTRE, {"label": centre_label, "kind": "participant", "ring": 0, "x": 0.0, "y": 0.0})
    for n in content.get("nodes", []):
        node(n["id"], n)
    for t in content.get("ties", []):
        edge = ET.SubElement(graph, f"{{{NS}}}edge", {"id": t["id"], "source": t.get("from_node_id") or CENTRE,
                                                      "target": t["to_node_id"]})
        for name in EDGE_KEYS:
            value = t.get(name)
            if name == "support_kinds":
                value = ",".join(value or [])
            if value:
                ET.SubElement(edge, f"{{{NS}}}data", {"key": f"edge_{name}"}).text = str(value)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"

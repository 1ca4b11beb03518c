"""Precompute node positions, and curve parallel edges apart.

vis-network's physics takes minutes to settle thousands of nodes, so large
graphs get positions computed here and physics off; small graphs start from
them, so physics only has to relax a layout that already makes sense.  The layout is a radial
tree: the topic in the middle, each ring one step further away, each
subtree in its own wedge, so a reader sees at a glance what hangs off what.
networkx's spring layout needs scipy from 500 nodes on (and its dense
fallback holds an n × n × 2 array: 400 MB at 5 000 nodes); this one is
linear, has no randomness to seed, and gives the same numbers on every
machine.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import networkx as nx

STEP = 220.0  # distance between rings, in vis pixels
GAP = 60.0  # smallest distance between two nodes on one ring
MARGIN = 260.0  # space between laid-out components


def radial_layout(node_ids: Iterable[str], edges: Iterable[tuple[str, str]],
                  root: str | None = None,
                  order: Mapping[str, Any] | None = None) -> dict[str, tuple[float, float]]:
    """Return x, y positions: each component as a radial tree, packed in rows below.

    ``order`` gives each node a sort key: siblings go round the circle in that
    order, so nodes of one topic area (risk factors, treatment, ...) share a
    sector.  Without it siblings go by id.
    """
    keys: Mapping[str, Any] = order or {}
    graph = nx.Graph()
    graph.add_nodes_from(sorted(node_ids))
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    components = sorted((sorted(c) for c in nx.connected_components(graph)),
                        key=lambda c: (root not in c, -len(c), c[0]))
    positions: dict[str, tuple[float, float]] = {}
    main_radius = 0.0
    x = y = row_height = left = 0.0
    for index, members in enumerate(components):
        start = (root if root is not None and root in members
                 else max(members, key=lambda n: (graph.degree(n), n)))
        local, radius = _radial_tree(graph, start, lambda n: (keys.get(n, ()), n))
        if index == 0:
            positions.update(local)
            main_radius = radius
            left = x = -main_radius
            y = main_radius + MARGIN
            continue
        # Smaller components go in rows under the main one, as wide as it is.
        size = 2 * radius
        if x > left and x + size > left + max(2 * main_radius, 4 * STEP):
            x, y, row_height = left, y + row_height + MARGIN, 0.0
        cx, cy = x + radius, y + radius
        for node, (px, py) in local.items():
            positions[node] = (round(cx + px, 1), round(cy + py, 1))
        x += size + max(2 * GAP, min(MARGIN, size))
        row_height = max(row_height, size)
    return positions


def _radial_tree(graph: nx.Graph, root: str,
                 key: Callable[[str], Any]) -> tuple[dict[str, tuple[float, float]], float]:
    """Lay one component out around ``root``; return positions and the outer radius."""
    children: dict[str, list[str]] = defaultdict(list)
    depth = {root: 0}
    order = [root]
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for nb in sorted(graph.adj[node], key=key):
            if nb not in depth:
                depth[nb] = depth[node] + 1
                children[node].append(nb)
                order.append(nb)
                queue.append(nb)
    leaves: dict[str, int] = {}
    for node in reversed(order):
        leaves[node] = sum(leaves[c] for c in children[node]) or 1
    angle = {root: 0.0}
    wedge = {root: (0.0, 2 * math.pi)}
    for node in order:
        low, high = wedge[node]
        for child in children[node]:
            share = (high - low) * leaves[child] / leaves[node]
            wedge[child] = (low, low + share)
            angle[child] = low + share / 2
            low += share
    rings: dict[int, list[str]] = defaultdict(list)
    for node in order:
        rings[depth[node]].append(node)
    positions = {root: (0.0, 0.0)}
    outer = 0.0
    for d in range(1, max(rings) + 1):
        members = sorted(rings[d], key=lambda n: (angle[n], n))
        placed, outer = _ring(members, [angle[n] for n in members], outer + STEP)
        positions.update(placed)
    return positions, outer


def _ring(members: list[str], ideal: list[float],
          radius: float) -> tuple[dict[str, tuple[float, float]], float]:
    """Place one depth's nodes in angle order, GAP apart; return them and the outer radius.

    A ring with room keeps each node near its parent's direction; a crowded
    one becomes a band of staggered sub-rings, so a thousand nodes take a
    band about 20 rings deep instead of one circle 7 000 pixels wide.
    """
    step = GAP / radius
    if len(members) * step <= 2 * math.pi:
        angles = list(ideal)
        for i in range(1, len(angles)):
            angles[i] = max(angles[i], angles[i - 1] + step)
        overflow = angles[-1] - (angles[0] + 2 * math.pi - step)
        if overflow > 0:  # wrapped onto the first nodes: pull the run back evenly
            angles = [a - overflow * i / max(len(angles) - 1, 1) for i, a in enumerate(angles)]
        return {n: _point(radius, a) for n, a in zip(members, angles, strict=True)}, radius
    slots: list[tuple[float, float]] = []
    r = radius
    while len(slots) < len(members):
        count = int(2 * math.pi * r / GAP)
        offset = (len(slots) % 2) * math.pi / max(count, 1)  # stagger neighbouring sub-rings
        slots += [(offset + 2 * math.pi * i / count, r) for i in range(count)]
        r += GAP
    slots.sort()
    ratio = len(slots) / len(members)  # leave the spare slots spread out, not in one wedge
    slots = [slots[int(i * ratio)] for i in range(len(members))]
    start = ideal[0] - slots[0][0]
    return ({n: _point(rr, a + start) for n, (a, rr) in zip(members, slots, strict=True)},
            r - GAP)


def _point(radius: float, angle: float) -> tuple[float, float]:
    return (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))


def curve_parallel_edges(edges: list[dict[str, Any]]) -> None:
    """Bend edges that join the same two nodes, so each one stays visible and clickable."""
    pairs: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for edge in edges:
        pairs[frozenset((edge["from"], edge["to"]))].append(edge)
    for group in pairs.values():
        for i, edge in enumerate(group[1:], start=1):
            # Curve direction is relative to the edge's own direction, so an
            # edge b→a bent clockwise lands opposite a→b bent clockwise.
            clockwise = (i % 2 == 1) == (edge["from"] <= edge["to"])
            edge["smooth"] = {"enabled": True,
                              "type": "curvedCW" if clockwise else "curvedCCW",
                              "roundness": round(0.25 * ((i + 1) // 2), 2)}

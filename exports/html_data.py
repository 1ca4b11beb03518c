"""Build the exact nodes, edges and panel data the HTML graph shows.

Kept apart from the page so tests (and notebooks) can check what the graph
says without a browser: ``graph_data(bundle)["nodes"]`` is what the page's
vis DataSet holds, item for item.  Every value is plain JSON and every list
is sorted, so the same bundle always gives the same page.

Custom fields carry a ``cg_`` prefix (never ``source``, which breaks pyvis).
Source text only ever lands in plain-text fields: labels, tooltips
(``title`` strings, which vis-network shows as text) and the panel data,
which the page writes with ``textContent``.
"""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from claimgraph.graph.findings import (
    ASSERTS,
    DENIES,
    HEDGES,
    PARTIAL,
    SINGLE_SOURCE,
    Statement,
)
from claimgraph.graph.measures import OCCURRENCE, family
from claimgraph.graph.model import ClaimSet, EntityType, content_hash
from claimgraph.graph.vocab import AREAS, PREDICATES

from .base import Bundle
from .html_focus import FocusError, neighbourhood
from .html_layout import curve_parallel_edges, radial_layout
from .html_overview import (
    EXPAND_PER_AREA,
    MAX_CHARTS,
    MAX_CONFLICTS,
    MAX_STATEMENTS,
    keep_best,
    keep_charts,
    reserve,
)
from .html_panel import conflict_order, conflict_panel, source_panel, statement_panel
from .html_statements import comparison_for
from .html_style import (
    DENIED_DASHES,
    HEDGED_DASHES,
    KIND_LABELS,
    STANCE_STYLES,
    STATUS_STYLES,
    status_legend,
)
from .html_text import (
    Labels,
    horizon_adjective,
    measure_family,
    measure_value,
    statement_text,
    with_level,
)
from .report_chart import charts_of, forest_svg

# Every graph gets the precomputed sector layout and no physics: vis-network's
# force layout moved nodes ~430 px away from their topic-area sector, piled
# the area labels in the centre and took seconds to settle.  No graph has
# more nodes than this and physics (kept for callers that read it).
PHYSICS_MAX_NODES = 0
LABEL_WIDTH = 22
SPOKE_OPACITY = 0.45
PANEL_CHART_WIDTH = 360  # the side panel is 400 px: charts keep 12 px text there

MEASURE = "measure"
NODE_COLORS = {
    EntityType.CONDITION: "#4e79a7",
    EntityType.MEDICATION: "#59a14f",
    EntityType.PROCEDURE: "#f28e2b",
    EntityType.TEST: "#76b7b2",
    EntityType.SYMPTOM: "#edc948",
    EntityType.SUBSTANCE: "#b07aa1",
    EntityType.ANATOMY: "#ff9da7",
    EntityType.POPULATION: "#9c755f",
    EntityType.PROCESS: "#a0cbe8",
    EntityType.OTHER: "#bab0ac",
    MEASURE: "#ffffff",
}
TYPE_LABELS = {
    EntityType.SYMPTOM: "sign or symptom",
    MEASURE: "figure (one per quantity, drawn in the panel)",
}
# Edge colours are the statement's status, exactly as the report shows it.
EDGE_COLORS = {status: style.colour for status, style in STATUS_STYLES.items()}

__all__ = ["DENIED_DASHES", "EDGE_COLORS", "HEDGED_DASHES", "NODE_COLORS", "PHYSICS_MAX_NODES",
           "FocusError", "graph_data"]


def graph_data(bundle: Bundle, *, max_statements: int = MAX_STATEMENTS) -> dict[str, Any]:
    """Return everything the page gets: vis nodes and edges, panel data, options.

    Above ``max_statements`` arrows only the best-supported are drawn, and
    ``data["overview"]`` says what was left out (see :mod:`html_overview`).

    Raises:
        FocusError: ``bundle.html_focus`` names no entity of the graph.
    """
    cs = bundle.claims
    cmp = comparison_for(bundle)
    names = {s.id: s.name for s in cs.sources}
    source_ids = list(cmp.sources) or [s.id for s in cs.sources]
    conflicts = list(cmp.conflicts)
    topic = cmp.topic or cs.topic
    statements = sorted(cmp.statements, key=lambda st: st.id)
    ends = {st.id: (st.subject, _object_node(st)) for st in statements}
    if bundle.html_focus:
        focus, keep = neighbourhood(cs, ends, bundle.html_focus, max(bundle.html_depth, 0))
        statements = [st for st in statements if set(ends[st.id]) <= keep]
    conflicted = {s for cf in conflicts for s in cf.statements}
    candidates = statements
    statements, cut = keep_best(statements, ends, max_statements, conflicted, topic)
    # An overview holds back each area's next best statements, drawn on a click.
    held = reserve(candidates, {st.id for st in statements}, conflicted,
                   EXPAND_PER_AREA) if cut is not None else {}
    held = dict(sorted(held.items(), key=lambda item: (_area_index(item[0]), item[0])))
    extra = [st for area_statements in held.values() for st in area_statements]
    node_ids = {n for st in statements for n in ends[st.id]}
    if bundle.html_focus:
        node_ids.add(focus)
    if topic and (not bundle.html_focus or topic in node_ids):
        node_ids.add(topic)
    extra_ids = {n for st in extra for n in ends[st.id]} - node_ids
    shown = {st.id for st in statements}
    in_page = shown | {st.id for st in extra}
    conflicts_of: dict[str, list[str]] = defaultdict(list)
    about: dict[str, str] = {}
    for cf in conflicts:
        if in_page & set(cf.statements):
            about[cf.id] = f"{cf.about} ({cf.kind})"
            for sid in cf.statements:
                conflicts_of[sid].append(cf.id)
    conflicts = [cf for cf in conflicts if shown & set(cf.statements)]

    labels = {e.id: e.label for e in cs.entities}
    texts = {st.id: statement_text(st, labels) for st in [*statements, *extra]}
    nodes = _nodes(cs, labels, statements, sorted(node_ids), topic, names)
    extra_nodes = _nodes(cs, labels, [*statements, *extra], sorted(extra_ids), topic, names)
    all_edges = [_edge(st, texts[st.id], ends[st.id],
                       [about[c] for c in conflicts_of.get(st.id, [])], names, topic)
                 for st in [*statements, *extra]]
    curve_parallel_edges(all_edges)
    edges, extra_edges = all_edges[:len(statements)], all_edges[len(statements):]
    # Forest plots for the panel: one per quantity two or more sources give, shown
    # for its figure nodes and its conflicts (SVG built with XML escaping).
    quantity_charts = charts_of(statements, cs, source_ids, topic)
    chart_ids = {key: "chart-" + content_hash(*key) for key in quantity_charts}
    chart_of_statement = {sid: chart_ids[key] for key, chart in quantity_charts.items()
                          for sid in chart.statements}
    physics = len(nodes) <= PHYSICS_MAX_NODES
    listed = sorted(conflicts, key=conflict_order)
    if cut is not None:
        listed = listed[:MAX_CONFLICTS]  # an overview lists the most pressing only
        kept = keep_charts(quantity_charts, {k: c.statements for k, c in quantity_charts.items()},
                           [cf.statements for cf in listed], MAX_CHARTS)
        quantity_charts = {k: c for k, c in quantity_charts.items() if k in kept}
        chart_of_statement = {sid: chart_ids[key] for key, chart in quantity_charts.items()
                              for sid in chart.statements}
    areas = _node_areas([*statements, *extra], ends, topic)
    more_nodes = [_more_node(area, len(sts)) for area, sts in held.items()]
    order = {n["id"]: (_area_index(areas.get(n["id"], "")), -len(n["cg_sources"]),
                       n["cg_label"]) for n in [*nodes, *extra_nodes]}
    # A "more" node sits last in its area's sector: laid out with the held-back
    # statements and a link to the topic that is never drawn, so a click adds
    # them where they belong and nothing already drawn moves.
    order.update({n["id"]: (_area_index(n["cg_expand"]), 1, "") for n in more_nodes})
    layout_edges = [(e["from"], e["to"]) for e in all_edges]
    if topic in node_ids:
        layout_edges += [(topic, n["id"]) for n in more_nodes]
    positions = radial_layout([n["id"] for n in [*nodes, *extra_nodes, *more_nodes]],
                              layout_edges, topic, order)
    node_charts = {ends[st.id][1]: chart_of_statement[st.id] for st in statements
                   if st.id in chart_of_statement}
    # Statements neither drawn nor held back, per node: what only the CSV/JSON hold.
    held_of: Counter[str] = Counter(n for st in extra for n in set(ends[st.id]))
    for n in [*nodes, *extra_nodes, *more_nodes]:
        beyond = cut.left_out_of.get(n["id"], 0) - held_of[n["id"]] if cut is not None else 0
        if beyond > 0 and n["id"] in node_ids:
            n["cg_more"] = beyond
        if n["id"] in areas:
            n["cg_area"] = areas[n["id"]]
        if n["id"] in node_charts:
            n["cg_chart"] = node_charts[n["id"]]
        n["x"], n["y"] = positions[n["id"]]
    data: dict[str, Any] = {
        "title": f"Claim graph: {labels.get(topic, topic)}" if topic else "Claim graph",
        "topic": topic,
        "physics": physics,
        "nodes": nodes,
        "edges": edges,
        "sources": [source_panel(cs, sid) for sid in source_ids],
        "conflicts": [conflict_panel(cf, shown, chart_of_statement) for cf in listed],
        "charts": {chart_ids[key]: forest_svg(chart, PANEL_CHART_WIDTH)
                   for key, chart in quantity_charts.items()},
        "statements": {st.id: statement_panel(bundle, st, texts[st.id], labels,
                                              conflicts_of.get(st.id, []))
                       for st in statements},
        "legend": _legend(nodes),
        "relations": [{"predicate": p.name, "label": p.label} for p in PREDICATES.values()],
        "options": _options(len(nodes), physics),
    }
    if held:
        data["nodes"] = [*nodes, *more_nodes]
        extra_of = {st.id: (texts[st.id], ends[st.id]) for st in extra}
        edge_of = {e["id"]: e for e in extra_edges}
        node_of = {n["id"]: n for n in extra_nodes}
        data["reserve"] = {area: {
            "count": len(sts), "order": _area_index(area),
            "nodes": [node_of[n] for n in sorted({x for st in sts for x in ends[st.id]})
                      if n in node_of],
            "edges": [edge_of[st.id] for st in sts],
            "statements": {st.id: statement_panel(bundle, st, extra_of[st.id][0], labels,
                                                  conflicts_of.get(st.id, []))
                           for st in sts},
        } for area, sts in held.items()}
    if cut is not None:
        # Only a cut graph has this key, so a graph drawn whole keeps its bytes.
        data["overview"] = {
            "shown": cut.shown, "total": cut.total, "entities_shown": len(nodes),
            "entities_total": cut.entities_total, "focused": bool(bundle.html_focus),
            "conflicts_shown": len(listed), "conflicts_total": len(conflicts),
            "example": labels.get(cut.example, cut.example) if cut.example else None,
            "held": sum(len(sts) for sts in held.values()),
        }
    return data


# --- nodes -------------------------------------------------------------------


def _more_node(area: str, count: int) -> dict[str, Any]:
    """Return the node that stands for an area's held-back statements; a click draws them."""
    label = f"{area}: {count:,} more"
    return {
        "id": f"more:{area}",
        "label": label,
        "title": f"{count:,} more {area} statements, held back by this overview: "
                 "click to draw them",
        "shape": "dot", "size": 16,
        "color": _node_color("#ffffff", border="#0b3d91"),
        "borderWidth": 2, "shapeProperties": {"borderDashes": [4, 3]},
        "scaling": {"label": {"drawThreshold": 10_000}},
        "cg_kind": "more", "cg_label": label, "cg_sources": [], "cg_expand": area,
    }


def _object_node(st: Statement) -> str:
    """Return the node an edge points at: the object, or the node of the figure's quantity.

    One compact node per quantity (a subject's mortality, how common it is),
    whatever the period or bound: the figures themselves are in the panel.
    """
    if st.measure is None:
        return st.object or st.subject
    m = st.measure
    return "measure:" + content_hash(st.subject, st.predicate, st.object or "", family(m.kind),
                                     m.unit)


def _mentions(statements: Iterable[Statement]) -> dict[str, set[str]]:
    """Return, per node id, the sources that say anything about it."""
    seen: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        who = {*st.asserts, *st.hedges, *st.denies, *st.partial}
        for node in (st.subject, _object_node(st)):
            seen[node] |= who
    return seen


def _node_areas(statements: list[Statement], ends: dict[str, tuple[str, str]],
                topic: str | None) -> dict[str, str]:
    """Return each node's topic area: that of its link to the topic, else its commonest."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    direct: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        a, b = ends[st.id]
        for node, other in ((a, b), (b, a)):
            seen[node][st.area] += 1
            if other == topic:
                direct[node].add(st.area)
    areas = {}
    for node, counts in seen.items():
        if node == topic:
            continue
        choices = direct[node] or set(counts)
        top = max(counts[a] for a in choices)
        areas[node] = min((a for a in choices if counts[a] == top), key=_area_index)
    return areas


def _area_index(area: str) -> int:
    return AREAS.index(area) if area in AREAS else len(AREAS)


def _nodes(cs: ClaimSet, labels: Labels, statements: list[Statement], ids: list[str],
           topic: str | None, names: dict[str, str]) -> list[dict[str, Any]]:
    entities = cs.entity_map()
    mentions = _mentions(statements)
    families: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        if st.measure is not None:
            families[_object_node(st)].append(st)
    nodes = []
    for node_id in ids:
        who = sorted(mentions.get(node_id, ()))
        if node_id in families:
            nodes.append(_measure_node(labels, node_id, families[node_id], who, names))
            continue
        entity = entities.get(node_id)
        kind = entity.type if entity else EntityType.OTHER
        label = entity.label if entity else node_id
        is_topic = node_id == topic
        tip = [f"{label} ({TYPE_LABELS.get(kind, str(kind))})",
               f"Mentioned by {len(who)} source(s): {', '.join(names.get(s, s) for s in who)}"]
        if entity and entity.synonyms:
            tip.append("Also called: " + ", ".join(entity.synonyms))
        node: dict[str, Any] = {
            "id": node_id,
            "label": _wrap(label),
            "title": "\n".join(tip),
            "group": str(kind),
            "size": 30 if is_topic else 8 + 4 * min(len(who), 5),
            "cg_kind": "topic" if is_topic else "entity",
            "cg_label": label,
            "cg_sources": who,
        }
        if entity and entity.synonyms:
            node["cg_synonyms"] = list(entity.synonyms)
        if is_topic:
            node.update({"x": 0, "y": 0, "fixed": True, "mass": 4, "borderWidth": 3})
        nodes.append(node)
    return nodes


def _measure_node(labels: Labels, node_id: str, figures: list[Statement], who: list[str],
                  names: dict[str, str]) -> dict[str, Any]:
    label = _quantity_label(figures, labels)
    lines = []
    for st in sorted(figures, key=lambda s: (s.measure.point(), s.id)):  # type: ignore[union-attr]
        value = measure_family(st.measure, labels) + " " + measure_value(  # type: ignore[arg-type]
            st.measure)  # type: ignore[arg-type]
        for sid in sorted({*st.asserts, *st.hedges}):
            mark = " (hedged)" if sid in st.hedges else ""
            lines.append((names.get(sid, sid), f"{names.get(sid, sid)}: {value}{mark}"))
        for sid in sorted(st.denies):
            lines.append((names.get(sid, sid), f"{names.get(sid, sid)} denies {value}"))
    per_source = [text for _, text in sorted(lines)]
    return {
        "id": node_id,
        "label": _wrap(label),
        "title": "\n".join([label, *per_source]),
        "group": MEASURE,
        "size": 9 + 3 * min(len(who), 5),
        "cg_kind": MEASURE,
        "cg_label": label,
        "cg_sources": who,
        "cg_values": per_source,
    }


def _quantity_label(figures: list[Statement], labels: Labels) -> str:
    """Return what a quantity node is about: "one-year mortality", "how common"."""
    measures = [st.measure for st in figures if st.measure is not None]
    kinds = {family(m.kind) for m in measures}
    if len({(m.kind, m.horizon, m.population) for m in measures}) == 1:
        return measure_family(measures[0], labels)
    fam = kinds.pop() if len(kinds) == 1 else measures[0].kind
    if fam == OCCURRENCE:
        return "how common"
    horizons = {m.horizon for m in measures}
    adjective = horizon_adjective(horizons.pop()) if len(horizons) == 1 else ""
    return f"{adjective} {fam.replace('_', ' ')}".strip()


def _node_color(fill: str, border: str | None = None) -> dict[str, Any]:
    edge = border or _darker(fill)
    return {"background": fill, "border": edge,
            "highlight": {"background": fill, "border": "#111111"},
            "hover": {"background": fill, "border": "#111111"}}


def _darker(hex_colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(text, LABEL_WIDTH, break_long_words=False)) or text


# --- edges -------------------------------------------------------------------


def _edge(st: Statement, text: str, ends: tuple[str, str], conflicts: list[str],
          names: dict[str, str], topic: str | None) -> dict[str, Any]:
    style = STATUS_STYLES.get(st.status, STATUS_STYLES[SINGLE_SOURCE])
    supporters = sorted({*st.asserts, *st.hedges})
    tip = [text, f"Status: {style.symbol} {style.label}"]
    for stance in (ASSERTS, HEDGES, DENIES, PARTIAL):
        who = sorted(getattr(st, stance))
        if who:
            tip.append(f"{STANCE_STYLES[stance].label.capitalize()}: "
                       + ", ".join(names.get(s, s) for s in who))
    if conflicts:
        tip.append("In conflict: " + "; ".join(sorted(conflicts)))
    flagged = sorted({c.source for c in st.claims if c.evidence.flag})
    if flagged:
        tip.append("\u2691 Flagged for review: " + ", ".join(names.get(s, s) for s in flagged))
    edge: dict[str, Any] = {
        "id": st.id,
        "from": ends[0],
        "to": ends[1],
        "title": "\n".join(tip),
        # Spokes to the topic are most of the edges (72 % in the example) and say little
        # the sector layout does not: drawn lighter, full colour when selected.
        "color": {"color": style.colour, "highlight": style.colour, "hover": style.colour,
                  "opacity": SPOKE_OPACITY if topic in ends else 1.0},
        "arrows": {"to": {"enabled": True, "type": style.arrow}},
        "width": 1.5 + 1.5 * max(len(supporters) - 1, 0),
        "cg_status": st.status,
        "cg_predicate": st.predicate,
        "cg_asserts": sorted(st.asserts),
        "cg_hedges": sorted(st.hedges),
        "cg_denies": sorted(st.denies),
        "cg_partial": sorted(st.partial),
    }
    if flagged:
        edge["cg_flagged"] = flagged
    if conflicts:
        edge["cg_in_conflict"] = True
    if st.measure is not None:
        edge["label"] = measure_value(st.measure)
    elif st.qualifiers.level:
        edge["label"] = with_level("", st.qualifiers).strip()
    if supporters and not st.asserts:
        edge["dashes"] = HEDGED_DASHES
    elif not supporters and st.denies:
        edge["dashes"] = DENIED_DASHES
    return edge


def _legend(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    present = {n["group"] for n in nodes}
    types = [{"type": str(t), "label": TYPE_LABELS.get(t, str(t)), "color": c}
             for t, c in NODE_COLORS.items() if str(t) in present]
    stances = [{"stance": s.stance, "label": s.label, "symbol": s.symbol,
                "background": s.background, "ink": s.ink} for s in STANCE_STYLES.values()]
    return {"types": types, "statuses": status_legend(), "stances": stances,
            "kinds": dict(KIND_LABELS)}


# --- vis options ---------------------------------------------------------------


def _groups() -> dict[str, Any]:
    """Return one vis group per entity type: its colour, so nodes need not repeat it."""
    # Entity labels are drawn by the page itself (graph_labels.js: fixed screen
    # size, decluttered), so vis never draws them; measure boxes keep theirs.
    hidden_label = {"label": {"drawThreshold": 10_000}}
    groups: dict[str, Any] = {str(t): {"color": _node_color(c), "scaling": hidden_label}
                              for t, c in NODE_COLORS.items() if t != MEASURE}
    # A figure node is a small square; its label, like an entity's, is drawn by the page.
    groups[MEASURE] = {"shape": "square", "color": _node_color("#ffffff", border="#555555"),
                       "borderWidth": 2, "scaling": hidden_label}
    return groups


def _options(count: int, physics: bool) -> dict[str, Any]:
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": physics and count <= 150},
        "nodes": {"shape": "dot", "borderWidth": 1.5,
                  "font": {"face": font, "size": 15, "color": "#1f2328", "strokeWidth": 4,
                           "strokeColor": "#ffffff"}},
        "groups": _groups(),
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "color": {"inherit": False},
                  "font": {"face": font, "size": 13, "color": "#444444", "strokeWidth": 4,
                           "strokeColor": "#ffffff", "align": "horizontal"},
                  # Edge labels appear only once zoomed in enough to read (>= 10 px).
                  "scaling": {"label": {"enabled": False, "drawThreshold": 10}},
                  "smooth": {"enabled": physics, "type": "continuous", "roundness": 0.3},
                  "selectionWidth": 2, "hoverWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics,
                        "hideEdgesOnZoom": not physics, "navigationButtons": False,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "centralGravity": 0.008,
                                 "springLength": 130, "springConstant": 0.06,
                                 "avoidOverlap": 0.6},
            "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 50,
                              "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    return options

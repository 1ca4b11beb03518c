"""graph.html of a huge graph is an overview: the best-supported statements, and what was left out.

Exercised on the benchmark's synthetic corpus at a few thousand claims with
a small ``max_statements``; ``benchmarks/bench_html.py --claims 100000``
measures 100 k claims.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.html import page_html, write_html
from claimgraph.exports.html_data import graph_data
from claimgraph.exports.html_overview import (
    EXPAND_PER_AREA,
    MAX_CHARTS,
    MAX_CONFLICTS,
    MAX_STATEMENTS,
    support,
)

from . import html_sample
from .browser_support import launch, open_page
from .test_report_limits import synthetic_bundle

LIMIT = 120


def _ends(data: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {e["id"]: (e["from"], e["to"]) for e in data["edges"]}


def test_a_graph_under_the_limit_is_drawn_whole() -> None:
    """The example and the hand-made sample are under the limit: no overview, same bytes."""
    claims = load(EXAMPLE)
    for bundle in (Bundle(claims, compare(claims, as_of="2026-11-21")), html_sample.bundle()):
        assert bundle.comparison is not None
        statements = len(bundle.comparison.statements)
        assert statements < MAX_STATEMENTS
        data = graph_data(bundle)
        assert "overview" not in data and len(data["edges"]) == statements
        assert not any("cg_more" in n for n in data["nodes"])
        page = page_html(bundle)
        assert page == page_html(bundle, max_statements=statements)
        assert 'id="cg-overview"' not in page


def test_an_overview_draws_the_best_supported_statements_of_every_area() -> None:
    """Above the limit, every topic area keeps a sector, and in each the drawn arrows are its
    best-supported: none left out has more support than one drawn."""
    bundle = synthetic_bundle(3000)
    assert bundle.comparison is not None
    statements = {st.id: st for st in bundle.comparison.statements}
    data = graph_data(bundle, max_statements=LIMIT)
    drawn = {e["id"] for e in data["edges"]}
    assert len(drawn) == LIMIT
    areas = {st.area for st in statements.values()}
    assert {statements[s].area for s in drawn} == areas
    for area in areas:
        kept = [support(statements[s]) for s in drawn if statements[s].area == area]
        left = [support(st) for s, st in statements.items()
                if st.area == area and s not in drawn]
        assert not left or min(kept) >= max(left)
    # Beyond each area's share (under half the room), the room goes to the best overall.
    assert sorted((support(statements[s]) for s in drawn), reverse=True)[LIMIT // 2] >= max(
        support(st) for s, st in statements.items() if s not in drawn)
    assert set(data["statements"]) == drawn
    nodes = {n["id"] for n in data["nodes"]}
    assert {x for pair in _ends(data).values() for x in pair} <= nodes


def test_an_overview_counts_what_it_left_out() -> None:
    """The overview's counts are exact, and each node says how many of its statements are hidden."""
    bundle = synthetic_bundle(3000)
    assert bundle.comparison is not None
    cmp = bundle.comparison
    data = graph_data(bundle, max_statements=LIMIT)
    full = graph_data(bundle, max_statements=10**9)
    overview = data["overview"]
    assert overview["shown"] == LIMIT and overview["total"] == len(cmp.statements)
    entities = [n for n in data["nodes"] if n["cg_kind"] != "more"]
    assert overview["entities_shown"] == len(entities)
    assert overview["entities_total"] == len(full["nodes"])
    drawn = {e["id"] for e in data["edges"]}
    held = {e["id"] for r in data["reserve"].values() for e in r["edges"]}
    assert overview["held"] == len(held) and not held & drawn
    hidden: Counter[str] = Counter()
    for sid, (a, b) in _ends(full).items():
        if sid not in drawn and sid not in held:
            hidden.update({a, b})
    for node in entities:  # what neither the drawing nor a "more" node holds
        assert node.get("cg_more", 0) == hidden[node["id"]]
    listed = [c["id"] for c in data["conflicts"]]
    assert len(listed) == min(overview["conflicts_total"], MAX_CONFLICTS)
    assert all(set(c["statements"]) & drawn for c in data["conflicts"])
    # Charts: at most MAX_CHARTS, every one a node or a listed conflict names is there.
    assert len(data["charts"]) <= MAX_CHARTS
    named = {n["cg_chart"] for n in data["nodes"] if "cg_chart" in n}
    named |= {c["chart"] for c in data["conflicts"] if "chart" in c}
    assert named <= set(data["charts"])


def test_an_overview_page_says_how_to_see_the_rest() -> None:
    """The page's note gives the counts, the files with everything, and an --html-focus line."""
    bundle = synthetic_bundle(3000)
    assert bundle.comparison is not None
    page = page_html(bundle, max_statements=LIMIT)
    note = re.search(r'<p id="cg-overview"[^>]*>(.*?)</p>', page, re.S)
    assert note
    text = note.group(1)
    assert f"{LIMIT} of {len(bundle.comparison.statements):,} statements drawn, the " \
        "best-supported" in text
    assert "statements.csv" in text and "report.json" in text
    focus = re.search(r'--html-focus "(.+?)"', text)
    assert focus
    labels = {e.label for e in bundle.claims.entities}
    assert focus.group(1) in labels


def test_page_size_stops_growing_with_the_input() -> None:
    """With the limit, twice the claims give about the same page; drawn whole, far more."""
    sizes = [len(page_html(synthetic_bundle(n), max_statements=LIMIT).encode())
             for n in (2000, 4000)]
    whole = [len(page_html(synthetic_bundle(n), max_statements=10**9).encode())
             for n in (2000, 4000)]
    assert sizes[1] < 1.2 * sizes[0]
    assert whole[1] - whole[0] > 5 * (sizes[1] - sizes[0])


@pytest.mark.browser
def test_an_overview_in_the_browser(tmp_path: Path) -> None:
    """The note is on screen, and a node's panel says how many of its statements are hidden."""
    bundle = synthetic_bundle(3000)
    path = write_html(bundle, tmp_path / "graph.html", max_statements=LIMIT)
    data = graph_data(bundle, max_statements=LIMIT)
    node = max((n for n in data["nodes"] if n.get("cg_more") and n["cg_kind"] == "entity"),
               key=lambda n: (n["cg_more"], n["id"]))
    with launch() as browser, open_page(browser, path.resolve().as_uri()) as (page, log):
        assert page.locator("#cg-overview").is_visible()
        assert page.evaluate("() => claimgraph.edges.get().length") == LIMIT
        page.evaluate("(id) => { claimgraph.network.selectNodes([id]);"
                      " claimgraph.showNode(id); }", node["id"])
        more = page.locator("#cg-panel .cg-more")
        assert more.inner_text().startswith(f"{node['cg_more']} more statement")
        assert "left out of this overview" in more.inner_text()
        assert f'--html-focus "{node["cg_label"]}"' in more.inner_text()
    assert log.errors == []


def test_each_area_holds_back_its_next_best_statements() -> None:
    """An overview holds back, per area, the best-supported of what it did not draw, laid out."""
    bundle = synthetic_bundle(3000)
    assert bundle.comparison is not None
    statements = {st.id: st for st in bundle.comparison.statements}
    data = graph_data(bundle, max_statements=LIMIT)
    drawn = {e["id"] for e in data["edges"]}
    more_nodes = {n["cg_expand"]: n for n in data["nodes"] if n["cg_kind"] == "more"}
    assert set(more_nodes) == set(data["reserve"])
    for area, held in data["reserve"].items():
        ids = [e["id"] for e in held["edges"]]
        assert held["count"] == len(ids) <= EXPAND_PER_AREA
        assert {statements[s].area for s in ids} == {area}
        assert more_nodes[area]["cg_label"] == f"{area}: {len(ids)} more"
        rest = [support(st) for s, st in statements.items()
                if st.area == area and s not in drawn and s not in ids]
        assert not rest or min(support(statements[s]) for s in ids) >= max(rest)
        assert set(held["statements"]) == set(ids)
        # Every end of a held arrow is drawn already or comes with it, placed.
        ends = {x for e in held["edges"] for x in (e["from"], e["to"])}
        have = {n["id"] for n in data["nodes"]} | {n["id"] for n in held["nodes"]}
        assert ends <= have
        assert all(isinstance(n["x"], float | int) for n in held["nodes"])


def _click_node(page: Any, node_id: str) -> None:
    """Click a node where the canvas draws it."""
    at = page.evaluate("(id) => claimgraph.network.canvasToDOM("
                       "claimgraph.network.getPositions([id])[id])", node_id)
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])


@pytest.mark.browser
def test_clicking_an_area_node_expands_it_in_the_browser(tmp_path: Path) -> None:
    """A click on a "more" node draws its area's held-back statements and entities, offline,
    without moving what was drawn; their panels work; the node and its button go."""
    bundle = synthetic_bundle(3000)
    path = write_html(bundle, tmp_path / "graph.html", max_statements=LIMIT)
    data = graph_data(bundle, max_statements=LIMIT)
    area = max(data["reserve"], key=lambda a: (len(data["reserve"][a]["nodes"]), a))
    held = data["reserve"][area]
    new_nodes = {n["id"] for n in held["nodes"]} - {n["id"] for n in data["nodes"]}
    assert new_nodes
    with launch() as browser, open_page(browser, path.resolve().as_uri()) as (page, log):
        before = page.evaluate("() => claimgraph.network.getPositions()")
        assert page.evaluate("() => claimgraph.edges.get().length") == LIMIT
        _click_node(page, f"more:{area}")
        page.wait_for_function(f"() => claimgraph.edges.get().length === {LIMIT + held['count']}")
        shown = set(page.evaluate("() => claimgraph.nodes.get().map(n => n.id)"))
        assert new_nodes <= shown and f"more:{area}" not in shown
        after = page.evaluate("() => claimgraph.network.getPositions()")
        assert all(after[n] == before[n] for n in before if n != f"more:{area}")
        assert page.locator("#cg-panel .cg-expanded").inner_text() == (
            f"Drew {held['count']} more {area} statements ({len(new_nodes)} new entities).")
        assert page.locator(f'#cg-expand button[data-area="{area}"]').count() == 0
        # A drawn-on-click statement opens in the panel like any other.
        edge = held["edges"][0]
        page.evaluate("(id) => claimgraph.showEdge(id)", edge["id"])
        assert page.locator("#cg-panel h2").first.inner_text() == held["statements"][
            edge["id"]]["text"]
        # Search finds a new entity, and the statement list counts the new arrows.
        label = next(n["cg_label"] for n in held["nodes"] if n["id"] in new_nodes)
        assert page.evaluate("(t) => claimgraph.findEntity(t)", label) in new_nodes
        assert page.locator("#cg-statement-count").inner_text() == str(LIMIT + held["count"])
    assert log.errors == [] and log.blocked == []


@pytest.mark.browser
def test_area_buttons_expand_from_the_keyboard_in_the_browser(tmp_path: Path) -> None:
    """Each held-back area has a button in the note; Enter on it draws that area's statements."""
    bundle = synthetic_bundle(3000)
    path = write_html(bundle, tmp_path / "graph.html", max_statements=LIMIT)
    data = graph_data(bundle, max_statements=LIMIT)
    with launch() as browser, open_page(browser, path.resolve().as_uri()) as (page, log):
        buttons = page.locator("#cg-expand button")
        names = buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
        assert names == [f"+{r['count']} {a}: draw {r['count']} more {a} statements"
                         for a, r in data["reserve"].items()]
        area = next(iter(data["reserve"]))
        page.locator(f'#cg-expand button[data-area="{area}"]').focus()
        page.keyboard.press("Enter")
        count = LIMIT + data["reserve"][area]["count"]
        page.wait_for_function(f"() => claimgraph.edges.get().length === {count}")
        assert buttons.count() == len(data["reserve"]) - 1
    assert log.errors == [] and log.blocked == []

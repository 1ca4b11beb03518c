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
    assert overview["entities_shown"] == len(data["nodes"])
    assert overview["entities_total"] == len(full["nodes"])
    drawn = {e["id"] for e in data["edges"]}
    hidden: Counter[str] = Counter()
    for sid, (a, b) in _ends(full).items():
        if sid not in drawn:
            hidden.update({a, b})
    for node in data["nodes"]:
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
        assert "not drawn in this overview" in more.inner_text()
        assert f'--html-focus "{node["cg_label"]}"' in more.inner_text()
    assert log.errors == []

"""The HTML graph in a real browser: headless Debian chromium, offline, via Playwright.

Each page is opened from ``file://`` with every other request aborted and
recorded (see browser_support.py), so "works offline" is checked, not assumed.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.html import write_html
from claimgraph.exports.html_data import graph_data
from claimgraph.exports.html_style import STANCE_STYLES

from . import html_sample as sample
from .browser_support import launch, open_page

pytestmark = pytest.mark.browser


AS_OF = "2026-11-21"


def example_bundle() -> Bundle:
    """Return the bundled calciphylaxis example, loaded and compared as `demo` does."""
    claims = load(EXAMPLE)
    return Bundle(claims, compare(claims, as_of=AS_OF))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as b:
        yield b


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Bundle, str]:
    """The example bundle and the file:// URL of its page."""
    bundle = example_bundle()
    path = write_html(bundle, tmp_path_factory.mktemp("example") / "graph.html")
    return bundle, path.resolve().as_uri()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Bundle, str]:
    """Claim files full of script and image payloads, loaded and compared; the page's URL."""
    claims = load(sample.hostile_project(tmp_path_factory.mktemp("hostile-claims")))
    bundle = Bundle(claims, compare(claims, as_of=AS_OF))
    path = write_html(bundle, tmp_path_factory.mktemp("hostile") / "graph.html")
    return bundle, path.resolve().as_uri()


def _visible_edges(page: Any) -> set[str]:
    return set(page.evaluate("() => claimgraph.visibleEdges()"))


def _edge_point(page: Any, edge_id: str) -> dict[str, float] | None:
    """Return a page point on the drawn edge where a click hits that edge alone."""
    return page.evaluate(
        """(id) => {
            const net = claimgraph.network, edge = net.body.edges[id];
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
                const p = edge.edgeType.getPoint(t);
                const dom = net.canvasToDOM(p);
                const inside = dom.x > 5 && dom.y > 5 && dom.x < box.width - 5
                    && dom.y < box.height - 5;
                if (!inside) continue;
                if (net.getNodeAt(dom) !== undefined || net.getEdgeAt(dom) !== id) continue;
                return {x: box.left + dom.x, y: box.top + dom.y};
            }
            return null;
        }""",
        edge_id,
    )


def _node_point(page: Any, node_id: str) -> dict[str, float]:
    return page.evaluate(
        """(id) => {
            const net = claimgraph.network;
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            const dom = net.canvasToDOM(net.getPositions([id])[id]);
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        node_id,
    )


def _panel(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => ({
            title: document.querySelector('#cg-panel h2').textContent,
            cards: [...document.querySelectorAll('#cg-panel .cg-card')].map(c => ({
                source: c.dataset.source,
                name: c.querySelector('h3').textContent,
                stance: c.querySelector('.cg-stance').textContent,
                quotes: [...c.querySelectorAll('.cg-quote-text')].map(q => q.textContent),
                sections: [...c.querySelectorAll('.cg-quote-section')].map(q => q.textContent),
            })),
            text: document.getElementById('cg-panel').textContent,
        })"""
    )


def test_page_opens_offline_with_no_requests_and_no_errors(browser: Any,
                                                           example: tuple[Bundle, str]) -> None:
    """From file://, the page loads nothing else and logs no console error."""
    _, url = example
    with open_page(browser, url) as (page, log):
        drawn = page.evaluate("() => claimgraph.network.getPositions().constructor === Object")
        assert drawn
        assert page.evaluate("() => document.documentElement.dataset.cgReady") == "1"
    assert log.blocked == []
    assert log.errors == []
    assert log.dialogs == []


def test_datasets_hold_exactly_the_model(browser: Any, example: tuple[Bundle, str]) -> None:
    """The vis DataSets hold the nodes and edges graph_data gives, one per statement."""
    bundle, url = example
    data = graph_data(bundle)
    with open_page(browser, url) as (page, _):
        nodes = page.evaluate("() => claimgraph.nodes.get()")
        edges = page.evaluate("() => claimgraph.edges.get()")
    assert sorted(nodes, key=lambda n: n["id"]) == data["nodes"]
    assert sorted(edges, key=lambda e: e["id"]) == data["edges"]
    assert bundle.comparison is not None
    assert {e["id"] for e in edges} == {st.id for st in bundle.comparison.statements}
    mentioned = {st.subject for st in bundle.comparison.statements} | {
        st.object for st in bundle.comparison.statements if st.object}
    assert {n["id"] for n in nodes if n["cg_kind"] != "measure"} == mentioned


def test_source_toggles_show_what_a_source_says_and_leaves_out(
        browser: Any, example: tuple[Bundle, str]) -> None:
    """'says' shows only the edges a source supports; 'leaves out' only those it is silent on."""
    bundle, url = example
    cmp = bundle.comparison
    assert cmp is not None
    every = {st.id for st in cmp.statements}
    with open_page(browser, url) as (page, log):
        for sid in cmp.sources:
            says = {st.id for st in cmp.statements if sid in st.supporters}
            silent = {st.id for st in cmp.statements if st.stance(sid) == "silent"}
            page.click(f'.cg-source button[data-source="{sid}"][data-mode="says"]')
            assert _visible_edges(page) == says, sid
            page.click(f'.cg-source button[data-source="{sid}"][data-mode="omits"]')
            assert _visible_edges(page) == silent, sid
            page.click(f'.cg-source button[data-source="{sid}"][data-mode="omits"]')
            assert _visible_edges(page) == every, sid
    assert log.errors == []


def test_clicking_a_conflict_highlights_its_statements(browser: Any,
                                                       example: tuple[Bundle, str]) -> None:
    """A click on a conflict selects exactly its edges and shows its explanation."""
    bundle, url = example
    cmp = bundle.comparison
    assert cmp is not None and cmp.conflicts
    with open_page(browser, url) as (page, log):
        page.click("#cg-secondary > summary")  # secondary findings start collapsed
        for cf in sorted(cmp.conflicts, key=lambda c: c.id):
            page.click(f'.cg-conflict[data-conflict="{cf.id}"]')
            assert set(page.evaluate("() => claimgraph.state.highlighted")) == set(cf.statements)
            assert set(page.evaluate("() => claimgraph.network.getSelectedEdges()")) == set(
                cf.statements)
            panel = _panel(page)
            assert panel["title"] == cf.about
            assert cf.explanation in panel["text"]
            pressed = page.get_attribute(f'.cg-conflict[data-conflict="{cf.id}"]', "aria-pressed")
            assert pressed == "true"
    assert log.errors == []


def test_clicking_an_edge_shows_each_source_evidence(browser: Any,
                                                     example: tuple[Bundle, str]) -> None:
    """A real click on an edge fills the panel: every source, its stance and its quote."""
    bundle, url = example
    cmp = bundle.comparison
    assert cmp is not None
    names = {s.id: s.name for s in bundle.claims.sources}
    candidates = sorted(cmp.statements, key=lambda st: (-len(st.claims), st.id))
    with open_page(browser, url) as (page, log):
        for st in candidates:
            point = _edge_point(page, st.id)
            if point is not None:
                break
        else:
            pytest.fail("no edge could be clicked on its own")
        page.mouse.click(point["x"], point["y"])
        panel = _panel(page)
    data = graph_data(bundle)["statements"][st.id]
    assert panel["title"] == data["text"]
    assert [c["source"] for c in panel["cards"]] == list(cmp.sources)
    assert [c["name"] for c in panel["cards"]] == [names[s] for s in cmp.sources]
    stances = {k: f"{s.symbol} {s.label}" for k, s in STANCE_STYLES.items()}
    assert {c["source"]: c["stance"] for c in panel["cards"]} == {
        s: stances[st.stance(s)] for s in cmp.sources}
    for card in panel["cards"]:
        claims = [c for c in st.claims if c.source == card["source"]]
        assert len(card["quotes"]) == len(claims)
        assert {c.evidence.section for c in claims if c.evidence.section} == set(card["sections"])
    assert log.errors == []


def test_clicking_a_node_lists_what_each_source_says_about_it(
        browser: Any, example: tuple[Bundle, str]) -> None:
    """A click on the topic node shows one card per source, a few statements each, the rest
    on request (the topic has hundreds)."""
    bundle, url = example
    topic = bundle.claims.topic
    assert topic is not None
    with open_page(browser, url) as (page, _):
        point = _node_point(page, topic)
        page.mouse.click(point["x"], point["y"])
        panel = _panel(page)
        shown = page.locator("#cg-panel .cg-card li").count()
        page.locator("#cg-panel .cg-card button.cg-link:has-text('more')").first.click()
        assert page.locator("#cg-panel .cg-card li").count() > shown
    assert panel["title"] == bundle.claims.label(topic)
    assert [c["source"] for c in panel["cards"]] == [s.id for s in bundle.claims.sources]
    assert shown <= 8 * len(panel["cards"]) and len(panel["text"]) < 6000


def test_search_focuses_an_entity(browser: Any, example: tuple[Bundle, str]) -> None:
    """Typing a label (or a synonym) and Enter selects that node and shows its panel."""
    bundle, url = example
    node = next(n for n in graph_data(bundle)["nodes"] if n["cg_kind"] == "entity")
    with open_page(browser, url) as (page, _):
        page.fill("#cg-search", node["cg_label"].upper())
        page.press("#cg-search", "Enter")
        assert page.evaluate("() => claimgraph.network.getSelectedNodes()") == [node["id"]]
        assert _panel(page)["title"] == node["cg_label"]


def test_hostile_text_renders_as_text(browser: Any, hostile: tuple[Bundle, str]) -> None:
    """Payloads in labels, titles and publishers show as text: nothing runs, even on hover."""
    bundle, url = hostile
    data = graph_data(bundle)
    warfarin = next(e for e in data["edges"] if e["from"].startswith("warfarin"))
    with open_page(browser, url) as (page, log):
        heading = page.evaluate("() => document.querySelector('h1').textContent")
        tips = []
        for node in data["nodes"]:  # hover and click every node
            point = _node_point(page, node["id"])
            page.mouse.move(point["x"], point["y"])
            page.wait_for_timeout(300)
            tips.append(page.evaluate(
                "() => { const t = document.querySelector('div.vis-tooltip');"
                " return t ? [t.style.visibility, t.textContent,"
                " [...t.querySelectorAll('*')].map(e => e.tagName)] : null; }"))
            page.mouse.click(point["x"], point["y"])
        for edge in data["edges"]:  # and every edge that can be hit on its own
            point = _edge_point(page, edge["id"])
            if point is not None:
                page.mouse.move(point["x"], point["y"])
                page.wait_for_timeout(300)
                page.mouse.click(point["x"], point["y"])
        page.evaluate("() => { document.getElementById('cg-secondary').open = true; }")
        for button in page.query_selector_all(".cg-conflict"):
            button.click()
        page.hover(".cg-source-name")
        page.fill("#cg-search", "<img src=x onerror=alert(6)>")
        page.press("#cg-search", "Enter")
        page.evaluate("(id) => claimgraph.showEdge(id)", warfarin["id"])
        state = page.evaluate(
            """() => ({
                pwned: window.__pwned === undefined ? null : window.__pwned,
                elements: [...document.body.querySelectorAll(
                    'img, iframe, b, a:not(.cg-report-link), object, embed')].map(e => e.tagName),
                links: [...document.querySelectorAll('a.cg-report-link')]
                    .map(a => a.getAttribute('href')),
                scripts: document.querySelectorAll('script').length,
                panel: document.getElementById('cg-panel').textContent,
                conflicts: document.getElementById('cg-conflict-list').textContent,
                sources: document.getElementById('cg-sources').textContent,
                sourceTitles: [...document.querySelectorAll('.cg-source-name')].map(e => e.title),
            })"""
        )
    assert log.dialogs == []
    assert state["pwned"] is None
    assert state["elements"] == [] and state["scripts"] == 5
    assert all(re.fullmatch(r"report\.html#(st|cf)-[0-9a-f]+", h) for h in state["links"])
    assert heading == data["title"] and sample.HOSTILE_TOPIC in heading
    assert "<script>alert('publisher b')</script>" in state["sources"]
    assert "Publisher A <img src=x onerror=" in state["sources"]
    assert any("Page A <script>window.__pwned='title'</script> href" in t
               for t in state["sourceTitles"])
    assert "<b onmouseover=alert(4)>x</b>" in state["conflicts"]
    assert "<script>window.__pwned='section'</script>" in state["panel"]
    assert "<img src=x onerror=alert(3)>" in state["panel"]
    shown = [t for t in tips if t and t[0] == "visible"]
    assert len(shown) >= len(data["nodes"]) - 1, "tooltips did not appear on hover"
    assert {tag for t in shown for tag in t[2]} <= {"BR"}  # text and line breaks only
    assert any(sample.HOSTILE_TOPIC in t[1] for t in shown)
    assert log.blocked == []
    assert log.errors == []  # not even a script the CSP had to refuse


def test_screenshot_of_the_example_is_saved(browser: Any, example: tuple[Bundle, str],
                                            tmp_path: Path) -> None:
    """A screenshot of the drawn graph is kept (CLAIMGRAPH_ARTIFACTS) and is not blank."""
    _, url = example
    with open_page(browser, url) as (page, _):
        page.wait_for_timeout(300)
        shot = tmp_path / "graph.png"
        page.screenshot(path=str(shot))
        inked = page.evaluate(
            """() => {
                const c = document.querySelector('#mynetwork canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 0; i < d.length; i += 4 * 7) if (d[i + 3] > 0 && d[i] < 200) n++;
                return n;
            }"""
        )
    assert shot.stat().st_size > 20_000
    assert inked > 500
    folder = os.environ.get("CLAIMGRAPH_ARTIFACTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(folder) / "graph.png")

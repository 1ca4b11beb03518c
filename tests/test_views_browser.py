"""report.html and graph.html of the example, side by side in headless chromium.

Few and fast: the pages are written once per module and each test opens
one or two of them (see browser_support.py for the offline setup).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.html import write_html
from claimgraph.exports.report_html import export_report_html

from .browser_support import launch, open_page

pytestmark = pytest.mark.browser

AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Bundle, str, str]:
    """The example bundle and the file:// URLs of its report and graph pages."""
    claims = load(EXAMPLE)
    bundle = Bundle(claims, compare(claims, as_of=AS_OF))
    out = tmp_path_factory.mktemp("views")
    (report,) = export_report_html(bundle, out)
    graph = write_html(bundle, Path(out) / "graph.html")
    return bundle, report.resolve().as_uri(), graph.resolve().as_uri()


_RGB = """(colour) => {
    const probe = document.createElement('span');
    probe.style.color = colour;
    document.body.appendChild(probe);
    const rgb = getComputedStyle(probe).color;
    probe.remove();
    return rgb;
}"""


def test_a_consensus_edge_has_the_report_consensus_colour(
        browser: Any, pages: tuple[Bundle, str, str]) -> None:
    """The consensus badge in report.html and a consensus arrow in graph.html share one colour."""
    bundle, report_url, graph_url = pages
    assert bundle.comparison is not None
    st = next(st for st in bundle.comparison.statements if st.status == "consensus")
    with open_page(browser, report_url, wait_ready=False) as (page, log):
        badge = page.locator(f'tr[id="{st.id}"] .badge.status-consensus')
        assert "consensus" in badge.inner_text()
        report_rgb = badge.evaluate("(b) => getComputedStyle(b).backgroundColor")
    assert log.errors == []
    with open_page(browser, graph_url) as (page, log):
        drawn = page.evaluate("(id) => claimgraph.network.body.edges[id].options.color.color",
                              st.id)
        graph_rgb = page.evaluate(_RGB, drawn)
        status = page.evaluate("(id) => claimgraph.edges.get(id).cg_status", st.id)
    assert log.errors == []
    assert status == "consensus"
    assert graph_rgb == report_rgb


def test_conflicts_are_ranked_and_filtered_in_both_pages(
        browser: Any, pages: tuple[Bundle, str, str]) -> None:
    """The first card is a figures or polarity conflict; secondary findings start collapsed;
    filtering by kind and by source leaves exactly the matching cards."""
    bundle, report_url, graph_url = pages
    cmp = bundle.comparison
    assert cmp is not None
    primary = [c for c in cmp.conflicts if c.kind not in ("certainty", "not-comparable")]
    assert any(c.kind in ("numeric", "polarity") for c in primary)
    polarity = {c.id for c in cmp.conflicts if c.kind == "polarity"}
    osmosis = {c.id for c in cmp.conflicts if "osmosis" in c.sources}
    with open_page(browser, report_url, wait_ready=False) as (page, log):
        first = page.locator("article.conflict").first
        assert first.get_attribute("data-kind") in ("numeric", "polarity")
        assert first.locator(".verdict").inner_text() == cmp.conflicts[0].verdict
        assert page.locator("#conflicts > article.conflict").count() == len(primary)
        assert not page.locator("details.secondary article.conflict").first.is_visible()
        page.select_option("#cf-kind", "polarity")
        assert set(page.eval_on_selector_all(
            "article.conflict:not([hidden])", "cs => cs.map(c => c.id)")) == polarity
        page.select_option("#cf-kind", "")
        page.select_option("#cf-source", "osmosis")
        shown = page.eval_on_selector_all("article.conflict:not([hidden])",
                                          "cs => cs.map(c => c.id)")
        assert set(shown) == osmosis
    assert log.errors == []
    with open_page(browser, graph_url) as (page, log):
        first = page.locator("#cg-conflict-list .cg-conflict").first
        assert first.get_attribute("data-conflict") == cmp.conflicts[0].id
        assert not page.locator("#cg-secondary-list .cg-conflict").first.is_visible()
        page.select_option("#cg-kind-filter", "polarity")
        visible = page.eval_on_selector_all(
            ".cg-conflicts li:not([hidden]) .cg-conflict", "bs => bs.map(b => b.dataset.conflict)")
        assert set(visible) == polarity
    assert log.errors == []


def test_each_numeric_conflict_has_one_chart_row_per_source(
        browser: Any, pages: tuple[Bundle, str, str]) -> None:
    """In report.html and in graph.html's panel, a figures conflict is drawn a row per source."""
    bundle, report_url, graph_url = pages
    cmp = bundle.comparison
    assert cmp is not None
    numeric = [c for c in cmp.conflicts if c.kind == "numeric"]
    assert numeric
    with open_page(browser, report_url, wait_ready=False) as (page, log):
        for cf in numeric:
            rows = page.locator(f'article[id="{cf.id}"] svg.forest g.row')
            assert sorted(rows.evaluate_all("gs => gs.map(g => g.dataset.source)")) == list(
                cf.sources)
            box = page.locator(f'article[id="{cf.id}"] svg.forest').bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 100
    assert log.errors == []
    with open_page(browser, graph_url) as (page, log):
        for cf in numeric:
            page.evaluate("(id) => claimgraph.highlightConflict(id)", cf.id)
            rows = page.locator("#cg-panel svg.forest g.row")
            assert sorted(rows.evaluate_all("gs => gs.map(g => g.dataset.source)")) == list(
                cf.sources)
    assert log.errors == []


def test_focus_isolate_back_and_relation_filter(browser: Any,
                                               pages: tuple[Bundle, str, str]) -> None:
    """Click fades all but a node's neighbourhood, double-click isolates it, Back restores;
    the relation filter leaves only that relation's arrows; every statement is in a list."""
    bundle, _, graph_url = pages
    cmp = bundle.comparison
    assert cmp is not None
    node = "warfarin"
    near = {node} | {x for st in cmp.statements if node in (st.subject, st.object)
                     for x in (st.subject, st.object) if x}
    with open_page(browser, graph_url) as (page, log):
        page.evaluate("(id) => claimgraph.focusOn(id, false)", node)
        faded = page.evaluate("() => claimgraph.nodes.get().filter(n => n.opacity < 1)"
                              ".map(n => n.id)")
        assert set(faded) and not set(faded) & near
        page.evaluate("(id) => { claimgraph.focusOn(id, true);"
                      " history.pushState({node: id, isolate: true}, '', '#node=' + id); }", node)
        shown = page.evaluate("() => claimgraph.nodes.get().filter(n => !n.hidden).map(n => n.id)")
        assert set(shown) <= near and node in shown
        page.go_back()
        page.wait_for_function("() => !claimgraph.state.isolated")
        assert page.evaluate("() => claimgraph.nodes.get().filter(n => n.hidden).length") == 0
        page.select_option("#cg-relation", "increases_risk_of")
        kinds = page.evaluate("() => [...new Set(claimgraph.edges.get()"
                              ".filter(e => !e.hidden).map(e => e.cg_predicate))]")
        assert kinds == ["increases_risk_of"]
        page.click("#cg-reset")
        assert len(page.evaluate("() => claimgraph.visibleEdges()")) == len(cmp.statements)
        page.click("#cg-statement-list > summary")  # the keyboard path to every statement
        page.wait_for_function(
            "(n) => document.querySelectorAll('#cg-statement-items button').length === n",
            arg=len(cmp.statements))
        items = page.locator("#cg-statement-items button")
        items.first.press("Enter")
        assert len(page.evaluate("() => claimgraph.network.getSelectedEdges()")) == 1
    assert log.errors == []


def test_pages_link_both_ways(browser: Any, pages: tuple[Bundle, str, str]) -> None:
    """Every report row and card links to graph.html#id, which opens focused on it."""
    bundle, report_url, graph_url = pages
    cmp = bundle.comparison
    assert cmp is not None
    with open_page(browser, report_url, wait_ready=False) as (page, _):
        links = set(page.eval_on_selector_all("a.graph-link", "as => as.map(a => a.hash)"))
    assert links == {f"#{st.id}" for st in cmp.statements} | {f"#{c.id}" for c in cmp.conflicts}
    cf = cmp.conflicts[0]
    with open_page(browser, f"{graph_url}#{cf.id}") as (page, log):
        page.wait_for_function("(id) => claimgraph.state.conflict === id", arg=cf.id)
        assert page.locator("#cg-panel a.cg-report-link").get_attribute("href") == (
            f"report.html#{cf.id}")
    st = cmp.statements[0]
    with open_page(browser, f"{graph_url}#{st.id}") as (page, log):
        page.wait_for_function("(id) => claimgraph.network.getSelectedEdges()[0] === id",
                               arg=st.id)
    assert log.errors == []


@pytest.mark.parametrize("width", [1440, 390])
def test_statement_column_stays_readable(browser: Any, pages: tuple[Bundle, str, str],
                                         width: int) -> None:
    """The comparison table's Statement column is at least 200 px wide, desktop and phone."""
    _, report_url, _ = pages
    with open_page(browser, report_url, width=width, height=844, wait_ready=False) as (page, _):
        widths = page.eval_on_selector_all(
            "table.grid td.stmt", "tds => tds.map(td => td.getBoundingClientRect().width)")
    assert widths and min(widths) >= 200


def test_editor_mode_and_gap_ticks(browser: Any, pages: tuple[Bundle, str, str]) -> None:
    """Editor mode shows what the chosen pages say and mine does not, most supported first;
    a ticked gap in the report survives a reload."""
    bundle, report_url, graph_url = pages
    cmp = bundle.comparison
    assert cmp is not None
    mine, others = "nkf", ["mayo", "osmosis"]
    lacks = [st for st in cmp.statements if st.stance(mine) == "silent"
             and {"mayo", "osmosis"} & set(st.supporters)]
    with open_page(browser, graph_url) as (page, log):
        page.click("#cg-editor-box > summary")
        for box in ("ccchc", "cleveland"):
            page.uncheck(f'#cg-others input[value="{box}"]')
        page.select_option("#cg-mine", mine)
        assert set(page.evaluate("() => claimgraph.visibleEdges()")) == {st.id for st in lacks}
        support = page.evaluate("(a) => claimgraph.editorLacks(a[0], a[1])"
                                ".map(x => x.backers.length)", [mine, others])
        assert support == sorted(support, reverse=True) and len(support) == len(lacks)
        assert page.locator("#cg-editor-list li").count() == min(len(lacks), 200)
    assert log.errors == []
    with open_page(browser, report_url, wait_ready=False) as (page, log):
        first = page.locator("input[data-tick]").first
        key = first.get_attribute("data-tick")
        first.check()
        page.reload()
        assert page.locator(f'input[data-tick="{key}"]').is_checked()
    assert log.errors == []

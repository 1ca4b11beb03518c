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

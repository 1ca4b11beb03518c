"""axe-core on report.html and graph.html of the example: no serious or critical violations.

axe-core (npm) is injected into the page in headless chromium, past the
page's Content-Security-Policy, and run with the WCAG 2 A and AA rules.
It is installed by .ci/run, never fetched here (see browser_support.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.html import write_html
from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_html import export_report_html, render

from .browser_support import launch, open_page, require_axe
from .test_report_limits import SMALL, synthetic_bundle

pytestmark = pytest.mark.browser

RUN = """async () => {
    const result = await axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
        resultTypes: ['violations']});
    return result.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => ({id: v.id, impact: v.impact, count: v.nodes.length,
                    first: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' +
                                                    n.failureSummary.split('\\n')[1])}));
}"""


@pytest.fixture(scope="module")
def urls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    axe = require_axe()
    claims = load(EXAMPLE)
    bundle = Bundle(claims, compare(claims, as_of="2026-11-21"))
    out = tmp_path_factory.mktemp("a11y")
    (report,) = export_report_html(bundle, out)
    graph = write_html(bundle, Path(out) / "graph.html")
    # A big input, cut: the report's "more" notes and the graph's overview note.
    big = synthetic_bundle(3000)
    cut = Path(out) / "cut"
    cut.mkdir()
    (cut / "report.html").write_text(render(report_dict(big), SMALL), encoding="utf-8")
    overview = write_html(big, cut / "graph.html", max_statements=120)
    return {"report": report.resolve().as_uri(), "graph": graph.resolve().as_uri(),
            "report-cut": (cut / "report.html").resolve().as_uri(),
            "graph-overview": overview.resolve().as_uri(), "axe": str(axe)}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as b:
        yield b


# The graph is also checked with its panel open on a figures conflict (chart,
# badges, links) and the secondary findings unfolded.
OPEN_PANEL = """() => {
    document.getElementById('cg-secondary').open = true;
    document.getElementById('cg-statement-list').open = true;
    const c = claimgraph.data.conflicts.find(c => c.chart) || claimgraph.data.conflicts[0];
    claimgraph.highlightConflict(c.id);
}"""


# ... and with a statement open whose quotes carry cue marks (hedge, negation).
OPEN_MARKED = """() => {
    const id = Object.keys(claimgraph.data.statements).find(k =>
        Object.values(claimgraph.data.statements[k].quotes).flat().some(q => q.marks));
    claimgraph.showEdge(id);
}"""
# ... and, in an overview, with the panel of a node some of whose statements are not drawn.
OPEN_MORE = """() => {
    const n = claimgraph.data.nodes.find(n => n.cg_more);
    claimgraph.showNode(n.id);
}"""


@pytest.mark.parametrize(("page_name", "width", "setup"), [
    ("report", 1440, ""), ("report", 390, ""), ("graph", 1440, OPEN_PANEL), ("graph", 390, ""),
    ("graph", 1440, OPEN_MARKED), ("report-cut", 1440, ""), ("graph-overview", 1440, OPEN_MORE),
    ("graph-overview", 390, "")])
def test_no_serious_or_critical_violations(browser: Any, urls: dict[str, str],
                                           page_name: str, width: int, setup: str) -> None:
    """axe-core finds no serious or critical WCAG 2.1 A/AA violation on the page."""
    with open_page(browser, urls[page_name], width=width, height=900, bypass_csp=True,
                   wait_ready=page_name.startswith("graph")) as (page, _):
        if setup:
            page.evaluate(setup)
        page.add_script_tag(path=urls["axe"])
        violations = page.evaluate(RUN)
    assert violations == []

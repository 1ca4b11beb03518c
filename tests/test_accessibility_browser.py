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
from claimgraph.exports.report_html import export_report_html

from .browser_support import launch, open_page, require_axe

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
    return {"report": report.resolve().as_uri(), "graph": graph.resolve().as_uri(),
            "axe": str(axe)}


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


@pytest.mark.parametrize(("page_name", "width", "setup"), [
    ("report", 1440, ""), ("report", 390, ""), ("graph", 1440, OPEN_PANEL), ("graph", 390, "")])
def test_no_serious_or_critical_violations(browser: Any, urls: dict[str, str],
                                           page_name: str, width: int, setup: str) -> None:
    """axe-core finds no serious or critical WCAG 2.1 A/AA violation on the page."""
    with open_page(browser, urls[page_name], width=width, height=900, bypass_csp=True,
                   wait_ready=page_name == "graph") as (page, _):
        if setup:
            page.evaluate(setup)
        page.add_script_tag(path=urls["axe"])
        violations = page.evaluate(RUN)
    assert violations == []

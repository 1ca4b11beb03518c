"""Forest plots of the figures sources give: rows, markers, scale, words, bytes."""

from __future__ import annotations

import re
from typing import Any

import pytest

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.report_chart import charts, forest_svg
from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_html import render
from claimgraph.graph.model import Bound

from .compare_samples import claimset, figure, run

AS_OF = "2026-11-21"


def _report(*claims: Any) -> dict[str, Any]:
    return report_dict(Bundle(claimset(*claims), run(*claims)))


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    claims = load(EXAMPLE)
    return report_dict(Bundle(claims, compare(claims, as_of=AS_OF)))


def test_example_mortality_has_one_row_per_source_and_the_right_markers(
        example: dict[str, Any]) -> None:
    """Up to 80 % is an upper end, about 50 % a dot, six-month survival two ghosts."""
    (mortality,) = [c for c in charts(example).values() if c.key[3] == "mortality"]
    assert mortality.title == "one-year mortality"
    rows = {row.source: [(m.shape, m.ghost, m.implied) for m in row.marks]
            for row in mortality.rows}
    assert rows == {"cleveland": [("upper", False, False)],
                    "nkf": [("approx", False, False)],
                    "osmosis": [("approx", True, False), ("lower", True, True)]}
    osmosis = next(r for r in mortality.rows if r.source == "osmosis")
    assert osmosis.text == "six-month survival of about 50 %"
    assert "mortality only grows with time" in osmosis.marks[1].tip
    assert "drawn as six-month mortality of 50 %" in osmosis.marks[0].tip


def test_only_quantities_two_sources_give_are_drawn(example: dict[str, Any]) -> None:
    """The example has two: mortality and how common it is (one source alone draws nothing)."""
    assert sorted(c.key[3] for c in charts(example).values()) == ["mortality", "occurrence"]
    single = _report(figure("mayo", "mortality", 0.5, horizon="P1Y"),
                     figure("mayo", "mortality", 0.6, horizon="P2Y"))
    assert charts(single) == {}


def test_small_rates_get_a_log_axis_written_as_one_in_n() -> None:
    """1 in 100,000 and 1 in 600 share a log axis labelled '1 in 100,000', never '0 %'."""
    report = _report(figure("mayo", "incidence", 0.00001, horizon="P1Y"),
                     figure("nkf", "incidence", 1 / 600, horizon="P1Y"),
                     figure("osmosis", "incidence", None, bound=Bound.RANGE, low=0.000006,
                            high=0.000019, horizon="P1Y"))
    (chart,) = charts(report).values()
    svg = forest_svg(chart)
    assert "(log scale)" in svg
    assert ">1 in 100,000</text>" in svg and ">1 in 1,000,000</text>" in svg
    assert "0.6–1.9 per 100,000 a year" in svg
    assert ">0 %<" not in svg and "≈ 0" not in svg
    shapes = {row.source: row.marks[0].shape for row in chart.rows}
    assert shapes == {"mayo": "approx", "nkf": "approx", "osmosis": "range"}


def test_bounds_have_their_own_markers() -> None:
    """'Up to' points left, 'at least' points right, a range has end caps."""
    report = _report(figure("mayo", "mortality", 0.8, bound=Bound.UPPER, horizon="P1Y"),
                     figure("nkf", "mortality", 0.3, bound=Bound.LOWER, horizon="P1Y"),
                     figure("osmosis", "mortality", None, bound=Bound.RANGE, low=0.4, high=0.6,
                            horizon="P1Y"))
    (chart,) = charts(report).values()
    svg = forest_svg(chart)
    assert [m.group(1) for m in re.finditer(r'<g class="mark (\w+)', svg)] == [
        "upper", "lower", "range"]
    assert "(log scale)" not in svg and ">100 %</text>" in svg


def test_same_report_same_bytes_and_labels_escaped() -> None:
    """Drawing twice gives identical SVG; a name with markup is escaped."""
    claims = (figure("mayo", "mortality", 0.8, horizon="P1Y"),
              figure("nkf", "mortality", 0.3, horizon="P1Y"))
    report = _report(*claims)
    report["sources"][0]["name"] = "<script>alert(1)</script>"
    (chart,) = charts(report).values()
    assert forest_svg(chart) == forest_svg(next(iter(charts(report).values())))
    assert "<script>" not in forest_svg(chart) and "&lt;script&gt;" in forest_svg(chart)


def test_report_draws_each_figures_conflict_and_a_figures_section(
        example: dict[str, Any]) -> None:
    """Each numeric conflict card holds its chart, one row per source; Figures lists all."""
    page = render(example)
    for cf in example["conflicts"]:
        if cf["kind"] != "numeric":
            continue
        start = page.index(f'id="{cf["id"]}"')
        card = page[start:page.index("</article>", start)]
        assert f'data-rows="{len(cf["sources"])}"' in card
        assert card.count('<g class="row"') == len(cf["sources"])
    figures = page[page.index('<section id="figures">'):page.index('<section id="comparison">')]
    assert figures.count('class="forest"') == 2

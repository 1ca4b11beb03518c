"""report.html stays small on big inputs: the top of each list, the rest counted and pointed to.

The big input is the benchmark's synthetic corpus at a few thousand claims,
with small limits passed in, so the cut is exercised in a second, not at
100 k claims (``benchmarks/bench_html.py --claims 100000`` measures that size).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_html import render
from claimgraph.exports.report_limits import DEFAULT_LIMITS, Limits

ROOT = Path(__file__).resolve().parents[1]
SMALL = Limits(conflicts=4, secondary=3, statements_per_area=5, gaps_per_source=4, charts=2,
               flagged=2)
HUGE = Limits(*(10**9,) * 6)


def synthetic_module() -> ModuleType:
    """Return benchmarks/synthetic.py, the seeded corpus generator the benchmarks use."""
    if "cg_synthetic" not in sys.modules:
        spec = importlib.util.spec_from_file_location("cg_synthetic",
                                                      ROOT / "benchmarks" / "synthetic.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["cg_synthetic"] = module
        spec.loader.exec_module(module)
    return sys.modules["cg_synthetic"]


@cache
def synthetic_bundle(n_claims: int) -> Bundle:
    """Return a compared synthetic corpus of about ``n_claims`` claims over 10 sources."""
    syn = synthetic_module()
    claims = syn.to_claimset(syn.generate(n_claims, 10, seed=1))
    return Bundle(claims, compare(claims, as_of="2026-11-21"))


@cache
def synthetic_report(n_claims: int) -> dict[str, Any]:
    return report_dict(synthetic_bundle(n_claims))


def _section(page: str, name: str) -> str:
    start = page.index(f'<section id="{name}">')
    return page[start:page.index("</section>", start)]


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_example_is_drawn_whole_and_unchanged() -> None:
    """The bundled example is under every limit: no list is cut, the bytes are those of no limit."""
    claims = load(EXAMPLE)
    report = report_dict(Bundle(claims, compare(claims, as_of="2026-11-21")))
    page = render(report)
    assert page == render(report, HUGE)
    assert 'class="more' not in page and "not shown on this page" not in page


def test_each_area_table_shows_its_best_supported_rows_and_counts_the_rest() -> None:
    """Per topic area, the first rows by support are drawn and the note counts the others."""
    report = synthetic_report(3000)
    page = render(report, SMALL)
    table = _section(page, "comparison")
    areas: dict[str, list[dict[str, Any]]] = {}
    for st in report["statements"]:
        areas.setdefault(st["area"], []).append(st)
    for area, statements in areas.items():
        start = table.index(f"<h3>{area} <span")
        block = table[start:table.find("<h3>", start + 1) if "<h3>" in table[start + 1:] else None]
        rows = re.findall(r'<tr data-index="\d+" id="(st-[0-9a-f]+)"', block)
        assert rows == [st["id"] for st in statements[:SMALL.statements_per_area]]
        left = len(statements) - len(rows)
        if left:
            note = re.search(r'<p class="more" role="note">([\d,]+) more (.+?) statements', block)
            assert note and _number(note.group(1)) == left and note.group(2) == area
            assert "statements.csv and report.json" in block


def test_conflicts_show_the_most_pressing_and_count_the_rest() -> None:
    """The first conflict cards are the top-ranked ones; the note counts what is left out."""
    report = synthetic_report(3000)
    page = render(report, SMALL)
    section = _section(page, "conflicts")
    primary = [cf["id"] for cf in report["conflicts"] if not cf["secondary"]]
    shown = re.findall(r'<article class="conflict k-[a-z-]+" id="(cf-[0-9a-f]+)"', section)
    assert shown[:SMALL.conflicts] == primary[:SMALL.conflicts]
    assert len(primary) > SMALL.conflicts
    first_note = re.search(r'([\d,]+) more conflicts, less pressing than those above,', section)
    assert first_note and _number(first_note.group(1)) == len(primary) - SMALL.conflicts
    for kind in ("certainty",):
        items = [cf for cf in report["conflicts"] if cf["secondary"] and cf["kind"] == kind]
        box = section[section.index(f'id="secondary-{kind}"'):]
        box = box.split("<details class=\"secondary\"")[0]
        # The heading counts them all; the cards are the first few.
        assert f'<span class="id">{len(items)}</span>' in box
        assert box.count('<article class="conflict') == min(len(items), SMALL.secondary)


def test_gaps_keep_those_most_sources_make() -> None:
    """Each source's gap card keeps the gaps the most sources make; the rest are counted."""
    report = synthetic_report(3000)
    page = render(report, SMALL)
    section = _section(page, "gaps")
    for source in report["sources"]:
        sid = source["id"]
        gaps = [g for g in report["gaps"] if g["source"] == sid]
        ticks = re.findall(rf'data-tick="{sid}\|(st-[0-9a-f]+)"', section)
        assert len(ticks) == min(len(gaps), SMALL.gaps_per_source)
        support = {g["statement"]: len(g["asserted_by"]) for g in gaps}
        kept = [support[t] for t in ticks]
        dropped = [n for s, n in support.items() if s not in ticks]
        assert not dropped or min(kept) >= max(dropped)


def test_the_page_says_what_it_left_out_and_where_it_all_is() -> None:
    """One note at the top names each cut list's count and the files that hold everything."""
    report = synthetic_report(3000)
    page = render(report, SMALL)
    note = re.search(r'<p class="more cut-note"[^>]*>(.*?)</p>', page, re.S)
    assert note
    text = note.group(1)
    rows = len(re.findall(r'<tr data-index="\d+" id="st-', page))
    assert f"{len(report['statements']) - rows:,} statements" in text
    for name in ("statements.csv", "conflicts.csv", "gaps.csv", "report.json"):
        assert name in text


def test_page_size_stops_growing_with_the_input() -> None:
    """With limits, twice the claims give about the same page; without, about twice the page."""
    small, big = synthetic_report(2000), synthetic_report(4000)
    limited = [len(render(r, SMALL).encode()) for r in (small, big)]
    whole = [len(render(r, HUGE).encode()) for r in (small, big)]
    assert limited[1] < 1.25 * limited[0]
    assert whole[1] > 1.7 * whole[0]


def test_default_limits_sit_above_a_hand_curated_comparison() -> None:
    """The defaults never cut the example: its longest lists are far below them."""
    claims = load(EXAMPLE)
    report = report_dict(Bundle(claims, compare(claims, as_of="2026-11-21")))
    per_area: dict[str, int] = {}
    for st in report["statements"]:
        per_area[st["area"]] = per_area.get(st["area"], 0) + 1
    assert max(per_area.values()) * 1.4 < DEFAULT_LIMITS.statements_per_area
    assert len(report["conflicts"]) < DEFAULT_LIMITS.secondary


def test_links_point_only_at_rows_on_the_page() -> None:
    """A conflict card links to a statement's row only when the row is drawn; never a dead link."""
    page = render(synthetic_report(3000), SMALL)
    ids = set(re.findall(r'<tr data-index="\d+" id="(st-[0-9a-f]+)"', page))
    links = set(re.findall(r'<a href="#(st-[0-9a-f]+)"', page))
    assert links and links <= ids
    assert "not in this page's table: see statements.csv" in page

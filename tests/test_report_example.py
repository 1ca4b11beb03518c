"""The four reports on the bundled calciphylaxis example, end to end."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.graph.findings import Comparison

from .test_report_data import check_contract
from .test_report_exports import REPORTS

AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def example() -> tuple[Bundle, Comparison]:
    """The bundled example compared on a fixed date."""
    claims = load(EXAMPLE)
    result = compare(claims, as_of=AS_OF)
    return Bundle(claims, result), result


def _write_all(bundle: Bundle, out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for name in REPORTS for p in EXPORTERS.get(name)(bundle, out)}


def test_example_reports_cover_every_finding(example, tmp_path: Path) -> None:
    """Every statement, conflict and gap of the real comparison reaches the reports."""
    bundle, result = example
    files = _write_all(bundle, tmp_path)
    report = json.loads(files["report.json"])
    check_contract(report)
    st_ids = {st.id for st in result.statements}
    assert {st["id"] for st in report["statements"]} == st_ids
    assert {(c["id"], c["kind"]) for c in report["conflicts"]} == {
        (c.id, c.kind) for c in result.conflicts}
    assert {(g["source"], g["statement"]) for g in report["gaps"]} == {
        (g.source, g.statement) for g in result.gaps}
    rows = list(csv.DictReader(io.StringIO(files["statements.csv"].decode("utf-8"))))
    assert {r["id"] for r in rows} == st_ids
    conflict_rows = csv.DictReader(io.StringIO(files["conflicts.csv"].decode("utf-8")))
    assert {r["id"] for r in conflict_rows} == {c.id for c in result.conflicts}
    for name in ("report.md", "report.html"):
        text = files[name].decode("utf-8")
        assert all(i in text for i in st_ids), name
        assert all(c.id in text for c in result.conflicts), name
    assert report["summary"]["overdue"] == ["nkf"]


def test_example_conflict_sides_quote_their_sources(example) -> None:
    """Each side of each real conflict carries evidence from its own sources only."""
    from claimgraph.exports.report_data import report_dict

    bundle, _ = example
    for cf in report_dict(bundle)["conflicts"]:
        for side in cf["sides"]:
            assert side["evidence"], (cf["id"], side["says"])
            assert {e["source"] for e in side["evidence"]} <= set(side["sources"])


def test_example_reports_are_deterministic(example, tmp_path: Path) -> None:
    """Loading, comparing and exporting twice gives byte-identical reports."""
    bundle, _ = example
    again = Bundle(load(EXAMPLE), compare(load(EXAMPLE), as_of=AS_OF))
    assert _write_all(bundle, tmp_path / "a") == _write_all(again, tmp_path / "b")

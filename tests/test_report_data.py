"""The report contract (claimgraph.report/1) built from a hand-made comparison."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.exports.base import Bundle
from claimgraph.exports.report_data import SCHEMA, ReportError, report_dict

from . import report_sample as sample

# The contract's keys (DESIGN.md); fields may be added, never renamed or removed.
TOP = {"schema", "topic", "sources", "statements", "conflicts", "gaps", "area_gaps",
       "source_agreement", "freshness", "as_of"}
SOURCE = {"id", "publisher", "title", "url", "kind", "reviewed", "next_review", "overdue"}
STATEMENT = {"id", "subject", "predicate", "object", "measure", "qualifiers", "area",
             "sources", "status", "evidence"}
MEASURE = {"kind", "value", "low", "high", "bound", "horizon", "population", "unit"}
EVIDENCE = {"source", "section", "anchor", "text", "start", "end", "status", "origin"}
CONFLICT = {"id", "kind", "about", "statements", "sides", "explanation", "reason",
            "reconcilable", "ratio", "internal"}
GAP = {"source", "statement", "label", "asserted_by", "area"}


def check_contract(report: dict) -> None:
    """Fail unless ``report`` has every key the contract promises (shared with other tests)."""
    assert report["schema"] == SCHEMA
    assert report.keys() >= TOP
    assert {"id", "label"} <= report["topic"].keys()
    for s in report["sources"]:
        assert s.keys() >= SOURCE
    for st in report["statements"]:
        assert st.keys() >= STATEMENT
        assert {"asserts", "denies", "hedges", "partial"} <= st["sources"].keys()
        assert {"id", "label"} <= st["subject"].keys()
        assert st["object"] is None or {"id", "label"} <= st["object"].keys()
        assert st["measure"] is None or st["measure"].keys() >= MEASURE
        assert (st["object"] is None) != (st["measure"] is None)
        for ev in st["evidence"]:
            assert ev.keys() >= EVIDENCE
            assert ev["status"] in ("accepted", "candidate")
    for cf in report["conflicts"]:
        assert cf.keys() >= CONFLICT
        for side in cf["sides"]:
            assert {"sources", "says"} <= side.keys()
    for g in report["gaps"]:
        assert g.keys() >= GAP
    ids = {s["id"] for s in report["sources"]}
    for a, row in report["source_agreement"].items():
        for b, share in row.items():
            assert report["source_agreement"][b][a] == share
            assert share is None or 0 <= share <= 1
        assert a in ids


def test_report_has_every_contract_key() -> None:
    """The hand-made comparison yields a report with every contract key."""
    check_contract(report_dict(sample.bundle()))


def test_statements_and_conflicts_are_exactly_the_comparisons() -> None:
    """Every statement and conflict of the comparison appears once, no more."""
    report = report_dict(sample.bundle())
    assert [st["id"] for st in report["statements"]].count(sample.KIDNEY.id) == 1
    assert {st["id"] for st in report["statements"]} == {st.id for st in sample.STATEMENTS}
    assert {(cf["id"], cf["kind"]) for cf in report["conflicts"]} == {
        ("cf-numeric0001", "numeric"), ("cf-polarity001", "polarity"),
        ("cf-certainty01", "certainty")}


def test_statements_are_grouped_by_area_in_reading_order() -> None:
    """Statements come risk factors first, prognosis last, best supported first."""
    report = report_dict(sample.bundle())
    areas = [st["area"] for st in report["statements"]]
    assert list(dict.fromkeys(areas)) == ["risk factors", "diagnosis", "treatment", "prognosis"]
    assert report["statements"][0]["id"] == sample.KIDNEY.id


def test_stances_and_labels() -> None:
    """Each statement lists who asserts, hedges, denies and partially supports it."""
    report = report_dict(sample.bundle())
    sts = {st["id"]: st for st in report["statements"]}
    assert sts[sample.STS.id]["sources"] == {
        "asserts": ["cleveland"], "hedges": ["osmosis"], "denies": ["nkf"], "partial": []}
    assert sts[sample.AUTOIMMUNE.id]["sources"]["partial"] == ["mayo"]
    assert sts[sample.MORT80.id]["object"] is None
    assert sts[sample.WARFARIN.id]["subject"] == {"id": "warfarin", "label": "warfarin"}


def test_evidence_text_is_sliced_from_the_document() -> None:
    """With the document at hand, evidence text is the document's own span."""
    report = report_dict(sample.bundle())
    st = next(s for s in report["statements"] if s["id"] == sample.STS.id)
    cleveland = next(e for e in st["evidence"] if e["source"] == "cleveland")
    assert cleveland["text"] == "Sodium thiosulfate is given through a vein."
    assert sample.CLEVELAND_TEXT[cleveland["start"]:cleveland["end"]] == cleveland["text"]
    nkf = next(e for e in st["evidence"] if e["source"] == "nkf")
    assert (nkf["text"], nkf["status"]) == ("no treatment is proven", "candidate")


def test_evidence_text_is_never_invented() -> None:
    """Without a document or a stored quote, evidence text is null; a bad span is ignored."""
    b = sample.bundle()
    report = report_dict(replace(b, documents={}))
    st = next(s for s in report["statements"] if s["id"] == sample.WARFARIN.id)
    by = {e["source"]: e["text"] for e in st["evidence"]}
    assert by == {"mayo": "warfarin can raise the risk", "cleveland": None, "nkf": None}
    short = report_dict(replace(b, documents={"cleveland": "too short"}))
    st = next(s for s in short["statements"] if s["id"] == sample.WARFARIN.id)
    assert {e["source"]: e["text"] for e in st["evidence"]}["cleveland"] is None


def test_conflict_sides_carry_their_own_evidence() -> None:
    """Each side of a conflict quotes only its own sources' claims."""
    report = report_dict(sample.bundle())
    numeric = next(cf for cf in report["conflicts"] if cf["kind"] == "numeric")
    assert [[e["source"] for e in side["evidence"]] for side in numeric["sides"]] == [
        ["cleveland"], ["nkf"]]
    assert numeric["sides"][1]["evidence"][0]["text"] == "about half die in a year"
    assert (numeric["reconcilable"], numeric["ratio"]) == (True, 1.6)


def test_source_agreement_is_symmetric_with_nulls() -> None:
    """Agreement is given both ways, rounded, null for unknown and for missing pairs."""
    m = report_dict(sample.bundle())["source_agreement"]
    assert m["mayo"]["cleveland"] == m["cleveland"]["mayo"] == 0.75
    assert m["nkf"]["mayo"] == 0.3333
    assert m["mayo"]["osmosis"] is None
    assert m["nkf"]["osmosis"] is None and m["osmosis"]["nkf"] is None
    assert "mayo" not in m["mayo"]


def test_freshness_and_summary() -> None:
    """The overdue source is flagged and counted; counts cover every status and kind."""
    report = report_dict(sample.bundle())
    assert [s["id"] for s in report["sources"] if s["overdue"]] == ["nkf"]
    assert report["summary"]["overdue"] == ["nkf"]
    assert report["summary"]["statements_by_status"] == {
        "consensus": 2, "majority": 1, "minority": 1, "single-source": 4, "contested": 1}
    assert report["summary"]["conflicts_by_kind"]["numeric"] == 1
    assert report["freshness"][2] == {"source": "nkf", "next_review": "2026-07",
                                      "last_dated": "2023-07", "overdue": True}
    assert report["as_of"] == sample.AS_OF


def test_gaps_sorted_by_source() -> None:
    """Gaps and area gaps list exactly the hand-made ones."""
    report = report_dict(sample.bundle())
    assert [(g["source"], g["statement"]) for g in report["gaps"]] == [
        ("nkf", sample.BIOPSY.id), ("osmosis", sample.WARFARIN.id)]
    assert report["area_gaps"] == [
        {"source": "nkf", "area": "diagnosis", "covered_by": ["cleveland", "mayo", "osmosis"]}]


def test_missing_comparison_is_an_error_with_a_hint() -> None:
    """A bundle without a comparison raises ReportError saying how to make one."""
    with pytest.raises(ReportError, match=r"expected a bundle with a comparison.*hint"):
        report_dict(Bundle(sample.bundle().claims))


def test_same_input_same_dict() -> None:
    """Two builds of the report from equal input are equal."""
    assert report_dict(sample.bundle()) == report_dict(sample.bundle())


def test_labels_use_the_engines_wording() -> None:
    """Statement labels read like the engine's conflicts and gaps, levels and figures included."""
    report = report_dict(sample.bundle())
    labels = {st["id"]: st["label"] for st in report["statements"]}
    assert labels[sample.CALCIUM.id] == "high calcium increases risk of calciphylaxis"
    assert labels[sample.MORT80.id] == "calciphylaxis has one-year mortality of up to 80 %"
    assert labels[sample.STS.id] == "sodium thiosulfate is used for calciphylaxis"
    mort80 = next(st for st in report["statements"] if st["id"] == sample.MORT80.id)
    assert mort80["measure"]["text"] == "one-year mortality of up to 80 %"

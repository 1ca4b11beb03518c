"""The SPARQL queries count support the way compare() does."""

from __future__ import annotations

import importlib.util
from collections import defaultdict

import pytest

from claimgraph.graph.compare import absent_from, compare, support_counts
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet

from .compare_samples import AS_OF, claim, claimset, entity, figure

if importlib.util.find_spec("claimgraph.graph.store") is None:
    pytest.skip("graph/store.py (ClaimGraph) is not in this checkout yet",
                allow_module_level=True)

from claimgraph.graph.store import ClaimGraph

RISK = "increases_risk_of"


def _python_counts(result: Comparison) -> dict[tuple[str, str, str], int]:
    """Sources affirming each (subject, predicate, object), over every qualifier variant."""
    backers: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for st in result.statements:
        if st.object is not None and st.supporters:
            backers[(st.subject, st.predicate, st.object)] |= set(st.supporters)
    return {key: len(sources) for key, sources in backers.items()}


def _sample() -> ClaimSet:
    return claimset(
        claim("mayo", "warfarin", RISK, "calciphylaxis"),
        claim("nkf", "warfarin", RISK, "calciphylaxis", hedged=True),
        claim("osmosis", "warfarin", RISK, "calciphylaxis", negated=True),
        claim("cleveland", "calcium", RISK, "calciphylaxis", level="high"),
        claim("nkf", "calcium", RISK, "calciphylaxis"),
        claim("nkf", "dialysis", "used_for", "calciphylaxis", negated=True),
        claim("mayo", "lupus", RISK, "calciphylaxis"),
        figure("nkf", "mortality", 0.5, horizon="P1Y"),
        entities=(entity("lupus", "autoimmune-disease"), entity("autoimmune-disease")))


def test_statement_support_query_agrees_with_compare() -> None:
    """statement_support.rq counts the same affirming sources per triple as compare()."""
    cs = _sample()
    counts = support_counts(ClaimGraph.from_claimset(cs))
    assert counts == _python_counts(compare(cs, as_of=AS_OF))
    assert counts == {("warfarin", RISK, "calciphylaxis"): 2,
                      ("calcium", RISK, "calciphylaxis"): 2,
                      ("lupus", RISK, "calciphylaxis"): 1}


def test_absent_from_lists_triples_one_source_has_and_another_lacks() -> None:
    """absent_from.rq, with both graphs bound, gives mayo's triples that nkf does not state."""
    graph = ClaimGraph.from_claimset(_sample())
    assert absent_from(graph, "mayo", "nkf") == [("lupus", RISK, "calciphylaxis")]
    assert absent_from(graph, "nkf", "mayo") == [("calcium", RISK, "calciphylaxis")]


def test_statement_support_query_agrees_on_the_example() -> None:
    """On the bundled calciphylaxis example, SPARQL and compare() count support alike."""
    from claimgraph.examples import EXAMPLE
    from claimgraph.ingest.claims import load

    if not (EXAMPLE / "claims").is_dir():
        pytest.skip("the bundled example is not in this checkout yet")
    cs = load(EXAMPLE)
    assert support_counts(ClaimGraph.from_claimset(cs)) == _python_counts(
        compare(cs, as_of=AS_OF))

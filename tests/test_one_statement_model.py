"""One statement builder behind every view: report, graph page, networkx and RDF findings."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.html_data import graph_data
from claimgraph.exports.report_data import report_dict
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.network import to_networkx
from claimgraph.graph.rdf_build import CGV
from claimgraph.graph.store import ClaimGraph

AS_OF = "2026-11-21"
BASE = "https://example.org/"


@pytest.fixture(scope="module")
def example() -> tuple[ClaimSet, Comparison]:
    claims = load(EXAMPLE)
    return claims, compare(claims, as_of=AS_OF)


def test_every_view_gives_each_statement_the_same_status(
        example: tuple[ClaimSet, Comparison]) -> None:
    """report.json, graph.html, the networkx statements view and the RDF findings agree."""
    claims, cmp = example
    engine = {st.id: st.status for st in cmp.statements}
    bundle = Bundle(claims, cmp)
    report = {st["id"]: st["status"] for st in report_dict(bundle)["statements"]}
    page = {e["id"]: e["cg_status"] for e in graph_data(bundle)["edges"]}
    G = to_networkx(claims, view="statements")
    network = {k: d["status"] for _, _, k, d in G.edges(keys=True, data=True)}
    cg = ClaimGraph.from_claimset(claims, base=BASE).add_findings(cmp)
    findings = cg.dataset.graph(URIRef(BASE + "graph/findings"))
    rdf = {str(s).rsplit("/", 1)[1]: str(o) for s, o in findings.subject_objects(CGV.status)}
    assert report == page == network == rdf == engine
    assert sorted(set(engine.values())) == ["consensus", "contested", "majority", "minority",
                                            "single-source"]


def test_views_agree_on_stances_and_partial_support(
        example: tuple[ClaimSet, Comparison]) -> None:
    """Who asserts, hedges, denies and partly supports each statement is the same everywhere."""
    claims, cmp = example
    engine = {st.id: (st.asserts, st.hedges, st.denies, st.partial) for st in cmp.statements}
    assert any(p for *_, p in engine.values()), "the example has partial support"
    G = to_networkx(claims, view="statements")
    network = {k: (d["asserts"], d["hedges"], d["denies"], d["partial"])
               for _, _, k, d in G.edges(keys=True, data=True)}
    edges = {e["id"]: tuple(tuple(e[f"cg_{x}"]) for x in ("asserts", "hedges", "denies",
                                                         "partial"))
             for e in graph_data(Bundle(claims, cmp))["edges"]}
    assert network == edges == engine
    cg = ClaimGraph.from_claimset(claims, base=BASE).add_findings(cmp)
    findings = cg.dataset.graph(URIRef(BASE + "graph/findings"))
    st = next(st for st in cmp.statements if st.partial)
    node = URIRef(f"{BASE}statement/{st.id}")
    assert {str(o).rsplit("/", 1)[1] for o in findings.objects(node, CGV.partlyAssertedBy)} == set(
        st.partial)
    assert (node, CGV.area, Literal(st.area)) in findings


def test_a_hedging_source_leaves_warfarin_consensus_everywhere(
        example: tuple[ClaimSet, Comparison]) -> None:
    """Warfarin is consensus 5/5 in the report and drawn with the consensus colour."""
    claims, cmp = example
    (st,) = [st for st in cmp.statements
             if (st.subject, st.predicate, st.object) == ("warfarin", "increases_risk_of",
                                                          "calciphylaxis")
             and not st.qualifiers]
    edge = next(e for e in graph_data(Bundle(claims, cmp))["edges"] if e["id"] == st.id)
    assert st.status == edge["cg_status"] == "consensus"
    assert "dashes" not in edge

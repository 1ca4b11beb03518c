"""SPARQL over a ClaimGraph: rdflib and pyoxigraph give the same rows."""

from __future__ import annotations

import pytest

from claimgraph.graph.errors import ClaimGraphError, UnknownFormatError
from claimgraph.graph.sparql import BACKENDS, SparqlError, has_order_by, query
from claimgraph.graph.store import ClaimGraph

from .store_samples import BASE, MORTALITY_ALPHA, STS_ALPHA, small_claimset, small_comparison

WHO_STATES = """
SELECT ?s ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?s cg:increases_risk_of ?o }
} GROUP BY ?s ?o
"""

QUERIES = {
    "who states a triple": WHO_STATES,
    "triples per graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "union default graph": "SELECT ?s ?o WHERE { ?s cg:increases_risk_of ?o }",
    "count all": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "horizons": "SELECT ?c ?h WHERE { ?c a cg:Claim ; cg:measure ?m . ?m cg:horizon ?h }",
    "labels ordered": "SELECT ?l WHERE { ?e skos:prefLabel ?l } ORDER BY DESC(?l) LIMIT 3",
    "optional unbound": """SELECT ?e ?alt WHERE { ?e a skos:Concept .
                           OPTIONAL { ?e skos:altLabel ?alt } }""",
    "negated claims": "SELECT ?c WHERE { ?c cg:polarity 'negated' }",
    "conflict to sources": """SELECT DISTINCT ?cf ?src WHERE { GRAPH graph:findings {
                              ?cf cg:concerns ?c } ?c prov:wasDerivedFrom ?src }""",
    "figures": "SELECT ?m ?v WHERE { ?m cg:value ?v }",
    "ask": "ASK { ?c cg:certainty 'hedged' }",
    "construct": "CONSTRUCT { ?s cg:says ?o } WHERE { GRAPH graph:alpha { ?s ?p ?o } }",
}


@pytest.fixture(scope="module")
def graph() -> ClaimGraph:
    return ClaimGraph.from_claimset(small_claimset(), base=BASE).add_findings(small_comparison())


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_backends_give_the_same_rows(graph: ClaimGraph, name: str) -> None:
    """The same query gives the same columns and rows on rdflib and pyoxigraph."""
    expected = query(graph, QUERIES[name])
    assert query(graph, QUERIES[name], backend="oxigraph") == expected
    assert expected[1], "the query should match something"


@pytest.mark.parametrize("backend", BACKENDS.names())
def test_which_sources_state_a_triple(graph: ClaimGraph, backend: str) -> None:
    """GROUP BY over named graphs lists the sources stating a triple."""
    sparql = """
    SELECT ?g WHERE { GRAPH ?g { entity:warfarin cg:increases_risk_of entity:calciphylaxis } }
    """
    assert query(graph, sparql, backend=backend) == (
        ["g"], [(f"{BASE}graph/alpha",), (f"{BASE}graph/beta",)])
    assert query(graph, WHO_STATES, backend=backend)[1] == [
        (f"{BASE}entity/warfarin", f"{BASE}entity/calciphylaxis", "2")]


@pytest.mark.parametrize("backend", BACKENDS.names())
def test_negated_claims_are_in_no_source_graph(graph: ClaimGraph, backend: str) -> None:
    """A denied treatment is a claim node, never a triple in a source's graph."""
    sparql = "SELECT ?g WHERE { GRAPH ?g { ?s cg:effective_for ?o } }"
    assert query(graph, sparql, backend=backend) == (["g"], [])
    claims = query(graph, QUERIES["negated claims"], backend=backend)[1]
    assert claims == [(f"{BASE}claim/{STS_ALPHA.id}",)]


@pytest.mark.parametrize("backend", BACKENDS.names())
def test_durations_come_back_canonical(graph: ClaimGraph, backend: str) -> None:
    """Both backends return P12M as P1Y (the file itself keeps P12M)."""
    rows = query(graph, QUERIES["horizons"], backend=backend)[1]
    assert (f"{BASE}claim/{MORTALITY_ALPHA.id}", "P1Y") in rows
    assert '"P12M"^^xsd:duration' in graph.serialize("trig")


@pytest.mark.parametrize("backend", BACKENDS.names())
def test_order_by_is_kept_and_other_rows_are_sorted(graph: ClaimGraph, backend: str) -> None:
    """ORDER BY decides the order; without it rows come sorted."""
    ordered = query(graph, QUERIES["labels ordered"], backend=backend)[1]
    assert ordered == [("warfarin",), ("vascular disease",), ("sodium thiosulfate",)]
    rows = query(graph, "SELECT ?l WHERE { ?e skos:prefLabel ?l }", backend=backend)[1]
    assert rows == sorted(rows)


@pytest.mark.parametrize("backend", BACKENDS.names())
def test_ask_gives_one_true_row(graph: ClaimGraph, backend: str) -> None:
    """ASK answers with a single 'true' or 'false' row."""
    assert query(graph, QUERIES["ask"], backend=backend) == (["ask"], [("true",)])
    assert query(graph, "ASK { ?s cg:nothing ?o }", backend=backend) == (["ask"], [("false",)])


@pytest.mark.parametrize("backend", BACKENDS.names())
@pytest.mark.parametrize("bad", ["SELECT ?s WHERE { ?s ?p }", "SELEC * { }",
                                 "SELECT * { ?s nope:x ?o }"])
def test_malformed_sparql_raises_with_hint(graph: ClaimGraph, backend: str, bad: str) -> None:
    """A query that does not parse raises a ValueError naming the backend, with a hint."""
    with pytest.raises(SparqlError, match=rf"SPARQL \({backend}\): expected a valid SPARQL "
                                          r"1\.1 query, got an error: .+\(hint: prefixes cg:"):
        query(graph, bad, backend=backend)
    assert issubclass(SparqlError, ClaimGraphError) and issubclass(SparqlError, ValueError)


def test_unknown_backend_lists_the_backends(graph: ClaimGraph) -> None:
    """An unknown backend name lists the valid ones."""
    with pytest.raises(UnknownFormatError, match="oxigraph, rdflib"):
        query(graph, "ASK {}", backend="blazegraph")


def test_oxigraph_sees_findings_added_later() -> None:
    """The cached oxigraph store is rebuilt when the graph changes."""
    cg = ClaimGraph.from_claimset(small_claimset(), base=BASE)
    sparql = "SELECT ?c WHERE { ?c a cg:Conflict }"
    assert query(cg, sparql, backend="oxigraph")[1] == []
    cg.add_findings(small_comparison())
    assert query(cg, sparql, backend="oxigraph")[1] == [(f"{BASE}conflict/cf-0001",)]


def test_order_by_detection_ignores_strings_and_comments() -> None:
    """ORDER BY inside a string or a comment does not count."""
    assert not has_order_by("SELECT * { ?s ?p 'order by' } # ORDER BY ?s")
    assert not has_order_by('SELECT * { ?s ?p """ORDER\nBY""" }')
    assert has_order_by("select * { ?s ?p ?o }\norder   by ?s")


def test_graph_read_from_turtle_answers_the_same(graph: ClaimGraph) -> None:
    """A graph read from Turtle (no named graphs) gives the union rows on both backends."""
    back = ClaimGraph.from_rdf(graph.serialize("turtle"), "turtle")
    sparql = QUERIES["union default graph"]
    assert query(back, sparql) == query(back, sparql, backend="oxigraph") == query(graph, sparql)

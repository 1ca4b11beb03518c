"""The RDF layout's vocabulary: statements, agents, graph provenance, figures, extraction facts.

Written against the hand-made claims of store_samples.py; SPARQL runs on
both backends where the answer is a number a user would compute.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from claimgraph.graph import vocab
from claimgraph.graph.model import Claim, ClaimSet, Evidence, Measure, Source
from claimgraph.graph.rdf_build import CGV, SCHEMA
from claimgraph.graph.sparql import query
from claimgraph.graph.store import ClaimGraph, canonical_claimset

from .store_samples import (
    BASE,
    CANDIDATE,
    MORTALITY_ALPHA,
    STS_ALPHA,
    WARFARIN_ALPHA,
    small_claimset,
    small_comparison,
)


def meta_and_findings() -> set[tuple[object, object, object]]:
    cg = ClaimGraph.from_claimset(small_claimset(), base=BASE).add_findings(small_comparison())
    out: set[tuple[object, object, object]] = set()
    for name in ("meta", "findings"):
        out |= set(cg.dataset.graph(URIRef(f"{BASE}graph/{name}")).triples((None, None, None)))
    return out


def test_statements_are_typed_iris_not_literals() -> None:
    """cg:statement points at a cg:Statement node, from claims, conflicts, sides and gaps."""
    triples = meta_and_findings()
    values = {o for _s, p, o in triples if p == CGV.statement}
    assert values and all(isinstance(v, URIRef) for v in values)
    statement = URIRef(f"{BASE}statement/{WARFARIN_ALPHA.statement_id}")
    assert (URIRef(f"{BASE}claim/{WARFARIN_ALPHA.id}"), CGV.statement, statement) in triples
    assert (statement, RDF.type, CGV.Statement) in triples
    typed = {s for s, p, o in triples if p == RDF.type and o == CGV.Statement}
    assert values - typed == set()


def test_publishers_and_authors_are_agents() -> None:
    """A publisher is a prov:Agent and schema:Organization node with a name, not a string."""
    triples = meta_and_findings()
    source = URIRef(f"{BASE}source/alpha")
    (publisher,) = {o for s, p, o in triples if s == source and p == DCTERMS.publisher}
    assert isinstance(publisher, URIRef)
    assert {(publisher, RDF.type, PROV.Agent), (publisher, RDF.type, SCHEMA.Organization),
            (publisher, SCHEMA.name, Literal("Alpha Clinic")),
            (source, PROV.wasAttributedTo, publisher)} <= triples
    creators = {o for s, p, o in triples if s == source and p == DCTERMS.creator}
    assert {n for s, p, n in triples if s in creators and p == SCHEMA.name} == {
        Literal("Zed Writer"), Literal("Amy Author")}
    assert all((c, RDF.type, PROV.Agent) in triples for c in creators)


def test_each_source_graph_is_linked_to_its_source_and_publisher() -> None:
    """<graph/alpha> was derived from <source/alpha> and attributed to its publisher."""
    triples = meta_and_findings()
    graph, source = URIRef(f"{BASE}graph/alpha"), URIRef(f"{BASE}source/alpha")
    publisher = next(o for s, p, o in triples if s == source and p == DCTERMS.publisher)
    assert {(graph, RDF.type, CGV.SourceGraph), (graph, PROV.wasDerivedFrom, source),
            (graph, PROV.wasAttributedTo, publisher)} <= triples


def test_a_source_without_a_record_still_gets_its_graph_linked() -> None:
    """Claims whose source has no metadata still say where their graph comes from."""
    cs = ClaimSet(claims=(replace(WARFARIN_ALPHA, evidence=Evidence("gamma")),))
    meta = ClaimGraph.from_claimset(cs, base=BASE).dataset.graph(URIRef(f"{BASE}graph/meta"))
    assert (URIRef(f"{BASE}graph/gamma"), PROV.wasDerivedFrom,
            URIRef(f"{BASE}source/gamma")) in meta


def test_rule_confidence_and_review_flag_are_written_and_read_back() -> None:
    """An extracted claim's rule, confidence and review flag are cg:rule, cg:confidence, cg:flag."""
    triples = meta_and_findings()
    node = URIRef(f"{BASE}claim/{CANDIDATE.id}")
    assert (node, CGV.rule, Literal("prose-association")) in triples
    assert (node, CGV.confidence, Literal("0.62", datatype=XSD.decimal)) in triples
    assert (node, CGV.flag, Literal("evidence not found in the page any more")) in triples
    back = ClaimGraph.from_rdf(ClaimGraph.from_claimset(small_claimset(), base=BASE)
                               .serialize("trig")).to_claimset()
    (claim,) = [c for c in back.claims if c.id == CANDIDATE.id]
    assert (claim.evidence.rule, claim.evidence.confidence, claim.evidence.flag) == (
        "prose-association", 0.62, "evidence not found in the page any more")


def test_has_measure_runs_from_the_entity_to_its_figure() -> None:
    """cg:has_measure is close to biolink:has_attribute; the figure is IAO 'about' its subject."""
    triples = meta_and_findings()
    assert (vocab.CG.has_measure, URIRef("http://www.w3.org/2004/02/skos/core#closeMatch"),
            vocab.BIOLINK.has_attribute) in triples
    measure = URIRef(f"{BASE}measure/{MORTALITY_ALPHA.id}")
    assert (measure, vocab.IAO_IS_ABOUT, URIRef(f"{BASE}entity/calciphylaxis")) in triples


def same_figure_twice() -> ClaimSet:
    half = Measure("mortality", value=0.5, horizon="P1Y")
    return ClaimSet(
        sources=(Source("a"), Source("b"), Source("c")),
        claims=tuple(
            Claim("calciphylaxis", "has_measure", measure=m, evidence=Evidence(src))
            for src, m in (("a", half), ("b", half), ("c", replace(half, value=0.8)))
        ),
    )


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_identical_figures_from_two_sources_are_two_measure_nodes(backend: str) -> None:
    """Two sources saying 50 % are two figures: AVG over figures is (0.5 + 0.5 + 0.8) / 3."""
    cg = ClaimGraph.from_claimset(same_figure_twice(), base=BASE)
    _, rows = query(cg, "SELECT (COUNT(?m) AS ?n) (AVG(?v) AS ?avg) "
                        "WHERE { ?m a cg:Measure ; cg:value ?v }", backend=backend)
    (n, avg), = rows
    assert int(str(n)) == 3
    assert float(str(avg)) == pytest.approx(0.6)
    _, per_graph = query(cg, "SELECT ?g ?m WHERE { GRAPH ?g { ?s cg:has_measure ?m } }",
                         backend=backend)
    assert len({m for _g, m in per_graph}) == 3
    assert cg.to_claimset() == canonical_claimset(same_figure_twice())


def test_negated_claims_still_get_their_evidence_target() -> None:
    """A denial is a claim node too, with a Web Annotation target on its source."""
    triples = meta_and_findings()
    node = URIRef(f"{BASE}claim/{STS_ALPHA.id}")
    assert (node, URIRef("http://www.w3.org/ns/oa#hasTarget"),
            URIRef(f"{node}/target")) in triples

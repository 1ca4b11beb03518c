"""ClaimGraph: RDF layout, round trips through every format, determinism, errors.

Golden files (tests/golden/tiny.nq, tests/golden/tiny.graphml) are compared
byte for byte.  When a change of output is intended, regenerate them on
purpose with ``CLAIMGRAPH_REGEN_GOLDEN=1 pytest tests/test_store.py`` and
review the diff before committing.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, SKOS, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.exports.graphml import graphml_text
from claimgraph.graph import vocab
from claimgraph.graph.errors import ClaimGraphError, UnknownFormatError, ValidationError
from claimgraph.graph.model import Claim, ClaimSet, Entity, Evidence, Source
from claimgraph.graph.rdf_build import CGV, OA
from claimgraph.graph.store import RDF_FORMATS, ClaimGraph, canonical_claimset
from claimgraph.ingest.rdf_reader import read_rdf

from .store_samples import (
    BASE,
    CANDIDATE,
    MORTALITY_ALPHA,
    STS_ALPHA,
    STS_BETA,
    WARFARIN_ALPHA,
    small_claimset,
    small_comparison,
    tiny_claimset,
)

GOLDEN = Path(__file__).parent / "golden"
REGEN = bool(os.environ.get("CLAIMGRAPH_REGEN_GOLDEN"))
FORMATS = RDF_FORMATS.names()
RDF_EXPORTS = ("trig", "nquads", "jsonld", "turtle", "graphml", "gexf")


def build(cs: ClaimSet | None = None) -> ClaimGraph:
    return ClaimGraph.from_claimset(cs or small_claimset(), base=BASE)


def iri(kind: str, local: str) -> URIRef:
    return URIRef(f"{BASE}{kind}/{local}")


def graph_triples(cg: ClaimGraph, name: str) -> set[tuple[object, object, object]]:
    return set(cg.dataset.graph(iri("graph", name)).triples((None, None, None)))


def test_round_trip_gives_back_the_claimset() -> None:
    """Building the RDF and reading it back gives the same ClaimSet."""
    cs = small_claimset()
    assert build(cs).to_claimset() == cs


def test_round_trip_sorts_what_rdf_holds_as_sets() -> None:
    """Unsorted input comes back in canonical order, author order kept."""
    cs = small_claimset()
    shuffled = replace(
        cs, sources=cs.sources[::-1], entities=cs.entities[::-1], claims=cs.claims[::-1],
        new_entities=("skin-ulcer", "dialysis"),
    )
    shuffled = replace(shuffled, entities=tuple(
        replace(e, synonyms=e.synonyms[::-1]) for e in shuffled.entities))
    back = build(shuffled).to_claimset()
    assert back == canonical_claimset(shuffled)
    assert back.source("alpha").authors == ("Zed Writer", "Amy Author")


def test_named_graphs_one_per_source_plus_meta() -> None:
    """Each source gets its own named graph beside the metadata graph."""
    assert {str(g) for g in build().graph_names()} == {
        f"{BASE}graph/alpha", f"{BASE}graph/beta", f"{BASE}graph/meta"}


def test_source_graphs_hold_only_affirmed_triples() -> None:
    """Source graphs hold affirmed claims; the negated one is only a claim node."""
    cg = build()
    warfarin = (iri("entity", "warfarin"), vocab.CG.increases_risk_of,
                iri("entity", "calciphylaxis"))
    assert warfarin in graph_triples(cg, "alpha")
    assert warfarin in graph_triples(cg, "beta")
    negated = (iri("entity", "sodium-thiosulfate"), vocab.CG.effective_for,
               iri("entity", "calciphylaxis"))
    assert all(negated not in graph_triples(cg, g) for g in ("alpha", "beta", "meta"))
    node = iri("claim", STS_ALPHA.id)
    assert (node, CGV.polarity, Literal("negated")) in graph_triples(cg, "meta")
    assert (node, CGV.predicate, vocab.CG.effective_for) in graph_triples(cg, "meta")


def test_claim_node_carries_evidence_and_provenance() -> None:
    """A claim links its source and statement; its span and words are Web Annotation selectors."""
    meta = graph_triples(build(), "meta")
    node = iri("claim", WARFARIN_ALPHA.id)
    from rdflib.namespace import PROV
    target = URIRef(f"{node}/target")
    position, quote = URIRef(f"{node}/position"), URIRef(f"{node}/quote")
    expected = {
        (node, RDF.type, CGV.Claim),
        (node, PROV.wasDerivedFrom, iri("source", "alpha")),
        (node, CGV.section, Literal("Causes")),
        (node, CGV.origin, Literal("alpha.yaml:3")),
        (node, CGV.certainty, Literal("stated")),
        (node, CGV.statement, iri("statement", WARFARIN_ALPHA.statement_id)),
        (node, RDF.type, OA.Annotation),
        (node, OA.hasTarget, target),
        (target, RDF.type, OA.SpecificResource),
        (target, OA.hasSource, iri("source", "alpha")),
        (target, OA.hasSelector, position),
        (target, OA.hasSelector, quote),
        (position, RDF.type, OA.TextPositionSelector),
        (position, OA.start, Literal("10", datatype=XSD.nonNegativeInteger)),
        (position, OA.end, Literal("42", datatype=XSD.nonNegativeInteger)),
        (quote, RDF.type, OA.TextQuoteSelector),
        (quote, OA.exact, Literal(WARFARIN_ALPHA.evidence.text)),
    }
    assert expected <= meta


def test_literals_have_explicit_stable_datatypes() -> None:
    """Figures, horizons and dates are typed and keep the lexical form written."""
    meta = graph_triples(build(), "meta")
    measure = next(o for s, p, o in meta
                   if s == iri("claim", MORTALITY_ALPHA.id) and p == CGV.measure)
    values = {p: o for s, p, o in meta if s == measure}
    assert values[CGV.value] == Literal("0.8", datatype=XSD.decimal)
    assert str(values[CGV.horizon]) == "P12M"
    assert values[CGV.horizon].datatype == XSD.duration
    alpha = {p: o for s, p, o in meta if s == iri("source", "alpha")}
    from rdflib.namespace import DCTERMS
    assert alpha[DCTERMS.issued].datatype == XSD.gYearMonth
    assert alpha[DCTERMS.modified].datatype == XSD.date
    assert alpha[URIRef("https://schema.org/lastReviewed")].datatype == XSD.gYear


def test_entities_are_skos_concepts_with_xrefs() -> None:
    """Entities carry labels, synonyms, broader and expanded cross-references."""
    meta = graph_triples(build(), "meta")
    node = iri("entity", "calciphylaxis")
    assert {
        (node, RDF.type, SKOS.Concept),
        (node, SKOS.prefLabel, Literal("calciphylaxis")),
        (node, SKOS.altLabel, Literal("CUA")),
        (node, SKOS.broader, iri("entity", "vascular-disease")),
        (node, SKOS.exactMatch, URIRef("http://id.nlm.nih.gov/mesh/D002114")),
        (node, CGV.xref, Literal("MESH:D002114")),
        (node, CGV.xref, Literal("SNOMED:12345")),
    } <= meta
    assert {o for s, p, o in meta if s == node and p == SKOS.exactMatch} == {
        URIRef("http://id.nlm.nih.gov/mesh/D002114")}


def test_predicates_map_to_biolink() -> None:
    """Each cg: predicate is linked to its Biolink or RO term."""
    meta = graph_triples(build(), "meta")
    assert (vocab.CG.increases_risk_of, SKOS.closeMatch,
            vocab.BIOLINK.associated_with_increased_likelihood_of) in meta


def test_no_blank_nodes_anywhere() -> None:
    """Every subject, object and graph is an IRI or a literal."""
    cg = build().add_findings(small_comparison())
    for quad in cg.dataset.quads((None, None, None, None)):
        assert not any(isinstance(term, BNode) for term in quad)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reads_back_the_same_claims(fmt: str) -> None:
    """Writing any RDF format and parsing it gives the same ClaimSet."""
    cs = small_claimset()
    cg = build(cs).add_findings(small_comparison())
    back = ClaimGraph.from_rdf(cg.serialize(fmt), fmt)
    assert back.to_claimset() == cs
    assert back.base == BASE


@pytest.mark.parametrize("fmt", [f for f in FORMATS if RDF_FORMATS.get(f).named_graphs])
def test_named_graph_formats_are_isomorphic(fmt: str) -> None:
    """Formats with named graphs give back each graph, isomorphic to the original."""
    cg = build().add_findings(small_comparison())
    back = ClaimGraph.from_rdf(cg.serialize(fmt), fmt)
    assert back.graph_names() == cg.graph_names()
    for name in cg.graph_names():
        assert isomorphic(cg.dataset.graph(name), back.dataset.graph(name)), name


def test_turtle_is_the_union_of_all_graphs() -> None:
    """Turtle keeps every triple once but no graph names."""
    cg = build()
    union = Graph()
    for s, p, o, _g in cg.dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    back = ClaimGraph.from_rdf(cg.serialize("turtle"), "ttl")
    parsed = Graph()
    for s, p, o, _g in back.dataset.quads((None, None, None, None)):
        parsed.add((s, p, o))
    assert back.graph_names() == ()
    assert isomorphic(union, parsed)


@pytest.mark.parametrize("fmt", FORMATS)
def test_serialising_is_byte_identical_across_builds(fmt: str) -> None:
    """Two fresh builds of one ClaimSet serialise to the same bytes."""
    first = build().add_findings(small_comparison()).serialize(fmt)
    second = build(small_claimset()).add_findings(small_comparison()).serialize(fmt)
    assert first == second
    assert ClaimGraph.from_rdf(first, fmt).serialize(fmt) == first


def test_serialising_is_identical_across_hash_seeds() -> None:
    """Processes with different PYTHONHASHSEED write the same bytes."""
    script = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]);"
        "from tests.store_samples import BASE, small_claimset, small_comparison;"
        "from claimgraph.graph.store import ClaimGraph, RDF_FORMATS;"
        "cg = ClaimGraph.from_claimset(small_claimset(), base=BASE)"
        ".add_findings(small_comparison());"
        "print(*(hashlib.sha256(cg.serialize(f).encode()).hexdigest() for f in RDF_FORMATS))"
    )
    root = str(Path(__file__).resolve().parents[1])
    digests = set()
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", script, root], env=env, check=True,
                             capture_output=True, text=True).stdout
        digests.add(out)
    assert len(digests) == 1


def test_awkward_ids_and_text_round_trip() -> None:
    """Ids with spaces or accents, quotes, tabs and control characters survive."""
    cs = ClaimSet(
        sources=(Source("src one", title='He said "ok"\t\x07done', url="not a url"),),
        entities=(Entity("Sjögren syndrome", "Sjögren syndrome", xrefs=("MESH:bad id",)),),
        claims=(Claim("Sjögren syndrome", "associated_with", "a/b#c",
                      evidence=Evidence("src one", text="line1\r\nline2 \\ end")),),
    )
    cg = ClaimGraph.from_claimset(cs, base=BASE)
    for fmt in FORMATS:
        assert ClaimGraph.from_rdf(cg.serialize(fmt), fmt).to_claimset() == cs, fmt


def test_integer_figures_stay_integers() -> None:
    """A figure given as an int reads back as an int, so claim ids do not change."""
    claim = replace(MORTALITY_ALPHA, measure=replace(MORTALITY_ALPHA.measure, value=1))
    cs = ClaimSet(claims=(claim,))
    back = ClaimGraph.from_rdf(ClaimGraph.from_claimset(cs).serialize("trig")).to_claimset()
    assert back.claims[0].id == claim.id


def test_findings_graph_holds_conflicts_and_gaps() -> None:
    """Conflicts point at their claims' nodes; gaps name source and statement."""
    cg = build().add_findings(small_comparison())
    findings = graph_triples(cg, "findings")
    conflict = iri("conflict", "cf-0001")
    assert {o for s, p, o in findings if s == conflict and p == CGV.concerns} == {
        iri("claim", STS_ALPHA.id), iri("claim", STS_BETA.id)}
    assert (conflict, CGV.kind, Literal("polarity")) in findings
    gap = URIRef(f"{BASE}gap/alpha/{small_comparison().gaps[0].statement}")
    assert (gap, RDF.type, CGV.Gap) in findings
    assert (gap, CGV.source, iri("source", "alpha")) in findings
    assert cg.to_claimset() == small_claimset()


def test_rejected_claims_stay_out_of_source_graphs() -> None:
    """A claim a reviewer rejected is kept as a node but not asserted for its source."""
    from claimgraph.graph.model import ReviewStatus
    rejected = replace(CANDIDATE, status=ReviewStatus.REJECTED)
    cs = replace(small_claimset(), claims=tuple(
        sorted({*small_claimset().claims} - {CANDIDATE} | {rejected}, key=lambda c: c.id)))
    cg = build(cs)
    triple = (iri("entity", "dialysis"), vocab.CG.associated_with,
              iri("entity", "calciphylaxis"))
    assert triple not in graph_triples(cg, "beta")
    assert cg.to_claimset() == cs


def test_foreign_rdf_is_refused_with_a_hint() -> None:
    """RDF not written by claimgraph raises an error that says so."""
    with pytest.raises(ClaimGraphError, match=r"expected RDF written by claimgraph.*hint"):
        ClaimGraph.from_rdf('<http://a/s> <http://a/p> "x" .', "turtle")


def test_bad_syntax_names_the_format() -> None:
    """A syntax error says which format was expected and lists the formats."""
    with pytest.raises(ClaimGraphError, match=r"expected trig RDF, got a syntax error.*jsonld"):
        ClaimGraph.from_rdf("graph:x { oops", "trig")


def test_unknown_format_lists_the_valid_ones() -> None:
    """An unknown format name lists every registered RDF format."""
    with pytest.raises(UnknownFormatError, match="jsonld, nquads, trig, turtle"):
        build().serialize("rdfxml")


def test_aliases_name_the_same_format() -> None:
    """nq, json-ld and ttl are aliases of nquads, jsonld and turtle."""
    cg = build()
    assert cg.serialize("nq") == cg.serialize("nquads")
    assert cg.serialize("json-ld") == cg.serialize("jsonld")
    assert cg.serialize("ttl") == cg.serialize("turtle")


def test_two_different_claims_with_one_id_are_refused() -> None:
    """Claims that share an id but differ in text raise, naming the origin."""
    twin = replace(WARFARIN_ALPHA, evidence=replace(WARFARIN_ALPHA.evidence, text="other",
                                                    origin="alpha.yaml:9"))
    with pytest.raises(ValidationError, match=r"alpha\.yaml:9.*remove the duplicate"):
        build(replace(small_claimset(), claims=(WARFARIN_ALPHA, twin)))


def test_reserved_source_ids_are_refused() -> None:
    """A source called 'meta' would clash with the metadata graph."""
    with pytest.raises(ValidationError, match="'meta'"):
        build(ClaimSet(sources=(Source("meta"),)))


def test_base_must_end_with_a_separator() -> None:
    """A base IRI without a trailing / or # is refused with an example."""
    with pytest.raises(ClaimGraphError, match="ending in '/' or '#'"):
        ClaimGraph.from_claimset(small_claimset(), base="https://example.org/x")


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".nquads", ".jsonld", ".ttl"])
def test_read_rdf_picks_the_format_from_the_suffix(tmp_path: Path, suffix: str) -> None:
    """read_rdf reads every suffix it knows back into the same claims."""
    fmt = "nquads" if suffix == ".nquads" else suffix
    path = tmp_path / f"claims{suffix}"
    path.write_text(build().serialize(fmt), encoding="utf-8")
    assert read_rdf(path) == small_claimset()


def test_read_rdf_refuses_other_rdf_naming_the_file(tmp_path: Path) -> None:
    """Foreign RDF is refused with the file name in the message."""
    path = tmp_path / "other.ttl"
    path.write_text('<http://a/s> <http://a/p> "x" .', encoding="utf-8")
    with pytest.raises(ClaimGraphError, match=r"other\.ttl: expected RDF written by claimgraph"):
        read_rdf(path)


def test_read_rdf_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    """An unknown suffix names the file and the formats."""
    path = tmp_path / "claims.rdf"
    path.write_text("", encoding="utf-8")
    with pytest.raises(UnknownFormatError, match=r"claims\.rdf.*trig"):
        read_rdf(path)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, "regenerate with CLAIMGRAPH_REGEN_GOLDEN=1"


def test_golden_nquads() -> None:
    """The tiny ClaimSet's N-Quads match the golden file, byte for byte."""
    text = ClaimGraph.from_claimset(tiny_claimset(), base=BASE).serialize("nquads")
    _golden("tiny.nq", text)
    golden = ClaimGraph.from_rdf((GOLDEN / "tiny.nq").read_text(encoding="utf-8"), "nquads")
    built = ClaimGraph.from_claimset(tiny_claimset(), base=BASE)
    for name in built.graph_names():
        assert isomorphic(golden.dataset.graph(name), built.dataset.graph(name))


def test_golden_graphml() -> None:
    """The tiny ClaimSet's GraphML matches the golden file, byte for byte."""
    _golden("tiny.graphml", graphml_text(Bundle(tiny_claimset())))


@pytest.mark.parametrize("name", RDF_EXPORTS)
def test_exporters_write_identical_bytes(tmp_path: Path, name: str) -> None:
    """Each RDF and graph exporter writes its file, the same bytes twice."""
    import claimgraph.exports.graphml
    import claimgraph.exports.rdf  # noqa: F401

    bundle = Bundle(small_claimset(), small_comparison(), base_iri=BASE)
    (first,) = EXPORTERS.get(name)(bundle, tmp_path / "a")
    (second,) = EXPORTERS.get(name)(bundle, tmp_path / "b")
    assert first.name == second.name
    assert first.read_bytes() == second.read_bytes()
    assert not list((tmp_path / "a").glob(".*"))  # no temp files left


@pytest.mark.parametrize("name", ["trig", "nquads", "jsonld"])
def test_rdf_exports_include_findings(tmp_path: Path, name: str) -> None:
    """With a comparison, the TriG, N-Quads and JSON-LD carry the findings graph."""
    import claimgraph.exports.rdf  # noqa: F401

    bundle = Bundle(small_claimset(), small_comparison(), base_iri=BASE)
    (path,) = EXPORTERS.get(name)(bundle, tmp_path)
    back = ClaimGraph.read(path)
    assert iri("graph", "findings") in back.graph_names()
    assert back.to_claimset() == small_claimset()


@pytest.mark.parametrize("name,reader", [("graphml", nx.read_graphml),
                                         ("gexf", nx.read_gexf)])
def test_graph_exports_read_back_in_networkx(tmp_path: Path, name: str, reader: object) -> None:
    """GraphML and GEXF read back with every node, claim edge and attribute."""
    import claimgraph.exports.graphml  # noqa: F401

    (path,) = EXPORTERS.get(name)(Bundle(small_claimset()), tmp_path)
    G = reader(path)  # type: ignore[operator]
    claims = [c for c in small_claimset().claims]
    assert {k for _, _, k in G.edges(keys=True)} == {c.id for c in claims}
    assert G.nodes["calciphylaxis"]["n_sources"] == 2
    assert G.nodes["calciphylaxis"]["synonyms"] == "CUA;calcific uremic arteriolopathy"
    edge = G.edges["warfarin", "calciphylaxis", WARFARIN_ALPHA.id]
    assert (edge["claim_source"], edge["start"], edge["certainty"]) == ("alpha", 10, "stated")
    measure = next(n for n, d in G.nodes(data=True) if d.get("horizon") == "P12M")
    assert G.nodes[measure]["value"] == 0.8


def test_graphml_digest_is_stable() -> None:
    """GraphML text does not depend on anything but the ClaimSet."""
    a = graphml_text(Bundle(small_claimset()))
    b = graphml_text(Bundle(small_claimset()))
    assert hashlib.sha256(a.encode()).digest() == hashlib.sha256(b.encode()).digest()


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_the_date_a_page_was_read_goes_into_the_rdf_and_back(fmt: str) -> None:
    """A source's 'accessed' date is a cg:accessed xsd:date, read back as it was written."""
    cs = small_claimset()
    cs = replace(cs, sources=tuple(replace(s, accessed="2026-11-02") if s.id == "alpha" else s
                                   for s in cs.sources))
    cg = build(cs)
    dates = {o for _, _, o in cg.dataset.triples((None, CGV.accessed, None))}
    assert dates == {Literal("2026-11-02", datatype=XSD.date)}
    back = ClaimGraph.from_rdf(cg.serialize(fmt), fmt).to_claimset()
    assert {s.id: s.accessed for s in back.sources} == {"alpha": "2026-11-02", "beta": None}

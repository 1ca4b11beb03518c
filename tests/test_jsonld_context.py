"""The JSON-LD context shipped in the package, and claims.jsonld written with it."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.graph.rdf_build import CGV, OA
from claimgraph.graph.store import ClaimGraph
from claimgraph.schemas import load

from .store_samples import BASE, small_claimset, small_comparison


def test_claims_jsonld_carries_the_packaged_context_inline(tmp_path: Path) -> None:
    """claims.jsonld's @context is the packaged context plus the id prefixes of its base."""
    import claimgraph.exports.rdf  # noqa: F401

    (path,) = EXPORTERS.get("jsonld")(Bundle(small_claimset(), small_comparison(),
                                             base_iri=BASE), tmp_path)
    context = json.loads(path.read_text(encoding="utf-8"))["@context"]
    packaged = load("context")["@context"]
    assert {k: context[k] for k in packaged} == packaged
    assert {k: v for k, v in context.items() if k not in packaged} == {
        name: f"{BASE}{name}/" for name in (
            "agent", "claim", "conflict", "entity", "gap", "graph", "measure", "source",
            "statement")}
    assert ClaimGraph.read(path).to_claimset() == small_claimset()


def test_packaged_prefixes_are_the_ones_every_format_declares() -> None:
    """The context's vocabulary prefixes equal those TriG, Turtle and SPARQL declare."""
    prefixes = ClaimGraph.from_claimset(small_claimset(), base=BASE).prefixes()
    vocabulary = {k: v for k, v in prefixes.items() if not v.startswith(BASE)}
    packaged = load("context")["@context"]
    assert {k: v for k, v in packaged.items() if isinstance(v, str)} == vocabulary


def test_context_coerces_ids_and_datatypes_for_hand_written_json() -> None:
    """With the context, plain JSON values become IRIs and typed literals."""
    doc = {
        "@context": load("context")["@context"],
        "@id": "https://example.org/claim/1",
        "cg:subject": "https://example.org/entity/warfarin",
        "cg:confidence": "0.7",
        "oa:hasTarget": {"@id": "https://example.org/claim/1/target",
                         "oa:hasSelector": {"@id": "https://example.org/claim/1/position",
                                            "oa:start": "3", "oa:end": "9"}},
    }
    ds = Dataset()
    ds.parse(data=json.dumps(doc), format="json-ld")
    triples = {(s, p, o) for s, p, o, _g in ds.quads((None, None, None, None))}
    claim = URIRef("https://example.org/claim/1")
    position = URIRef("https://example.org/claim/1/position")
    assert (claim, CGV.subject, URIRef("https://example.org/entity/warfarin")) in triples
    assert (claim, CGV.confidence, Literal("0.7", datatype=XSD.decimal)) in triples
    assert (position, OA.start, Literal("3", datatype=XSD.nonNegativeInteger)) in triples

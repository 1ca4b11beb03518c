"""The SHACL shapes shipped in the package: outputs conform, planted mistakes are found.

pyshacl validates the union of all named graphs (the shapes describe the
layout across graphs: a conflict in the findings graph points at statements
typed in the meta graph).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import RDF, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SH, XSD

from claimgraph import EXAMPLE, Bundle, compare, export, load
from claimgraph.graph.model import MEASURE_KINDS, Bound, EntityType
from claimgraph.graph.rdf_build import CGV, OA
from claimgraph.graph.store import ClaimGraph
from claimgraph.graph.vocab import CG, PREDICATES
from claimgraph.schemas import text

from .store_samples import (
    BASE,
    MORTALITY_ALPHA,
    WARFARIN_ALPHA,
    small_claimset,
    small_comparison,
)

CGSH = Namespace("https://w3id.org/claimgraph/shapes#")
Violation = tuple[object, object, object]  # (focus node, path, constraint component)


@cache
def shapes() -> Graph:
    return Graph().parse(data=text("shapes"), format="turtle")


def union(quads: Dataset | ClaimGraph) -> Graph:
    """Return every triple of every graph as one graph."""
    graph = Graph()
    if isinstance(quads, ClaimGraph):
        quads = quads.dataset
    for s, p, o, _g in quads.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def violations(data: Graph) -> set[Violation]:
    """Return what pyshacl reports as (focus node, path, constraint component)."""
    conforms, report, _ = validate(data, shacl_graph=shapes(), inference="none")
    assert isinstance(report, Graph)
    found = {
        (report.value(r, SH.focusNode), report.value(r, SH.resultPath),
         report.value(r, SH.sourceConstraintComponent))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }
    assert conforms == (not found)
    return found


@cache
def sample() -> Graph:
    return union(ClaimGraph.from_claimset(small_claimset(), base=BASE)
                 .add_findings(small_comparison()))


def test_example_trig_conforms(tmp_path: Path) -> None:
    """The bundled example's claims.trig (with findings) conforms to the shapes."""
    claims = load(EXAMPLE)
    export(Bundle(claims, compare(claims, as_of="2026-11-21")), tmp_path, ["trig"])
    written = Dataset()
    written.parse(tmp_path / "claims.trig", format="trig")
    assert violations(union(written)) == set()


def test_hand_made_sample_conforms() -> None:
    """The hand-made sample (spans, quotes, rule, confidence, negation, findings) conforms."""
    assert violations(sample()) == set()


CLAIM = URIRef(f"{BASE}claim/{WARFARIN_ALPHA.id}")
FIGURE_CLAIM = URIRef(f"{BASE}claim/{MORTALITY_ALPHA.id}")
FIGURE = URIRef(f"{BASE}measure/{MORTALITY_ALPHA.id}")
POSITION = URIRef(f"{CLAIM}/position")
ALPHA = URIRef(f"{BASE}source/alpha")
ALPHA_GRAPH = URIRef(f"{BASE}graph/alpha")


def _drop(s: URIRef, p: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, None))


def _set(s: URIRef, p: URIRef, o: URIRef | Literal) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.remove((s, p, None))
        g.add((s, p, o))
    return change


def _add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Callable[[Graph], None]:
    return lambda g: g.add((s, p, o))


PLANTED: dict[str, tuple[Callable[[Graph], None], *tuple[Violation, ...]]] = {
    "claim without a source": (
        _drop(CLAIM, PROV.wasDerivedFrom),
        (CLAIM, PROV.wasDerivedFrom, SH.MinCountConstraintComponent)),
    "measure without a kind": (
        _drop(FIGURE, CGV.kind), (FIGURE, CGV.kind, SH.MinCountConstraintComponent)),
    "measure of an unknown kind": (
        _set(FIGURE, CGV.kind, Literal("cure rate")),
        (FIGURE, CGV.kind, SH.InConstraintComponent)),
    "measure without a figure": (
        _drop(FIGURE, CGV.value), (FIGURE, None, SH.OrConstraintComponent)),
    "statement as a literal": (
        _set(CLAIM, CGV.statement, Literal(WARFARIN_ALPHA.statement_id)),
        (CLAIM, CGV.statement, SH.NodeKindConstraintComponent),
        (CLAIM, CGV.statement, SH.ClassConstraintComponent)),
    "publisher as a string": (
        _set(ALPHA, DCTERMS.publisher, Literal("Alpha Clinic")),
        (ALPHA, DCTERMS.publisher, SH.ClassConstraintComponent)),
    "claim with an object and a figure": (
        _add(FIGURE_CLAIM, CGV.object, URIRef(f"{BASE}entity/warfarin")),
        (FIGURE_CLAIM, None, SH.XoneConstraintComponent)),
    "unknown predicate": (
        _set(CLAIM, CGV.predicate, CG.cures), (CLAIM, CGV.predicate, SH.InConstraintComponent)),
    "span that ends before it starts": (
        _set(POSITION, OA.start, Literal("50", datatype=XSD.nonNegativeInteger)),
        (POSITION, OA.start, SH.LessThanOrEqualsConstraintComponent)),
    "confidence above one": (
        _add(CLAIM, CGV.confidence, Literal("1.5", datatype=XSD.decimal)),
        (CLAIM, CGV.confidence, SH.MaxInclusiveConstraintComponent)),
    "claim without evidence target": (
        _drop(CLAIM, OA.hasTarget), (CLAIM, OA.hasTarget, SH.MinCountConstraintComponent)),
    "source graph not linked to its source": (
        _drop(ALPHA_GRAPH, PROV.wasDerivedFrom),
        (ALPHA_GRAPH, PROV.wasDerivedFrom, SH.MinCountConstraintComponent)),
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_planted_violation_is_found(name: str) -> None:
    """Each planted mistake is reported at its node, path and constraint, and nothing else."""
    change, *expected = PLANTED[name]
    data = Graph()
    for triple in sample():
        data.add(triple)
    change(data)
    assert violations(data) == set(expected)


def _in_list(shape: URIRef, path: URIRef) -> set[str]:
    g = shapes()
    for prop in g.objects(shape, SH.property):
        if g.value(prop, SH.path) == path and g.value(prop, SH["in"]) is not None:
            return {str(v) for v in Collection(g, g.value(prop, SH["in"]))}
    raise AssertionError(f"no sh:in for {path} in {shape}")


def test_shape_lists_match_the_code() -> None:
    """Predicates, measure kinds, entity types and bounds in the shapes are the code's."""
    assert _in_list(CGSH.Claim, CGV.predicate) == {str(CG[p]) for p in PREDICATES}
    assert _in_list(CGSH.Measure, CGV.kind) == set(MEASURE_KINDS)
    assert _in_list(CGSH.Entity, CGV.entityType) == {t.value for t in EntityType}
    assert _in_list(CGSH.Measure, CGV.bound) == {b.value for b in Bound}

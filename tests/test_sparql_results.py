"""SPARQL results as standards: SPARQL 1.1 JSON results, and RDF for CONSTRUCT and DESCRIBE."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import XSD

from claimgraph.cli import main
from claimgraph.graph.sparql import SparqlError, graph_text, run, sparql_json
from claimgraph.graph.store import ClaimGraph

from .conftest import write
from .store_samples import BASE, small_claimset

BACKENDS = ("rdflib", "oxigraph")
FIGURES = ("SELECT ?c ?value ?horizon ?population WHERE { ?c cg:measure ?m . "
           "?m cg:value ?value ; cg:horizon ?horizon OPTIONAL { ?m cg:population ?population } }")


def graph() -> ClaimGraph:
    return ClaimGraph.from_claimset(small_claimset(), base=BASE)


def check_sparql_json(doc: dict[str, Any]) -> None:
    """Assert the shape the W3C format prescribes (head, then results.bindings or boolean)."""
    assert set(doc) in ({"head", "results"}, {"head", "boolean"})
    if "boolean" in doc:
        assert isinstance(doc["boolean"], bool)
        return
    variables = doc["head"]["vars"]
    for binding in doc["results"]["bindings"]:
        assert set(binding) <= set(variables)
        for term in binding.values():
            assert term["type"] in ("uri", "literal", "bnode")
            assert isinstance(term["value"], str)
            assert set(term) <= {"type", "value", "datatype", "xml:lang"}
            assert not ("datatype" in term and "xml:lang" in term)


@pytest.mark.parametrize("backend", BACKENDS)
def test_select_json_is_typed(backend: str) -> None:
    """IRIs are uri, figures xsd:decimal, horizons xsd:duration, plain text has no datatype."""
    doc = sparql_json(run(graph(), FIGURES, backend=backend))
    check_sparql_json(doc)
    assert doc["head"]["vars"] == ["c", "value", "horizon", "population"]
    rows = doc["results"]["bindings"]
    assert len(rows) == 1  # the range figure has no cg:value
    (row,) = rows
    assert row["c"]["type"] == "uri" and row["c"]["value"].startswith(f"{BASE}claim/")
    assert row["value"] == {"type": "literal", "value": "0.8", "datatype": str(XSD.decimal)}
    assert row["horizon"] == {"type": "literal", "value": "P1Y", "datatype": str(XSD.duration)}
    assert row["population"] == {"type": "literal", "value": "people on dialysis"}


def test_both_backends_give_the_same_json() -> None:
    """rdflib and pyoxigraph answer with identical SPARQL JSON (counts, labels, unbound values)."""
    sparql = ("SELECT ?e ?label (COUNT(?alt) AS ?n) WHERE { ?e skos:prefLabel ?label "
              "OPTIONAL { ?e skos:altLabel ?alt } } GROUP BY ?e ?label")
    docs = [sparql_json(run(graph(), sparql, backend=b)) for b in BACKENDS]
    assert docs[0] == docs[1]
    counts = {r["label"]["value"]: r["n"] for r in docs[0]["results"]["bindings"]}
    assert counts["calciphylaxis"] == {"type": "literal", "value": "2",
                                       "datatype": str(XSD.integer)}


def test_unbound_values_are_left_out() -> None:
    """A variable without a value in a row has no key in that row's binding."""
    sparql = ("SELECT ?c ?anchor WHERE { ?c a cg:Claim OPTIONAL { ?c cg:anchor ?anchor } }")
    bindings = sparql_json(run(graph(), sparql))["results"]["bindings"]
    assert any("anchor" not in b for b in bindings) and any("anchor" in b for b in bindings)


@pytest.mark.parametrize("backend", BACKENDS)
def test_ask_json_is_a_boolean(backend: str) -> None:
    """ASK gives {"head": {}, "boolean": ...}."""
    assert sparql_json(run(graph(), "ASK { ?s a cg:Claim }", backend=backend)) == {
        "head": {}, "boolean": True}


def test_construct_has_no_json_results() -> None:
    """CONSTRUCT results are RDF: asking for SPARQL JSON says so."""
    with pytest.raises(SparqlError, match="written as RDF"):
        sparql_json(run(graph(), "CONSTRUCT WHERE { ?s cg:increases_risk_of ?o }"))


CONSTRUCT = ("CONSTRUCT { ?s cg:increases_risk_of ?o } "
             "WHERE { GRAPH ?g { ?s cg:increases_risk_of ?o } }")


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("nquads", "nt"),
                                        ("jsonld", "json-ld")])
def test_construct_is_written_as_rdf(backend: str, fmt: str, parser: str) -> None:
    """CONSTRUCT triples written as Turtle, N-Triples or JSON-LD parse back to the same graph."""
    cg = graph()
    results = run(cg, CONSTRUCT, backend=backend)
    text = graph_text(results, fmt, cg.prefixes())
    parsed = Graph().parse(data=text, format=parser)
    assert set(parsed) == {(URIRef(f"{BASE}entity/warfarin"),
                            URIRef("https://w3id.org/claimgraph/vocab#increases_risk_of"),
                            URIRef(f"{BASE}entity/calciphylaxis"))}
    assert graph_text(run(cg, CONSTRUCT, backend=backend), fmt, cg.prefixes()) == text


def test_construct_with_blank_nodes_is_still_rdf() -> None:
    """A template that makes blank nodes is written by rdflib's writer, and parses."""
    cg = graph()
    results = run(cg, "CONSTRUCT { [] cg:about ?s } WHERE { ?s a skos:Concept }")
    parsed = Graph().parse(data=graph_text(results, "turtle", cg.prefixes()), format="turtle")
    assert len(parsed) == 6


def _project(root: Path) -> Path:
    write(root / "sources.yaml", "sources:\n  - {id: a, publisher: Alpha}\n  - {id: b}\n")
    for source in ("a", "b"):
        write(root / "claims" / f"{source}.yaml",
              f"source: {source}\nclaims:\n  - [smoking, increases_risk_of, gout]\n")
    return root


def test_cli_json_is_sparql_results_json(tmp_path: Path) -> None:
    """`query --format json` prints SPARQL 1.1 JSON with typed counts."""
    sparql = "SELECT ?s (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s"
    result = CliRunner().invoke(main, ["query", str(_project(tmp_path)),
                                       sparql.replace("?p ?o", "cg:increases_risk_of ?o"),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    check_sparql_json(doc)
    assert doc["results"]["bindings"] == [{
        "s": {"type": "uri", "value": "https://w3id.org/claimgraph/id/entity/smoking"},
        "n": {"type": "literal", "value": "2", "datatype": str(XSD.integer)}}]


@pytest.mark.parametrize("fmt,parser", [("table", "turtle"), ("turtle", "turtle"),
                                        ("csv", "nt"), ("ntriples", "nt"),
                                        ("json", "json-ld"), ("jsonld", "json-ld")])
def test_cli_construct_and_describe_print_rdf(tmp_path: Path, fmt: str, parser: str) -> None:
    """CONSTRUCT and DESCRIBE print RDF in the format asked for (table: Turtle)."""
    project = _project(tmp_path)
    for sparql in ("CONSTRUCT WHERE { ?s cg:increases_risk_of ?o }", "DESCRIBE entity:smoking"):
        result = CliRunner().invoke(main, ["query", str(project), sparql, "--format", fmt])
        assert result.exit_code == 0, result.output
        parsed = Dataset().parse(data=result.output, format=parser)
        assert (URIRef("https://w3id.org/claimgraph/id/entity/smoking"),
                URIRef("https://w3id.org/claimgraph/vocab#increases_risk_of"),
                URIRef("https://w3id.org/claimgraph/id/entity/gout")) in {
            (s, p, o) for s, p, o, _g in parsed.quads((None, None, None, None))}


def test_cli_refuses_an_rdf_format_for_select(tmp_path: Path) -> None:
    """Asking for Turtle from a SELECT is one line and exit 1."""
    result = CliRunner().invoke(main, ["query", str(_project(tmp_path)),
                                       "SELECT ?s WHERE { ?s ?p ?o }", "--format", "turtle"])
    assert result.exit_code == 1
    assert "expected --format table, csv or json for a SELECT query, got turtle" in result.output

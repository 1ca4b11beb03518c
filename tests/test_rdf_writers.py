"""The streaming TriG, Turtle and JSON-LD writers give the bytes of the plain tree writers.

graph/rdf_formats.py writes subject by subject from one sort (fast and light
on the garbage collector at millions of quads).  The reference here is the
straightforward version it replaced: a tree graph -> subject -> predicate ->
objects, sorted at each level, and ``json.dumps(indent=1)`` for JSON-LD.
Both must agree byte for byte on any quads, including the cases where the
sort by term text and the sort by IRI differ (one IRI a prefix of another),
literals with escapes, datatypes and languages, the default graph, and the
same triple in two graphs (merged by Turtle).
"""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.exports.rdf import claim_graph
from claimgraph.graph import rdf_formats, rdf_terms, rdf_write
from claimgraph.graph.compare import compare
from claimgraph.graph.rdf_formats import (
    RDF_FORMATS,
    RDF_TYPE,
    TermQuad,
    literal_parts,
    literal_term,
    term_value,
    write_jsonld,
    write_nquads,
    write_trig,
    write_turtle,
)
from claimgraph.graph.rdf_write import _compact, _Terms

from .store_samples import small_claimset

PREFIXES = {"e": "http://e.org/", "x": "http://e.org/x", "xsd": "http://www.w3.org/2001/XMLSchema#"}
Tree = dict[str, dict[str, list[str]]]


def _trees(quads: set[TermQuad], union: bool = False) -> dict[str | None, Tree]:
    graphs: dict[str | None, Tree] = {}
    for s, p, o, g in quads:
        graphs.setdefault(None if union else g, {}).setdefault(s, {}).setdefault(p, []).append(o)
    return {g: graphs[g] for g in sorted(graphs, key=lambda g: (g is not None, (g or "<>")[1:-1]))}


def _turtle_block(tree: Tree, terms: _Terms, indent: str) -> list[str]:
    lines = []
    for subject in sorted(tree, key=terms.key):
        parts = []
        for pred in sorted(tree[subject], key=terms.verb):
            said = "a" if pred == RDF_TYPE else terms.term(pred)
            objects = sorted(set(tree[subject][pred]), key=terms.key)
            parts.append(f"{said} " + ", ".join(terms.term(o) for o in objects))
        lines.append(f"{indent}{terms.term(subject)} {f' ;{chr(10)}{indent}    '.join(parts)} .\n")
    return lines


def reference_trig(quads: set[TermQuad], prefixes: dict[str, str]) -> str:
    terms = _Terms(prefixes)
    out = ["".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(prefixes.items()))]
    for graph, tree in _trees(quads).items():
        name = "" if graph is None else terms.term(graph) + " "
        out.append("\n" + name + "{\n" + "\n".join(_turtle_block(tree, terms, "    ")) + "}\n")
    return "".join(out)


def reference_turtle(quads: set[TermQuad], prefixes: dict[str, str]) -> str:
    terms = _Terms(prefixes)
    head = "".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(prefixes.items()))
    tree = _trees(quads, union=True).get(None, {})
    return head + "\n" + "\n".join(_turtle_block(tree, terms, ""))


def _value(term: str, terms: _Terms) -> dict[str, str]:
    if term[0] == "<":
        return {"@id": _compact(term, terms)}
    lexical, datatype, language = literal_parts(term)
    value = {"@value": lexical}
    if language:
        value["@language"] = language
    elif datatype is not None:
        value["@type"] = terms.compact(datatype) or datatype
    return value


def reference_jsonld(quads: set[TermQuad], prefixes: dict[str, str]) -> str:
    terms = _Terms(prefixes)
    top: list[dict[str, object]] = []
    for graph, tree in _trees(quads).items():
        nodes = []
        for subject in sorted(tree, key=terms.key):
            preds = tree[subject]
            node: dict[str, object] = {"@id": _compact(subject, terms)}
            if RDF_TYPE in preds:
                node["@type"] = [_compact(t, terms) for t in sorted(set(preds[RDF_TYPE]),
                                                                    key=term_value)]
            for pred in sorted((p for p in preds if p != RDF_TYPE), key=term_value):
                node[_compact(pred, terms)] = [
                    _value(o, terms) for o in sorted(set(preds[pred]), key=terms.key)]
            nodes.append(node)
        if graph is None:
            top.extend(nodes)
        else:
            top.append({"@id": _compact(graph, terms), "@graph": nodes})
    doc = {"@context": dict(sorted(prefixes.items())), "@graph": top}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


# IRIs chosen so that one is a prefix of another ("a" and "a/b", "a" and "a-1"),
# with and without a prefix to shorten them.
_iris = st.sampled_from([
    "<http://e.org/a>", "<http://e.org/a/b>", "<http://e.org/a-1>", "<http://e.org/a.b>",
    "<http://e.org/x1>", "<http://e.org/xy/z>", "<http://other.org/a>", "<http://e.org/_1>",
    "<http://e.org/_10>", "<http://e.org/_2>", "<http://e.org/g>", "<http://e.org/g/h>",
])
_predicates = st.sampled_from([
    RDF_TYPE, "<http://e.org/p>", "<http://e.org/p/q>", "<http://e.org/p-1>",
    "<http://e.org/_1>", "<http://e.org/_10>", "<http://other.org/p>",
])
_literals = st.builds(
    literal_term,
    st.text(alphabet='ab "\\\n\t\x01é!', max_size=4),
    st.sampled_from([None, "http://www.w3.org/2001/XMLSchema#integer", "http://e.org/dt",
                     "http://e.org/dt/x"]),
) | st.builds(literal_term, st.sampled_from(["a", "b", "a b"]), st.none(),
              st.sampled_from(["en", "fr"]))
# JSON-LD has no literal @type: both writers refuse one, so none is generated.
_quads = st.sets(st.tuples(_iris, _predicates, _iris | _literals, st.none() | _iris),
                 max_size=40).map(lambda qs: {q for q in qs if q[1] != RDF_TYPE or q[2][0] == "<"})


@settings(max_examples=300, deadline=None)
@given(_quads)
def test_streaming_writers_match_the_tree_writers(quads: set[TermQuad]) -> None:
    """TriG, Turtle and JSON-LD are byte for byte what the tree writers give."""
    assert write_trig(frozenset(quads), PREFIXES) == reference_trig(quads, PREFIXES)
    assert write_turtle(frozenset(quads), PREFIXES) == reference_turtle(quads, PREFIXES)
    assert write_jsonld(frozenset(quads), PREFIXES) == reference_jsonld(quads, PREFIXES)


@settings(max_examples=300, deadline=None)
@given(_quads)
def test_nquads_are_the_sorted_lines(quads: set[TermQuad]) -> None:
    """N-Quads is one line per quad, sorted as whole lines (" .\\n" included)."""
    lines = sorted(f"{s} {p} {o} {g} .\n" if g is not None else f"{s} {p} {o} .\n"
                   for s, p, o, g in quads)
    assert write_nquads(frozenset(quads), {}) == "".join(lines)
    assert write_nquads(list(quads) * 2, {}) == "".join(lines)


def test_writers_accept_a_list_of_quads() -> None:
    """A list (not a set) of quads gives the same text: the writers sort a copy."""
    quads = [("<http://e.org/a>", RDF_TYPE, "<http://e.org/C>", "<http://e.org/g>"),
             ("<http://e.org/a/b>", "<http://e.org/p>", '"1"', None)]
    assert write_trig(list(quads), PREFIXES) == reference_trig(set(quads), PREFIXES)
    assert quads[0][0] == "<http://e.org/a>"  # the caller's list is left as it was


@pytest.mark.parametrize("module", [rdf_formats, rdf_terms, rdf_write],
                         ids=lambda m: m.__name__)
def test_rdf_module_examples_hold(module: object) -> None:
    """Every `>>>` example in the term, format and writer modules gives the output it shows."""
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("fmt", RDF_FORMATS.names())
def test_exported_file_is_the_serialized_text(fmt: str, tmp_path: Path) -> None:
    """Each RDF exporter writes exactly ClaimGraph.serialize(fmt), as UTF-8."""
    claims = small_claimset()
    bundle = Bundle(claims, compare(claims))
    (path,) = EXPORTERS.get(fmt)(bundle, tmp_path)
    assert path.read_bytes() == claim_graph(bundle).serialize(fmt).encode("utf-8")


def test_encode_splits_long_texts_the_same() -> None:
    """Encoding thousands of pieces gives the bytes of the joined text (non-ASCII too)."""
    quads = {(f"<http://e.org/s{i}>", "<http://e.org/p>", literal_term(f"é{i} ≤ 😀"), None)
             for i in range(9000)}
    for fmt in RDF_FORMATS.names():
        spec = RDF_FORMATS.get(fmt)
        assert spec.encode(frozenset(quads), PREFIXES) == spec.write(
            frozenset(quads), PREFIXES).encode("utf-8")


def test_a_quad_given_twice_is_written_once_by_every_writer() -> None:
    """A repeated quad, in a list or in a builder's graph, is one line, one object: as in a set."""
    from claimgraph.graph.rdf_write import quads_by_graph

    g, a, b = "<http://e.org/g>", "<http://e.org/a>", "<http://e.org/b>"
    triples = [(a, RDF_TYPE, "<http://e.org/C>"), (a, "<http://e.org/p>", '"x"'),
               (b, "<http://e.org/p>", a)]
    once = {(*t, g) for t in triples}
    for fmt in RDF_FORMATS.names():
        spec = RDF_FORMATS.get(fmt)
        expected = spec.write(once, PREFIXES)
        assert spec.write([*once, *once], PREFIXES) == expected, fmt
        assert spec.write(quads_by_graph({g: triples + triples[::-1]}), PREFIXES) == expected, fmt
